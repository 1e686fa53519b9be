"""A body the article names by a description only speaks for itself: "the coast guard
said", "a spokesperson for the port authority said", "a statement from the president's
office said" (issue 16, item 9; ``actors/speaking_bodies.py``). Every text is invented."""

from __future__ import annotations

from tests.analysis.readers import actors_by_name
from tests.analysis.readers import speaker_by_source_text as speakers


def test_a_land_s_coast_guard_speaks_and_so_does_the_coast_guard_later(nlp):
    text = (
        "Divers recovered four more bodies on Tuesday, Norvania's coast guard said. "
        "The coast guard said the number of missing could rise."
    )
    found = speakers(nlp, text)
    assert found["Norvania's coast guard"] == "Norvania's coast guard"
    assert found["The coast guard"] == "Norvania's coast guard"


def test_a_ministry_named_by_its_field_is_the_ministry_written_bare_later(nlp):
    text = (
        "The new port will open two years late, the shipping ministry said on Monday. "
        "The ministry said the quay would be finished in May."
    )
    found = speakers(nlp, text)
    assert found["the shipping ministry"] == "shipping ministry"
    assert found["The ministry"] == "shipping ministry"


def test_a_spokesperson_for_an_unnamed_body_speaks_for_the_body(nlp):
    text = "A spokesperson for the harbour authority said ships were being turned away."
    found = speakers(nlp, text)
    assert found["A spokesperson for the harbour authority"] == "harbour authority"


def test_a_statement_from_an_office_speaks_for_the_office(nlp):
    text = "The two ministers resigned on Monday, a statement from the governor's office said."
    found = speakers(nlp, text)
    assert found["a statement from the governor's office"] == "governor's office"


def test_an_indefinite_body_names_nobody(nlp):
    text = "A Danish consumer foundation said it was preparing a claim against the airline."
    found = speakers(nlp, text)
    assert found["A Danish consumer foundation"] is None


def test_a_bare_authority_between_two_such_authorities_names_neither(nlp):
    text = (
        "The river rose overnight, the northern water authority said. "
        "The southern water authority said its dams were full. "
        "The water authority said the roads would stay closed."
    )
    found = speakers(nlp, text)
    assert found["The water authority"] is None
    assert found["The southern water authority"] == "southern water authority"


def test_a_bare_ministry_beside_a_named_ministry_makes_no_body_of_its_own(nlp):
    text = (
        "The Ministry of Fisheries seized two trawlers on Friday. "
        "The ministry said the crews would be released."
    )
    assert "ministry" not in actors_by_name(nlp, text)


def test_a_senator_s_office_still_speaks_for_the_senator(nlp):
    text = (
        "Senator Maria Lund opposes the plan to close the port. "
        "Lund's office said the vote would go ahead."
    )
    assert speakers(nlp, text)["Lund's office"] == "Maria Lund"


def test_a_bare_noun_before_a_spokesperson_is_the_one_body_named_with_it(nlp):
    text = (
        "The Ministry of Mines granted the licence in May. "
        "A ministry spokesperson said it would not comment further."
    )
    assert speakers(nlp, text)["A ministry spokesperson"] == "Ministry of Mines"


def test_a_bare_noun_before_a_spokesperson_between_two_such_bodies_is_neither(nlp):
    text = (
        "The Ministry of Mines and the Ministry of Energy met on Monday. "
        "A ministry spokesperson said it would not comment."
    )
    assert speakers(nlp, text)["A ministry spokesperson"] is None


def test_a_bare_noun_before_a_statement_is_the_one_body_named_with_it(nlp):
    text = (
        "Tom Lee was shot twice outside a store, according to a police statement. "
        "The Alder Regional Police Service said officers had found him armed."
    )
    assert speakers(nlp, text)["a police statement"] == "Alder Regional Police Service"


def test_an_official_speaking_on_condition_of_anonymity_is_not_the_ministry(nlp):
    text = (
        "The Ministry of Finance froze the funds. A senior official at the Ministry of "
        "Finance, who spoke on condition of anonymity because he was not authorised to "
        "discuss the matter, said the ministry was also concerned."
    )
    assert speakers(nlp, text)["A senior official at the Ministry of Finance"] is None


def test_an_official_who_asked_not_to_be_named_is_not_the_land(nlp):
    text = (
        "Norvania seized two trawlers. A Norvanian government official, who asked not to "
        "be named, said the trawlers had been tracked for weeks."
    )
    assert speakers(nlp, text)["A Norvanian government official"] is None


def test_a_body_sharing_a_word_with_another_s_name_is_still_its_own(nlp):
    text = (
        "The Port Workers' Alliance called a strike. A spokesperson for the port authority "
        "said vessels were being rescheduled."
    )
    found = speakers(nlp, text)
    assert found["A spokesperson for the port authority"] == "port authority"


def test_a_body_that_said_in_a_statement_speaks(nlp):
    text = "In Madrid, the tourism ministry said in a statement that hotels would stay open."
    assert speakers(nlp, text)["the tourism ministry"] == "tourism ministry"


def test_a_land_s_authorities_in_the_plural_make_no_body(nlp):
    text = "The Norvanian authorities said the border would stay closed."
    assert "Norvanian authorities" not in actors_by_name(nlp, text)


def test_a_town_s_police_in_the_base_form_speak_as_one_body(nlp):
    text = "The case was closed, Port Harlow police said."
    assert speakers(nlp, text)["Port Harlow police"] == "Port Harlow police"
