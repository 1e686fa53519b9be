"""A participle cue that says something of its object is a claim, not a circumstance
(invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors
from briefing_tui.analysis.claims.find import find_claims


def _claims(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    return [
        (text[c.content.start : c.content.end], names.get(c.source) if c.source else None)
        for c in find_claims(doc, actors)
    ]


def test_calling_its_object_something_is_a_claim(nlp):
    text = (
        "Finance Minister Karl Vos repaid the money last week, calling the payments "
        '"a clerical error" by his office.'
    )
    found = _claims(nlp, text)
    assert any(c.startswith("the payments") and s == "Karl Vos" for c, s in found)


def test_describing_its_object_as_something_is_a_claim(nlp):
    text = "Tom Berg left the meeting early, describing the plan as a gift to landlords."
    found = _claims(nlp, text)
    assert any(c.startswith("the plan as a gift") and s == "Tom Berg" for c, s in found)


def test_participle_without_a_predicate_stays_a_circumstance(nlp):
    text = "Tom Berg left the meeting early, citing a family matter, and said nothing more."
    assert not any(c.startswith("a family matter") for c, _ in _claims(nlp, text))
