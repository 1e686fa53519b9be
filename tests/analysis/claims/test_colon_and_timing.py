"""A cue whose clause follows a colon does not vouch for what comes before the colon, and
a cue that only times the main clause ("When members ask for help, ...") says nothing of
it. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def claims(nlp, text: str) -> list[tuple[str, str]]:
    """(cue, content text) of each claim, in order."""
    doc = nlp(text)
    return [
        (c.cue, text[c.content.start : c.content.end]) for c in find_claims(doc, find_actors(doc))
    ]


def test_the_clause_before_a_colon_is_not_the_cues(nlp):
    text = "The port has seen this before: the rebels declared war on the capital."
    assert all(content != "The port has seen this before" for _, content in claims(nlp, text))


def test_a_fronted_content_with_a_comma_still_counts(nlp):
    assert ("said", "The pier will close") in claims(nlp, "The pier will close, the mayor said.")


def test_a_cue_that_times_the_main_clause_says_nothing_of_it(nlp):
    text = (
        "The depot is busy every night. When residents ask for help, too many of their calls "
        "are not getting through to the depot hotline (555-0100). The agency is not offering "
        "enough staff."
    )
    assert all(cue != "ask" for cue, _ in claims(nlp, text))


def test_a_timed_question_keeps_the_answer(nlp):
    text = "When asked about the delay, the mayor said the pier would open in May."
    assert ("said", "the pier would open in May") in claims(nlp, text)
