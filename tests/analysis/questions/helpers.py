"""What the open-question tests share: asking a sentence, and taking its one question."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims
from briefing_tui.analysis.questions.find import QuestionReport, explain_questions
from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Actor, Article, Claim, Question


def report(
    nlp, text: str, actors: list[Actor] | None = None, claims: list[Claim] | None = None
) -> QuestionReport:
    """Every candidate question of ``text`` and what became of it; the actors and claims
    are the analysis's own unless given (a "he" or "she" is named only through them)."""
    doc = nlp(text)
    if actors is None:
        actors = find_actors(doc)
        claims = find_claims(doc, actors) if claims is None else claims
    return explain_questions(doc, actors, claims or [])


def analysed(nlp, text: str) -> QuestionReport:
    """The question report of ``text`` with the actors and claims the whole analysis finds
    (as the app has them: a headline's claims dropped, acting sources marked)."""
    doc = nlp(text)
    briefing = analyze_doc(doc, Article(text=text))
    return explain_questions(doc, briefing.actors, briefing.claims)


def ask(
    nlp, text: str, actors: list[Actor] | None = None, claims: list[Claim] | None = None
) -> list[Question]:
    """The questions the rules raise and phrase in ``text``, shown or held below the threshold.

    These tests judge the rules and the phrasing; what the pane shows also
    depends on the confidence threshold (``shown``).
    """
    found = report(nlp, text, actors, claims)
    return [*found.shown, *found.held]


def shown(
    nlp, text: str, actors: list[Actor] | None = None, claims: list[Claim] | None = None
) -> list[Question]:
    """The questions the pane shows for ``text``."""
    return report(nlp, text, actors, claims).shown


def only(questions: list[Question]) -> Question:
    """The one question raised (the test fails, listing them, if there is not exactly one)."""
    assert len(questions) == 1, [q.question for q in questions]
    return questions[0]


def shown_disputes(nlp, text: str) -> list[str]:
    """The disputed questions the whole analysis shows for ``text``."""
    doc = nlp(text)
    briefing = analyze_doc(doc, Article(text=text))
    return [q.question for q in briefing.questions if q.kind == "disputed"]


def dispute_vetoes(nlp, text: str) -> list[str | None]:
    """The veto (or None) of each dispute candidate of ``text``."""
    return [f.veto for f in report(nlp, text).findings if f.family == "dispute"]
