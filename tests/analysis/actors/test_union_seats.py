"""A capital that seats a union's bodies speaks for the body the article names, not for its
country (issue 16, actors item 1; invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def holders(nlp, text: str, word: str) -> list[str]:
    return [a.name for a in find_actors(nlp(text)) if any(m.text == word for m in a.mentions)]


def test_brussels_after_the_commission_is_the_commission(nlp):
    text = (
        "The European Commission opened an inquiry into the Halvern merger on Monday. Halvern "
        "said it would cooperate fully with Brussels and expected the deal to close in May."
    )
    assert holders(nlp, text, "Brussels") == ["European Commission"]


def test_a_capital_without_a_union_body_stays_its_country(nlp):
    text = (
        "Moscow said on Monday it would not attend the talks. Moscow has rejected two earlier "
        "offers, officials in Kyiv said."
    )
    assert holders(nlp, text, "Moscow") == ["Russia"]
