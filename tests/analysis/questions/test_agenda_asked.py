"""Agenda events asked by occurrence or by a bare name: "the vote" is named by the
article's one agenda vote or held back, a routine meeting's occurrence is held back,
and a body taking up a measure on a day is asked whether it adopts it."""

from __future__ import annotations

from briefing_tui.analysis.questions.agenda_asked import (
    agenda_veto,
    asked_by_outcome,
    bare_vote,
    name_bare_vote,
    routine_meeting,
    taken_up_outcome,
    vote_name,
)

from .helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def test_a_bare_vote_is_told_from_a_named_one():
    assert bare_vote("Could the vote be postponed?")
    assert bare_vote("Will the mayor call members before next week's vote?")
    assert bare_vote("Will the final vote be delayed?")
    assert bare_vote("Could the vote on Tuesday be put off?")
    assert not bare_vote("Did the minister resign after the vote?")
    assert not bare_vote("Will the vote on the levy be delayed?")
    assert not bare_vote("Will the council vote on the levy?")


def test_the_agenda_vote_is_named_by_its_body_measure_and_day():
    asked = "Will the Tarn District Board approve the plan to dredge the canal on May 4?"
    name = vote_name([asked])
    assert name == "the Tarn District Board's May 4 vote on the plan to dredge the canal"
    assert vote_name(["Will the Elm Council pass the Quiet Act at the final vote next week?"]) == (
        "the Elm Council's vote on the Quiet Act next week"
    )


def test_two_agenda_votes_name_no_bare_vote():
    assert (
        vote_name(
            [
                "Will the Elm Council pass the Quiet Act on May 4?",
                "Will the Elm Council pass the Noise Act on June 9?",
            ]
        )
        is None
    )


def test_a_bare_vote_takes_the_agenda_name_unless_its_day_is_another():
    name = "the Elm Council's May 4 vote on the Quiet Act"
    assert name_bare_vote("Could the vote be postponed?", name) == (
        "Could the Elm Council's May 4 vote on the Quiet Act be postponed?"
    )
    assert name_bare_vote("Could the vote on June 9 be postponed?", name) == (
        "Could the vote on June 9 be postponed?"
    )
    assert name_bare_vote("Could the vote be postponed?", None) == "Could the vote be postponed?"


def test_an_unnamed_vote_is_held_back():
    assert agenda_veto("Could the final vote be postponed?") == "unnamed-matter"


def test_a_meeting_asked_as_its_occurrence_is_held_back_unless_its_purpose_is_said():
    assert routine_meeting("Will the governor meet with party leaders before the vote?")
    assert agenda_veto("Will the governor meet party leaders before the session?") == (
        "routine-meeting"
    )
    assert not routine_meeting("Will the envoy meet the king and visit two towns?")
    assert not routine_meeting(
        "Will the governor meet with party leaders to settle the budget before the vote?"
    )
    assert not routine_meeting("Will the governor meet with union leaders on the strike?")
    assert not routine_meeting("Will the envoy ask the king for aid when they meet on Friday?")


def test_a_body_taking_up_a_measure_on_a_day_is_asked_its_outcome():
    asked = "Will the Elm County Board take up the road plan again on April 9?"
    assert taken_up_outcome(asked) == (
        "Will the Elm County Board approve the road plan on April 9?"
    )
    assert taken_up_outcome("Will the state Senate take up the bill next week?") == (
        "Will the state Senate pass the bill next week?"
    )


def test_a_court_taking_up_a_case_or_an_undated_take_up_is_left_as_it_is():
    court = "Will the Supreme Court take up the case in October?"
    assert taken_up_outcome(court) == court
    undated = "Will the council take up the plan?"
    assert taken_up_outcome(undated) == undated


def test_an_article_asks_a_postponed_vote_by_the_agendas_name(nlp):
    text = (
        "The Tarn District Board is scheduled to vote on May 4 on a proposal to dredge the "
        "old canal. Its chair, Mira Holt, said the vote could be postponed if the engineers' "
        "report did not arrive in time."
    )
    shown = _shown(nlp, text)
    assert not any("the vote " in q for q in shown)
    assert any("Tarn District Board's May 4 vote on the proposal" in q for q in shown), shown


def test_an_article_holds_back_a_meeting_before_next_weeks_vote(nlp):
    text = (
        "The Elm City Council voted 5-4 on Monday to advance a parking ordinance. The "
        "mayor's office said Mayor Joan Reyes would meet with council leaders before next "
        "week's vote."
    )
    assert not any("meet with council leaders" in q for q in _shown(nlp, text))


def test_an_article_asks_whether_the_council_adopts_the_measure_it_takes_up(nlp):
    text = (
        "The Elm City Council delayed a vote on a plan to close the river ferry on Tuesday. "
        "Mayor Joan Reyes said the council would take up the plan again on April 9."
    )
    shown = _shown(nlp, text)
    assert not any("take up" in q for q in shown), shown
    assert any(q.startswith("Will the Elm City Council approve") for q in shown), shown


def test_a_person_sentenced_on_a_day_is_asked_the_sentence():
    assert asked_by_outcome("Will Ona Birk be sentenced on June 2?") == (
        "What sentence will Ona Birk receive on June 2?"
    )
    assert asked_by_outcome("Will Ona Birk be sentenced?") == "Will Ona Birk be sentenced?"


def test_an_article_asks_the_sentence_of_one_to_be_sentenced_on_a_day(nlp):
    text = (
        "A jury on Monday convicted the former harbour clerk Ona Birk of embezzlement. "
        "She will be sentenced on June 2."
    )
    shown = _shown(nlp, text)
    assert "What sentence will Ona Birk receive on June 2?" in shown, shown
