"""A reported "would" with a date ahead is a plan still to be carried out."""

from __future__ import annotations

from .helpers import analysed


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


def test_a_reported_plan_with_its_own_day_is_still_to_come(nlp):
    text = (
        "Sports minister Hana Kos said the Kesh council would vote on the port plan on October 2."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert shown == ["Will the Kesh council vote on the port plan on October 2?"]


def test_a_reported_would_in_a_past_year_stays_the_past(nlp):
    text = "In the year 2000, the Kesh council said it would lift the limits on trucks."
    assert [q.question for q in analysed(nlp, text).shown] == []


def test_a_decision_within_a_month_is_still_to_come(nlp):
    text = (
        "The transport safety agency said it would decide within a month whether to open an "
        "investigation into Veltro."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert shown == [
        "Will the transport safety agency decide within a month whether to open an "
        "investigation into Veltro?"
    ]


def test_a_reported_plan_for_a_season_is_still_to_come(nlp):
    text = (
        "The regional health authority said it would review staffing levels at Ostra General "
        "Hospital in the spring."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert shown == [
        "Will the regional health authority review staffing levels at Ostra General Hospital "
        "in the spring?"
    ]
