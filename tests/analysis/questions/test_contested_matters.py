"""Contested matters: the narrator says sides disagree over a matter named by an embedded
question; the matter is asked directly, with both sides' claims as evidence (issue 17)."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions.contested_matters import find_contested_matters
from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article


def _disputes(nlp, text: str) -> list:
    doc = nlp(text)
    briefing = analyze_doc(doc, Article(text=text))
    return [q for q in briefing.questions if q.kind == "disputed"]


def _found(nlp, sentence: str) -> tuple[list[str | None], list[str | None]]:
    found, refused = find_contested_matters(nlp(sentence), [])
    return [d.text for d in found], [d.veto for d in refused]


#: One example sentence per pattern, and the question it asks.
PATTERNS = [
    (
        "The two sides are also at odds over what the company's pay offer is worth.",
        "What is the company's pay offer worth?",
    ),
    (
        "The unions and the ministry disagree over how many teachers will lose their jobs.",
        "How many teachers will lose their jobs?",
    ),
    (
        "The two agencies gave conflicting accounts of when the warning was issued.",
        "When was the warning issued?",
    ),
    (
        "How many homes had been lost remained a matter of sharp disagreement.",
        "How many homes had been lost?",
    ),
]


@pytest.mark.parametrize(("sentence", "question"), PATTERNS)
def test_each_pattern_asks_the_matter(nlp, sentence: str, question: str) -> None:
    assert _found(nlp, sentence) == ([question], [])


#: One example sentence per named veto.
VETOES = [
    (
        "The port and the mayor gave conflicting accounts of the storm's northern edge.",
        "matter-named-by-noun",
    ),
    ("The ministers do not disagree over how much the road will cost.", "matter-negated"),
    ('"We gave different accounts of how much the road would cost," she said.', "matter-quoted"),
    ("The two carriers gave sharply different accounts of what happened.", "matter-vague"),
]


@pytest.mark.parametrize(("sentence", "veto"), VETOES)
def test_each_veto_removes_its_example(nlp, sentence: str, veto: str) -> None:
    assert _found(nlp, sentence) == ([], [veto])


def test_the_sides_claims_join_the_evidence(nlp) -> None:
    text = (
        "Dockers at Port Velling stayed out on strike for a third day on Tuesday.\n\n"
        "The two sides are also at odds over what Harrow Freight's pay offer is worth.\n\n"
        "Harrow Freight said the offer amounted to a 12 percent rise over three years.\n\n"
        "The dockers' union said most members would receive closer to 5 percent.\n"
    )
    found = [q for q in _disputes(nlp, text) if q.question.startswith("What is")]
    assert len(found) == 1, [q.question for q in _disputes(nlp, text)]
    assert len(found[0].evidence) == 3, found[0].evidence
    assert len(found[0].claims) == 2, found[0].claims
