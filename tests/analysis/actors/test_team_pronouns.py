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


MATCH = (
    "Peru beat Chile 2 – 1 on Sunday. Chile scored first, but Peru equalised before "
    "half-time and Peru won it late.\n"
)


def test_the_team_in_a_coachs_words_is_the_coachs_team(nlp):
    doc = nlp(
        MATCH + 'After the match, Ana Ruiz, Peru coach, said, "We learned a lot today. '
        'The team was nervous at the start, but they were able to focus."'
    )
    assert "The team" in mentions_of(doc, "Peru")


def test_the_team_in_a_companys_words_stays_unresolved(nlp):
    doc = nlp(
        "Northwind Energy opened a plant in Lima on Sunday. Ana Ruiz, a spokeswoman for "
        'Northwind Energy, said, "We learned a lot. The team was nervous at the start."'
    )
    for actor in find_actors(doc):
        assert "The team" not in {doc.text[m.start : m.end] for m in actor.mentions}


def test_they_reported_by_a_spokeswoman_is_her_organisation(nlp):
    doc = nlp(
        "Health experts warned on Monday that many children lack iodine. Lydia Berg, a "
        "spokeswoman for the Food Safety Authority, says they are looking at mandatory rules."
    )
    assert "they" in mentions_of(doc, "Authority")


def test_they_reported_by_someone_for_no_named_body_stays_unresolved(nlp):
    doc = nlp(
        "The Food Safety Authority proposed new salt rules on Monday. Tom Hale, a lawyer "
        "for the salt makers, said they would fight any rule."
    )
    assert "they" not in mentions_of(doc, "Authority")


def test_they_after_fans_greeted_the_team_stays_unresolved(nlp):
    doc = nlp(
        "The five-member Peruvian team won the regional chess title in Lima on Sunday. "
        "Hundreds of fans greeted the team at the airport. They sang until midnight."
    )
    assert "They" not in mentions_of(doc, "team")
