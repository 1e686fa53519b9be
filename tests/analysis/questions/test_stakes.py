"""A decision a court, chamber or agency has still to take leads the questions."""

from __future__ import annotations

from briefing_tui.analysis.questions.stakes import asks_a_decision

from .helpers import analysed


def test_a_pending_court_decision_ranks_before_a_minor_forecast(nlp):
    text = (
        "Mayor Ann Lee said the Selo bridge will reopen to cyclists on Friday. "
        "Residents had complained about the closure for months. "
        "Builders said the works went well. "
        "The Tarva appeals court will rule on the bridge tolls next month, lawyer Ivo Kral said."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert len(shown) >= 2
    assert "court" in shown[0]


def test_a_question_without_a_deciding_body_asks_no_decision(nlp):
    doc = nlp("Mayor Ann Lee said the Selo bridge will reopen on Friday.")
    assert not asks_a_decision("Will the Selo bridge reopen on Friday?", list(doc.sents))
    doc = nlp("The Tarva court will rule on the tolls next month.")
    assert asks_a_decision("Will the Tarva court rule on the tolls next month?", list(doc.sents))
