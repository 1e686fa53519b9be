"""A company named by its capitalised web address is an organisation (a lower-case address,
or the address of "the ... site", is not); in a match report "the Belgians" is Belgium."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def _actors(doc) -> dict[str, list[str]]:
    return {a.name: [doc.text[m.start : m.end] for m in a.mentions] for a in find_actors(doc)}


def test_a_firm_named_by_its_web_address_is_an_organisation(nlp):
    doc = nlp(
        "The security firm Vornex.com, has said that as of March, the old browser has "
        "2 percent of the market."
    )
    actors = {a.name: a.kind for a in find_actors(doc)}
    assert actors.get("Vornex.com") == "organisation", actors


def test_a_site_named_as_an_example_that_speaks_is_an_organisation(nlp):
    doc = nlp("Other sites such as Plinkr.com have stated that they will keep hosting the video.")
    assert "Plinkr.com" in _actors(doc)


def test_a_lower_case_address_is_no_actor(nlp):
    doc = nlp("Readers can find the full report at vornex.com and ask questions there.")
    assert not any(".com" in name for name in _actors(doc))


def test_the_plural_of_a_countrys_adjective_in_a_match_report_is_its_team(nlp):
    doc = nlp(
        "Belgium beat Panama 3-0 on Monday. Dries Vandamme scored a goal from a volley, "
        "putting the Belgians in the lead. Panama replied late, but the second half ended "
        "with the Belgians winning 3-0. Belgium play Tunisia next."
    )
    actors = _actors(doc)
    assert "Belgians" not in actors, actors
    assert actors["Belgium"].count("Belgians") == 2, actors


def test_the_plural_of_a_countrys_adjective_outside_a_match_is_left_alone(nlp):
    doc = nlp(
        "Belgium raised its fuel tax on Monday. Many Belgians said the rise was unfair, "
        "and the Belgians who drive to work will pay most."
    )
    actors = _actors(doc)
    assert "Belgians" not in actors.get("Belgium", []), actors
