"""A statement noun set after a clause ("..., a claim the port authority rejected"; "...,
an assertion disputed by an analyst") puts that clause in dispute: it is asked as the
teller's side tells it, with its "its" or "it" named, and nothing is asked where the noun
is no statement or nobody rejects it."""

from __future__ import annotations

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article


def _disputes(nlp, text: str) -> list[str]:
    doc = nlp(text)
    briefing = analyze_doc(doc, Article(text=text))
    return [q.question for q in briefing.questions if q.kind == "disputed"]


def test_a_claim_a_named_body_rejected_puts_the_clause_in_dispute(nlp) -> None:
    text = (
        "The Dravian defence ministry said Velmoran troops had shelled the village, an "
        "allegation Velmora dismissed. The village lies close to the border."
    )
    found = _disputes(nlp, text)
    assert "Did Velmoran troops shell the village?" in found, found


def test_a_denial_disputed_by_an_agent_is_asked_as_what_it_denies(nlp) -> None:
    text = (
        "Meridian Savings Bank said on Monday that no customer data had been copied "
        "during the outage, an assertion disputed by Lena Ortiz, an independent analyst "
        "who says she has seen the files."
    )
    found = _disputes(nlp, text)
    assert "Were customer data copied during the outage?" in found, found


def test_an_it_of_the_clause_is_the_teller_named(nlp) -> None:
    text = (
        "The Green Harbour Party on Monday asked for a recount of the county election, "
        "saying errors at twelve polling stations had cost it the majority, a claim the "
        "Tessa Electoral Commission rejected."
    )
    found = _disputes(nlp, text)
    assert any("cost the Green Harbour Party the majority?" in q for q in found), found


def test_a_noun_that_names_no_statement_puts_nothing_in_dispute(nlp) -> None:
    text = (
        "The Dravian defence ministry said Velmoran troops had shelled the village, a "
        "village Velmora dismissed as unimportant."
    )
    found = _disputes(nlp, text)
    assert not any("shell" in q for q in found), found


def test_a_claim_nobody_rejects_puts_nothing_in_dispute(nlp) -> None:
    text = (
        "The Dravian defence ministry said Velmoran troops had shelled the village, a "
        "claim repeated by several newspapers."
    )
    found = _disputes(nlp, text)
    assert not any("shell" in q for q in found), found
