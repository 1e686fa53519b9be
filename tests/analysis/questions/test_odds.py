"""A question asks whether a thing happens, not how sure its source was."""

from __future__ import annotations

from briefing_tui.analysis.questions.phrasing import without_odds

from .helpers import analysed


def test_odds_adverbs_leave_a_yes_no_question():
    assert without_odds("Will the rules almost certainly cost jobs?") == (
        "Will the rules cost jobs?"
    )
    assert without_odds("Will the judges likely over-correct?") == "Will the judges over-correct?"


def test_a_likelihood_asked_stays_a_question():
    assert without_odds("Is a cut likely?") == "Is a cut likely?"
    assert without_odds("Is the bill likely to pass?") == "Is the bill likely to pass?"
    assert without_odds("Is a ruling unlikely before May?") == "Is a ruling likely before May?"


def test_a_forecast_with_odds_is_asked_without_them(nlp):
    text = "Analyst Mira Holt said the Tarn River dam will almost certainly flood the valley."
    found = [q.question for q in analysed(nlp, text).shown + analysed(nlp, text).held]
    assert found
    assert not any("certainly" in q for q in found)
