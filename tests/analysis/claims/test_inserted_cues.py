"""A cue inserted between a clause's subject and its verb (issue 16, content spans): the
subject before the insert is part of what was said, and the speaker is the one named in
the insert, whatever the parse hung it on. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def claims(nlp, text: str) -> list[tuple[str | None, str]]:
    """(source words, content text) of each claim, in order."""
    doc = nlp(text)
    found = find_claims(doc, find_actors(doc))
    return [(c.source_text, text[c.content.start : c.content.end]) for c in found]


def test_an_as_insert_keeps_the_subject_before_it(nlp):
    text = "The harbour, as the mayor said last week, will reopen in the spring."
    assert claims(nlp, text) == [("the mayor", text[:-1])]


def test_a_plain_insert_keeps_the_subject_before_it(nlp):
    text = "Most of the money, the auditors noted in their report, went to consultants."
    found = claims(nlp, text)
    assert len(found) == 1 and found[0][1] == text[:-1]


def test_a_particle_cue_insert_is_not_read_into_the_content(nlp):
    text = (
        "The new budget, as the finance minister has repeatedly pointed out, leaves "
        "little room for tax cuts."
    )
    assert claims(nlp, text) == [("the finance minister", text[:-1])]


def test_the_speaker_after_as_is_not_the_clause_subject(nlp):
    text = (
        "The harbour, as one of the mayor's engineers pointed out, rarely freezes before January."
    )
    assert claims(nlp, text) == [("one of the mayor's engineers", text[:-1])]


def test_an_opening_time_phrase_is_not_a_subject(nlp):
    text = "On Friday, the mayor said, the harbour will reopen."
    assert claims(nlp, text) == [("the mayor", "the harbour will reopen")]


def test_a_cue_without_a_complement_takes_the_clause_it_is_inserted_in(nlp):
    text = (
        "The lake, as one of the park rangers pointed out, normally does not freeze "
        "before February."
    )
    assert claims(nlp, text) == [("one of the park rangers", text[:-1])]
