"""Whose voice a spokesperson, an office or a campaign is: the actor it speaks for.

"A spokesman for the president said", "Lund's office denied", "the Lund campaign
said", "A Norvia Airlines spokesperson in Tarsk said": a noun that only ever speaks for
someone else (``lexicon/claims/voice_nouns.txt``) speaks for the actor written as its
owner: its possessor, a name before it, or the object of its "for" or "of". A person
may own one too (a senator's spokesman speaks for the senator, as her lawyer does not).
A place named elsewhere in the phrase ("in Tarsk") is only where the voice spoke. When
the owner is written but is no actor the article lists ("a foreign ministry spokesperson",
"a spokesperson for the port authority"), the voice speaks for nobody the pane can name;
a bare noun before it ("a council spokesperson") is the one actor the article writes as
"the council", or else the one organisation whose name holds the noun ("a ministry
spokesperson" beside "the Ministry of Mines").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Protocol

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.syntax import owner_words

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Prepositions whose object owns a voice: "a spokesman for the ministry", "the office of".
_OWNER_PREPS = frozenset({"for", "of"})
#: A bare owner before a voice: a common noun ("council") or a body's short name
#: ("Commission"), written alone.
_BARE_OWNERS = frozenset({"NOUN", "PROPN"})
#: Adjectives of the document itself that a parse may hang on the owner before it ("an
#: internal ministry document": the document is internal, not the ministry).
_DOCUMENT_ADJECTIVES = frozenset(
    {"internal", "confidential", "leaked", "secret", "classified", "unpublished"}
)
#: Kinds of actor a voice can speak for.
_OWNER_KINDS = frozenset({"person", "organisation", "country", "group"})

ActorLookup = Callable[["Token"], "str | None"]


class Kinds(Protocol):
    """What this module needs of the claims' actor index."""

    def kind_of(self, actor_id: str) -> str | None: ...

    def described_as(self, noun: str) -> str | None: ...

    def named_with(self, noun: str) -> str | None: ...


@cache
def voice_nouns() -> frozenset[str]:
    """Nouns that speak for an owner (``lexicon/claims/voice_nouns.txt``)."""
    return data_files.words("claims/voice_nouns.txt")


def is_voice(head: Token) -> bool:
    """Whether a source's head is a voice noun with its owner written ("a spokesman for
    the president"); a bare "a spokesman" names no owner, and one with a name beside it
    ("a spokeswoman for Acme, Ann Hale,") is that person."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in voice_nouns():
        return False
    if any(c.dep_ == "appos" for c in head.children) or head.dep_ == "appos":
        return False
    if names_after_owner(head):
        return False
    return bool(owner_words(head, _OWNER_PREPS))


def names_after_owner(head: Token) -> list[Token]:
    """People's names that follow a noun's owner ("a spokesman for the president, Piet
    Lund,"): the parse hangs them on the owner, but they name the noun."""
    return [
        name
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in _OWNER_PREPS
        for owner in prep.children
        if owner.dep_ == "pobj"
        for name in owner.children
        if name.dep_ == "appos" and name.ent_type_ == "PERSON"
    ]


def voiced_actor(head: Token, actor_of: ActorLookup, index: Kinds) -> str | None:
    """The one actor a voice noun speaks for (see the module), or None."""
    owners = {
        actor_of(word) or described_owner(word, index) for word in owner_words(head, _OWNER_PREPS)
    }
    if None in owners:
        return None  # "a foreign ministry spokesman": a body the article does not list
    owners = {o for o in owners if o is not None and index.kind_of(o) in _OWNER_KINDS}
    return next(iter(owners)) if len(owners) == 1 else None


def described_owner(word: Token, index: Kinds) -> str | None:
    """The body a bare noun before a voice or a document stands for ("a council
    spokesperson", "a Commission spokesperson", "a ministry document"): the one actor the
    article writes as "the council", "the Commission", else the one organisation whose
    name holds the noun ("the Ministry of Mines", "the transport ministry")."""
    if word.pos_ not in _BARE_OWNERS or word.dep_ != "compound":
        return None
    if any(c.dep_ != "amod" or c.lower_ not in _DOCUMENT_ADJECTIVES for c in word.children):
        return None  # "a foreign ministry document": not the one ministry named
    found = index.described_as(word.lemma_)
    if found is None and word.pos_ == "NOUN":
        found = index.named_with(word.lemma_)
    return found
