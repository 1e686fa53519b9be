"""A description by age or origin as the speaker (issue 16, item 9; ``aged.py``).
Every text is invented."""

from __future__ import annotations

from tests.analysis.readers import speakers_in_order as speakers


def test_an_age_with_a_job_is_the_person_just_named(nlp):
    text = (
        "Tests are due on Monday, said Dorota Wend, the plant's manager.\n\n"
        "The 47-year-old chemist said crews had sealed the tanks."
    )
    assert ("The 47-year-old chemist", "Dorota Wend") in speakers(nlp, text)


def test_an_age_alone_is_the_person_just_named(nlp):
    text = (
        "Cyclist Tomas Brevik was banned for two years on Monday.\n\n"
        '"I will fight this ruling," the 31-year-old said in a statement.'
    )
    assert ("the 31-year-old", "Tomas Brevik") in speakers(nlp, text)


def test_an_origin_word_before_a_person_noun_is_the_person_just_named(nlp):
    text = (
        "Hanne Lyst will miss the season, her team said on Monday, "
        "as the Norwegian athlete insisted she would return."
    )
    assert ("the Norwegian athlete", "Hanne Lyst") in speakers(nlp, text)


def test_an_age_after_two_people_is_nobody(nlp):
    text = (
        "Mayor Anna Novak met Peter Voss at the plant on Monday.\n\n"
        "The 47-year-old chemist said crews had sealed the tanks."
    )
    found = dict(speakers(nlp, text))
    assert found.get("The 47-year-old chemist") is None


def test_an_age_far_from_the_name_is_nobody(nlp):
    text = (
        "Tests are due on Monday, said Dorota Wend, the plant's manager.\n\n"
        "The tanks were sealed overnight.\n\n"
        "Crews worked through the weekend.\n\n"
        "The 47-year-old chemist said the work was finished."
    )
    found = dict(speakers(nlp, text))
    assert found.get("The 47-year-old chemist") is None


def test_an_age_given_to_someone_new_is_not_the_person_named(nlp):
    text = (
        "Mayor Dorota Wend said a 30-year-old driver was arrested. "
        "The 30-year-old driver said the brakes had failed."
    )
    found = dict(speakers(nlp, text))
    assert found.get("The 30-year-old driver") is None


def test_an_aged_body_is_never_a_person(nlp):
    text = (
        "Tests are due on Monday, said Dorota Wend, the plant's manager.\n\n"
        "The 90-year-old company said the tanks were sealed."
    )
    found = dict(speakers(nlp, text))
    assert found.get("The 90-year-old company") != "Dorota Wend"


def test_a_party_is_no_origin(nlp):
    text = (
        "Rep. Jane Doe (D-Ohio) voted against the bill on Tuesday. "
        "The Republican lawmaker told reporters that the bill was rushed."
    )
    found = dict(speakers(nlp, text))
    assert found.get("The Republican lawmaker") is None


def test_an_age_with_another_party_is_not_the_person_named(nlp):
    text = (
        "Rep. Jane Doe (D-Ohio) voted against the bill on Tuesday.\n\n"
        "The 50-year-old Republican said that the bill was rushed."
    )
    found = dict(speakers(nlp, text))
    assert found.get("The 50-year-old Republican") is None
