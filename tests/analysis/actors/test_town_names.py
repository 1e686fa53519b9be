"""A town that organisations are named after is a place, not an organisation or a person
(issue 16, actors item 5; invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def kinds(nlp, text: str) -> dict[str, str]:
    return {a.name: a.kind for a in find_actors(nlp(text))}


def test_a_town_a_newspaper_is_named_after_is_a_place(nlp):
    text = (
        "An inquiry opened into the police shooting of a man in Brannock Vale's Eastgate "
        "district on Saturday. He died at Brannock Vale General Hospital on Sunday. Speaking "
        "to the Brannock Vale Courier, a witness said he saw no weapon. It is the second fatal "
        "police shooting in Brannock Vale this year."
    )
    found = kinds(nlp, text)
    assert found["Brannock Vale"] == "place"
    assert found["Brannock Vale Courier"] == "organisation"


def test_a_company_short_name_that_acts_stays_an_organisation(nlp):
    text = (
        "Harlow Pipeworks collapsed in May. Harlow said on Monday that it would appeal, and "
        "Harlow Pipeworks shareholders backed the plan."
    )
    assert "place" not in {kind for name, kind in kinds(nlp, text).items() if "Harlow" in name}


def test_a_magazine_short_name_is_no_town(nlp):
    text = (
        "Montalvo had read an article in the church publication Freedom Magazine, which "
        "attacked defectors. He said the claims made about him in the Freedom article were lies."
    )
    assert "place" not in {kind for name, kind in kinds(nlp, text).items() if "Freedom" in name}
