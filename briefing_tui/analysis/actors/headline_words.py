"""Common words that open a headline: capitalised only because the headline starts there.

A headline's first word takes a capital whatever it is, and the model often labels a
common noun or adjective there an organisation ("Software firm to cut jobs", "Chemical
spill closes river", "Runner-up rejects count"). The tagger reads it as a proper noun
too, so the tag does not show it. The article does: it writes the same word in lower case
in its body, or the word is the first piece of a hyphenated common word ("Runner-up"),
and it never writes the word with a capital except where a sentence or line opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.gender import first_names
from briefing_tui.analysis.doctext import doc_words, text_positions

if TYPE_CHECKING:
    from collections.abc import Set

    from spacy.tokens import Span, Token

#: The joiner of a hyphenated word, which the tokenizer splits ("Runner", "-", "up").
HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def headline_common_word(span: Span, headlines: Set[int], is_place: bool) -> bool:
    """Whether the one-word name ``span`` is a common word opening a headline (``headlines``
    holds the starts of the title-case lines); ``is_place`` is whether the gazetteer knows it."""
    if len(span) != 1 or is_place:
        return False
    word = span[0]
    if not word.is_title or not word.is_alpha or word.lower_ in first_names():
        return False
    if not _opens(word) or not _in_headline(word, headlines):
        return False
    doc = span.doc
    if not all(_opens(doc[i]) for i in text_positions(doc, word.text)):
        return False  # a capital inside a sentence too: a name
    return bool(text_positions(doc, word.lower_)) or _hyphen_piece(word)


def _opens(word: Token) -> bool:
    """Whether only punctuation comes before ``word`` in its sentence."""
    sent = word.sent
    return all(t.is_punct or t.is_space for t in sent[: word.i - sent.start])


def _in_headline(word: Token, headlines: Set[int]) -> bool:
    """Whether ``word`` is in a title-case line or the article's first line."""
    sent = word.sent
    if sent.start in headlines:
        return True
    breaks = doc_words(word.doc).breaks
    return not any(breaks[i] for i in range(0, sent.start) if not word.doc[i].is_space)


def _hyphen_piece(word: Token) -> bool:
    """The first piece of a hyphenated common word: "Runner" of "Runner-up"."""
    doc = word.doc
    if word.i + 2 >= len(doc) or word.whitespace_:
        return False
    joiner, rest = doc[word.i + 1], doc[word.i + 2]
    return joiner.text in HYPHENS and not joiner.whitespace_ and rest.is_lower
