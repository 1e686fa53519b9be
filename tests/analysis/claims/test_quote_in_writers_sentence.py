"""A quote inside the writer's sentence in the next paragraph is not the previous
speaker going on (issue 16, item 6), unless that sentence's subject is the speaker.
Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def speakers_by_content(nlp, text: str) -> dict[str, str | None]:
    """Content text -> source text of each claim."""
    doc = nlp(text)
    actors = find_actors(doc)
    return {
        text[c.content.start : c.content.end].strip("“”\"'"): c.source_text
        for c in find_claims(doc, actors)
    }


def test_a_quote_in_the_writers_sentence_does_not_take_the_last_speaker(nlp):
    text = (
        "A special meeting would take three weeks to convene, Tom Hale said.\n\n"
        "Though members may usually send proxies, it is banned when voting "
        "\u201cto fill a vacancy on the national ticket and the board,\u201d per the "
        "party's rules."
    )
    found = speakers_by_content(nlp, text)
    quoted = [k for k in found if k.startswith("to fill a vacancy")]
    assert all(found[k] is None for k in quoted)


def test_a_quote_in_a_sentence_whose_subject_is_the_speaker_keeps_the_speaker(nlp):
    text = (
        "Hale said the mayor had misled the voters for years.\n\n"
        "In recent weeks, Hale has gone after the mayor as a \u201cfraud who will sell "
        "the city\u201d and worse."
    )
    found = speakers_by_content(nlp, text)
    assert found.get("fraud who will sell the city") == "Hale"
