"""A couple by its family name: "the parents" and "the couple" go to the one pair the article
names in the plural (invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors

TEXT = (
    "Parents charged after girl dies\n\n"
    "Tom Vale, 40, and his wife Rita Vale, 38, were charged on Monday. "
    "The Vales had refused to take their daughter to a doctor. "
    "The parents told police they had been afraid. The couple will appear in court in June."
)


def family(doc):
    found = [a for a in find_actors(doc) if a.name == "Vales"]
    assert len(found) == 1, [a.name for a in find_actors(doc)]
    return [doc.text[m.start : m.end] for m in found[0].mentions]


def test_the_parents_and_the_couple_are_the_one_family(nlp):
    mentions = family(nlp(TEXT))
    assert {"Parents", "The parents", "The couple", "Vales"} <= set(mentions)


def test_parents_of_others_stay_unresolved(nlp):
    doc = nlp(TEXT + " The parents of the pupils at the school said nothing.")
    assert "The parents of the pupils" not in family(doc)
    assert family(doc).count("The parents") == 1


def test_two_families_leave_the_parents_to_nobody(nlp):
    doc = nlp(
        "Tom Vale and his wife Rita Vale met Ian Moss and his wife Eva Moss. "
        "The Vales and the Mosses argued. The parents told police they had been afraid."
    )
    for actor in find_actors(doc):
        assert all(doc.text[m.start : m.end] != "The parents" for m in actor.mentions)


def test_an_office_named_by_its_country_in_a_headline_is_the_same_office(nlp):
    doc = nlp(
        "Danish court rules fishing of wild salmon is legal\n\n"
        "Danish court has ruled that anglers may fish in the rivers. "
        "The ruling was welcomed on Monday."
    )
    offices = [a for a in find_actors(doc) if a.name == "Danish court"]
    assert len(offices) == 1
    assert len(offices[0].mentions) == 2
