"""A "she" or "he" in words reported by someone speaking for another person ("Her lawyer,
Tom Hale, said she would appeal") is the person the owner pronoun stands for, never the
lawyer; left alone when that owner is not known (issue 16 item 4; invented texts)."""

from __future__ import annotations

import re

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.spans import actor_at


def owner(doc, word: str, nth: int = 0) -> str | None:
    actors = find_actors(doc)
    match = list(re.finditer(rf"\b{re.escape(word)}\b", doc.text))[nth]
    found = actor_at(actors, match.start(), match.end())
    return next((a.name for a in actors if a.id == found), None)


def test_she_in_what_her_lawyer_says_is_the_client(nlp):
    doc = nlp(
        "The athletics federation banned the runner Mary Cole for two years on Monday. "
        "Her lawyer, Piet Vanek, said she would appeal the ban."
    )
    assert owner(doc, "she") == "Mary Cole"


def test_he_in_what_his_spokeswoman_says_is_the_one_she_speaks_for(nlp):
    doc = nlp(
        "Senator Tom Hale was questioned by police on Friday. "
        "His spokeswoman, Ann Lee, said he would cooperate with the inquiry."
    )
    assert owner(doc, "he") == "Tom Hale"


def test_a_lawyer_speaking_of_herself_is_left_to_the_other_rules(nlp):
    doc = nlp("Ann Lee, a lawyer, said on Monday that she would appeal the ruling.")
    assert owner(doc, "she") == "Ann Lee"
