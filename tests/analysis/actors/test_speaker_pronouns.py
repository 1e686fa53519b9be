"""Pronouns that name a speaker: "he said" after a quotation of several sentences
(invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def mentions(doc) -> dict[str, list[str]]:
    return {a.name: [doc.text[m.start : m.end] for m in a.mentions] for a in find_actors(doc)}


def test_he_said_after_a_quotation_of_two_sentences_is_the_speaker_before_it(nlp):
    doc = nlp(
        "Senator Paul Dean said he did not believe the attacks had hurt Mark Cole in 2012. "
        '"It is not what worked then. Those are distractions," he said.'
    )
    found = mentions(doc)
    assert found["Paul Dean"] == ["Senator Paul Dean", "he", "he"]
    assert found["Mark Cole"] == ["Mark Cole"]


def test_she_said_after_a_quotation_is_never_a_man_who_spoke_before(nlp):
    doc = nlp(
        "Senator Paul Dean said the attacks had hurt Mark Cole in 2012. "
        '"It is not what worked then. Those are distractions," she said.'
    )
    found = mentions(doc)
    assert "she" not in found["Paul Dean"]
