"""An expectation told in reported past whose act carries a date ahead ("said it expected
the bank to hold the rate at its next meeting in July") is a forecast still to come; told
in the past perfect, with a past date, with no date or negated it stays ``past-event``."""

from __future__ import annotations

from .helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def _forecast_vetoes(nlp, text: str) -> list[str | None]:
    return [f.veto for f in analysed(nlp, text).findings if f.family == "forecast"]


def test_an_expected_act_with_its_own_day_ahead_is_asked(nlp) -> None:
    text = "Marsk Line said it expected the ship to be inspected by its insurer on Tuesday."
    assert _shown(nlp, text) == ["Will the ship be inspected by its insurer on Tuesday?"]


def test_an_expected_act_within_a_span_is_asked(nlp) -> None:
    text = (
        "The club's owner, Ivo Brandt, said the Selo Rovers expected to sign a 30-year lease "
        "with the city within 60 days."
    )
    assert "Will the Selo Rovers sign a 30-year lease with the city within 60 days?" in _shown(
        nlp, text
    )


def test_an_expected_clause_at_a_next_meeting_is_asked(nlp) -> None:
    text = (
        "Analysts at Tarva Capital said they expected the Selo central bank to hold the rate "
        "at its next meeting in July."
    )
    assert "Will the Selo central bank hold the rate at its next meeting in July?" in _shown(
        nlp, text
    )


def test_a_past_perfect_expectation_with_a_past_date_stays_past(nlp) -> None:
    text = "Tom Berg said Selo Air had expected to resume flights last week."
    assert _forecast_vetoes(nlp, text) == ["past-event"]


def test_an_undated_expectation_stays_past(nlp) -> None:
    text = "Tom Berg said Selo Air expected the talks with the Tarva pilots' union to fail."
    assert "past-event" in _forecast_vetoes(nlp, text)
    assert _shown(nlp, text) == []


def test_a_negated_expectation_stays_past(nlp) -> None:
    text = "Tom Berg said Selo Air did not expect to resume flights by June."
    assert "past-event" in _forecast_vetoes(nlp, text)
    assert _shown(nlp, text) == []
