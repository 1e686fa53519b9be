"""One rule tells whether words are part of a longer capitalised name, for a repeated
office ("Greek court") and for a place or person named inside a name alike."""

from __future__ import annotations

from briefing_tui.analysis.actors.spans import continues_name


def _at(text: str, words: str) -> bool:
    start = text.index(words)
    return continues_name(text, start, start + len(words))


def test_a_capital_joined_after_the_words_continues_a_name():
    assert _at("He flew to the Gold Coast on Monday.", "Gold")
    assert _at("The Tarvik-Orla ferry sank.", "Tarvik")


def test_a_word_ending_in_a_capital_before_the_words_continues_a_name():
    assert _at("The US Navy said so.", "Navy")


def test_words_between_lower_case_words_are_a_name_of_their_own():
    assert not _at("A ruling by the Greek court was due.", "Greek court")
