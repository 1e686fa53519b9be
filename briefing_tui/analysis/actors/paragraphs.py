"""Paragraphs of a parsed article: which paragraph holds each token.

A quotation's speaker is looked for around it only within its own paragraph
(the next paragraph's "The agency said" never speaks the words before it);
a quotation that makes a paragraph of its own goes on from the one before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_words

if TYPE_CHECKING:
    from spacy.tokens import Doc


def paragraph_of_tokens(doc: Doc) -> list[int]:
    """The paragraph index of each token: a line break (or a run of them) starts the next."""
    found: list[int] = []
    paragraph, pending = 0, False
    words = doc_words(doc)  # the tokens' strings, not a Token built for each
    for text, has_break in zip(words.texts, words.breaks, strict=True):
        if "\n" in text:
            pending = True  # a whitespace token holding the break
        elif pending:
            paragraph += 1
            pending = False
        found.append(paragraph)
        if has_break:  # in the token or in its trailing whitespace
            pending = True
    return found
