"""A name set beside a noun for a place ("the capital, X"), or after one and "of" ("the state
of X"), is that place, never a person or a government (invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def actors(nlp, text: str) -> dict[str, tuple[str, list[str]]]:
    doc = nlp(text)
    return {
        a.name: (a.kind, [doc.text[m.start : m.end] for m in a.mentions]) for a in find_actors(doc)
    }


def test_a_name_beside_the_capital_is_the_capital_not_a_person(nlp):
    found = actors(nlp, "In the capital, Dresk, the foreign ministry said the talks would resume.")
    assert found.get("Dresk", ("place", []))[0] == "place"


def test_a_name_beside_the_capital_that_seems_to_speak_is_no_government(nlp):
    found = actors(
        nlp,
        "The agency's director, at a news conference in the capital, Velmoor, said the "
        "plant would close.",
    )
    assert found.get("Velmoor", ("place", []))[0] == "place"


def test_a_name_after_the_state_of_is_a_place(nlp):
    found = actors(
        nlp,
        "Ruben Calvo paid bribes of about 40 million to officials in the state of Varossa "
        "over a four-year period.",
    )
    assert found.get("Varossa", ("place", []))[0] == "place"
