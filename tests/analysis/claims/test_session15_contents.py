"""Issue 16 items 7 and 8, session 15: a claim says what its source said, no more, no
less. A subject of no one ("none of the four", "no official", "neither side", "few if any") negates
the cue as "did not say" does. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def contents(nlp, text: str) -> list[str]:
    """The content text of each claim, in order."""
    doc = nlp(text)
    return [text[c.content.start : c.content.end] for c in find_claims(doc, find_actors(doc))]


def test_none_of_a_group_saying_is_no_claim(nlp):
    text = (
        "A vote must be called by a member of the majority, and none of the four said "
        "on Monday that they would call one."
    )
    assert contents(nlp, text) == []


def test_no_official_saying_is_no_claim(nlp):
    text = "No official has said that the bridge will reopen this year."
    assert contents(nlp, text) == []


def test_neither_side_claiming_is_no_claim(nlp):
    text = "Neither side claimed that the talks had failed."
    assert contents(nlp, text) == []


def test_a_few_saying_stays_a_claim(nlp):
    text = "A few traders said the port would reopen soon."
    assert contents(nlp, text) == ["the port would reopen soon"]


def test_a_cue_inside_a_negated_cue_is_no_claim(nlp):
    text = (
        "The board met on Monday. The agency did not say when it expected to finish the "
        "review. The union did not say it expected a deal."
    )
    assert contents(nlp, text) == []


def test_a_cue_inside_a_cue_stays(nlp):
    text = "The union said it expected a deal."
    assert contents(nlp, text)[0].startswith("it expected a deal")


def test_few_if_any_saying_is_no_claim_but_few_is(nlp):
    assert contents(nlp, "Few, if any, traders said the port would reopen soon.") == []
    assert contents(nlp, "Few traders said the port would reopen soon.") != []
