"""Speakers shown speaking: "the clip shows X saying ..." is X's claim, not the clip's.
Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def claims(nlp, text: str) -> list[tuple[str | None, str]]:
    """(source text, content text) of each claim, in order."""
    doc = nlp(text)
    found = find_claims(doc, find_actors(doc))
    return [(c.source_text, text[c.content.start : c.content.end]) for c in found]


def test_a_clip_showing_someone_speaking_is_their_claim(nlp):
    text = "The clip shows Tom Wade saying that the tax would be cut."
    assert claims(nlp, text) == [("Tom Wade", "the tax would be cut")]


def test_someone_heard_warning_is_the_speaker(nlp):
    text = "Neighbours heard the mayor warning that the bridge would close."
    assert claims(nlp, text) == [("the mayor", "the bridge would close")]


def test_a_relayed_statement_keeps_its_reporter(nlp):
    text = "Officials said Wade told them the tax would be cut."
    assert claims(nlp, text)[0][0] == "Officials"


def test_a_gerund_inside_a_quote_leaves_the_quote_to_its_speaker(nlp):
    text = '"We\'re talking about a vote that could be very close," said Dan Moss, an editor.'
    assert claims(nlp, text) == [
        ("Dan Moss, an editor", '"We\'re talking about a vote that could be very close,"')
    ]


def test_someone_talking_about_a_title_is_not_a_claim_of_theirs(nlp):
    text = 'Aides recalled Mr. Hale talking about "The Long Road," a novel he liked.'
    assert [source for source, _ in claims(nlp, text)] == ["Aides"]


def test_a_clip_of_someone_saying_is_their_claim_not_the_makers(nlp):
    text = "The campaign released a clip of Tom Wade saying that the tax would be cut."
    assert claims(nlp, text) == [("Tom Wade", "the tax would be cut")]


def test_a_participle_after_a_comma_stays_the_subjects(nlp):
    text = "The union thanked Mayor Ruiz, saying the deal was fair."
    assert claims(nlp, text) == [("The union", "the deal was fair")]


def test_an_object_left_feeling_is_who_feels_it(nlp):
    text = "The end of the war also left many small states feeling that they faced no danger."
    assert claims(nlp, text) == [("many small states", "they faced no danger")]


def test_time_spent_saying_is_not_a_speaker(nlp):
    text = "She spent hours saying that the plan would fail."
    assert claims(nlp, text) == [("She", "the plan would fail")]


def test_someone_dared_to_say_something_did_not_say_it(nlp):
    assert claims(nlp, "Hale dared him to say that the council had no right to it.") == []
    text = "The mayor was in effect daring him to say that the council had no right to it."
    assert claims(nlp, text) == []
