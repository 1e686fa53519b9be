"""Sources the article leaves unnamed, by what they know (issue 16, actors): "two people
familiar with the matter said" is an actor of its own (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def actors_of(nlp, text: str) -> dict[str, list[str]]:
    doc = nlp(text)
    return {a.name: [doc.text[m.start : m.end] for m in a.mentions] for a in find_actors(doc)}


def test_people_familiar_with_the_matter_are_a_source(nlp):
    found = actors_of(
        nlp,
        "Ostley Capital said on Monday it had made an offer. Two people familiar with the "
        "matter said the firm had lined up financing from three banks.",
    )
    assert found["two people familiar with the matter"] == ["Two people familiar with the matter"]


def test_a_source_after_according_to_is_a_source(nlp):
    found = actors_of(
        nlp,
        "Talks between Westmoor Rail and the union will resume on Friday, according to two "
        "people familiar with the talks, who spoke on condition of anonymity.",
    )
    assert "two people familiar with the talks" in found


def test_a_counted_source_is_a_source_of_its_own(nlp):
    found = actors_of(
        nlp,
        "Two people familiar with the matter said the firm had lined up financing, but a third "
        "source said talks with one of the lenders had stalled.",
    )
    assert "a third source" in found


def test_a_bodys_own_people_are_no_unnamed_source(nlp):
    found = actors_of(
        nlp, "Ostley officials familiar with the plan said it would be delayed until June."
    )
    assert not any("familiar" in name for name in found)


def test_people_familiar_with_a_thing_who_do_not_speak_are_no_source(nlp):
    found = actors_of(nlp, "Two people familiar with the area were rescued from the river.")
    assert not any("familiar" in name for name in found)
