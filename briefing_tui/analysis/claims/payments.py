"""Demands for money: "demanded payment of 40,000 euros", "is seeking damages".

A demand whose content is only a sum or a payment (``lexicon/claims/
payment_nouns.txt``, or a money amount) asks for something to be handed over; it
states no proposition and is not shown as a claim. A demand with a clause
("demanded that the firm pay the levy") or for an act ("demanded his
resignation") is left alone.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.claims.draft import VERBAL

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Dependencies of a noun the demand is for (its object, or a preposition's object).
_NOUN_DEPS = frozenset({"dobj", "pobj", "nsubjpass", "appos", "conj"})


@cache
def payment_nouns() -> frozenset[str]:
    """Nouns for money asked of someone (``lexicon/claims/payment_nouns.txt``)."""
    return data_files.words("claims/payment_nouns.txt")


def demands_money(content: Span) -> bool:
    """Whether a demand's content is a payment or a sum of money and nothing said."""
    inside = range(content.start, content.end)
    roots = [
        t
        for t in content
        if not (t.is_punct or t.is_space) and (t.head.i not in inside or t.head.i == t.i)
    ]
    if not roots or any(t.pos_ in VERBAL for t in content):
        return False
    nouns = [t for t in roots if t.pos_ in {"NOUN", "PROPN", "NUM", "SYM"}]
    return any(_is_money(t) for t in nouns)


def _is_money(noun: Token) -> bool:
    return noun.lemma_.lower() in payment_nouns() or noun.ent_type_ == "MONEY"
