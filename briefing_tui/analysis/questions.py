"""Open questions: what the article leaves unresolved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.model import Actor, Claim, Question, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

_MODALS = frozenset({"will", "would", "could", "may", "might", "expect"})


def find_questions(doc: Doc, actors: list[Actor], claims: list[Claim]) -> list[Question]:
    """Sentences with a modal or expectation word, raised as open questions."""
    questions: list[Question] = []
    for sent in doc.sents:
        if not any(t.lemma_.lower() in _MODALS for t in sent):
            continue
        involved = [
            a.id for a in actors if any(sent.start_char <= m.start < sent.end_char for m in a.mentions)
        ]
        text = sent.text.strip()
        questions.append(
            Question(
                id=f"q{len(questions) + 1}",
                question=f"Unclear: {text}",
                kind="expectation",
                evidence=[Span(sent.start_char, sent.start_char + len(sent.text.rstrip()))],
                actors=involved,
            )
        )
    return questions
