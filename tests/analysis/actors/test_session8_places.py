"""Actor list, session 8 (issue 16 items 1-3): places the gazetteer does not know, US states
written short, and pieces of organisations' names (invented sentences)."""

from __future__ import annotations

from spacy.tokens import Span

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
        "Farmers blame the Kara-Tepe Reservoir upstream on the Orlen River. Engineers said "
        "the reservoir was nearly full."
    )
    actors = by_name(actors_of(nlp, text))
    assert actors["Kara-Tepe Reservoir"].kind == "place"


def test_towns_listed_after_the_villages_of_are_places(nlp):
    text = (
        "Floodwater reached the villages of Zhelkoran and Ostabek overnight, and about 90 "
        "families left their homes."
    )
    actors = by_name(actors_of(nlp, text))
    assert actors["Zhelkoran"].kind == "place"
    assert actors["Ostabek"].kind == "place"


def test_a_town_before_its_state_is_a_place(nlp):
    text = (
        "The quilt prize went to Dora Quill of Lexington and the Voss sisters, of Birch "
        "Hollow, Tenn., who entered together."
    )
    actors = by_name(actors_of(nlp, text))
    assert actors["Birch Hollow"].kind == "place"


def test_a_piece_of_an_agencys_name_in_the_headline_is_no_actor(nlp):
    doc = nlp(
        "Court Faults Wildlife Service Over Owl Listing\n\n"
        "An appeals court said the U.S. Fish and Wildlife Service had waited too long. "
        "Ana Ruiz, who speaks for the Fish and Wildlife Service, declined to comment."
    )
    # the model sometimes reads a verb and a word of the agency's name as a person's name
    words = [t.text for t in doc]
    start = words.index("Faults")
    others = [e for e in doc.ents if e.start > start + 3]
    doc.ents = [Span(doc, start, start + 2, label="PERSON"), *others]
    names = {a.name for a in find_actors(doc)}
    assert "Wildlife" not in names
    assert "Faults Wildlife" not in names
    assert "U.S. Fish and Wildlife Service" in names


def test_a_first_name_and_surname_the_model_took_for_a_place_is_a_person(nlp):
    doc = nlp(
        "Nina Dunleavy of Corran took the banjo prize on Sunday. "
        '"I practised every night," Dunleavy said.'
    )
    name = doc[0:2]  # "Nina Dunleavy", whatever the model labelled it
    assert person_named_place(article_facts(doc), name)


def test_a_first_name_and_place_word_that_never_speaks_stays_a_place(nlp):
    doc = nlp("Nina Dunleavy of Corran took the banjo prize on Sunday.")
    name = doc[0:2]  # "Nina Dunleavy", whatever the model labelled it
    assert not person_named_place(article_facts(doc), name)


def test_a_gap_a_winner_comes_from_is_a_place(nlp):
    text = (
        "ASHVILLE, Ky. — Eighteen-year-old Lena Brackett of Sorrel Gap took first place in "
        "the 12th Ashville Banjo Contest on Sunday."
    )
    actors = by_name(actors_of(nlp, text))
    assert actors["Sorrel Gap"].kind == "place"


def test_a_law_center_a_lawyer_works_with_is_an_organisation(nlp):
    text = (
        "Omar Tell, a lawyer with the Prairie Waters Law Center who argued the "
        "case, said the appeal would be filed by Friday."
    )
    actors = by_name(actors_of(nlp, text))
    assert actors["Prairie Waters Law Center"].kind == "organisation"


def test_an_analytical_laboratory_is_an_organisation(nlp):
    text = "The brewer brought in a testing lab, Fenmoor Analytical, to check its water supply."
    actors = by_name(actors_of(nlp, text))
    assert actors["Fenmoor Analytical"].kind == "organisation"


def test_a_head_word_in_a_judges_title_is_no_mention_of_an_organisation(nlp):
    text = (
        "U.S. District Judge Ann Mora ordered a new hearing. The Lower Sorrel Irrigation "
        "District, which sided with the state, said it would appeal."
    )
    district = by_name(actors_of(nlp, text))["Lower Sorrel Irrigation District"]
    assert [m.text for m in district.mentions if m.kind == "name"] == [
        "Lower Sorrel Irrigation District"
    ]


def test_the_town_a_nurse_lives_in_is_a_place(nlp):
    text = (
        "Gail Ostrow, a nurse in Dayton whose daughter fell ill in May, said the answers came late."
    )
    actors = by_name(actors_of(nlp, text))
    assert actors["Dayton"].kind == "place"


def test_a_tune_quoted_after_its_kind_is_no_person(nlp):
    text = 'Dana Reese closed her set with the hornpipe "Katy Hill" before a slow air of her own.'
    names = {a.name for a in actors_of(nlp, text)}
    assert "Dana Reese" in names
    assert "Katy Hill" not in names


RAIL_TEXT = (
    "WASHINGTON — Sen. Paul Adler on Thursday defended a $40 million federal grant to "
    "rebuild a rail line between Rutland and Burlington, Vt.\n\n"
    '"Vermont families deserve the same rail service as families in Connecticut," Adler '
    "said.\n\nMayor Lena Corbett of Rutland said the line would bring jobs back."
)


def test_a_state_abbreviation_ending_a_sentence_joins_the_state(nlp):
    actors = by_name(actors_of(nlp, RAIL_TEXT))
    assert "Vt" not in actors
    assert "Vt" in {m.text for m in actors["Vermont"].mentions}


def test_towns_before_a_state_and_listed_with_one_are_places(nlp):
    actors = by_name(actors_of(nlp, RAIL_TEXT))
    assert "Rutland and" not in actors
    assert "Rutland" not in actors or actors["Rutland"].kind == "place"
    assert actors["Burlington"].kind == "place"


def test_the_town_a_mayor_is_of_is_a_place(nlp):
    text = "Mayor Lena Corbett of Rutland said the line would bring jobs back to the region."
    actors = by_name(actors_of(nlp, text))
    assert "Rutland" not in actors or actors["Rutland"].kind == "place"


GRAIN_TEXT = (
    "The Norland Food Standards Bureau said on Monday it had opened an inquiry into Halden "
    "Grain Holdings after 14 shipments of wheat went missing from the port of Varsund.\n\n"
    "Halden said in a statement that it was cooperating fully. Workers at the Varsund "
    "terminal said the shipments had been loaded in March."
)


def test_a_town_that_speaks_as_the_company_named_after_it_is_the_company(nlp):
    actors = by_name(actors_of(nlp, GRAIN_TEXT))
    assert "Halden" not in actors
    assert "Halden" in {m.text for m in actors["Halden Grain Holdings"].mentions}


def test_the_port_of_a_town_keeps_the_town_a_place(nlp):
    actors = by_name(actors_of(nlp, GRAIN_TEXT))
    assert actors["Varsund"].kind == "place"


def test_a_country_only_in_a_named_judges_title_is_no_actor(nlp):
    text = (
        "In a 30-page opinion filed Friday, U.S. District Judge Ann Mora wrote that the delay "
        "was unlawful."
    )
    names = {a.name for a in actors_of(nlp, text)}
    assert "Ann Mora" in names
    assert "United States" not in names


def test_a_country_that_acts_beside_a_judges_title_stays(nlp):
    text = (
        "U.S. District Judge Ann Mora wrote that the delay was unlawful. The U.S. said it "
        "would appeal."
    )
    assert "United States" in {a.name for a in actors_of(nlp, text)}
