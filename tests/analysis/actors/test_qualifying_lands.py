"""A land's name before a business or money noun ("the US dollar", "a Hong Kong company")
only says where the thing is from: the land does not act. Every text is invented."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.actors import find_actors


@pytest.mark.parametrize(
    "text",
    [
        "The lira has lost 6 percent against the US dollar this year, the central bank said.",
        "Ferro Shipping, the Hong Kong company that manages the ship, said the captain was "
        "not at fault.",
        "Brightline, the US data software company, said it would cut 300 jobs.",
    ],
)
def test_a_land_qualifying_a_business_or_money_only_locates(nlp, text: str) -> None:
    lands = [a for a in find_actors(nlp(text)) if a.kind == "country"]
    assert lands, "the land is still listed"
    assert all(a.located_only for a in lands), [(a.name, a.located_only) for a in lands]


def test_a_land_qualifying_its_officials_still_acts(nlp) -> None:
    text = "US officials said the ban would stay in place until the spring."
    lands = [a for a in find_actors(nlp(text)) if a.kind == "country"]
    assert lands and not lands[0].located_only
