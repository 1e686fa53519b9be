"""A person by the title set beside the name: "the party's parliamentary leader, Nico
Varga", "the special envoy for the region, Ines Holt". The model labels such a name an
organisation or a place now and then; a title noun in apposition is a person's, and an
organisation or a place is never introduced that way.

Veto "organisation word": a name holding an organisation's or a medium's head word
("the leader, Forward Party") is not a person's, whatever stands beside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from briefing_tui.analysis.actors.lexicon import Lexicon

#: How many capitalised words a person's name set beside a title has.
NAME_WORDS = range(2, 4)


def _title_noun(token: Token, lex: Lexicon) -> bool:
    return token.pos_ == "NOUN" and token.is_lower and token.lemma_.lower() in lex.title_words


def apposed_to_title(span: Span, lex: Lexicon) -> bool:
    """Whether ``span`` (two or three capitalised words) is set beside a title noun: in
    apposition to it, or to the object of its preposition ("the envoy for the region,
    Ines Holt", which the parse hangs on "region")."""
    words = [t for t in span if t.is_alpha]
    if len(words) not in NAME_WORDS or not all(t.is_title for t in words):
        return False
    heads = lex.org_heads | lex.media_heads | lex.facility_heads
    if any(t.lower_ in heads for t in words):
        return False  # veto "organisation word"
    root = span.root
    if root.dep_ != "appos":
        return False
    noun = root.head
    if _title_noun(noun, lex):
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and _title_noun(prep.head, lex)
