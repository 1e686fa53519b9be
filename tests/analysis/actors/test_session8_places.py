"""Actor list, session 8 (issue 16 items 1-3): places the gazetteer does not know, US states
written short, and pieces of organisations' names (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.actors.facts import article_facts
from briefing_tui.analysis.actors.first_name_places import person_named_place
from briefing_tui.analysis.actors.lexicon import state_of_abbreviation
from briefing_tui.model import Actor


def actors_of(nlp, text: str) -> list[Actor]:
    return find_actors(nlp(text))


def by_name(actors: list[Actor]) -> dict[str, Actor]:
    return {a.name: a for a in actors}


def test_a_state_abbreviation_joins_the_state_written_in_full(nlp):
    text = (
        "BRAYFIELD, Ore. — Gov. Alma Reyes said Monday that Oregon would appeal the ruling. "
        "Lawmakers in Oregon have until June to act."
    )
    actors = by_name(actors_of(nlp, text))
    assert "Ore." not in actors
    assert "Ore." in {m.text for m in actors["Oregon"].mentions}


def test_a_state_written_only_short_is_named_in_full(nlp):
    text = (
        "The winners included the brothers Amos and Eli Varner, of Tolbert Mill, Tenn., "
        "who played a reel they wrote themselves."
    )
    actors = by_name(actors_of(nlp, text))
    assert "Tenn." not in actors
    assert actors["Tennessee"].kind == "place"


def test_a_postal_code_is_a_state_only_after_a_comma():
    assert state_of_abbreviation("WI", after_comma=True) == "Wisconsin"
    assert state_of_abbreviation("OR", after_comma=False) is None
    assert state_of_abbreviation("N.J.", after_comma=False) == "New Jersey"
    assert state_of_abbreviation("Idaho", after_comma=True) is None  # written in full
    assert state_of_abbreviation("ind.", after_comma=True) is None  # lower case: a word


def test_a_reservoir_is_a_place_not_an_organisation(nlp):
    text = (
        "The dispute centers on the Ak-Tamar Reservoir on the Orlen River. Engineers said "
        "the reservoir was nearly full."
    )
    actors = by_name(actors_of(nlp, text))
    assert actors["Ak-Tamar Reservoir"].kind == "place"


def test_towns_listed_after_the_villages_of_are_places(nlp):
    text = (
        "Early on Monday, the river burst its banks near the villages of Zhelkoran and "
        "Ostabek, damaging about 90 homes."
    )
    actors = by_name(actors_of(nlp, text))
    assert actors["Zhelkoran"].kind == "place"
    assert actors["Ostabek"].kind == "place"


def test_a_town_before_its_state_is_a_place(nlp):
    text = (
        "Other winners included Dora Quill of Lexington and the sisters Ruth and Ada Voss, "
        "of Pine Hollow, Tenn., in the twin-fiddle contest."
    )
    actors = by_name(actors_of(nlp, text))
    assert actors["Pine Hollow"].kind == "place"


def test_a_piece_of_an_agencys_name_in_the_headline_is_no_actor(nlp):
    text = (
        "Judge Rules Wildlife Service Illegally Delayed Decision on Rare Beetle\n\n"
        "A federal judge ruled that the U.S. Fish and Wildlife Service broke the law. "
        "Ana Ruiz, a spokeswoman for the Fish and Wildlife Service, said the agency was "
        "reviewing the decision."
    )
    names = {a.name for a in actors_of(nlp, text)}
    assert "Wildlife" not in names
    assert "U.S. Fish and Wildlife Service" in names


def test_a_first_name_and_surname_the_model_took_for_a_place_is_a_person(nlp):
    doc = nlp(
        "Seventeen-year-old Maisie Dunleavy of Corran won the title on Saturday night. "
        '"My grandmother taught me that tune," Dunleavy said.'
    )
    name = next(e for e in doc.ents if e.text == "Maisie Dunleavy")
    assert person_named_place(article_facts(doc), name)


def test_a_first_name_and_place_word_that_never_speaks_stays_a_place(nlp):
    doc = nlp("Seventeen-year-old Maisie Dunleavy of Corran won the title on Saturday night.")
    name = next(e for e in doc.ents if e.text == "Maisie Dunleavy")
    assert not person_named_place(article_facts(doc), name)


def test_a_gap_a_winner_comes_from_is_a_place(nlp):
    text = (
        "ASHVILLE, Ky. — Eighteen-year-old Lena Brackett of Sorrel Gap won the grand champion "
        "title at the 40th Ashville Fiddle Festival on Saturday night."
    )
    actors = by_name(actors_of(nlp, text))
    assert actors["Sorrel Gap"].kind == "place"


def test_a_law_center_a_lawyer_works_with_is_an_organisation(nlp):
    text = (
        "Marcus Dell, a lawyer with the Western Waters Law Center who argued the case, said "
        "the ruling vindicated years of letters."
    )
    actors = by_name(actors_of(nlp, text))
    assert actors["Western Waters Law Center"].kind == "organisation"


def test_an_analytical_laboratory_is_an_organisation(nlp):
    text = (
        "The company said it had hired an outside laboratory, Harwick Analytical, to review "
        "its production records."
    )
    actors = by_name(actors_of(nlp, text))
    assert actors["Harwick Analytical"].kind == "organisation"


def test_a_head_word_in_a_judges_title_is_no_mention_of_an_organisation(nlp):
    text = (
        "In a ruling filed Thursday, U.S. District Judge Ann Mora wrote that the delay was "
        "unlawful. The Lower Sorrel Irrigation District, which intervened in the case, said "
        "it would appeal."
    )
    district = by_name(actors_of(nlp, text))["Lower Sorrel Irrigation District"]
    assert [m.text for m in district.mentions if m.kind == "name"] == [
        "Lower Sorrel Irrigation District"
    ]
