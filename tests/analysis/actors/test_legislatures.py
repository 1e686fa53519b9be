"""A legislature by a common noun: "parliament", "the chamber" (invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors

HOUSE = (
    "The National Assembly of Norvania will vote on the housing bill on Thursday. "
    "Housing Minister Ana Lind told the chamber that rents had doubled. The Farmers Party, "
    "which holds 12 of the 90-seat assembly's seats, said it would vote against. "
    '"Nobody will be evicted because of a vote in parliament," Lind said.'
)


def mentions_of(doc, name: str) -> list[str]:
    found = [a for a in find_actors(doc) if a.name == name]
    assert len(found) == 1, [a.name for a in find_actors(doc)]
    return [doc.text[m.start : m.end] for m in found[0].mentions]


def test_parliament_and_the_chamber_are_the_one_legislature_named(nlp):
    mentions = mentions_of(nlp(HOUSE), "National Assembly of Norvania")
    assert "the chamber" in mentions
    assert "parliament" in mentions


def test_a_chamber_another_body_is_named_after_is_left_alone(nlp):
    doc = nlp(
        HOUSE
        + " Eva Holm, the chamber's chief economist at the Norvanian Chamber of Trade, disagreed."
    )
    assert "the chamber" not in mentions_of(doc, "National Assembly of Norvania")


def test_a_qualified_chamber_is_left_alone(nlp):
    doc = nlp(HOUSE.replace("told the chamber", "told the upper chamber"))
    assert not any("chamber" in m for m in mentions_of(doc, "National Assembly of Norvania"))


def test_parliament_is_no_senate(nlp):
    doc = nlp(
        "Voters in Norvania will decide whether to scrap the upper house of parliament. "
        "The Senate has 60 members. Ana Lind said the Senate had blocked three bills."
    )
    assert "parliament" not in mentions_of(doc, "Senate")
