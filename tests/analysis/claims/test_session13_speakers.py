"""Speakers of session 13 (issue 16, claims items 7 and 9): a claim gets the speaker the
text names, and none when it does not settle who it is. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
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


def test_a_name_the_actors_left_unlinked_is_the_one_person_it_ends(nlp):
    text = (
        "Harbor Freight Ltd said on Monday that profits fell. Chief executive Pieter van "
        "Dijk said the losses were temporary.\n\n"
        "If the new figures break those terms, banks could demand early repayment, although "
        'van Dijk said he was "certain" the company would stay within its limits.'
    )
    assert speaker_of(nlp, text, "he was") == "Pieter van Dijk"


def test_a_plural_of_speakers_written_once_as_a_speech_subject_is_a_group(nlp):
    text = (
        "The central bank raised its main rate on Monday. Analysts said the increase would "
        "slow growth. Police said the march was peaceful."
    )
    assert speaker_of(nlp, text, "the increase would") == "analysts"
    assert speaker_of(nlp, text, "the march was") == "police"


def test_some_of_them_or_a_counted_few_make_no_group(nlp):
    text = (
        "The ferry sank on Sunday. Several survivors said the ship was overloaded. Two "
        "lawyers familiar with the case said the owners would be charged. Officers who "
        "attended said the doors were locked."
    )
    assert speaker_of(nlp, text, "the ship was") is None
    assert speaker_of(nlp, text, "the owners would") is None
    assert speaker_of(nlp, text, "the doors were") is None


def test_words_of_their_kind_stay_in_the_groups_name_and_a_complaint_makes_none(nlp):
    text = (
        "The fire spread overnight. Regional officials said 900 people had left their homes. "
        "In the valley, residents have complained for years about the roads."
    )
    groups = [a.name for a in find_actors(nlp(text)) if a.kind == "group"]
    assert groups == ["regional officials"]


def test_a_whose_phrase_after_an_apposition_gives_way_to_the_name(nlp):
    text = (
        "The coalition collapsed on Monday after the Farmers' Union quit.\n\n"
        "Karl Brandt, the prime minister, whose Social Union Party (SUP) holds 40 of the "
        "assembly's 120 seats, said he would not resign and would ask lawmakers to back a "
        "minority government."
    )
    assert speaker_of(nlp, text, "he would not resign") == "Karl Brandt"
