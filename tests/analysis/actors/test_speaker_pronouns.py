"""Pronouns that name a speaker: "he said" after a quotation of several sentences
(invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def mentions(doc) -> dict[str, list[str]]:
    return {a.name: [doc.text[m.start : m.end] for m in a.mentions] for a in find_actors(doc)}


def test_he_said_after_a_quotation_of_two_sentences_is_the_speaker_before_it(nlp):
    doc = nlp(
        "Senator Paul Dean said he did not believe the attacks had hurt Mark Cole in 2012. "
        '"It is not what worked then. Those are distractions," he said.'
    )
    found = mentions(doc)
    assert found["Paul Dean"] == ["Senator Paul Dean", "he", "he"]
    assert found["Mark Cole"] == ["Mark Cole"]


def test_she_said_after_a_quotation_is_never_a_man_who_spoke_before(nlp):
    doc = nlp(
        "Senator Paul Dean said the attacks had hurt Mark Cole in 2012. "
        '"It is not what worked then. Those are distractions," she said.'
    )
    found = mentions(doc)
    assert "she" not in found["Paul Dean"]


def test_i_in_the_words_of_a_person_named_after_an_office_of_a_place_is_that_person(nlp):
    doc = nlp(
        'In a statement, Governor of Oregon Linda Marsh said, "The museum put a tremendous '
        "amount of effort into the bid. While the museum was in the top running, I am "
        'disappointed that the agency did not choose it."'
    )
    assert mentions(doc)["Linda Marsh"] == ["Linda Marsh", "I"]


def test_we_in_the_words_of_a_union_leader_is_the_union_named_before(nlp):
    doc = nlp(
        'The Dockers Union called the plan reckless. "We will strike if we must," said '
        "union leader Marco Pell."
    )
    assert mentions(doc)["Dockers Union"] == ["Dockers Union", "We", "we"]


def test_we_in_the_words_of_a_person_named_without_a_group_noun_is_left_alone(nlp):
    doc = nlp(
        'The Dockers Union called the plan reckless. "We will strike if we must," said Marco Pell.'
    )
    assert mentions(doc)["Dockers Union"] == ["Dockers Union"]


def test_we_in_the_words_of_an_organisations_apposed_officer_is_the_organisation(nlp):
    doc = nlp(
        "The Dockers Union rejected the offer on Monday. The Dockers Union's president, "
        'Marco Pell, told reporters: "We will strike next week."'
    )
    assert mentions(doc)["Dockers Union"] == ["Dockers Union", "Dockers Union", "We"]


def test_i_in_a_quotation_going_on_from_one_before_is_not_the_next_sentences_speaker(nlp):
    doc = nlp(
        'Mike Sandoval rejected the charge. "It is not true," he said in an interview. "I '
        'protected the fund." His campaign manager, Julia Baptiste, said the ad was "false."'
    )
    found = mentions(doc)
    assert "I" in found["Mike Sandoval"]
    assert "I" not in found["Julia Baptiste"]


def test_they_set_against_we_in_a_quotation_is_not_the_body_named_before(nlp):
    doc = nlp(
        "The Ashby City Council will vote on the port plan in May. Council member Paul Greer "
        "warned that the firm could leave if the council rejects the plan. "
        '"If we say no, they will go somewhere else," he said.'
    )
    found = mentions(doc)
    assert all("they" not in texts for texts in found.values())


def test_we_of_a_person_is_never_an_office_word_cut_from_her_title(nlp):
    doc = nlp(
        "Arizona sued on Wednesday. Arizona Attorney General Rosa Delgado said the state "
        'had been treated unfairly. "We will not accept these cuts," Delgado said.'
    )
    found = mentions(doc)
    holders = [name for name, texts in found.items() if "We" in texts]
    assert holders in ([], ["Arizona"], ["Rosa Delgado"])
