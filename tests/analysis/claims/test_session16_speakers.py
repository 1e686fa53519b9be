"""Speakers of session 16 (issue 16, item 9): a participle cue set off after a clause
that a verb of saying reports is the reporter's when that clause's subject is only
described (``claims/participles.py``). Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def speaker_by_content(nlp, text: str, words: str) -> str | None:
    """The name of the actor that speaks the claim whose content holds ``words``."""
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    claims = [c for c in find_claims(doc, actors) if words in text[c.content.start : c.content.end]]
    assert claims, f"no claim holds {words!r}"
    return names.get(claims[0].source) if claims[0].source else None


def test_adding_after_a_reported_clause_on_a_described_body_is_the_reporters(nlp):
    text = (
        "Mira Dalton said the board had not yet chosen a new site for the depot, "
        "adding that a decision would come within weeks."
    )
    assert speaker_by_content(nlp, text, "a decision would come") == "Mira Dalton"


def test_saying_after_a_reported_clause_on_a_plain_noun_is_the_reporters(nlp):
    text = (
        "Owen Pike would not say whether members would return to work on Monday, "
        "saying only that the union would meet again."
    )
    assert speaker_by_content(nlp, text, "the union would meet") == "Owen Pike"


def test_a_participle_after_a_named_subject_is_not_given_to_the_reporter(nlp):
    text = (
        "Mira Dalton said Colin Reyes had refused to sign the lease, saying the rent was too high."
    )
    assert speaker_by_content(nlp, text, "the rent was too high") != "Mira Dalton"


def test_figures_released_by_a_named_body_are_that_bodys(nlp):
    text = (
        "The Marsh Valley Water Board said on Monday that it would raise charges. "
        "Reservoir levels fell by a third over the summer, according to figures released "
        "by the Marsh Valley Water Board on Tuesday."
    )
    assert speaker_by_content(nlp, text, "Reservoir levels fell") == "Marsh Valley Water Board"


def test_data_published_by_a_named_body_are_that_bodys(nlp):
    text = (
        "The Harlow Rail Authority raised fares in May. Passenger numbers fell by a fifth "
        "in June, according to data published by the Harlow Rail Authority."
    )
    assert speaker_by_content(nlp, text, "Passenger numbers fell") == "Harlow Rail Authority"
