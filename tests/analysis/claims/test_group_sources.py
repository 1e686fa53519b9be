"""A claim has one speaker: two people named together give none, and a place named only in
a clause on the source's noun does not speak. Every text is invented."""

from __future__ import annotations

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article


def _speakers(nlp, text: str) -> list[str | None]:
    briefing = analyze_doc(nlp(text), Article(text=text))
    names = {a.id: a.name for a in briefing.actors}
    return [names.get(c.source) if c.source else None for c in briefing.claims]


def test_two_people_apposed_to_the_source_give_no_speaker(nlp) -> None:
    text = "Two council members, Ann Lin and Omar Hadi, said they would vote against the plan."
    assert _speakers(nlp, text) == [None]


def test_two_people_joined_by_and_give_no_speaker(nlp) -> None:
    text = "Ann Lin and Omar Hadi said they would vote against the plan."
    assert _speakers(nlp, text) == [None]


def test_a_place_in_a_clause_on_the_source_does_not_speak(nlp) -> None:
    text = "Truck drivers waiting on the Kazakh side said they had been turned back."
    assert _speakers(nlp, text) == [None]


def test_a_countrys_officials_still_speak_for_it(nlp) -> None:
    # a guard: "Kazakh officials" are the country's, by the actors' convention
    assert _speakers(nlp, "Kazakh officials said the border was shut.") == ["Kazakhstan"]


def test_a_source_with_no_letters_makes_no_claim(nlp) -> None:
    text = "Consumer group Which? said customers had paid for the project and deserved refunds."
    briefing = analyze_doc(nlp(text), Article(text=text))
    assert all(any(ch.isalpha() for ch in c.source_text or "x") for c in briefing.claims)


def test_two_speakers_keep_their_joined_words_without_an_actor(nlp) -> None:
    # issue 16: the contract's source_span holds "A and B" while source stays null
    text = "The union and the company said they had reached no agreement."
    briefing = analyze_doc(nlp(text), Article(text=text))
    claim = briefing.claims[0]
    assert claim.source is None
    assert claim.source_span is not None
    assert text[claim.source_span.start : claim.source_span.end] == "The union and the company"
