"""The article's date line and whether a set day lies after it."""

from __future__ import annotations

from datetime import date

from briefing_tui.analysis.questions.agenda_days import ahead_of_dateline, dateline_day


def test_a_date_line_of_its_own_or_before_the_first_sentence_is_read(nlp):
    assert dateline_day(nlp("Ferry fares rise\nFriday, March 6, 2026\n\nThe port said.")) == (
        date(2026, 3, 6)
    )
    assert dateline_day(nlp("HALDEN, Norway, Oct. 2, 2025 - The port said.")) == date(2025, 10, 2)
    assert dateline_day(nlp("The port said on March 6 that fares rise.")) is None


def test_a_day_after_the_date_line_is_ahead_and_one_before_is_not(nlp):
    doc = nlp("Ferry fares rise\nFriday, March 6, 2026\n\nThe port said.")
    assert ahead_of_dateline("on April 21", doc)
    assert ahead_of_dateline("Dec. 14", doc)
    assert not ahead_of_dateline("on Feb. 2", doc)
    assert not ahead_of_dateline("on April 21", nlp("The port said fares rise."))


def test_january_in_a_december_article_is_next_years(nlp):
    doc = nlp("Ferry fares rise\nMonday, Dec. 7, 2026\n\nThe port said.")
    assert ahead_of_dateline("on Jan. 12", doc)
