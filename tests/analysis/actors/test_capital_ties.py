"""A capital that stands for its government is a mention of its land, never an actor of its
own: tied by the gazetteer for real capitals, by the article's words for invented ones ("the
capital, X" in a sentence naming one land, or the dateline's land); no tie, no merge
(invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors
from briefing_tui.analysis.actors.lexicon import gazetteer


def actors(nlp, text: str) -> dict[str, tuple[str, list[str]]]:
    doc = nlp(text)
    return {
        a.name: (a.kind, [doc.text[m.start : m.end] for m in a.mentions]) for a in find_actors(doc)
    }


def test_a_bare_capital_belongs_to_the_land_its_sentence_names(nlp):
    found = actors(
        nlp,
        "Sarvia and Pellan signed a truce on Monday.\n\n"
        '"We kept our word," Pellanese President Ivo Marek said in an address from the '
        "capital, Dunmere.\n\n"
        "Dunmere denied that any money had been paid. Relations have been frozen since "
        "2019, when Dunmere expelled six Sarvian diplomats.",
    )
    assert "Dunmere" in found["Pellan"][1]


def test_a_possessed_office_ties_a_bare_capital_to_its_land(nlp):
    found = actors(
        nlp,
        "Sarvia and Pellan signed a truce on Monday.\n\n"
        "Pellan's foreign minister, Ana Brel, told reporters in the capital, Tolvik, that "
        "the deal would hold.\n\n"
        "Sarvia said it was for Tolvik to explain the delay. Tolvik has not said whether "
        "it will attend.",
    )
    assert "Tolvik" in found["Pellan"][1]
    assert found["Tolvik"][0] == "place"


def test_a_bare_capital_in_a_sentence_naming_two_lands_is_tied_to_neither(nlp):
    found = actors(
        nlp,
        "Sarvia and Pellan signed a truce on Monday.\n\n"
        "Pellanese and Sarvian envoys met in the capital, Dunmere.\n\n"
        "Dunmere denied that any money had been paid. Relations have been frozen since "
        "2019, when Dunmere expelled six Sarvian diplomats.",
    )
    assert "Dunmere" not in found.get("Pellan", ("", []))[1]
    assert "Dunmere" not in found.get("Sarvia", ("", []))[1]


def test_a_bare_capital_belongs_to_the_dateline_land_when_no_other_land_is_named(nlp):
    found = actors(
        nlp,
        "Aid agencies rush to Estrelia after floods\n\n"
        "KORVIN, Estrelia - Floods cut the main road to the capital, Tamsk, on Sunday, the "
        "agency said.\n\n"
        "Tamsk said on Monday that it would send troops to the valley. Tamsk has not said "
        "how many.",
    )
    assert "Tamsk" in found.get("Estrelia", ("", []))[1]


def test_a_real_capital_is_known_by_its_current_name_and_without_accents():
    gaz = gazetteer()
    assert gaz.country_of_capital("Bogotá") == gaz.country_of_name("Colombia")
    assert gaz.country_of_capital("Bogota") == gaz.country_of_name("Colombia")
    assert gaz.country_of_capital("Ulan Bator") == gaz.country_of_name("Mongolia")


def test_an_acting_real_capital_spelt_with_accents_is_its_country(nlp):
    found = actors(
        nlp,
        "A court in Madrid heard the case on Monday. Colombia wants him returned. "
        "Bogotá has provided written assurances, the lawyer said.",
    )
    assert "Bogotá" in found["Colombia"][1]


def test_a_person_brought_in_by_a_is_a_rival_for_the_next_pronoun(nlp):
    from briefing_tui.analysis.claims import pronoun_chain

    text = (
        "A senior official at the regulator, speaking on condition of anonymity, gave a "
        "different account. He said the inspection had been cut short."
    )
    doc = nlp(text)
    assert pronoun_chain._someone_introduced(doc, [], 0, text.index("He said"))
    named = nlp("Ivo Marek gave a different account. He said the inspection was short.")
    assert not pronoun_chain._someone_introduced(named, [], 0, named.text.index("He said"))


def test_a_capital_named_with_its_land_speaks_for_it_whatever_the_model_typed(nlp):
    # "the Pellmark capital": the land written before "capital" as a noun, not an adjective;
    # the model reads the capital's name as an organisation
    found = actors(
        nlp,
        "Orvania accused neighbouring Pellmark on Tuesday of halting gas flows, a charge the "
        "Pellmark government rejected.\n\n"
        "In Dravik, the Pellmark capital, the energy ministry said the shutdown was caused "
        "by a pressure fault.\n\n"
        "Dravik has said it owes nothing and that it will not pay.",
    )
    assert "Dravik" in found["Pellmark"][1]
    assert found["Dravik"][0] == "place"


def test_a_capital_s_office_holder_is_no_capital(nlp):
    # "Tessa Marl, the Pellmark capital's mayor": the name is the mayor's, not the capital's
    found = actors(
        nlp,
        "Orvania accused Pellmark of halting gas flows.\n\n"
        "Tessa Marl, the Pellmark capital's mayor, said the city had enough gas for a week. "
        "Marl said she would ask the government for help.",
    )
    assert found["Tessa Marl"][0] == "person"
    assert "Tessa Marl" not in found["Pellmark"][1]
