"""Speakers of session 13 (issue 16, claims items 7 and 9): a claim gets the speaker the
text names, and none when it does not settle who it is. Every text is invented."""

from __future__ import annotations

from tests.analysis.claims.test_session12_speakers import speaker_of


def test_who_after_a_persons_apposition_is_the_person_not_the_body_in_it(nlp):
    text = (
        "Harbor Freight Ltd said on Monday that its profits fell.\n\n"
        "Tom Reed, a former clerk at the company, who said he had warned managers in 2022, "
        "left in March."
    )
    assert speaker_of(nlp, text, "he had warned managers") == "Tom Reed"


def test_who_on_the_persons_own_name_is_still_the_person(nlp):
    text = "Tom Reed, who said he had warned managers in 2022, left Harbor Freight Ltd in March."
    assert speaker_of(nlp, text, "he had warned managers") == "Tom Reed"


def test_a_whose_phrase_read_as_the_subject_of_the_sentence_is_not_the_speaker(nlp):
    text = (
        "The coalition collapsed on Monday after the Farmers' Union quit.\n\n"
        "Prime Minister Karl Brandt, whose Social Union Party (SUP) holds 40 of the "
        "assembly's 120 seats, said he would not resign and would ask lawmakers to back a "
        "minority government."
    )
    assert speaker_of(nlp, text, "he would not resign") == "Karl Brandt"


def test_a_voice_owned_by_whose_speaks_for_the_noun_the_clause_is_on(nlp):
    text = (
        "The plan faces resistance from Ostland Energy, the largest gas producer in the "
        "region, whose spokesman said on Monday that it had never agreed to a date. Ostland "
        "Energy has long opposed the plan."
    )
    assert speaker_of(nlp, text, "it had never agreed") == "Ostland Energy"


def test_a_name_the_actors_left_unlinked_is_the_one_person_it_ends(nlp):
    text = (
        "Harbor Freight Ltd said on Monday that profits fell. Chief executive Pieter van "
        "Dijk said the losses were temporary.\n\n"
        "If the new figures break those terms, banks could demand early repayment, although "
        'van Dijk said he was "certain" the company would stay within its limits.'
    )
    assert speaker_of(nlp, text, "he was") == "Pieter van Dijk"


def test_a_bare_body_noun_before_a_voice_is_the_one_body_built_on_it(nlp):
    text = (
        "The Ministry of Fisheries said the permit met every legal requirement. A ministry "
        "spokesperson said it would not comment on a case before the courts."
    )
    assert speaker_of(nlp, text, "it would not comment") == "Ministry of Fisheries"


def test_two_bodies_built_on_the_noun_leave_the_voice_unnamed(nlp):
    text = (
        "The Ministry of Fisheries said the permit met every legal requirement. The Ministry "
        "of Finance said the fines would be paid in May. A ministry spokesperson said it would "
        "not comment on a case before the courts."
    )
    assert speaker_of(nlp, text, "it would not comment") is None


def test_figures_released_by_a_body_are_the_bodys(nlp):
    text = (
        "Nurses at the Lindale hospital walked out on Saturday. The Lindale Health Authority "
        "said the strike was unlawful.\n\n"
        "The hospital postponed 90 operations during the strike, according to figures released "
        "by the Lindale Health Authority on Tuesday."
    )
    assert speaker_of(nlp, text, "The hospital postponed") == "Lindale Health Authority"


def test_its_report_is_the_reports_of_the_body_that_was_just_the_subject(nlp):
    text = (
        "The Port Workers' Union called a strike on Monday. According to its annual report, "
        "the union has 9,000 members."
    )
    assert speaker_of(nlp, text, "the union has") == "Port Workers' Union"


def test_its_report_after_a_sentence_about_others_names_nobody(nlp):
    text = (
        "The Port Workers' Union called a strike on Monday. Lenders could demand repayment. "
        "According to its annual report, the union has 9,000 members."
    )
    assert speaker_of(nlp, text, "the union has") is None
