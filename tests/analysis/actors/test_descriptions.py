"""Descriptions of named places and organisations ("the mosque", "the city") far from the
name (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors

FILLER = " ".join(
    f"Witness number {n} described the noise to reporters on the street." for n in range(1, 8)
)


def mentions(doc) -> dict[str, list[str]]:
    return {a.name: [doc.text[m.start : m.end] for m in a.mentions] for a in find_actors(doc)}


def test_the_noun_that_ends_the_only_name_so_ending_is_that_actor_however_far(nlp):
    doc = nlp(
        "A crane collapsed at the Grand Mosque in Medina on Friday. "
        + FILLER
        + " Work was underway at the mosque to enlarge it."
    )
    assert mentions(doc)["Grand Mosque"] == ["Grand Mosque", "the mosque"]


def test_far_away_the_noun_is_left_alone_when_two_names_end_in_it(nlp):
    doc = nlp(
        "A crane collapsed at the Grand Mosque in Medina on Friday. Pilgrims fled to the "
        "Blue Mosque nearby. " + FILLER + " Work was underway at the mosque to enlarge it."
    )
    found = mentions(doc)
    assert "the mosque" not in found["Grand Mosque"] + found.get("Blue Mosque", [])


def test_the_city_is_not_a_place_the_article_calls_a_memorial(nlp):
    doc = nlp(
        "Crowds filled the Lin Memorial in Taipei on Saturday. Lanterns were placed around "
        "the memorial. Lanterns were also given away by the city."
    )
    assert "the city" not in mentions(doc)["Lin Memorial"]


def test_an_indefinite_apposition_after_a_persons_name_is_that_person(nlp):
    doc = nlp("The fund was set up by Tom Hale, a retired teacher, in 2010.")
    assert mentions(doc)["Tom Hale"] == ["Tom Hale", "a retired teacher"]


def test_a_bare_noun_after_a_name_in_a_list_is_no_apposition(nlp):
    doc = nlp("Guests included Vitas Moran, tennis; Jack Tillis, golf; and others.")
    found = mentions(doc)
    assert all(text in ("Vitas Moran", "Jack Tillis") for texts in found.values() for text in texts)
