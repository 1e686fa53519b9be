"""Session 19, speakers: a source naming a group of people without a name ("Residents
of Millbrook said", "Opposition lawmakers called for", "Patients' groups welcomed") is a
group actor named as written; a family is the group of the person who owns it ("his
family said"). People counted or picked out, a body's own people and officials make none.
Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import adopt_speakers, find_claims


def adopted(nlp, text: str) -> list[tuple[str, str] | None]:
    """(name, kind) of each claim's speaker, in order, after the speakers are adopted."""
    doc = nlp(text)
    actors = find_actors(doc)
    claims = find_claims(doc, actors)
    adopt_speakers(doc, actors, claims)
    found = {a.id: (a.name, str(a.kind)) for a in actors}
    return [found.get(c.source) if c.source else None for c in claims]


def test_residents_of_a_named_town_are_a_group(nlp):
    text = (
        "The water plant in Millbrook was shut on Monday. Residents of Millbrook said they "
        "had been boiling their water for a week."
    )
    assert adopted(nlp, text) == [("residents of Millbrook", "group")]


def test_lawmakers_of_a_kind_are_a_group(nlp):
    text = (
        "The carrier grounded its fleet on Tuesday. Opposition lawmakers have called for "
        "an inquiry into the regulator."
    )
    assert adopted(nlp, text)[-1] == ("opposition lawmakers", "group")


def test_a_group_made_of_a_kind_of_people_is_a_group(nlp):
    text = (
        "The assembly passed the bill on Friday. Patients' groups said the new rules would "
        "shorten waiting lists."
    )
    assert adopted(nlp, text)[-1] == ("patients' groups", "group")


def test_counted_people_are_no_group(nlp):
    text = "The ferry sank on Sunday. Several survivors said the crew had not handed out vests."
    assert adopted(nlp, text) == [None]


def test_critics_of_a_plan_are_no_group(nlp):
    text = "The council approved the tower on Monday. Critics of the plan said it was too tall."
    assert adopted(nlp, text) == [None]


def test_people_of_a_named_body_are_left_to_it(nlp):
    text = (
        "The Halden Volcano Institute raised its alert level. Scientists at the Halden "
        "Volcano Institute said fresh magma was rising beneath the crater."
    )
    assert adopted(nlp, text)[-1] != ("scientists at the Halden Volcano Institute", "group")


def test_his_family_is_the_group_of_the_person(nlp):
    text = (
        "Tomas Brenner, 19, died in hospital on Sunday. He had worked as a carpenter and "
        "lived with his parents, his family said."
    )
    assert adopted(nlp, text)[-1] == ("Tomas Brenner's family", "group")


def test_a_group_the_next_sentence_names_is_left_unnamed(nlp):
    text = (
        "The clinic lost thousands of records in March. Tenants' advocates said the gap "
        "between the two counts had added to the confusion. Mara Fell, a spokeswoman for "
        "the Dorran Tenants' Union, said her organisation had received 300 calls."
    )
    assert adopted(nlp, text)[0] is None


def test_scientists_at_a_named_body_speak_for_it(nlp):
    text = (
        "The Halden Volcano Institute (HVI) raised its alert level on Monday. Scientists at "
        "the Halden Volcano Institute (HVI) said fresh magma was rising beneath the crater."
    )
    sources = adopted(nlp, text)
    assert sources[-1] is not None and sources[-1][1] == "organisation"


def test_council_officers_speak_for_the_one_council(nlp):
    text = (
        "The Dorran City Council will vote on the tower in May. Council officers recommended "
        "approval, saying the site was suitable for housing."
    )
    assert adopted(nlp, text)[-1] == ("Dorran City Council", "organisation")


def test_bare_researchers_are_no_group(nlp):
    text = "A study of 400 farms was published on Monday. Researchers said the soil was drying."
    assert adopted(nlp, text) == [None]


def test_a_group_that_is_the_contents_own_subject_is_no_speaker(nlp):
    text = (
        "The college has opened hearings for 14 students. Students found responsible may "
        "appeal to the senate within 14 days."
    )
    assert all(s is None or s[1] != "group" for s in adopted(nlp, text))
