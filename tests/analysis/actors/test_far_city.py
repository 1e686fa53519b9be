"""'the city' far from any place: the one place the article has called so (invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors

FILLER = (
    "Thousands of visitors came on the first night. The parade started at dusk. "
    "Musicians played on every corner. Food stalls stayed open until midnight. "
    "Children carried paper boats. Fireworks lit the sky over the harbour. "
)


def mentions(doc) -> dict[str, list[str]]:
    return {a.name: [doc.text[m.start : m.end] for m in a.mentions] for a in find_actors(doc)}


def test_the_city_far_below_is_the_one_place_called_the_city(nlp):
    doc = nlp(
        "The lantern festival opened in Porto on Monday. This year the city expects a "
        "million visitors. " + FILLER + "Lanterns were given away by the city all week."
    )
    found = mentions(doc)["Porto"]
    assert [m for m in found if m == "the city"] == ["the city", "the city"]


def test_the_city_far_below_two_places_so_called_stays_unresolved(nlp):
    doc = nlp(
        "The lantern festival opened in Porto on Monday. This year the city expects a "
        "million visitors. A rival festival in Carson City drew fewer people. "
        + FILLER
        + "Dancers filled the main square. Lanterns were given away by the city all week."
    )
    last = doc.text.rindex("the city")
    for actor in find_actors(doc):
        assert all(m.start != last for m in actor.mentions), actor.name
