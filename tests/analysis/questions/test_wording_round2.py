"""Wording, round two: reporter's asides, settled matters and clumsy phrases kept out of
shown questions. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.questions.phrasing import without_closing_aside

from .helpers import ask


def test_closing_aside_of_the_reporter_is_cut():
    assert (
        without_closing_aside("Has the mill sold its bonds, an issue auditors are examining")
        == "Has the mill sold its bonds"
    )
    # an amount said with "a matter of" is no aside
    kept = "Will the plant close within days, a matter of weeks at most"
    assert without_closing_aside(kept) == kept


def test_question_from_a_whether_clause_ends_before_the_aside(nlp):
    text = (
        "The Halden Water Board did not say whether the Halden Water Board had sold its "
        "river bonds in recent weeks, an issue auditors are examining."
    )
    asked = [q.question for q in ask(nlp, text)]
    assert asked
    assert not any("auditors" in q for q in asked)
