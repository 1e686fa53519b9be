"""A reported "would" with a date ahead is a plan still to be carried out."""

from __future__ import annotations

from tests.analysis.questions.test_families import analysed


def test_a_reported_decision_with_a_date_ahead_is_asked_with_will(nlp):
    text = (
        "The financial regulator said on Thursday it would decide next month whether to "
        "fine Rivo Bank."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert shown == ["Will the financial regulator decide next month whether to fine Rivo Bank?"]


def test_a_reported_would_without_a_date_stays_the_past_stance(nlp):
    text = "The minister said on Thursday that she would resign."
    assert [q.question for q in analysed(nlp, text).shown] == []
