"""Round 3 of the actors analysis: kinds from evidence, things that are not actors,
"we" and "officials" resolved to the organisation that speaks, and roles (invented sentences)."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.actors.kinds import person_evidence
from briefing_tui.analysis.actors.things import is_thing_mention
from briefing_tui.model import Actor


def actors_of(nlp, text: str) -> list[Actor]:
    return find_actors(nlp(text))


def named(actors: list[Actor], name: str) -> Actor | None:
    return next((a for a in actors if a.name == name), None)


def span_of(doc, text: str):
    start = doc.text.index(text)
    return doc.char_span(start, start + len(text))


# --- kinds from evidence ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The court heard that their nine-year-old son, Tobin, was taken to hospital.", "Tobin"),
        ("The exhibition includes portraits of fashion designer Orlan Vesk.", "Orlan Vesk"),
        ("Mira Kovane, 45, was arrested outside the station.", "Mira Kovane"),
        ("Police spoke to Dario Fenwick's wife on Tuesday.", "Dario Fenwick"),
    ],
)
def test_person_cues_around_a_name(nlp, text, name):
    assert person_evidence(span_of(nlp(text), name))


def test_no_person_cues_around_a_company(nlp):
    doc = nlp("Shares of Corvane Holdings rose on Monday after the merger.")
    assert not person_evidence(span_of(doc, "Corvane Holdings"))


def test_a_child_named_after_an_apposition_is_a_person(nlp):
    text = "The parents were charged over the illness of their baby daughter, Gloriet."
    actor = named(actors_of(nlp, text), "Gloriet")
    assert actor is not None and actor.kind == "person"


def test_a_name_after_a_person_noun_is_a_person(nlp):
    text = "The show features photographs of the painter Velsio Marran and his studio."
    actor = named(actors_of(nlp, text), "Velsio Marran")
    assert actor is not None and actor.kind == "person"


def test_an_organisation_with_a_head_word_stays_an_organisation(nlp):
    text = "The Marran Foundation, a charity, said the grant would be paid in May."
    actor = named(actors_of(nlp, text), "Marran Foundation")
    assert actor is not None and actor.kind == "organisation"


# --- things that are not actors -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She was held for years aboard the Seaspray off the coast.", "Seaspray"),
        ("Passengers boarded the cruise ship Seaspray in the harbour.", "Seaspray"),
        ("Users of Lumen 9 complained about the update.", "Lumen"),
        ("The firm released Quillstar last spring.", "Quillstar"),
        ("A new version of Quillstar will ship in June.", "Quillstar"),
        ("The author came to launch her novel Ember Finch at the fair.", "Ember Finch"),
    ],
)
def test_thing_contexts(nlp, text, name):
    assert is_thing_mention(span_of(nlp(text), name))


def test_a_team_score_is_not_a_version(nlp):
    doc = nlp("The final ended Eastvale 2 Northgate 1 after extra time.")
    assert not is_thing_mention(span_of(doc, "Eastvale"))


def test_a_browser_version_and_a_ship_are_not_actors(nlp):
    text = (
        "Market share of Lumen 9 fell sharply this year. The cruise ship Seaspray docked on Friday."
    )
    names = {a.name for a in actors_of(nlp, text)}
    assert not {"Lumen", "Seaspray"} & names


def test_an_organisation_before_a_thing_noun_is_its_owner_and_stays(nlp):
    text = "The Coast Watch Agency vessel Tern was sent to the rescue."
    names = {a.name for a in actors_of(nlp, text)}
    assert "Coast Watch Agency" in names


def test_a_thing_that_speaks_is_an_actor(nlp):
    text = "Brightwell, the software company, said Brightwell 9 would ship soon."
    assert any("Brightwell" in a.name for a in actors_of(nlp, text))


# --- "we" and "officials" -------------------------------------------------------------


def test_we_in_the_words_of_a_spokesman_is_his_organisation(nlp):
    text = (
        "Acme Freight said on Monday it would close the depot. "
        'Jo Pike, a spokesman for Acme Freight, said: "We will not reopen it."'
    )
    acme = named(actors_of(nlp, text), "Acme Freight")
    assert acme is not None and "We" in [m.text for m in acme.mentions]


def test_our_in_the_words_of_a_member_of_an_organisation_is_the_organisation(nlp):
    text = 'Tom Reed of the Granite Guild said "our members will strike on Friday".'
    guild = named(actors_of(nlp, text), "Granite Guild")
    assert guild is not None and "our" in [m.text for m in guild.mentions]


def test_many_of_us_is_not_the_organisation(nlp):
    text = 'Jo Pike, a spokesman for Acme Freight, said: "Many of us grew up near the depot."'
    acme = named(actors_of(nlp, text), "Acme Freight")
    assert acme is None or "us" not in [m.text for m in acme.mentions]


def test_bare_officials_speak_for_the_one_country_just_named(nlp):
    text = "Norway sent aid on Monday. Officials said more would follow."
    norway = named(actors_of(nlp, text), "Norway")
    assert norway is not None and "Officials" in [m.text for m in norway.mentions]


def test_bare_officials_after_two_countries_are_left_alone(nlp):
    text = "Norway and Chile met on Monday. Officials said the talks failed."
    for actor in actors_of(nlp, text):
        assert "Officials" not in [m.text for m in actor.mentions]


# --- roles --------------------------------------------------------------------------


def test_a_role_from_an_apposition_drops_its_article(nlp):
    text = "Jo Pike, a spokesman for Acme Freight, said the depot would close."
    assert named(actors_of(nlp, text), "Jo Pike").role == "spokesman for Acme Freight"


def test_a_role_names_the_organisation_before_the_title(nlp):
    text = "Harbor Trust's director Ann Lee said the fund was ready."
    assert named(actors_of(nlp, text), "Ann Lee").role == "Harbor Trust director"


def test_a_person_with_no_title_has_no_role(nlp):
    text = "Tom Reed said the plan would fail."
    assert named(actors_of(nlp, text), "Tom Reed").role is None


def test_a_seat_of_government_reads_with_the_countrys_article(nlp):
    text = "The White House said on Monday that the visit would go ahead."
    house = next(a for a in actors_of(nlp, text) if "White House" in a.name)
    assert house.role == "government of the United States"


def test_an_unnamed_office_has_no_role_repeating_its_name(nlp):
    text = "Brazil's foreign ministry said on Monday that talks would resume."
    ministry = next(a for a in actors_of(nlp, text) if "ministry" in a.name)
    assert ministry.role is None


def unlabelled(nlp, text: str):
    doc = nlp(text)
    doc.ents = []  # as if the model had missed every name
    return find_actors(doc)


def test_an_unlabelled_two_word_name_that_speaks_is_a_person(nlp):
    actor = named(
        unlabelled(nlp, "Harlo Quenby said the bridge would reopen in May."), "Harlo Quenby"
    )
    assert actor is not None and actor.kind == "person"


def test_an_unlabelled_name_after_the_that_speaks_stays_an_organisation(nlp):
    actors = unlabelled(nlp, "The Granite Guild said the bridge would reopen in May.")
    guild = named(actors, "Granite Guild")
    assert guild is not None and guild.kind == "organisation"


def test_a_person_a_lawyer_speaks_for_stays_a_person(nlp):
    text = "Mira Kovane was charged on Monday. A lawyer for Mira Kovane said she would appeal."
    actor = named(actors_of(nlp, text), "Mira Kovane")
    assert actor is not None and actor.kind == "person"
