"""Places the model calls people or organisations (issue 16, item 2): a name written before
"region" is the region's, and a name of a few words set beside "a town" is a town's
(invented sentences)."""

from __future__ import annotations

from tests.analysis.readers import actors_by_name


def test_a_name_before_region_is_a_place(nlp):
    text = (
        "Crews were sent from the emergency services of the Castera region. Flames reached "
        "the hills by noon, and firefighters said the wind would ease."
    )
    castera = actors_by_name(nlp, text)["Castera"]
    assert castera.kind == "place"
    assert castera.located_only


def test_a_town_of_several_words_beside_a_town_noun_is_no_actor(nlp):
    text = (
        "Officials said the fire could reach the outskirts of Vila de Marro, a town of about "
        "3,000 people, by Monday."
    )
    marro = actors_by_name(nlp, text).get("Vila de Marro")
    assert marro is None or marro.kind == "place"
