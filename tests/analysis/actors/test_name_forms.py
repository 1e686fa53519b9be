"""Forms of one name joined, on an invented veterans' story: a corps and its shorter name,
an institute named after a person with an initial, a dateline in capitals and the town,
a surname misspelt where the model took it for an organisation; and "critics of" a
several-word name, which is left to that name's own descriptions."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors

STORY = (
    "OTTAWA — The Royal Signals Corps of Canada filed suit on Monday against the "
    "Department of Veterans Affairs, saying the new pension rules break a 1998 law. "
    "The Signals Corps said about 4,000 former soldiers would lose money.\n\n"
    "The A. Philip Randolph Institute, a labour group, backed the suit. A spokesman for "
    "the Randolph Institute, Darnell Okafor, said the rules punish those who served.\n\n"
    "Critics of the Department of Veterans Affairs say the agency has ignored veterans "
    "for years. Minister Claire Dubois said the department had consulted widely. Dubios "
    "added that the rules would be reviewed next year.\n\n"
    "Supporters gathered outside the court in Ottawa."
)


def _actors(doc) -> dict[str, list[str]]:
    return {a.name: [doc.text[m.start : m.end] for m in a.mentions] for a in find_actors(doc)}


def test_a_corps_and_its_name_without_of_its_country_are_one(nlp):
    actors = _actors(nlp(STORY))
    corps = actors["Royal Signals Corps of Canada"]
    assert "Signals Corps" in corps, actors
    assert "Signals Corps" not in actors, actors


def test_an_institute_named_with_an_initial_keeps_it(nlp):
    actors = _actors(nlp(STORY))
    assert "A. Philip Randolph Institute" in actors, actors
    assert "Randolph Institute" in actors["A. Philip Randolph Institute"], actors


def test_a_dateline_in_capitals_is_the_town_named_later(nlp):
    actors = _actors(nlp(STORY))
    assert "OTTAWA" not in actors, actors
    assert actors["Ottawa"][:2] == ["OTTAWA", "Ottawa"], actors


def test_a_misspelt_surname_the_model_took_for_an_organisation_is_the_speaker(nlp):
    actors = _actors(nlp(STORY))
    assert "Dubios" not in actors, actors
    assert "Dubios" in actors["Claire Dubois"], actors


def test_critics_of_a_department_are_not_the_department_nor_a_group(nlp):
    doc = nlp(STORY)
    actors = _actors(doc)
    assert not any(name.startswith("Critics") for name in actors), actors
    critics = doc.text.index("Critics of")
    inside = [
        m
        for a in find_actors(doc)
        for m in a.mentions
        if critics <= m.start < critics + len("Critics of the Department of Veterans Affairs")
    ]
    assert inside == [], inside


POLITICS = (
    "WASHINGTON (Reuters) — A Senate committee on Tuesday advanced the Clean Harbors Act, "
    "a bill backed by Senator Maria Delgado of New Mexico, over objections from the "
    "American Shipping Council.\n\n"
    "Delgado said the bill would protect ports. Photo: Jane Whitfield/Reuters."
)


def test_a_state_named_after_a_country_holds_no_country(nlp):
    actors = {a.name: a.kind for a in find_actors(nlp(POLITICS))}
    assert "New Mexico" in actors, actors
    assert "Mexico" not in actors, actors


def test_an_agency_in_a_photo_credit_is_no_ones_surname(nlp):
    actors = {a.name: a.kind for a in find_actors(nlp(POLITICS))}
    # named only in the dateline and a credit, the agency is no actor (``analysis.datelines``)
    assert actors.get("Reuters") in (None, "organisation"), actors
    assert not any("Whitfield" in name or "Reuters" in name.split()[1:] for name in actors)


def test_an_institute_whose_name_ends_in_war_is_an_actor(nlp):
    doc = nlp(
        "Analysts at the Institute for the Study of War said the offensive had stalled. "
        "The institute said supplies were short."
    )
    names = [a.name for a in find_actors(doc)]
    assert "Institute for the Study of War" in names, names


def test_a_surname_with_its_particle_is_the_person_whose_full_name_ends_in_it(nlp):
    doc = nlp(
        "The Committee to Protect Journalists said two reporters were held. Van der Berg, a "
        "lawyer for the reporters, said they were innocent. The lawyer, Pieter van der Berg, "
        "said an appeal was planned."
    )
    actors = _actors(doc)
    assert "Van der Berg" not in actors, actors
    assert "Van der Berg" in actors["Pieter van der Berg"], actors


def test_a_surname_with_its_particle_joins_the_full_name_whatever_kind_the_model_gave(nlp):
    doc = nlp(
        "Chief executive Pieter van Dam said the errors were caused by a faulty system.\n\n"
        '"This was a systems failure," van Dam told analysts on Tuesday.\n\n'
        "Lenders could demand repayment, although van Dam said the banks would agree."
    )
    actors = _actors(doc)
    assert "van Dam" not in actors, actors
    assert "van Dam" in actors["Pieter van Dam"], actors
