"""A name the model read as an organisation or a person that the article only writes as
where something is (after a preposition of place, or modifying a site's noun) is a place
(invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def kinds(nlp, text: str) -> dict[str, str]:
    return {a.name: a.kind for a in find_actors(nlp(text))}


def test_a_name_only_after_place_prepositions_and_before_a_site_is_a_place(nlp):
    found = kinds(
        nlp,
        "Velmar Shipping said on Monday it would close two of its terminals on the "
        "Korrenvlakte. It has run a depot at one Korrenvlakte site since 2012, the "
        "company said.",
    )
    assert found.get("Korrenvlakte", "place") == "place"


def test_a_name_after_a_preposition_on_a_job_is_no_evidence(nlp):
    found = kinds(
        nlp,
        "Ana Brel, a director at Halvorsen Dresk, said the deal was fair. Halvorsen Dresk "
        "said it would appeal.",
    )
    assert found.get("Halvorsen Dresk") != "place"
