"""Places the model calls organisations (issue 16, item 5): "the Isk" after "the Isk River"
is the river, and a town set beside "the capital" is a town wherever else the model calls
it an organisation (invented sentences)."""

from __future__ import annotations

from tests.analysis.readers import actors_by_name


def test_a_rivers_short_name_is_the_river(nlp):
    text = (
        "Two soldiers were wounded near the Isk River on Sunday, the ministry said.\n\n"
        "The Isk has shifted its course several times since the treaty was signed."
    )
    actors = actors_by_name(nlp, text)
    assert "Isk" not in actors
    assert "Isk" in [m.text for m in actors["Isk River"].mentions]


def test_a_town_apposed_to_the_capital_is_a_place(nlp):
    text = (
        "The statement was issued in Tarvik, the Norvanian capital, on Sunday.\n\nThe foreign "
        "ministry said it had recalled its ambassador from Tarvik for consultations. "
        "Officials in Tarvik did not comment."
    )
    tarvik = actors_by_name(nlp, text)["Tarvik"]
    assert tarvik.kind == "place"
    assert tarvik.located_only
