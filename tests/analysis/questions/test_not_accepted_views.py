"""A source that does "not accept" another's view or account disputes it: "Velo Foods
said it did not accept the agency's view that the bacteria came from its plant" asks
"Did the bacteria come from Velo Foods's plant?"; not accepting an offer disputes no
claim."""

from __future__ import annotations

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article


def _disputes(nlp, text: str) -> list[str]:
    doc = nlp(text)
    briefing = analyze_doc(doc, Article(text=text))
    return [q.question for q in briefing.questions if q.kind == "disputed"]


def test_a_view_not_accepted_is_disputed_with_its_owner_named(nlp) -> None:
    text = (
        "Velo Foods recalled its yoghurts on Monday. Velo Foods said on Thursday that it "
        "did not accept the food agency's view that the bacteria came from its plant."
    )
    found = _disputes(nlp, text)
    assert "Did the bacteria come from Velo Foods’ plant?" in found, found


def test_an_account_not_accepted_is_disputed(nlp) -> None:
    text = (
        "Ostrava says its grain stores are nearly empty. Lindmark does not accept "
        "Ostrava's account of its grain harvest."
    )
    found = _disputes(nlp, text)
    assert any("Ostrava's account" in q for q in found), found
    assert not any("Lindmark’s grain" in q for q in found), found  # the "its" is Ostrava's


def test_an_endorsement_not_accepted_disputes_no_claim(nlp) -> None:
    text = (
        "Senator Mara Voss said the governor had broken his promise to the party. "
        "Governor Tom Ellery said he would not accept Voss's endorsement if it were offered."
    )
    assert not any("Voss" in q and "denies" in q for q in _disputes(nlp, text))


def test_an_offer_not_accepted_disputes_no_claim(nlp) -> None:
    text = (
        "The Tessa Nurses' Union said it did not accept the hospital board's offer of a "
        "four percent rise."
    )
    assert _disputes(nlp, text) == []
