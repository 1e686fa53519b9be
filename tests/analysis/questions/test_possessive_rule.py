"""One rule forms a name as the owner in every question: an apostrophe alone after a final
"s" ("Northlight Analytics’", "Mara Voss’", "the players’"), "’s" after any other letter
("Velo Dairy’s"); a denier's and a hearing's questions use it as the others do."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions.phrasing import possessive

from .helpers import analysed


@pytest.mark.parametrize(
    ("name", "owner"),
    [
        ("Velo Dairy", "Velo Dairy’s"),
        ("Northlight Analytics", "Northlight Analytics’"),
        ("Mara Voss", "Mara Voss’"),
        ("the players", "the players’"),
    ],
)
def test_an_owner_takes_an_apostrophe_alone_after_a_final_s(name, owner):
    assert possessive(name) == owner


def test_a_denier_is_named_as_the_owner_by_the_same_rule(nlp):
    text = (
        "Investigators say the voice on the recording is that of Luca Ferris.\n\n"
        "Luca Ferris denies that the voice is his."
    )
    asked = [q.question for q in analysed(nlp, text).shown]
    assert any("Luca Ferris’?" in q for q in asked), asked
