"""Cues that report no claim of their subject (issue 16, items 2, 3 and 8): a cue in a
clause opened by "whether" (a question, not a statement), an accusation told in a
relative clause on a name (the writer's narration of an act), and a request that
someone else pay. Their look-alikes that do state something stay. Every text is
invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def cues(nlp, text: str) -> list[str]:
    """The cue of each claim, in order."""
    doc = nlp(text)
    return [c.cue for c in find_claims(doc, find_actors(doc))]


def test_a_reporters_whether_frame_is_not_the_subjects_claim(nlp):
    text = (
        "As far as whether Marsh still senses anger among teachers, "
        "she said the talks had improved."
    )
    assert cues(nlp, text) == ["said"]


def test_a_belief_put_as_an_open_question_is_not_a_claim(nlp):
    text = "It is unclear whether Governor Elena Marsh believes the plan will work."
    assert cues(nlp, text) == []


def test_a_belief_outside_a_whether_clause_stays(nlp):
    text = "Governor Elena Marsh believes the plan will work."
    assert cues(nlp, text) == ["believes"]


def test_an_attack_told_in_a_relative_clause_on_a_name_is_narration(nlp):
    text = "Harlan, who attacked allies during the campaign, met the prime minister on Friday."
    assert cues(nlp, text) == []


def test_a_statement_in_a_relative_clause_on_a_name_stays(nlp):
    text = "Harlan, who said the treaty was unfair, met the prime minister on Friday."
    assert cues(nlp, text) == ["said"]


def test_asking_others_to_pay_their_bills_is_no_claim(nlp):
    text = "The water agency asked residents to pay their bills on time."
    assert cues(nlp, text) == []


def test_urging_a_council_to_act_stays_a_claim(nlp):
    text = "The mayor urged the council to approve the budget."
    assert cues(nlp, text) == ["urged"]


def test_a_time_phrase_says_nothing_of_the_criticised(nlp):
    text = "Grady, who criticized regulators for months, met investors on Friday."
    assert cues(nlp, text) == []


def test_demanding_that_another_pay_the_costs_is_no_claim(nlp):
    text = "The tribe demanded that the company pay the cleanup costs."
    assert cues(nlp, text) == []
