"""A pronoun in words one person tells another ("Hale told Ross that he would resign") is
the teller's, unless gender rules it out; a question put to someone, or a state of the one
told ("told Ross he was wrong"), is left alone (issue 16; invented texts)."""

from __future__ import annotations

import re

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.spans import actor_at


def owner(doc, word: str, nth: int = 0) -> str | None:
    actors = find_actors(doc)
    match = list(re.finditer(rf"\b{re.escape(word)}\b", doc.text))[nth]
    found = actor_at(actors, match.start(), match.end())
    return next((a.name for a in actors if a.id == found), None)


def test_he_in_what_one_man_tells_another_is_the_teller(nlp):
    doc = nlp("Mark Ross and Tom Hale met on Friday. Hale told Ross that he would not run again.")
    assert owner(doc, "he") == "Tom Hale"


def test_he_told_without_that_and_a_titled_addressee(nlp):
    doc = nlp("Mark Ross and Tom Hale met on Friday. Ross told Senator Hale he had no plans.")
    assert owner(doc, "he") == "Mark Ross"


def test_her_plan_in_what_one_woman_tells_another_is_the_teller(nlp):
    doc = nlp("Mary Cole and Ann Lee debated on Friday. Cole told Lee that her plan would fail.")
    assert owner(doc, "her") == "Mary Cole"


def test_the_told_one_is_still_chosen_when_gender_rules_the_teller_out(nlp):
    doc = nlp("Ann Lee met Tom Hale on Friday. Lee told Hale that he would get the post.")
    assert owner(doc, "he") == "Tom Hale"


def test_a_question_put_to_someone_is_left_alone(nlp):
    doc = nlp(
        "Mary Cole and Ann Lee debated on Friday. Lee asked Cole whether she would cut taxes."
    )
    assert owner(doc, "she") is None


def test_the_state_of_the_one_told_is_not_the_tellers(nlp):
    doc = nlp("Mary Cole and Ann Lee debated on Friday. Lee told Cole she was wrong about taxes.")
    assert owner(doc, "she") != "Ann Lee"


def test_her_in_what_a_man_of_unknown_gender_says_is_not_his(nlp):
    doc = nlp(
        "The senator, Ravi Menon, praised the pick. Menon said her record was strong, and he "
        "would vote for her."
    )
    assert owner(doc, "her") is None
    assert owner(doc, "he") == "Ravi Menon"  # the possessive taught him no gender


def test_her_in_reported_words_still_goes_to_a_known_woman(nlp):
    doc = nlp("Ann Lee backed the plan. Lee said her staff would start in May.")
    assert owner(doc, "her") == "Ann Lee"


def test_a_name_that_moved_from_men_to_women_gives_no_gender(nlp):
    from briefing_tui.analysis.actors.gender import first_name_gender

    assert first_name_gender("Lindsey Graham") is None
    assert first_name_gender("Whitney Cole") is None
    assert first_name_gender("Mary Cole") == "f"
    doc = nlp(
        "Senator Lindsey Graham met Governor Ann Lee on Monday. Graham said he would "
        "vote for the bill, and nobody would question her support."
    )
    assert owner(doc, "he") == "Lindsey Graham"
    assert owner(doc, "her") != "Lindsey Graham"


def test_a_teller_of_unknown_gender_does_not_take_she_from_a_woman_told(nlp):
    doc = nlp("Okafor and Ann Lee met on Friday. Okafor told Lee that she would get the post.")
    assert owner(doc, "she") != "Okafor"
