"""A cue joined by "and" to a reported clause: "X said Y was ... and urged ..." may be X's
act or Y's; no speaker is guessed. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def sources(nlp, text: str) -> list[tuple[str | None, str]]:
    """(source text, content text) of each claim, in order."""
    doc = nlp(text)
    found = find_claims(doc, find_actors(doc))
    return [(c.source_text, text[c.content.start : c.content.end]) for c in found]


def test_a_second_act_after_a_reported_clause_is_not_given_to_its_subject(nlp):
    text = "Hale said that Ruiz was a fraud and urged voters to look at her record."
    assert [source for source, _ in sources(nlp, text)] == ["Hale"]


def test_a_reported_clause_about_the_reporter_keeps_the_second_act(nlp):
    text = "Hale said he was ill and called it a common cold."
    assert [source for source, _ in sources(nlp, text)] == ["Hale", "he"]


def test_a_participle_after_a_relative_clause_is_not_the_relative_nouns(nlp):
    text = (
        "Hale was defensive when asked about a builder who said he was never paid "
        'after he finished a house for Hale, saying, "Maybe he did a poor job."'
    )
    found = sources(nlp, text)
    assert [content for source, content in found if source == "a builder who"] == [
        "he was never paid after he finished a house for Hale"
    ]


def test_a_participle_after_a_main_clause_keeps_its_subject(nlp):
    text = 'The mayor, who was in Oslo, replied on Monday, saying, "We will not close it."'
    assert sources(nlp, text)[-1][0] == "The mayor"  # the side clause is not the speaker
