"""Questions a careful editor would drop: an opinion, advice or a boast recast as a
question, a rhetorical one, a clause cut off at a comma, a join a dropped hedge garbled,
and a verb whose object was left behind."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions.opinions import (
    asks_a_judgement,
    asks_advice,
    asks_rhetorically,
)
from briefing_tui.analysis.questions.rules import Candidate
from briefing_tui.analysis.questions.vetoes import phrase_veto
from briefing_tui.model import QuestionKind

from .helpers import report


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in report(nlp, text).shown]


def test_an_opinion_of_a_plan_is_not_asked_as_an_open_matter(nlp) -> None:
    text = (
        "Senate candidate Dale Korver on Thursday unveiled a border security plan.\n\n"
        "His opponent, Senator Ruth Alder, called the plan dangerous and ideological."
    )
    assert not any("ideological" in q for q in _shown(nlp, text))


def test_advice_by_the_writer_is_not_asked(nlp) -> None:
    text = (
        "In the coming weeks the Alder campaign would do well to court rural voters in the "
        "northern counties, stressing the threat to farm jobs that the tariff would pose."
    )
    shown = _shown(nlp, text)
    assert not any("do well to" in q for q in shown), shown
    assert not any(q.endswith("pose?") for q in shown), shown


def test_a_rhetorical_question_with_ever_is_not_asked(nlp) -> None:
    text = "Will the inquiries into the mayor's travel ever stop? Nobody at city hall expects so."
    assert not any("ever" in q.split() for q in _shown(nlp, text))


def test_a_hedge_left_out_of_a_joined_time_is_not_asked(nlp) -> None:
    text = (
        "Eleven states sued to block the Clean Rivers Rule. "
        "A ruling is expected by June and possibly not until the autumn."
    )
    assert not any("and not until" in q for q in _shown(nlp, text))


def test_a_clause_cut_at_a_comma_is_not_asked(nlp) -> None:
    doc = nlp(
        "Governor Paul Anker will veto a bill that would let towns raise bus fares, "
        "council leader Ann Lee said on Monday."
    )
    question = "Will Governor Paul Anker veto a bill that would let towns raise bus fares, "
    question += "council leader Ann Lee?"
    assert phrase_veto(Candidate(QuestionKind.EXPECTATION, [doc[:]], question)) == ("dangling-tail")


def test_a_relative_clause_asked_without_its_object_is_incomplete(nlp) -> None:
    doc = nlp("The rally stressed the threat to farm jobs that the new tariff would pose.")
    candidate = Candidate(QuestionKind.EXPECTATION, [doc[:]], "Would the new tariff pose?")
    assert phrase_veto(candidate) == "incomplete"


@pytest.mark.parametrize(
    "question",
    [
        "Is the bridge safe to reopen?",
        "Is the plan dangerous for farmers?",
        "Will the moderators be even tougher on the candidates?",
        "Will the strike go ahead even if the talks resume?",
        "Did the schools ever receive the tax bills?",
        "Will the council vote on the budget on Monday, March 3?",
    ],
)
def test_plain_questions_pass_the_editor_vetoes(question: str) -> None:
    assert not asks_a_judgement(question)
    assert not asks_advice(question)
    assert not asks_rhetorically(question)
    assert phrase_veto(Candidate(QuestionKind.EXPECTATION, [], question)) is None


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "Senator Ted Cruz will vote for the Republican nominee, Donald Trump.",
            "Will Ted Cruz vote for the Republican nominee, Donald Trump?",
        ),
        (
            "The shuttle will be sent to a museum in Los Angeles, California.",
            "Will the shuttle be sent to a museum in Los Angeles, California?",
        ),
    ],
)
def test_a_name_or_a_region_after_a_comma_is_no_dangling_tail(nlp, sentence, question) -> None:
    doc = nlp(sentence)
    candidate = Candidate(QuestionKind.EXPECTATION, [doc[:]], question)
    assert phrase_veto(candidate) is None


def test_a_noun_that_cannot_act_is_not_asked_to(nlp) -> None:
    text = "Senator Ann Lee has questioned Governor Tom Berg's eligibility to run for a third term."
    found = report(nlp, text)
    assert not any("eligibility run" in q.question for q in [*found.shown, *found.held])


def test_a_present_fact_is_not_asked_back(nlp) -> None:
    text = "Tarva leaders weigh new rules for fishing boats, officials said on Monday."
    assert not any(q.lower().startswith("do ") for q in _shown(nlp, text))


def test_a_request_to_a_named_body_is_still_asked(nlp) -> None:
    text = "The mayor urged the city council to approve the budget before May."
    assert "Will the city council approve the budget before May?" in _shown(nlp, text)


def test_two_sources_stating_opposite_states_dispute_the_matter(nlp) -> None:
    text = (
        "The interior ministry of Kestria said on Sunday that the Tarn border crossing had "
        "been closed to all traffic. "
        "The government of neighbouring Lusovia said the crossing was open."
    )
    found = report(nlp, text)
    disputed = [q for q in found.shown if q.kind == "disputed"]
    assert [q.question for q in disputed] == ["Is the Tarn border crossing closed?"]
    assert len(disputed[0].evidence) == 2 and len(disputed[0].actors) >= 2


def test_a_quoted_state_of_the_thing_named_short_disputes_it_too(nlp) -> None:
    text = (
        "The interior ministry of Kestria said on Sunday that the Tarn border crossing had "
        "been closed to all traffic. "
        '"The border is open. Our customs officers are working normally," Lusovia\'s '
        "foreign minister, Ivo Dane, said."
    )
    found = report(nlp, text)
    disputed = [q for q in found.shown if q.kind == "disputed"]
    assert [q.question for q in disputed] == ["Is the Tarn border crossing closed?"]


def test_one_source_saying_both_is_no_dispute(nlp) -> None:
    text = "The ministry said the north gate was closed. The ministry said the south gate was open."
    assert not any(q.kind == "disputed" for q in report(nlp, text).shown)


def test_two_things_of_one_kind_are_not_one_disputed_matter(nlp) -> None:
    text = (
        "The interior ministry said the north gate was closed. "
        "The army said the south gate was open."
    )
    assert not any(q.kind == "disputed" for q in report(nlp, text).shown)


def test_a_dangling_name_is_judged_in_the_sentence_that_holds_it(nlp) -> None:
    # the name is apposed in another sentence; in the one the question comes from, it is not
    doc = nlp(
        "Lawmakers praised the senator, Tom Berg. "
        "Governor Ann Lee will veto a bill that would let towns raise fares, Senator Tom Berg "
        "said."
    )
    question = "Will Governor Ann Lee veto a bill that would let towns raise fares, Senator "
    question += "Tom Berg?"
    candidate = Candidate(QuestionKind.EXPECTATION, list(doc.sents), question)
    assert phrase_veto(candidate) == "dangling-tail"


def test_a_person_the_parse_apposes_to_a_country_still_dangles(nlp) -> None:
    doc = nlp(
        "As President Berg appears set to veto legislation that would allow flood victims to "
        "sue Norway, Democratic nominee Ann Lee apparently disagrees with her former boss."
    )
    question = "Will President Berg veto legislation that would allow flood victims to sue "
    question += "Norway, Democratic nominee Ann Lee?"
    assert next(t for t in doc if t.text == "Lee").dep_ == "appos"  # the parse's misreading
    candidate = Candidate(QuestionKind.EXPECTATION, [doc[:]], question)
    assert phrase_veto(candidate) == "dangling-tail"


def test_when_an_unclear_start_is_asked_with_when(nlp) -> None:
    text = (
        "The court ordered a new trial for Lena Moss. It is unclear when the new trial will begin."
    )
    shown = _shown(nlp, text)
    assert any(
        q.startswith("When will the") and q.endswith("trial for Lena Moss begin?") for q in shown
    ), shown


def test_a_possessive_apostrophe_stays_in_the_question(nlp) -> None:
    text = "Parents' groups plan to protest outside the legislature in Velmar next week."
    assert any("Parents' groups" in q or "parents' groups" in q for q in _shown(nlp, text))


def test_either_one_or_the_other_asks_nothing() -> None:
    candidate = Candidate(QuestionKind.EXPECTATION, [], "Will either Ann Lee or Tom Berg win?")
    assert phrase_veto(candidate) == "either-or"
    plain = Candidate(QuestionKind.EXPECTATION, [], "Will Ann Lee either resign or apologise?")
    assert phrase_veto(plain) is None
