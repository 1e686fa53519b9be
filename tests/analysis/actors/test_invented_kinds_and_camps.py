"""Kinds and groups seen wrong on invented texts: a person the model took for a place
("Nina Park"), and two camps with different modifiers joined. Every text is invented."""

from __future__ import annotations

import re

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.spans import actor_at
from briefing_tui.model import Actor, ActorKind

CARMAKER = (
    "Nina Park, the chief executive of Halden Motors, said on Monday that the company "
    "would cut 400 jobs.\n\n"
    'Ms. Park said the cuts were painful. "We had no choice," Ms. Park told reporters.\n'
)

CAMPS = (
    "In Hong Kong, the localist camp criticised the plan, while the pro-Beijing camp "
    "welcomed it. The localist camp said it would protest.\n"
)


def owner(actors: list[Actor], word: str, text: str, nth: int = 0) -> str | None:
    """The name of the actor at the ``nth`` occurrence of ``word`` in ``text``."""
    match = list(re.finditer(re.escape(word), text))[nth]
    found = actor_at(actors, match.start(), match.end())
    return next((a.name for a in actors if a.id == found), None)


def test_a_first_name_and_a_place_word_used_as_a_person_is_a_person(nlp):
    actors = find_actors(nlp(CARMAKER))
    park = next(a for a in actors if a.name == "Nina Park")
    assert park.kind == ActorKind.PERSON
    assert owner(actors, "Ms. Park", CARMAKER, 1) == "Nina Park"
    assert not any(a.kind != ActorKind.PERSON and "Nina" in a.name for a in actors)


def test_a_park_named_after_a_person_stays_a_place(nlp):
    text = "Families gathered in Nina Park on Sunday for the concert."
    actors = find_actors(nlp(text))
    assert not any(a.name == "Nina Park" and a.kind == ActorKind.PERSON for a in actors)


def test_a_camp_with_another_modifier_is_not_joined_to_the_camp(nlp):
    actors = find_actors(nlp(CAMPS))
    assert owner(actors, "The localist camp", CAMPS) is None
    assert owner(actors, "the pro-Beijing camp", CAMPS) == "pro-Beijing camp"


RIVAL = (
    "Halden Motors said it would cut 400 jobs. Rival Orion Auto said it would keep its "
    "plants open. Orion Auto has hired 200 workers this year.\n"
)


def test_a_company_named_with_auto_is_an_organisation_not_a_person(nlp):
    actors = find_actors(nlp(RIVAL))
    orion = [a for a in actors if "Orion Auto" in a.name]
    assert len(orion) == 1 and orion[0].kind == ActorKind.ORGANISATION


def test_a_capitalised_word_opening_the_sentence_is_not_part_of_the_name(nlp):
    actors = find_actors(nlp(RIVAL))
    assert not any(a.name.startswith("Rival") for a in actors)
    assert owner(actors, "Orion Auto", RIVAL, 0) == owner(actors, "Orion Auto", RIVAL, 1)
