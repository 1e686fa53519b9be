"""Bare "officials" tie only to a country, never to a company named before; "the town" and
"the city" tie only to a town or city, never to a state named before (issue 16)."""

from __future__ import annotations

import re

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.spans import actor_at
from briefing_tui.model import Actor


def owner(actors: list[Actor], phrase: str, text: str, nth: int = 0) -> str | None:
    """The name of the actor at the ``nth`` whole-word occurrence of ``phrase`` in ``text``."""
    match = list(re.finditer(rf"\b{re.escape(phrase)}\b", text))[nth]
    found = actor_at(actors, match.start(), match.end())
    return next((a.name for a in actors if a.id == found), None)


def test_bare_officials_after_a_company_are_left_alone(nlp):
    text = (
        "Carrow Freight Lines closed its depot in Dunmere on Monday. Officials said the road "
        "would stay open."
    )
    actors = find_actors(nlp(text))
    assert owner(actors, "Officials", text) is None


def test_bare_authorities_after_a_company_are_left_alone(nlp):
    text = "Velmont Chemicals reported a leak at its plant. Authorities said nobody was hurt."
    actors = find_actors(nlp(text))
    assert owner(actors, "Authorities", text) is None


def test_bare_officials_after_one_country_still_speak_for_it(nlp):
    text = "Estonia closed its border on Monday. Officials said the crossing would stay shut."
    actors = find_actors(nlp(text))
    assert owner(actors, "Officials", text) == "Estonia"


def test_the_town_is_never_the_state_named_before(nlp):
    text = "Heavy rain fell across Ohio on Tuesday, and the town closed its schools."
    actors = find_actors(nlp(text))
    assert owner(actors, "the town", text) != "Ohio"


def test_the_city_is_the_town_not_its_state(nlp):
    text = (
        "Flooding hit Brenford, Ohio, on Tuesday. Mayor Ana Ruiz said the city would open "
        "two shelters."
    )
    actors = find_actors(nlp(text))
    assert owner(actors, "the city", text) == "Brenford"


def test_he_after_a_deputy_who_speaks_is_not_the_mayor_before(nlp):
    text = (
        "Mayor Tom Hale said the city would open two shelters. A deputy said he had never "
        "seen the river so high."
    )
    actors = find_actors(nlp(text))
    assert owner(actors, "he", text) is None


def test_the_town_a_firefighter_comes_from_is_a_place_not_who_speaks(nlp):
    text = (
        "Chief Ana Ruiz said the road was closed. A firefighter from Dunmere said he had "
        "rescued two dogs."
    )
    actors = find_actors(nlp(text))
    dunmere = next(a for a in actors if a.name == "Dunmere")
    assert dunmere.kind.value == "place"
    assert owner(actors, "he", text) is None


def test_the_state_before_a_chamber_is_not_that_chamber(nlp):
    text = (
        "The measure, House Bill 88, passed the state Senate 20-13 last month. The Assembly "
        "will take it up on Thursday."
    )
    actors = find_actors(nlp(text))
    assert owner(actors, "the state", text) is None


def test_a_service_people_post_on_is_an_organisation(nlp):
    text = (
        "The senator wrote on Flickr that the photo was fake. Flickr said the image would stay up."
    )
    flickr = next(a for a in find_actors(nlp(text)) if a.name == "Flickr")
    assert flickr.kind.value == "organisation"


def test_a_person_the_police_close_in_on_stays_a_person(nlp):
    text = "The police closed in on Ramsey late on Monday. Ramsey said he was innocent."
    ramsey = next(a for a in find_actors(nlp(text)) if a.name == "Ramsey")
    assert ramsey.kind.value == "person"


def test_a_name_whose_surname_takes_he_is_a_person(nlp):
    text = "The club signed Brantley Okonkwo-Reyes on Monday. Okonkwo-Reyes said he was delighted."
    actors = find_actors(nlp(text))
    person = next(a for a in actors if a.name == "Brantley Okonkwo-Reyes")
    assert person.kind.value == "person"
    assert owner(actors, "he", text) == "Brantley Okonkwo-Reyes"


def test_a_name_that_takes_it_stays_an_organisation(nlp):
    text = "Harbor Dutch said on Monday it would buy the unit. Dutch said he was wrong."
    actors = find_actors(nlp(text))
    assert all(a.kind.value != "person" for a in actors if a.name == "Harbor Dutch")


def test_company_officials_are_the_company_the_article_names(nlp):
    text = (
        "Carrow Freight Inc. closed its depot on Monday. Company officials said the road "
        "would stay open."
    )
    actors = find_actors(nlp(text))
    assert owner(actors, "Company officials", text) == "Carrow Freight Inc."


def test_company_officials_are_not_a_public_body(nlp):
    text = (
        "The Marlow Port Authority closed the dock. Company officials said the road would "
        "stay open."
    )
    actors = find_actors(nlp(text))
    assert owner(actors, "Company officials", text) is None
