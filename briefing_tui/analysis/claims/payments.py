"""Demands for money: "demanded payment of 40,000 euros", "wants the church to pay taxes".

A demand whose content is only a sum or a payment (``lexicon/claims/
payment_nouns.txt``, or a money amount), or someone else paying one ("demands
that the school pay its taxes", "wants the church to pay 2 million euros"), asks
for something to be handed over; it states no proposition and is not shown as a
claim. So is a request that someone else pay ("asked residents to pay their water
bills", "urged the firm to pay damages": ``asked_to_pay``). A demand for an act
("demanded his resignation") and a pledge to pay ("promised to pay the teachers
more": no other payer) are left alone.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.claims.draft import VERBAL

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Verbs of handing over money.
_PAYING = frozenset({"pay", "repay", "refund", "reimburse", "remit"})
#: What is owed, as the object of a paying verb only ("pay their bills", not "the bill").
_OWED = frozenset({"bill", "invoice", "debt", "dues", "loan", "cost", "expense"})


@cache
def payment_nouns() -> frozenset[str]:
    """Nouns for money asked of someone (``lexicon/claims/payment_nouns.txt``)."""
    return data_files.words("claims/payment_nouns.txt")


def demands_money(content: Span) -> bool:
    """Whether a demand's content is a payment or a sum of money, or someone paying one,
    and nothing said."""
    inside = range(content.start, content.end)
    roots = [
        t
        for t in content
        if not (t.is_punct or t.is_space) and (t.head.i not in inside or t.head.i == t.i)
    ]
    if not roots:
        return False
    if any(t.pos_ in VERBAL for t in roots):
        return any(_someone_pays(t, inside) for t in roots)
    nouns = [t for t in roots if t.pos_ in {"NOUN", "PROPN", "NUM", "SYM"}]
    return any(_is_money(t) for t in nouns)


def _someone_pays(verb: Token, inside: range) -> bool:
    """ "the school pay its taxes", "the church to pay 2 million euros": a payer named in
    the content and money as the object."""
    if verb.lemma_.lower() not in _PAYING:
        return False
    payer = any(c.dep_ == "nsubj" and c.i in inside for c in verb.children)
    return payer and _pays_money(verb)


def _pays_money(verb: Token) -> bool:
    """Whether a paying verb's object is money or something owed."""
    return any(
        c.dep_ == "dobj" and (_is_money(c) or c.lemma_.lower() in _OWED) for c in verb.children
    )


def asked_to_pay(verb: Token) -> bool:
    """ "asked residents to pay their water bills", "urged the firm to pay damages": a
    cue whose infinitive has someone else (its object) hand over money."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(
        c.dep_ in ("xcomp", "ccomp")
        and c.lemma_.lower() in _PAYING
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        and _pays_money(c)
        for c in verb.children
    )


def _is_money(noun: Token) -> bool:
    return noun.lemma_.lower() in payment_nouns() or noun.ent_type_ == "MONEY"
