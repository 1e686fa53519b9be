"""'her party' and 'our country': a possessed noun through its possessor (invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def mentions(doc) -> dict[str, list[str]]:
    return {a.name: [doc.text[m.start : m.end] for m in a.mentions] for a in find_actors(doc)}


def test_her_party_is_the_party_her_title_is_written_with(nlp):
    doc = nlp(
        "Labour's transport spokeswoman Mara Olsen said on Monday that her party would "
        "demand an inquiry into the ferry contract run by Northwind Ferries."
    )
    assert "her party" in mentions(doc)["Labour"]


def test_her_party_stays_unresolved_without_a_party_for_her(nlp):
    doc = nlp(
        "Northwind Ferries spokeswoman Mara Olsen said on Monday that her party would "
        "demand an inquiry, and Labour agreed."
    )
    for found in mentions(doc).values():
        assert "her party" not in found


def test_our_country_in_a_ministers_words_is_the_country(nlp):
    doc = nlp(
        "Norway's justice minister Erik Lunde defended the new border rules on Tuesday. "
        '"We have a duty to protect our country, and we will not change course," Lunde '
        "told reporters in Oslo."
    )
    assert "our country" in mentions(doc)["Norway"]


def test_our_country_of_a_private_speaker_stays_unresolved(nlp):
    doc = nlp(
        "Norway's ferry operator Northwind Ferries cut its timetable on Tuesday. "
        '"We love our country, but we cannot run empty boats," said its chief executive '
        "Erik Lunde."
    )
    for found in mentions(doc).values():
        assert "our country" not in found


def test_a_noun_joined_to_a_predicate_is_the_same_person(nlp):
    doc = nlp(
        "A gallery in Leeds opened a show of prints by Ada Moreno on Friday. Curator Tom "
        "Hale said Moreno was both a painter and a businessperson."
    )
    found = mentions(doc)["Ada Moreno"]
    assert "a painter" in found
    assert "a businessperson" in found


def test_a_thing_joined_to_a_predicate_stays_unresolved(nlp):
    doc = nlp(
        "A gallery in Leeds opened a show of prints by Ada Moreno on Friday. Curator Tom "
        "Hale said Moreno was both a painter and a brand."
    )
    assert "a brand" not in mentions(doc)["Ada Moreno"]


APPOSED = (
    "Northwind Energy sold its power unit, Bayline Power, to a rival on Monday. Ana Ruiz, "
    "a former manager, sued the firm last year; her lawyer, Tom Hale, said the sale "
    "changed nothing."
)


def test_a_possessed_noun_in_apposition_is_the_name_beside_it(nlp):
    found = mentions(nlp(APPOSED))
    assert "its power unit" in found["Bayline Power"]
    assert "her lawyer" in found["Tom Hale"]


def test_a_possessed_thing_beside_a_person_stays_unresolved(nlp):
    doc = nlp("Ana Ruiz sold her house, a farm near Leeds, to Tom Hale on Monday.")
    for found in mentions(doc).values():
        assert "her house" not in found


def test_her_party_is_her_own_bloc_not_the_party_named_last(nlp):
    doc = nlp(
        "Tom Hale, of the Unity Party, won the vote against Ana Voss of the Green Alliance. "
        "Voss said her party would appeal the result."
    )
    found = mentions(doc)
    assert "her party" not in found["Unity Party"]
    assert "her party" in found["Green Alliance"]


def test_the_party_in_a_rival_bodys_spokeswomans_words_stays_unresolved(nlp):
    doc = nlp(
        "Tom Hale, of the Unity Party, won the vote against Ana Voss of the Green Alliance. "
        "Mia Lund, a spokeswoman for the Green Alliance, said the party would appeal."
    )
    assert "the party" not in mentions(doc)["Unity Party"]


def test_his_party_with_no_bloc_for_him_is_still_the_party_named(nlp):
    doc = nlp(
        "The Unity Party won the regional vote on Sunday. Its leader, Tom Hale, said his party "
        "would govern alone."
    )
    assert "his party" in mentions(doc)["Unity Party"]
