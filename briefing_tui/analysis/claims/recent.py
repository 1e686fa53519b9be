"""A bare "the company" as a speaker: the organisation that was just the subject.

"Acme Foods said it had not issued a recall. In a statement, the company said ...":
a definite description of a body ("the company", "the group", "the union", with
nothing but "the") that the actors analysis did not resolve names the organisation
that was the subject of the nearest sentence naming one, if that sentence names
exactly one organisation and the description's noun is not used there for something
else ("Acme sued the agency. The agency said": the agency, not Acme). Else nobody.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Protocol

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.claims.context import meaning_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: How many sentences before the speaker's own one may name the body.
LOOKBACK_SENTENCES = 2
#: Dependencies of a clause's subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_ORGANISATION = "organisation"
#: Nouns of a business: a body called one of them is no union, agency or ministry.
COMPANY_NOUNS = frozenset({"company", "firm", "corporation", "operator", "carrier"})


class Bodies(Protocol):
    """What this module needs of the claims' actor index."""

    def at(self, start: int, end: int, prefer: tuple[int, int] | None = None) -> str | None: ...

    def kind_of(self, actor_id: str) -> str | None: ...

    def named(self) -> list[tuple[str, str, str]]: ...


@cache
def _named_kinds() -> frozenset[str]:
    """Meanings of the body nouns a body's own name says (``claims/named_kind_nouns.txt``)."""
    return frozenset(meaning_of(w) for w in data_files.words("claims/named_kind_nouns.txt"))


def _name_says(body: str, meaning: str, index: Bodies) -> bool:
    """Whether the name of ``body`` holds a noun of ``meaning`` ("Ministry of Health")."""
    names = [name for actor, name, _kind in index.named() if actor == body]
    return any(meaning_of(w.strip(".,'’")) == meaning for n in names for w in n.lower().split())


@cache
def _body_meanings() -> frozenset[str]:
    """Meanings of the head nouns of organisation names (``lexicon/actors/org_heads.txt``)."""
    return frozenset(meaning_of(w) for w in data_files.words("actors/org_heads.txt"))


def recent_body(head: Token, index: Bodies) -> str | None:
    """The organisation a bare "the <body noun>" source names by being the subject just
    before, or None."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    if [c.lower_ for c in head.children if not c.is_punct] != ["the"]:
        return None  # "the other company", "a company", "its parent company"
    meaning = meaning_of(head.lemma_)
    if meaning not in _body_meanings():
        return None
    for sent in _window(head):
        end = head.i if sent.start <= head.i < sent.end else sent.end
        words = [t for t in sent.doc[sent.start : end]]
        if any(t.pos_ == "NOUN" and meaning_of(t.lemma_) == meaning for t in words):
            return None  # the noun stands for something written just before
        bodies = {a for t in words if (a := _body_of(t, index)) is not None}
        if not bodies:
            continue
        if len(bodies) != 1:
            return None
        body = next(iter(bodies))
        if any(_called_otherwise(t, body, meaning, index) for t in words):
            return None  # "... the company said. The union said": a company is no union
        if meaning in _named_kinds() and not _name_says(body, meaning, index):
            return None  # "the ministry" is no audit office: a ministry's name says so
        subjects = [t for t in words if _body_of(t, index) == body and _in_subject(t)]
        return body if subjects else None
    return None


def _window(head: Token) -> list[Span]:
    """The speaker's sentence up to the speaker, then the sentences before it, nearest first."""
    doc = head.doc
    sents = [head.sent]
    while len(sents) <= LOOKBACK_SENTENCES and sents[-1].start > 0:
        sents.append(doc[sents[-1].start - 1].sent)
    return sents


def _body_of(token: Token, index: Bodies) -> str | None:
    """The organisation a word names; a word of a longer name ("Port" in "Port Alder
    Owners Association") names the body the whole name does."""
    top = token
    while top.dep_ in {"compound", "flat"} and top.head.i != top.i:
        top = top.head
    for word in (top, token) if top is not token else (token,):
        actor = index.at(word.idx, word.idx + len(word))
        if actor is not None and index.kind_of(actor) == _ORGANISATION:
            return actor
    return None


def _called_otherwise(token: Token, body: str, meaning: str, index: Bodies) -> bool:
    """Whether the word is a body noun of the other side of business / not business that
    the article calls ``body`` by ("the company" for an organisation a later "the union"
    cannot be)."""
    other = meaning_of(token.lemma_) if token.pos_ == "NOUN" else None
    if other is None or other == meaning or other not in _body_meanings():
        return False
    companies = {meaning_of(w) for w in COMPANY_NOUNS}
    if (other in companies) == (meaning in companies):
        return False  # "the association" and "the union" may be one body
    return index.at(token.idx, token.idx + len(token)) == body


def _in_subject(token: Token) -> bool:
    """Whether the token is a clause's subject or a word of its name ("Acme Foods, based
    in Ohio, said": "Acme" is a compound of the subject "Foods")."""
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
        token = token.head
    return token.dep_ in _SUBJECT_DEPS
