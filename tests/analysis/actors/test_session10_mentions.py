"""Mentions on the right actor, session 10 (issue 16 item 3): an "its" with another body
before it in its sentence, "the party" after a party described in apposition, "the group"
in what a member of one organisation reports (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.actors.drafts import Draft
from briefing_tui.analysis.actors.nested import drop_inner_heads
from briefing_tui.model import Actor
from tests.analysis.readers import actors_by_name as by_name


def texts(actor: Actor) -> list[str]:
    return [m.text for m in actor.mentions]


def test_its_after_a_body_nobody_is_named_for_stays_unresolved(nlp):
    text = (
        "The Ostmark Farmers League met on Monday. The vote left the government dependent "
        "on the Ostmark Farmers League for its majority."
    )
    actors = by_name(nlp, text)
    assert "its" not in texts(actors["Ostmark Farmers League"])


def test_its_in_a_relative_clause_on_another_noun_stays_unresolved(nlp):
    text = (
        "The Dovren Shipbuilders Association warned that the levy would hurt an industry "
        "that sends half of its output abroad."
    )
    actors = by_name(nlp, text)
    assert "its" not in texts(actors["Dovren Shipbuilders Association"])


def test_its_of_the_clause_subject_stays_with_it(nlp):
    text = (
        "Harrowgate Freight said on Monday that the ministry had approved the route. "
        "Harrowgate Freight dropped its plans for a second depot."
    )
    actors = by_name(nlp, text)
    assert texts(actors["Harrowgate Freight"]).count("its") == 1


def test_its_of_a_plain_sentence_stays_with_the_body(nlp):
    text = "The Pellmore Water Board said on Tuesday that its engineers had found a leak."
    actors = by_name(nlp, text)
    assert "its" in texts(actors["Pellmore Water Board"])


def test_the_party_after_a_party_described_in_apposition_is_that_party(nlp):
    text = (
        "The vote may depend on the Centre Union Party, which holds nine seats.\n\n"
        "The outcome may hinge on the Harbour League, a small opposition party with four "
        "deputies. Its leader, Tomas Verrin, said the party would decide on Monday."
    )
    actors = by_name(nlp, text)
    assert "the party" in texts(actors["Harbour League"])
    assert "the party" not in texts(actors["Centre Union Party"])


def test_the_group_reported_by_an_organisations_president_is_that_organisation(nlp):
    text = (
        "The Calder Housing Council opposes the bill. The Calder Housing Council's "
        "president, Leon Farraday, said the group would ask its members to call their "
        "senators."
    )
    actors = by_name(nlp, text)
    assert "the group" in texts(actors["Calder Housing Council"])


def test_the_group_reported_by_a_lawyer_for_an_organisation_is_that_organisation(nlp):
    text = "Rosa Imbert, a lawyer for the Harlow Tenants Union, said the group would sue."
    actors = by_name(nlp, text)
    assert "the group" in texts(actors["Harlow Tenants Union"])


def test_a_person_of_a_place_read_as_one_name_is_the_person(nlp):
    text = (
        "Mara Quist won the final on Sunday. Her closest rival, Tove Lindqvist of Harnmark, "
        'said she felt "proud of the race". "I will be back," she said after the ceremony.'
    )
    doc = nlp(text)
    at = text.index("Tove")
    whole = doc.char_span(at, at + len("Tove Lindqvist of Harnmark"), label="PERSON")
    doc.ents = [e for e in doc.ents if e.end <= whole.start or e.start >= whole.end] + [whole]
    actors = {a.name: a for a in find_actors(doc)}
    assert "Tove Lindqvist" in actors
    assert "she" in texts(actors["Tove Lindqvist"])
    assert "she" not in texts(actors["Mara Quist"])


def test_a_title_of_a_place_stays_whole(nlp):
    text = "The Duke of Edinburgh opened the bridge. The Duke of Edinburgh said it was fine."
    actors = by_name(nlp, text)
    assert "Duke" not in actors


def test_we_of_a_minister_is_not_the_portfolio_word_before_the_title(nlp):
    text = (
        "Trade talks stalled on Friday, Commerce Minister Edda Varnholt said in Ostberg. "
        '"We have been patient. We have been more than patient," Varnholt told reporters.'
    )
    for actor in find_actors(nlp(text)):
        if actor.kind == "organisation":
            assert "We" not in texts(actor), actor.name


def test_it_of_a_side_clause_after_a_thing_named_later_stays_unresolved(nlp):
    text = (
        "The Varne Housing Board met on Monday. Tenants said the Varne Housing Board should "
        "repair the broken lift before it fails again."
    )
    actors = by_name(nlp, text)
    assert "it" not in texts(actors["Varne Housing Board"])


def test_it_in_a_statement_that_stays_with_the_body(nlp):
    text = (
        "The Varne Housing Board, which manages 900 flats, said in a statement that it "
        "would appeal the ruling."
    )
    actors = by_name(nlp, text)
    assert "it" in texts(actors["Varne Housing Board"])


def test_the_city_is_no_street_or_district_named_before_it(nlp):
    text = (
        "A water main burst under Harlan Street in Brisca's Northgate district on Monday. "
        "Mayor Ann Lee said the city would pay for the repairs."
    )
    for actor in find_actors(nlp(text)):
        if actor.name.endswith(("Street", "district")):
            assert "the city" not in texts(actor), actor.name


def test_his_or_her_is_nobody_of_the_article(nlp):
    text = (
        "Union leader Tom Brandt said the deal was fair. Mayor Ann Lee said nobody would "
        "lose his or her job because of the merger."
    )
    actors = by_name(nlp, text)
    assert "his" not in texts(actors["Tom Brandt"])
    assert "her" not in texts(actors["Ann Lee"])


def test_a_one_word_mention_ending_a_longer_one_of_the_same_actor_is_dropped():
    draft = Draft("org:Harbour League", "organisation", "Harbour League")
    draft.add(10, 24, "Harbour League", "name", 3)
    draft.add(18, 24, "League", "name", 4)
    draft.add(40, 46, "League", "name", 9)
    draft.add(60, 74, "the new league", "description", 14)
    drop_inner_heads([draft])
    assert [(m.start, m.text) for m in draft.mentions] == [
        (10, "Harbour League"),
        (40, "League"),
        (60, "the new league"),
    ]


def test_he_added_after_a_named_speakers_quote_is_that_speaker(nlp):
    text = (
        "Mayor Tom Brandt met the council on Monday.\n\n"
        '"The plan is sound. It will be funded," city spokesman Arne Dahl said. "Nothing '
        'has changed."\n\n'
        "He added that the mayor was confident of a majority."
    )
    actors = by_name(nlp, text)
    assert "He" in texts(actors["Arne Dahl"])
    assert "He" not in texts(actors["Tom Brandt"])
