"""The question report of an invented text, for the tests of the question rules."""

from __future__ import annotations

from briefing_tui.analysis.questions.find import QuestionReport, explain_questions
from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article


def analysed(nlp, text: str) -> QuestionReport:
    """The question report of ``text`` with the actors and claims the analysis finds."""
    doc = nlp(text)
    briefing = analyze_doc(doc, Article(text=text))
    return explain_questions(doc, briefing.actors, briefing.claims)
