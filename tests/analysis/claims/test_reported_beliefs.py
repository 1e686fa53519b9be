"""Reported concern, fear and belief and asides that vouch for a clause (issue 16, class 3),
and contents that keep their last word (class 2). Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def claims(nlp, text: str) -> list[tuple[str, str]]:
    """(cue, content text) of each claim, in order."""
    doc = nlp(text)
    found = find_claims(doc, find_actors(doc))
    return [(c.cue, text[c.content.start : c.content.end]) for c in found]


def test_a_particle_ends_a_content_whole(nlp):
    text = "The doctors expressed concern that the vaccine supply would run out."
    assert ("concern", "the vaccine supply would run out") in claims(nlp, text)


def test_alarm_that_something_happened_is_a_belief(nlp):
    text = "Officials were alarmed that the river had risen so fast."
    assert ("alarmed", "the river had risen so fast") in claims(nlp, text)


def test_convinced_read_as_a_participle_is_still_a_belief(nlp):
    text = "Many voters are convinced that the election was fair."
    assert ("convinced", "the election was fair") in claims(nlp, text)


def test_nervous_that_is_a_fear(nlp):
    text = "Fishermen are nervous that the quotas will be cut again."
    assert ("nervous", "the quotas will be cut again") in claims(nlp, text)


def test_convinced_by_an_argument_says_nothing(nlp):
    text = "The mayor was convinced by the argument. The team was alarmed by the noise."
    assert claims(nlp, text) == []


def test_an_as_aside_inside_a_subject_vouches_for_its_clause(nlp):
    text = "The bridge, as one engineer noted, was never designed for trucks."
    found = claims(nlp, text)
    assert found and found[0][0] == "noted"
    assert found[0][1].endswith("was never designed for trucks")
