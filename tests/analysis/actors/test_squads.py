"""A team's other names: "the squad" and a headline's bare "... Nepali team" (invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors

TEXT = (
    "All-girl Nepali team wins robotics prize\n\n"
    "The six-member Nepali team built a robot that sorts waste, and it won a prize on Tuesday. "
    '"We worked every night," said team member Lina Ostrova. The squad had waited months '
    "for visas, coach Pavel Dorn said."
)


def team_mentions(doc) -> list[str]:
    teams = [a for a in find_actors(doc) if a.name.endswith("team")]
    assert len(teams) == 1, [a.name for a in find_actors(doc)]
    return [doc.text[m.start : m.end] for m in teams[0].mentions]


def test_the_squad_and_the_headlines_team_are_the_team(nlp):
    mentions = team_mentions(nlp(TEXT))
    assert "All-girl Nepali team" in mentions
    assert "The squad" in mentions


def test_the_squad_stays_unresolved_beside_two_teams(nlp):
    doc = nlp(
        "The Nepali team and the Chilean team met in the final on Tuesday. "
        "The squad had waited months for visas, coach Pavel Dorn said."
    )
    for actor in find_actors(doc):
        assert "The squad" not in {doc.text[m.start : m.end] for m in actor.mentions}
