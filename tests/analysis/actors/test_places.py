"""Places: towns, states, regions, venues and streets are of kind "place", not "country", and a
place that only says where things happen is flagged ``located_only`` (invented sentences)."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.actors.lexicon import lexicon
from briefing_tui.analysis.actors.places import place_use
from briefing_tui.model import Actor, ActorKind


def actors_of(nlp, text: str) -> list[Actor]:
    return find_actors(nlp(text))


def named(actors: list[Actor], name: str) -> Actor:
    found = next((a for a in actors if a.name == name), None)
    assert found is not None, [a.name for a in actors]
    return found


def token_of(doc, word: str):
    return next(t for t in doc if t.text == word)


# --- kinds ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Heavy rain flooded several streets in Leeds on Monday.", "Leeds"),  # a city
        ("Heavy rain fell across Ohio on Tuesday, officials said.", "Ohio"),  # a US state
        ("A protest was held on Castlefrank Road on Sunday.", "Castlefrank Road"),  # a street
        ("The delegates met at the Grand Hotel in Brighton.", "Grand Hotel"),  # a building
    ],
)
def test_a_location_that_is_not_a_country_is_a_place(nlp, text, name):
    assert named(actors_of(nlp, text), name).kind == ActorKind.PLACE


def test_a_country_stays_a_country(nlp):
    actor = named(actors_of(nlp, "Flooding in France closed several roads."), "France")
    assert actor.kind == ActorKind.COUNTRY


def test_a_capital_speaking_is_its_country(nlp):
    # "Moscow said": the capital stands for the government, a mention of the country
    actors = actors_of(nlp, "Moscow said the talks would continue next week.")
    assert [(a.name, a.kind) for a in actors] == [("Russia", ActorKind.COUNTRY)]


def test_veto_titled_a_name_after_a_title_is_a_person_whatever_its_last_word(nlp):
    actor = named(actors_of(nlp, "Senator Jo Street said the vote would be held."), "Jo Street")
    assert actor.kind == ActorKind.PERSON


# --- located only ------------------------------------------------------------------


def test_a_place_that_only_locates_events_is_flagged(nlp):
    actor = named(actors_of(nlp, "Heavy rain flooded several streets in Leeds on Monday."), "Leeds")
    assert actor.located_only


def test_a_place_that_acts_is_not_flagged(nlp):
    actor = named(actors_of(nlp, "Ohio sued the federal government on Monday."), "Ohio")
    assert actor.kind == ActorKind.PLACE and not actor.located_only


@pytest.mark.parametrize(
    ("text", "word", "rule", "acts"),
    [
        ("Ohio said the plan would fail.", "Ohio", "speaks", True),
        ("Ohio sued the federal government.", "Ohio", "acts", True),
        ("Ohio and Texas sued the federal government.", "Texas", "acts", True),
        ("The ban was lifted by Ohio last week.", "Ohio", "agent", True),
        ("Heavy rain fell across Ohio on Tuesday.", "Ohio", "locates", False),
        ("Ohio was flooded on Tuesday.", "Ohio", "locates", False),
        # veto "located verb": a place lies, holds or undergoes; it does not act
        ("Ohio hosted the trade fair last year.", "Ohio", "located verb", False),
        ("Ohio is the seventh most populous state.", "Ohio", "located verb", False),
    ],
)
def test_place_rules_and_their_veto(nlp, text, word, rule, acts):
    use = place_use(token_of(nlp(text), word), lexicon())
    assert (use.rule, use.acts) == (rule, acts)


def test_a_place_hosting_an_event_is_located_only(nlp):
    actor = named(actors_of(nlp, "Ohio hosted the trade fair last year."), "Ohio")
    assert actor.located_only


def test_located_only_is_written_and_read_back():
    place = Actor(id="a1", name="Eastvale", kind=ActorKind.PLACE, located_only=True)
    data = place.to_json()
    assert data["kind"] == "place" and data["located_only"] is True
    assert Actor.from_json(data) == place
    del data["located_only"]  # a briefing/1 file written before the field: not flagged
    assert Actor.from_json(data).located_only is False


def test_a_dateline_in_capitals_never_acts(nlp):
    doc = nlp("OSTRAVA, Czech Republic - The council said on Monday it would appeal.")
    use = place_use(token_of(doc, "OSTRAVA"), lexicon())
    assert (use.acts, use.rule) == (False, "dateline")


def test_a_country_only_named_as_where_does_not_act(nlp):
    text = (
        "Most of the applicants came from Eritrea, Libya and Sudan, the Home Office said. "
        "Greece said it would take in more of them. Italy's coastguard rescued 40 people."
    )
    actors = {a.name: a for a in find_actors(nlp(text))}
    for name in ("Eritrea", "Libya", "Sudan"):
        assert actors[name].located_only, name
    assert not actors["Greece"].located_only
    assert not actors["Italy"].located_only
