"""A young person by what they are: "the boy", "the baby" (invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def mentions_of(doc, name: str) -> list[str]:
    found = [a for a in find_actors(doc) if a.name == name]
    assert len(found) == 1, [a.name for a in find_actors(doc)]
    return [doc.text[m.start : m.end] for m in found[0].mentions]


def test_the_boy_is_the_one_boy_the_article_describes(nlp):
    doc = nlp(
        "Omar Haddad, a 12-year-old boy from Leeds, built a radio at school. "
        "Teachers called the police. Images of the boy holding the radio spread online."
    )
    assert "the boy" in mentions_of(doc, "Omar Haddad")


def test_the_baby_is_the_child_the_article_names(nlp):
    doc = nlp(
        "Tom Vale said their six-month-old child, Rosa, was ill for weeks. "
        "Doctors said the baby needed care."
    )
    assert "the baby" in mentions_of(doc, "Rosa")


def test_the_girl_never_goes_to_a_boy(nlp):
    doc = nlp(
        "Omar Haddad, a 12-year-old boy from Leeds, built a radio at school. "
        "Later the girl said she had helped him."
    )
    assert "the girl" not in mentions_of(doc, "Omar Haddad")
