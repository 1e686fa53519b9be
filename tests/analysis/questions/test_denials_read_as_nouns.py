"""A denial verb the tagger reads as a plural noun ("The nurses' union disputes that.",
"disputes" tagged NNS with "union" as its compound) still disputes the claim before it."""

from __future__ import annotations

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article


def _disputes(nlp, text: str) -> list[str]:
    doc = nlp(text)
    briefing = analyze_doc(doc, Article(text=text))
    return [q.question for q in briefing.questions if q.kind == "disputed"]


def test_a_union_that_disputes_that_disputes_the_claim_before(nlp) -> None:
    text = (
        "Hospital director Ana Kell said the delay was limited to one ward. "
        "The country's largest nurses' union disputes that."
    )
    found = _disputes(nlp, text)
    assert any("limited to one ward" in q for q in found), found


def test_a_plural_noun_with_no_object_is_no_denial(nlp) -> None:
    text = (
        "Hospital director Ana Kell said the delay was limited to one ward. "
        "Union disputes over pay have slowed the work."
    )
    assert not any("limited to one ward" in q for q in _disputes(nlp, text))
