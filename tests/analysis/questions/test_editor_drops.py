"""The questions a careful editor drops: a plan's or inquiry's content, a penalty rule, a
stated schedule or ongoing act asked back, a place made to act, one critic's judgement,
two predicates in one, an aside left open. Each is dropped from the whole analysis of a
short invented story, and a question near it that asks an open matter still stands."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions.rules import Candidate
from briefing_tui.analysis.questions.vetoes import first_half, joined_at, phrase_veto
from briefing_tui.model import QuestionKind

from .helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def _vetoes(nlp, text: str) -> set[str | None]:
    return {f.veto for f in analysed(nlp, text).findings}


def test_what_an_inquiry_will_examine_is_its_stated_scope(nlp):
    text = (
        "The Water Standards Office said on Monday it had opened an inquiry into billing at "
        "Brook Water. The inquiry will examine bills the company sent between 2022 and 2024, "
        "the office said. The office expects to publish its findings by the end of the year."
    )
    shown = _shown(nlp, text)
    assert not any("examine" in q for q in shown), shown
    # whether the findings come out is an announced step, not what they find
    assert not any("publish its findings" in q for q in shown), shown
    assert {"content-description", "publication-asked"} <= _vetoes(nlp, text)


def test_what_a_plan_would_add_is_its_content(nlp):
    text = (
        "The harbour board approved a plan on Friday. The plan would add two cranes and a "
        "new quay, officials said."
    )
    assert not any("add two cranes" in q for q in _shown(nlp, text))


@pytest.mark.parametrize(
    "question",
    [
        "Will the plan be approved by the council in May?",
        "Will the inquiry find that Brook Water overcharged its customers?",
        "Will the bill become law before the summer?",
    ],
)
def test_a_holder_s_fate_or_finding_is_no_content(nlp, question):
    sentence = nlp("The council said the plan will be approved and the bill will become law.")
    candidate = Candidate(QuestionKind.EXPECTATION, [sentence[:]], question)
    assert phrase_veto(candidate) is None


def test_a_penalty_up_to_a_ceiling_is_a_stated_rule(nlp):
    text = (
        "The regulator opened an inquiry into Brook Water on Monday. If it finds that the "
        "company broke the rules, Brook Water could face a fine of up to 10 percent of its "
        "turnover."
    )
    assert not any("fine of up to" in q for q in _shown(nlp, text))


def test_an_ongoing_act_told_as_fact_is_not_asked_back(nlp):
    text = "Tarva and Selo are considering bills modeled on the Delmont law, officials said."
    shown = _shown(nlp, text)
    assert not any(q.startswith(("Are Tarva", "Is Tarva")) for q in shown), shown


def test_an_unknown_ongoing_act_is_still_asked():
    candidate = Candidate(QuestionKind.UNRESOLVED, [], "Is the board considering a new plan?")
    assert phrase_veto(candidate) is None  # no sentence tells it: nothing to ask back


def test_a_stated_expectation_is_not_asked_back_but_its_event_may_be(nlp):
    asked = Candidate(QuestionKind.EXPECTATION, [], "Is a ruling expected by the end of May?")
    event = Candidate(QuestionKind.EXPECTATION, [], "Will the court rule by the end of May?")
    assert phrase_veto(asked) == "expectation-asked-back"
    assert phrase_veto(event) is None


def test_a_place_cannot_ask_but_a_chamber_can(nlp):
    sentence = nlp(
        "The Chamber of Commerce said it would ask the Commission to intervene if the Lode "
        "bridge stayed shut."
    )[:]
    place = Candidate(
        QuestionKind.EXPECTATION, [sentence], "Will the Lode bridge ask the Commission to act?"
    )
    body = Candidate(
        QuestionKind.EXPECTATION,
        [sentence],
        "Will the Chamber of Commerce ask the Commission to intervene?",
    )
    assert phrase_veto(place) == "thing-as-agent"
    assert phrase_veto(body) is None


def test_one_critic_s_judgement_is_dropped_and_two_sides_stand(nlp):
    one = "Dan Pryce, who runs a shop on the square, called the council's plan reckless."
    two = (
        "The Avon Town Council's leader, Ruth Lee, said the plan would cut traffic. "
        "Dan Pryce, who runs a shop on the square, said he was disappointed with the "
        "Avon Town Council's decision to close the square."
    )
    assert not any("justified" in q for q in _shown(nlp, one))
    assert "Was the Avon Town Council's decision to close the square justified?" in _shown(nlp, two)


def test_two_predicates_in_one_question_keep_the_first_where_it_stands(nlp):
    # (a first predicate that only holds a meeting is asked by no one: gathering-held)
    text = (
        "The Avon school board will close two schools on March 3 and is expected to "
        "vote on March 17."
    )
    shown = _shown(nlp, text)
    assert "Will the Avon school board close two schools on March 3?" in shown, shown
    assert not any(" and is " in q for q in shown), shown


def test_a_joined_base_verb_is_one_question(nlp):
    sentence = nlp("A safety board will review the data and decide whether the trial resumes.")
    text = "Will a safety board review the data and decide whether the trial resumes?"
    assert joined_at(text, [sentence[:]]) is None
    assert first_half(text, [sentence[:]]) == text


def test_a_joined_finite_past_is_cut(nlp):
    sentence = nlp(
        "A spokeswoman said a decision was expected by the end of April but declined to give "
        "a date."
    )[:]
    text = "Was a decision expected by the end of April but declined to give a date?"
    assert first_half(text, [sentence]) == "Was a decision expected by the end of April?"


def test_an_aside_left_open_does_not_read():
    candidate = Candidate(QuestionKind.PENDING, [], "How will the review, which began in May end?")
    plain = Candidate(QuestionKind.PENDING, [], "How will the review of the port end?")
    assert phrase_veto(candidate) == "open-aside"
    assert phrase_veto(plain) is None


def test_a_consequence_pictured_in_a_quote_is_not_asked(nlp):
    text = (
        "Farmers oppose the merger of the two dairies. "
        '"They will have all the power and we will have none," said farmer Joe Kell.'
    )
    shown = _shown(nlp, text)
    assert not any("none" in q for q in shown), shown
    assert "quoted-words" in _vetoes(nlp, text) or "elliptical-object" in (_vetoes(nlp, text))


def test_what_someone_will_have_to_do_in_a_quote_is_speculation(nlp):
    text = '"The state will have to find new money to build new schools," the mayor said.'
    assert _shown(nlp, text) == []


def test_a_quoted_legal_move_is_still_asked(nlp):
    text = '"We will appeal the Tarn dam ruling," Senator Ann Hall told reporters.'
    assert _shown(nlp, text) == ["Will Ann Hall appeal the Tarn dam ruling?"]


def test_a_stated_cost_is_told_as_fact(nlp):
    text = (
        "Voters in Eastport will decide on June 4 whether to recall Mayor Lily Chen. "
        "The recall election will cost the city about 800,000 dollars."
    )
    shown = _shown(nlp, text)
    assert not any("cost" in q for q in shown), shown
    assert any("recall" in q for q in shown), shown


def test_a_dateline_s_place_is_not_left_before_the_question(nlp):
    text = (
        "MARLOW, April 3 - The Marlow city council will vote next Tuesday on a plan to add bus "
        "lanes, Mayor Ruth Okafor said on Wednesday."
    )
    shown = _shown(nlp, text)
    assert shown and all(not q.startswith("MARLOW") for q in shown), shown
    assert shown[0].startswith("Will the Marlow city council vote next Tuesday")


def test_what_the_article_calls_unclear_about_the_rules_is_still_asked(nlp):
    text = (
        "The government will tighten visa rules in September. It is unclear whether the rules "
        "will apply to students who have already been offered places."
    )
    shown = _shown(nlp, text)
    assert any("rules apply to students" in q for q in shown), shown


def test_a_stated_routine_is_not_asked_but_a_dated_event_is(nlp):
    text = (
        "The Lode bridge will stay closed until March. A ferry service will run every 20 "
        "minutes while the bridge is closed. It is unclear whether the Estmark government will "
        "pay for the repairs."
    )
    shown = _shown(nlp, text)
    assert not any("every 20 minutes" in q for q in shown), shown
    assert any("pay for the repairs" in q for q in shown), shown


@pytest.mark.parametrize(
    "text",
    [
        # the maker replies in the sentence after the critic's
        "Senator Ann Hall said she was disappointed with the Tarva Defence Agency's decision "
        "to close the base. A spokesman for the Tarva Defence Agency said the base was too "
        "costly to run.",
        # the maker is named by a compound name, and speaks before the critic
        "The Harbour Board said the port could not stay open. Opposition leader Tomas Rey "
        'called the Harbour Board decision "scandalous" on Wednesday.',
    ],
)
def test_a_judged_decision_whose_maker_speaks_is_a_dispute(nlp, text):
    found = analysed(nlp, text)
    assert any(q.question.endswith("justified?") for q in found.shown), [
        (f.veto, f.question) for f in found.findings
    ]


def test_a_judged_plan_that_another_named_speaker_defends_is_a_dispute(nlp):
    text = (
        "Mayor Ruth Okafor said the bus lane decision would cut traffic. "
        'Shop owner Dan Pryce called the bus lane decision "reckless".'
    )
    one = 'Shop owner Dan Pryce called the bus lane decision "reckless".'
    assert any(q.question.endswith("justified?") for q in analysed(nlp, text).shown)
    assert not any(q.question.endswith("justified?") for q in analysed(nlp, one).shown)


def test_a_body_s_calendar_is_not_asked_but_its_vote_is(nlp):
    text = (
        "The House will break for the election on Friday. Lawmakers will return on November "
        "14. The House will vote on the tax bill on Thursday."
    )
    shown = _shown(nlp, text)
    assert not any(" break " in q or " return " in q for q in shown), shown
    assert any("vote on the tax bill" in q for q in shown), shown


def test_what_a_blocked_law_would_have_done_is_not_asked(nlp):
    text = (
        "The law passed by the state legislature in May would have limited drivers to 60 "
        "hours a week before a judge blocked it. Attorney General Tom Vance said the state "
        "would appeal the ruling."
    )
    shown = _shown(nlp, text)
    assert not any("60 hours" in q for q in shown), shown


def test_a_plant_does_not_decide(nlp):
    text = (
        "Officials at the Lakeside plant said it would decide by Friday whether to close the plant."
    )
    assert not any(q.startswith("Will the Lakeside plant decide") for q in _shown(nlp, text))


def test_a_recess_after_a_vote_leaves_the_vote_asked():
    vote = Candidate(
        QuestionKind.EXPECTATION, [], "Will the full Senate vote on the bill before the recess?"
    )
    assert phrase_veto(vote) is None


def test_a_duty_a_statute_lays_down_is_not_asked(nlp):
    text = (
        'Judge Ann Roe ruled against the Tarva Water Agency. "The statute says the Tarva '
        'Water Agency shall act within twelve months," Roe wrote.'
    )
    shown = _shown(nlp, text)
    assert not any(q.startswith("Shall") for q in shown), shown
