"""One actor per person (issue 16, items 3-5): letters after a name ("KC") are no part of the
surname, a councillor named like a street is a person, and a name apposed to the body a
leader heads is the leader's (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors.kinds import person_evidence
from tests.analysis.readers import actors_by_name


def test_a_surname_joins_a_name_written_with_letters_after_it(nlp):
    text = (
        "The defendant's barrister, Ruth Okonjo KC, said her client had been cleared. "
        '"She did nothing wrong," Okonjo said after the hearing.'
    )
    actors = actors_by_name(nlp, text)
    people = [a for a in actors.values() if a.kind == "person"]
    assert len(people) == 1
    texts = [m.text for m in people[0].mentions]
    assert "Okonjo" in texts
    assert "her" in texts


def test_a_titled_councillor_named_like_a_street_is_a_person(nlp):
    text = (
        "Councillor Marian Street, who chairs the transport committee, said the plan would "
        'bring buses to the area. "We cannot keep waiting," Street said after the meeting.'
    )
    actors = actors_by_name(nlp, text)
    people = [a for a in actors.values() if a.kind == "person"]
    assert len(people) == 1
    assert {m.text for m in people[0].mentions} >= {"Councillor Marian Street", "Street"}
    assert not [a for a in actors.values() if a.kind == "place"]


def test_a_name_apposed_to_the_party_its_leader_heads_is_the_leader(nlp):
    text = (
        "Ostrava said Dravia had no plans to send troops, but the head of a Kardovan "
        "opposition party, Vesna Halit, said on social media that she had seen tanks moving "
        "towards Ulmar on Sunday afternoon."
    )
    halit = actors_by_name(nlp, text)["Vesna Halit"]
    assert halit.kind == "person"
    texts = [m.text for m in halit.mentions]
    assert "she" in texts
    assert "a Kardovan opposition party" not in texts


def test_a_name_apposed_to_a_leader_is_a_persons(nlp):
    doc = nlp("Its leader, Borek Stanek, said on Wednesday that the figure was wrong.")
    assert "person noun" in person_evidence(doc[3:5])


def test_a_quotation_inside_a_sentence_does_not_hand_she_to_an_earlier_speaker(nlp):
    text = (
        '"Tonight two families will have their loved ones home," President Corvin Brandel '
        "said in an address.\n\n"
        'Brandel said the exchange had required "difficult choices".\n\n'
        "State television showed Colonel Taddeo Kovac and two other men being greeted at an "
        "airport by Foreign Minister Samira Toll, who called them "
        '"sons of the nation who never bowed." She said the men had been held as hostages.'
    )
    actors = actors_by_name(nlp, text)
    assert "She" not in [m.text for m in actors["Corvin Brandel"].mentions]
    assert "She" in [m.text for m in actors["Samira Toll"].mentions]


def test_a_name_after_member_is_a_persons(nlp):
    doc = nlp("The dissenting members were the deputy governor and external member Anouk Verlaine.")
    assert "person noun" in person_evidence(doc[10:12])
