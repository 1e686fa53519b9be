""" "It" and "they" as a source (issue 16, items 1 and 9): the body the sentence before is
about, never one named further back when that sentence's subject is someone else.
Every text is invented."""

from __future__ import annotations

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article


def _last_speaker(nlp, text: str) -> str | None:
    briefing = analyze_doc(nlp(text), Article(text=text))
    names = {a.id: a.name for a in briefing.actors}
    claim = briefing.claims[-1]
    return names.get(claim.source) if claim.source else None


def test_they_after_a_plural_subject_is_not_a_company_named_before(nlp) -> None:
    text = (
        "Halvard Foods reported lower sales in March.\n\n"
        "The bakery workers walked off the job on Monday. "
        "They said wages had not kept pace with prices."
    )
    assert _last_speaker(nlp, text) is None


def test_they_after_a_body_as_subject_is_that_body(nlp) -> None:
    text = (
        "Halvard Foods reported lower sales in March.\n\n"
        "The Bakers Guild rejected the offer on Monday. They said the offer was too low."
    )
    assert _last_speaker(nlp, text) == "Bakers Guild"


def test_it_after_the_company_as_subject_is_the_company(nlp) -> None:
    text = "Halvard Foods reported lower sales in March. It said demand would recover next year."
    assert _last_speaker(nlp, text) == "Halvard Foods"
