"""Session 18: a question the speaker puts inside a quote names no step because it holds a
span of time ("twenty years of work"): it is rhetoric, not asked back (invented sentences)."""

from __future__ import annotations

from .helpers import analysed


def test_a_quoted_question_with_a_span_of_time_is_not_asked_back(nlp):
    text = (
        'Coach Ana Belko was banned for two years on Monday. "Does anyone really believe I '
        'would throw away twenty years of work for a few grams of powder?" Belko wrote.'
    )
    found = analysed(nlp, text)
    assert not any("throw away" in q.question for q in [*found.shown, *found.held])
