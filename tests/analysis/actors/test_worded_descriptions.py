"""A description by the words of a body's name: "the health ministry" far from "the Ministry
of Health" (invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors

FAR = (
    "The Ministry of Health in Orla warned residents about the water on Monday. "
    "Fishermen said the lake had turned green. Tom Vale, who runs a boat yard, said "
    "sales had fallen. Farmers blamed the rain. The mayor said the town would wait. "
    "A clinic reported twelve cases. Schools stayed open. The clinic said it was in "
    "contact with the {noun}."
)


def mentions_of(doc, name: str) -> list[str]:
    found = [a for a in find_actors(doc) if a.name == name]
    assert len(found) == 1, [a.name for a in find_actors(doc)]
    return [doc.text[m.start : m.end] for m in found[0].mentions]


def test_the_health_ministry_is_the_ministry_of_health(nlp):
    doc = nlp(FAR.format(noun="health ministry"))
    assert "the health ministry" in mentions_of(doc, "Ministry of Health")


def test_another_ministry_is_not_it(nlp):
    doc = nlp(FAR.format(noun="fisheries ministry"))
    assert "the fisheries ministry" not in mentions_of(doc, "Ministry of Health")


def test_a_description_after_a_quote_leaves_its_closing_mark_out(nlp):
    doc = nlp(
        'Ana Lind leads the Farmers Party. "The vote is on Thursday. There is no secret '
        'plan," her spokeswoman, Rosa Hale, said.'
    )
    assert "her spokeswoman" in mentions_of(doc, "Rosa Hale")


def test_a_description_two_owners_share_is_left_alone(nlp):
    doc = nlp(
        "Norvania's defence ministry said troops had crossed the river. The ministry said "
        "two soldiers were hurt. Tarsk's defence ministry denied it. Farmers fled the area. "
        "Schools closed. Shops shut early. Roads were blocked. The defence ministry did not "
        "respond to questions."
    )
    held = {
        a.name: [doc.text[m.start : m.end] for m in a.mentions]
        for a in find_actors(doc)
        if any(doc.text[m.start : m.end] == "The defence ministry" for m in a.mentions)
    }
    assert held == {}
