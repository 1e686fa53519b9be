"""A request for anonymity and a refusal to act are no claims (issue 16, item 8;
``speech._asks_anonymity``, ``speech._refuses_an_act``). Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def cues(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [c.cue for c in find_claims(doc, find_actors(doc))]


def test_asking_not_to_be_named_is_no_claim_but_what_was_said_is(nlp):
    text = (
        "One trader, who asked not to be named because his firm advises the port, "
        "said prices would rise."
    )
    assert cues(nlp, text) == ["said"]


def test_asking_not_to_be_identified_is_no_claim(nlp):
    text = "A nurse who asked not to be identified said the ward was full."
    assert "asked" not in cues(nlp, text)


def test_refusing_to_take_part_is_an_act_not_a_claim(nlp):
    text = "The Lund campaign had refused to take part in the debate."
    assert cues(nlp, text) == []
