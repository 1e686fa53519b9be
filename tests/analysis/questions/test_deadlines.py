"""A deadline set for a named party asks whether it acts by the day; a deadline told in
the past, one for an unnamed party, or one met later in the article asks nothing."""

from __future__ import annotations

from .helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def _vetoes(nlp, text: str) -> set[str | None]:
    return {f.veto for f in analysed(nlp, text).findings if f.family == "agenda"}


def test_a_party_given_until_a_day_is_asked_whether_it_acts_by_then(nlp):
    text = "Brava Airlines has until March 1 to respond to the order."
    assert "Will Brava Airlines respond to the order by March 1?" in _shown(nlp, text)


def test_the_deadline_for_a_party_to_act_is_asked_the_same_way(nlp):
    text = "The deadline for Halden Power to file its appeal is March 3."
    assert "Will Halden Power file its appeal by March 3?" in _shown(nlp, text)


def test_a_deadline_told_in_the_past_asks_nothing(nlp):
    text = "Brava Airlines had until March 1 to respond to the order."
    assert "event-past" in _vetoes(nlp, text)
    assert not any(" by March 1?" in q for q in _shown(nlp, text))


def test_a_deadline_for_an_unnamed_party_asks_nothing(nlp):
    text = "Officials have until March 1 to respond to the order."
    assert "unnamed-matter" in _vetoes(nlp, text)


def test_a_deadline_met_later_in_the_article_is_settled(nlp):
    text = (
        "Brava Airlines has until March 1 to respond to the order. On Friday, Brava Airlines "
        "responded to the order in a long letter."
    )
    assert "settled-later" in _vetoes(nlp, text)
    assert not any(" by March 1?" in q for q in _shown(nlp, text))


def test_an_it_that_goes_on_with_the_body_before_is_that_body_not_a_clause_subject(nlp):
    text = (
        "The Tarvia Trade Board said on Monday that its first review had found the merged "
        "company would control most of the market for ferry engines. It now has 60 days, "
        "until March 3, to decide whether to clear the merger of Halden Marine and Orvo "
        "Engines, approve it with conditions or block it."
    )
    shown = _shown(nlp, text)
    assert any(q.startswith("Will the Tarvia Trade Board clear the merger") for q in shown)
    assert not any("decide whether" in q for q in shown)


def test_a_deadline_a_body_reports_in_past_tense_is_still_ahead_of_the_date_line(nlp):
    text = (
        "Board weighs grocery deal\n\nSELO, June 12 (Reuters) - The Selo Competition Board said "
        "it had until Oct. 30 to decide whether to clear the takeover of Tarn Foods."
    )
    assert "Will the Selo Competition Board clear the takeover of Tarn Foods by Oct. 30?" in (
        _shown(nlp, text)
    )


def test_a_reported_deadline_before_the_date_line_is_past(nlp):
    text = (
        "Board weighs grocery deal\n\nSELO, Nov. 12 (Reuters) - The Selo Competition Board said "
        "it had until Oct. 30 to decide whether to clear the takeover of Tarn Foods."
    )
    assert "event-past" in _vetoes(nlp, text)
    assert not any(" by Oct. 30?" in q for q in _shown(nlp, text))


def test_a_reported_deadline_with_no_date_line_is_past(nlp):
    text = (
        "The Selo Competition Board said it had until Oct. 30 to decide whether to clear the "
        "takeover of Tarn Foods."
    )
    assert "event-past" in _vetoes(nlp, text)
