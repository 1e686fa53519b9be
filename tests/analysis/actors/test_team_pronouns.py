"""A team is "they": plural pronouns after a team named in any role (invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def mentions_of(doc, ending: str) -> list[str]:
    actors = [a for a in find_actors(doc) if a.name.endswith(ending)]
    assert len(actors) == 1, [a.name for a in find_actors(doc)]
    return [doc.text[m.start : m.end] for m in actors[0].mentions]


def test_their_after_a_team_object_is_the_team(nlp):
    doc = nlp(
        "The five-member Peruvian team won the regional chess title in Lima on Sunday. "
        "Reaching the event required the team to travel from Cusco, their home, to the coast."
    )
    assert "their" in mentions_of(doc, "team")


def test_they_after_a_team_object_is_the_team(nlp):
    doc = nlp(
        "The five-member Peruvian team won the regional chess title in Lima on Sunday. "
        "Reaching the event required the team to travel from Cusco to the coast. "
        "They made the trip twice."
    )
    assert "They" in mentions_of(doc, "team")


def test_an_amount_between_is_no_rival_for_their(nlp):
    doc = nlp(
        "The five-member Peruvian team won the regional chess title in Lima on Sunday. "
        "The event required the whole team to travel about 300 miles from Cusco, "
        "their home, to the coast."
    )
    assert "their" in mentions_of(doc, "team")


def test_they_after_a_team_object_and_other_people_stays_unresolved(nlp):
    doc = nlp(
        "The five-member Peruvian team won the regional chess title in Lima on Sunday. "
        "The organisers gave the team a trophy, and the judges praised the players. "
        "They made the trip twice."
    )
    assert "They" not in mentions_of(doc, "team")


def test_they_after_an_organisation_object_stays_unresolved(nlp):
    doc = nlp(
        "Northwind Energy won a contract in Lima on Sunday. "
        "The deal required Northwind Energy to build a plant. They made the offer twice."
    )
    for actor in find_actors(doc):
        assert "They" not in {doc.text[m.start : m.end] for m in actor.mentions}
