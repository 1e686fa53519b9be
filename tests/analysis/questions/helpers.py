"""What the open-question tests share: asking a sentence, and taking its one question."""

from __future__ import annotations

from briefing_tui.analysis.questions import find_questions
from briefing_tui.model import Actor, Claim, Question


def ask(
    nlp, text: str, actors: list[Actor] | None = None, claims: list[Claim] | None = None
) -> list[Question]:
    """The open questions of ``text`` (with these actors and claims, or none)."""
    return find_questions(nlp(text), actors or [], claims or [])


def only(questions: list[Question]) -> Question:
    """The one question raised (the test fails, listing them, if there is not exactly one)."""
    assert len(questions) == 1, [q.question for q in questions]
    return questions[0]
