"""The actors analysis, one small invented text per rule family."""

from __future__ import annotations

import re

import pytest

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.spans import actor_at
from briefing_tui.model import Actor


def actors_of(nlp, text: str) -> list[Actor]:
    return find_actors(nlp(text))


def by_name(actors: list[Actor], name: str) -> Actor:
    found = [a for a in actors if a.name == name]
    assert found, f"no actor named {name!r} in {[a.name for a in actors]}"
    return found[0]


def texts(actor: Actor, kind: str | None = None) -> list[str]:
    return [m.text for m in actor.mentions if kind is None or m.kind == kind]


def owner(actors: list[Actor], text: str, nth: int = 0, source: str = "") -> str | None:
    """The actor at the ``nth`` whole-word occurrence of ``text`` in ``source``."""
    match = list(re.finditer(rf"\b{re.escape(text)}\b", source))[nth]
    return actor_at(actors, match.start(), match.end())


# --- names --------------------------------------------------------------------------


def test_full_name_surname_title_and_possessive_are_one_actor(nlp):
    text = (
        "Donald Trump arrived in Ohio on Monday. Trump said the trip went well. "
        "Mr Trump later met voters, and President Trump's aides praised the crowd."
    )
    actors = actors_of(nlp, text)
    trump = by_name(actors, "Donald Trump")
    assert trump.kind == "person"
    assert len([a for a in actors if "Trump" in a.name]) == 1
    assert len(texts(trump, "name")) == 4


def test_people_who_share_a_surname_stay_apart(nlp):
    text = (
        "Hillary Clinton said she would speak in Iowa. Bill Clinton stayed in New York. "
        "Mrs Clinton said she would return soon."
    )
    actors = actors_of(nlp, text)
    hillary, bill = by_name(actors, "Hillary Clinton"), by_name(actors, "Bill Clinton")
    assert hillary.id != bill.id
    assert owner(actors, "Clinton", 2, text) == hillary.id
    assert owner(actors, "she", 0, text) == hillary.id


def test_a_bare_surname_goes_to_the_nearest_full_name(nlp):
    text = "Hillary Clinton spoke first. Bill Clinton spoke next. Clinton then left the stage."
    actors = actors_of(nlp, text)
    assert owner(actors, "Clinton", 2, text) == by_name(actors, "Bill Clinton").id


def test_a_surname_labelled_as_an_organisation_is_still_the_person(nlp):
    text = (
        "German Chancellor Angela Merkel met reporters in Berlin. "
        "Merkel said the talks were useful. Merkel posted a statement on Friday."
    )
    actors = actors_of(nlp, text)
    merkel = by_name(actors, "Angela Merkel")
    assert merkel.kind == "person"
    assert texts(merkel, "name").count("Merkel") == 2


# --- titles, roles and descriptions ------------------------------------------------


def test_titles_and_descriptions_resolve_to_the_role_holder(nlp):
    text = (
        "Russian President Vladimir Putin met French President Emmanuel Macron in Paris. "
        "The Russian leader said the meeting was frank. "
        "The French president said he expected more talks."
    )
    actors = actors_of(nlp, text)
    putin, macron = by_name(actors, "Vladimir Putin"), by_name(actors, "Emmanuel Macron")
    assert putin.role == "Russian president"
    assert owner(actors, "The Russian leader", 0, text) == putin.id
    assert owner(actors, "The French president", 0, text) == macron.id


def test_apposition_gives_a_title_mention_and_a_role(nlp):
    text = "Angela Merkel, the chancellor of Germany, said her government agreed."
    actors = actors_of(nlp, text)
    merkel = by_name(actors, "Angela Merkel")
    assert merkel.role == "chancellor of Germany"
    assert any("chancellor" in m for m in texts(merkel, "title"))


# --- countries, capitals and their organs -------------------------------------------


def test_country_aliases_and_capitals_standing_for_governments(nlp):
    text = (
        "The United States imposed new tariffs on Monday. Beijing said the US was wrong, "
        "and China promised to respond. America has not commented."
    )
    actors = actors_of(nlp, text)
    usa, china = by_name(actors, "United States"), by_name(actors, "China")
    assert usa.kind == china.kind == "country"
    assert {"US", "America"} <= set(texts(usa))
    assert "Beijing" in texts(china, "metonym")


def test_a_capital_used_as_a_place_is_not_the_government(nlp):
    text = "Japan said on Monday that the talks would be held in Tokyo."
    actors = actors_of(nlp, text)
    japan = by_name(actors, "Japan")
    assert "Tokyo" not in texts(japan)


def test_ministries_and_seats_of_government_have_their_country_as_parent(nlp):
    text = (
        "Russia rejected the offer. The Kremlin said the plan was flawed, "
        "and Brazil's foreign ministry denied any role in it. Brazil later joined the talks."
    )
    actors = actors_of(nlp, text)
    kremlin = next(a for a in actors if "Kremlin" in a.name)
    ministry = next(a for a in actors if "ministry" in a.name)
    assert kremlin.kind == ministry.kind == "organisation"
    assert kremlin.parent == by_name(actors, "Russia").id
    assert ministry.parent == by_name(actors, "Brazil").id


def test_nationality_adjectives_count_only_for_government_nouns(nlp):
    text = "Ukrainian officials said the Ukrainian wheat harvest was good. Ukraine agreed."
    actors = actors_of(nlp, text)
    ukraine = by_name(actors, "Ukraine")
    assert texts(ukraine).count("Ukrainian") == 1


# --- pronouns ------------------------------------------------------------------------


def test_pronouns_follow_gender_and_subject(nlp):
    text = (
        "Angela Merkel met Boris Johnson in London. She said he was late. "
        "Johnson said his train was delayed."
    )
    actors = actors_of(nlp, text)
    merkel, johnson = by_name(actors, "Angela Merkel"), by_name(actors, "Boris Johnson")
    assert owner(actors, "She", 0, text) == merkel.id
    assert owner(actors, "he", 0, text) == johnson.id
    assert owner(actors, "his", 0, text) == johnson.id


def test_a_pronoun_with_no_candidate_is_left_alone(nlp):
    text = "It rained all day. He stayed at home."
    actors = actors_of(nlp, text)
    assert all("He" not in texts(a) for a in actors)


def test_first_person_inside_a_quotation_is_its_speaker(nlp):
    text = 'Boris Johnson said: "I will not resign, and my team agrees."'
    actors = actors_of(nlp, text)
    johnson = by_name(actors, "Boris Johnson")
    assert {"I", "my"} <= set(texts(johnson, "pronoun"))


# --- not actors ----------------------------------------------------------------------


def test_weapons_and_products_are_not_actors(nlp):
    text = (
        "The navy bought Harpoon missiles in May. Sweden hopes Harpoons will deter raids, "
        "and Denmark may order Harpoons as well."
    )
    actors = actors_of(nlp, text)
    assert all("Harpoon" not in a.name for a in actors)
    assert {"Sweden", "Denmark"} <= {a.name for a in actors}


# --- the contract --------------------------------------------------------------------


def test_ids_follow_salience_places_that_only_locate_last_and_mentions_are_in_order(nlp):
    text = (
        "Emmanuel Macron visited Berlin. Macron said France would help. "
        "Olaf Scholz thanked him. Macron then left."
    )
    actors = actors_of(nlp, text)
    assert [a.id for a in actors] == [f"a{i}" for i in range(1, len(actors) + 1)]
    # most salient first; Berlin, where the visit happened, last with the places of its kind
    order = [(a.located_only, -a.salience) for a in actors]
    assert order == sorted(order)
    assert actors[-1].name == "Berlin" and actors[-1].located_only
    for actor in actors:
        starts = [m.start for m in actor.mentions]
        assert starts == sorted(starts)
        assert actor.name not in actor.aliases


@pytest.mark.parametrize("text", ["", "   ", "No names at all here."])
def test_texts_without_actors(nlp, text):
    assert actors_of(nlp, text) == []


# --- organisations: acronyms, short names, descriptions ----------------------------


def test_an_acronym_in_brackets_and_a_short_name_are_the_same_organisation(nlp):
    text = (
        "The World Health Organization (WHO) issued a warning on Monday. "
        "WHO said the risk was low. The organization will meet again in May."
    )
    actors = actors_of(nlp, text)
    who = next(a for a in actors if a.name == "World Health Organization")
    assert owner(actors, "WHO", 1, text) == who.id
    assert owner(actors, "The organization", 0, text) == who.id


def test_a_description_in_apposition_is_the_named_actor(nlp):
    text = "The news agency, Reuters, said the vote was close. Reuters later corrected it."
    actors = actors_of(nlp, text)
    reuters = by_name(actors, "Reuters")
    assert owner(actors, "The news agency", 0, text) == reuters.id


def test_coordinated_country_names_share_their_noun(nlp):
    text = "North and South Korea held talks on Friday. South Korea said they went well."
    actors = actors_of(nlp, text)
    north, south = by_name(actors, "North Korea"), by_name(actors, "South Korea")
    assert owner(actors, "North", 0, text) == north.id
    assert len(south.mentions) >= 2
