"""A speaker's confidence and an inquiry's routine handover are not asked back as open
matters; a dated forecast, a doubted one, a ruling and a handover with a deadline still are."""

from __future__ import annotations

from briefing_tui.analysis.questions.settled_terms import (
    confident_forecast,
    routine_handover,
)

from .helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def test_a_speakers_confidence_is_not_asked_back(nlp):
    text = (
        "A spokesman for the Selo council said the bylaw had been drafted with outside "
        "lawyers and that the council was confident it would withstand any challenge."
    )
    assert _shown(nlp, text) == []


def test_a_routine_handover_of_findings_is_not_asked(nlp):
    text = (
        "The Selo fire service said it would hand its findings and photographs to police "
        "and to the coroner."
    )
    assert _shown(nlp, text) == []


def test_the_pending_vote_beside_a_confidence_is_still_asked(nlp):
    text = (
        "The Selo assembly will vote on the pension bill on Thursday. Prime Minister Ann "
        "Hall told reporters outside the assembly on Tuesday that she was confident the "
        "government would prevail."
    )
    assert _shown(nlp, text) == ["Will the Selo assembly vote on the pension bill on Thursday?"]


def test_a_belief_in_long_range_savings_is_not_asked_back(nlp):
    doc = nlp(
        '"I still believe the ferry contract will save this town money over the next decade."'
    )
    assert confident_forecast(
        "Will the ferry contract save this town money over the next decade?", [doc[:]]
    )


def test_a_confident_forecast_with_a_day_of_its_own_is_still_asked(nlp):
    doc = nlp("The chief executive said he remained confident the merger would close in March.")
    assert not confident_forecast("Will the merger close in March?", [doc[:]])


def test_a_doubted_forecast_is_still_asked(nlp):
    doc = nlp("The mayor said she was not confident the harbour plan would pass.")
    assert not confident_forecast("Will the harbour plan pass?", [doc[:]])


def test_an_expected_act_is_not_a_confidence(nlp):
    doc = nlp("The minister said she expected the new fees to take effect on January 1.")
    assert not confident_forecast("Will the new fees take effect on January 1?", [doc[:]])


def test_an_inquirys_findings_handed_to_police_are_a_routine_step():
    assert routine_handover("Will the fire service hand its findings to police and the coroner?")
    assert routine_handover("Will the Selo board's report be sent to a public prosecutor?")
    assert routine_handover("Will the airline hand its crew records to the regulator?")


def test_a_handover_with_a_deadline_or_no_inquiry_product_is_still_asked():
    assert not routine_handover("Will the report be sent to prosecutors by the end of the month?")
    assert not routine_handover("Will the camera footage be handed to the United Nations?")
    assert not routine_handover("Will the prosecutor bring charges once the findings are in?")


def test_a_confident_forecast_of_a_ruling_is_still_asked(nlp):
    doc = nlp("Governor Ada Pike said she was confident the courts would uphold the law.")
    assert not confident_forecast("Will the courts uphold the law?", [doc[:]])
