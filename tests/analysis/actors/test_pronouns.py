"""He and she: resolved only to a person of a compatible gender, and only when one person
is singled out (issue 16, item 4). Every text is invented."""

from __future__ import annotations

import re

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.actors.gender import first_name_gender, first_names, noun_gender
from briefing_tui.analysis.spans import actor_at
from briefing_tui.model import Actor


def owner(actors: list[Actor], word: str, text: str, nth: int = 0) -> str | None:
    """The name of the actor at the ``nth`` whole-word occurrence of ``word`` in ``text``."""
    match = list(re.finditer(rf"\b{re.escape(word)}\b", text))[nth]
    found = actor_at(actors, match.start(), match.end())
    return next((a.name for a in actors if a.id == found), None)


# --- the first-name list ---------------------------------------------------------------


def test_first_name_list_gives_a_gender_to_clear_names_only():
    assert first_name_gender("Maria Lopez") == "f"
    assert first_name_gender("Tom Hale") == "m"
    assert first_name_gender("Chris Dale") is None  # given to both sexes
    assert first_name_gender("Lopez") is None  # one word may be a surname
    assert first_name_gender("J. Hale") is None  # an initial
    assert first_name_gender("Sen. Maria Lopez") == "f"  # an abbreviated title is skipped


def test_first_name_list_leaves_out_family_names_and_names_of_both_sexes_abroad():
    names = first_names()
    assert "kim" not in names and "li" not in names  # family names written first
    assert "andrea" not in names  # a man's name in Italian


def test_first_name_file_states_its_source_and_licence():
    from importlib import resources

    header = (
        resources.files("briefing_tui.analysis")
        .joinpath("lexicon", "actors", "first_names.tsv")
        .read_text(encoding="utf-8")
        .split("\n", 12)[:10]
    )
    text = " ".join(header).lower()
    assert "census" in text and "public domain" in text and "tools/build_first_names.py" in text


def test_gendered_nouns():
    assert noun_gender("widow") == "f"
    assert noun_gender("businessman") == "m"
    assert noun_gender("lawyer") is None


# --- resolution ------------------------------------------------------------------------


def test_she_after_two_people_is_the_woman_her_first_name_shows(nlp):
    text = "Maria Lopez met Tom Hale on Monday. She said the talks went well."
    actors = find_actors(nlp(text))
    assert owner(actors, "She", text) == "Maria Lopez"


def test_he_after_two_people_is_the_man_his_first_name_shows(nlp):
    text = "Maria Lopez met Tom Hale on Monday. He said the talks went well."
    actors = find_actors(nlp(text))
    assert owner(actors, "He", text) == "Tom Hale"


def test_he_with_one_person_of_a_name_of_unknown_gender(nlp):
    text = "Chris Dale arrived late on Tuesday. He said the train had stopped twice."
    actors = find_actors(nlp(text))
    assert owner(actors, "He", text) == "Chris Dale"


def test_never_across_a_known_gender(nlp):
    text = "Maria Lopez opened the new library on Monday. He said the building cost too much."
    actors = find_actors(nlp(text))
    assert owner(actors, "He", text) is None


def test_honorific_gives_the_gender(nlp):
    text = "Mrs. Okafor thanked Chris Dale for the loan. She said it had saved the farm."
    actors = find_actors(nlp(text))
    assert owner(actors, "She", text) == "Okafor"


def test_gendered_noun_beside_a_name_gives_the_gender(nlp):
    text = "Robin Vale, a widow from the valley, met Chris Dale. She said the road was closed."
    actors = find_actors(nlp(text))
    assert owner(actors, "She", text) == "Robin Vale"


def test_two_men_in_the_sentence_before_leave_him_unresolved(nlp):
    text = "Tom Hale met Bill Ray at the station. Later the crowd cheered him."
    actors = find_actors(nlp(text))
    assert owner(actors, "him", text) is None


def test_he_said_in_reported_speech_is_the_speaker(nlp):
    text = "Tom Hale met Bill Ray at the station. Hale said that he would run again."
    actors = find_actors(nlp(text))
    assert owner(actors, "he", text) == "Tom Hale"


def test_a_person_named_only_by_a_noun_competes_for_his(nlp):
    text = "Tom Hale said that a judge in the case was unfit because of his past rulings."
    actors = find_actors(nlp(text))
    assert owner(actors, "his", text) is None


def test_himself_after_a_name_is_that_person(nlp):
    text = "Tom Hale and Bill Ray asked the board to sue Paul Roe himself."
    actors = find_actors(nlp(text))
    assert owner(actors, "himself", text) == "Paul Roe"


def test_previous_subject_when_nobody_else_is_named_since(nlp):
    text = (
        "Tom Hale met Bill Ray in March. Hale spoke for an hour about the budget. "
        "He also promised new roads."
    )
    actors = find_actors(nlp(text))
    assert owner(actors, "He", text) == "Tom Hale"


def test_him_is_none_of_the_subjects_of_its_clause(nlp):
    text = "The campaign for Tom Hale began on Monday: Bill Ray and Paul Roe lined up behind him."
    actors = find_actors(nlp(text))
    assert owner(actors, "him", text) == "Tom Hale"


def test_in_a_quotation_the_one_who_said_my_is_not_he(nlp):
    text = (
        "Tom Hale asked Bill Ray to apologise on Monday. "
        '"My reaction was anger," the former aide said. "He has refused to apologise."'
    )
    actors = find_actors(nlp(text))
    assert owner(actors, "He", text) != "Tom Hale"


def test_he_in_the_words_of_an_unnamed_speaker_is_left_alone(nlp):
    text = (
        "Tom Hale spoke at the rally on Monday. "
        '"He has never listened to the farmers," a lawyer said.'
    )
    actors = find_actors(nlp(text))
    assert owner(actors, "He", text) is None


def test_a_lone_person_two_sentences_back_outside_quotations(nlp):
    text = (
        "Maria Lopez spoke about the budget on Monday. The hall was full. "
        "The audience then asked her about the schools."
    )
    actors = find_actors(nlp(text))
    assert owner(actors, "her", text) == "Maria Lopez"


def test_she_in_the_words_of_an_unnamed_man_is_the_woman_named(nlp):
    text = (
        "Maria Lopez toured the harbour on Monday. "
        'The businessman said of Lopez, "If she wins, she will close the docks."'
    )
    actors = find_actors(nlp(text))
    assert owner(actors, "she", text) == "Maria Lopez"
