"""Claims with the right content (issue 16, items 7 and 8, session 13): the reporter's words
around a content stay out of it, and only speech, thought and intention are claims.
Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def claims(nlp, text: str) -> list[tuple[str, str]]:
    """(cue, content text) of each claim, in order."""
    doc = nlp(text)
    found = find_claims(doc, find_actors(doc))
    return [(c.cue, text[c.content.start : c.content.end]) for c in found]


def test_an_adverb_before_the_complementiser_qualifies_the_saying(nlp):
    text = "The port authority said only that the ferries would sail again in May."
    assert claims(nlp, text) == [("said", "the ferries would sail again in May")]


def test_an_adverb_before_a_partly_quoted_clause_qualifies_the_saying(nlp):
    text = 'A spokesman for the mayor said only that she would "read the report closely."'
    found = claims(nlp, text)
    assert found and found[0][1].startswith("she would")
