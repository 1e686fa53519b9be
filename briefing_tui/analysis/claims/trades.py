"""A bare "the company" or "the union" as a speaker: the one such body named before it.

"Nordvik Freight's chief executive, Ann Lee, ... The company said talks had failed":
a description that is only "the" and a noun naming a class of body
(``lexicon/claims/trade_bodies.tsv``: a company is a business, a union a labour body)
names the one organisation the article has named before it and shown to be of that
class: by a word of its name ("Harbor Workers' Alliance", "Nordvik Freight Lines"),
by a title held in it ("Nordvik's chief executive"), or because the actors analysis
already read a description of that noun as it. Two such bodies, or one introduced
with the noun and no name ("a shipping firm"), and the speaker stays unnamed.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Protocol

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.doctext import doc_words, word_index

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.model import Actor

_ORGANISATION = "organisation"
#: Determiners that introduce a body with no name ("a firm", "another company").
_INDEFINITE = frozenset({"a", "an", "another", "one"})
#: The dependency of a complement of "be" ("This is a club").
_PREDICATE = "attr"
_OF = "of"
#: Dependencies by which a title names the body it is held in ("Acme's", "of Acme").
_OWNER_DEPS = frozenset({"poss", "pobj"})


class Bodies(Protocol):
    """What this module needs of the claims' actor index."""

    def at(self, start: int, end: int, prefer: tuple[int, int] | None = None) -> str | None: ...

    def kind_of(self, actor_id: str) -> str | None: ...

    def organisations(self) -> list[Actor]: ...


@cache
def _table() -> dict[str, dict[str, str]]:
    """what ("noun", "name", "head", "title") -> words -> class (``claims/trade_bodies.tsv``)."""
    table: dict[str, dict[str, str]] = {"noun": {}, "name": {}, "head": {}, "title": {}}
    for what, words, cls in data_files.rows("claims/trade_bodies.tsv"):
        table[what][words] = cls
    return table


@cache
def _trade_endings() -> frozenset[str]:
    """Last words of a business's name (``actors/business_heads.txt``, ``sector_words.txt``)."""
    return data_files.words("actors/business_heads.txt") | data_files.words(
        "actors/sector_words.txt"
    )


def sole_trade_body(head: Token, index: Bodies) -> str | None:
    """The organisation a bare "the company" or "the union" source names, or None."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    if [c.lower_ for c in head.children if not c.is_punct] != ["the"]:
        return None  # "the other company", "a company", "its parent company"
    cls = _table()["noun"].get(head.lemma_.lower())
    if cls is None:
        return None
    titled = _titled_bodies(head.doc, index, cls)
    found = [
        actor
        for actor in index.organisations()
        if any(m.start < head.idx for m in actor.mentions)
        and (actor.id in titled or _shows_class(actor, head.lemma_.lower(), cls))
    ]
    found = [a for a in found if not any(_fragment_of(a, other) for other in found)]
    if len(found) != 1:
        return None
    actor = found[0]
    first = min(m.start for m in actor.mentions)
    if _introduced_unnamed(head, first):
        return None
    return actor.id


def _fragment_of(actor: Actor, other: Actor) -> bool:
    """Whether every mention of ``actor`` lies inside one of ``other`` ("Port Workers" in
    "the Port Workers' Alliance"): a piece of the other's name, not a second body."""
    if actor.id == other.id:
        return False
    return all(
        any(o.start <= m.start and m.end <= o.end for o in other.mentions) for m in actor.mentions
    )


def _shows_class(actor: Actor, noun: str, cls: str) -> bool:
    """Whether the actor's names or its descriptions show it to be of the class: a word
    of its name ("Harbor Workers' Alliance"), its name's last word ("Nordic Airways"),
    or a description by a noun of the class ("the national carrier" for "the airline")."""
    names = [m.text.lower() for m in actor.mentions if m.kind != "pronoun"] + [actor.name.lower()]
    name_words, heads = _table()["name"], _table()["head"]
    for name in names:
        words = [w.strip(",.'’") for w in name.split()]
        if any(name_words.get(w) == cls for w in words):
            return True
        if len(words) > 1 and heads.get(words[-1]) == cls:
            return True
        if cls == "business" and len(words) > 1 and words[-1] in _trade_endings():
            return True
    nouns = {noun} | {w for w, c in _table()["noun"].items() if c == cls}
    return any(
        m.kind == "description" and m.text.lower().rstrip("s").endswith(tuple(nouns))
        for m in actor.mentions
    )


def _titled_bodies(doc: Doc, index: Bodies, cls: str) -> frozenset[str]:
    """Organisations a title of the class is held in: "Acme's chief executive", "the
    founder of Acme"."""
    words = doc_words(doc)
    found = set()
    for title, title_cls in _table()["title"].items():
        if title_cls != cls:
            continue
        parts = title.split()
        for i in word_index(doc, "lemmas").get(parts[-1], ()):
            if tuple(words.lowers[i - len(parts) + 1 : i + 1]) != tuple(parts):
                continue
            noun = doc[i]
            owners = [c for c in noun.children if c.dep_ == "poss"]
            owners += [
                o
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for o in c.children
                if o.dep_ in _OWNER_DEPS
            ]
            for owner in owners:
                actor = index.at(owner.idx, owner.idx + len(owner))
                if actor is not None and index.kind_of(actor) == _ORGANISATION:
                    found.add(actor)
    return frozenset(found)


def _introduced_unnamed(head: Token, since: int) -> bool:
    """Whether a body of the description's noun was introduced with no name ("a shipping
    firm") between the organisation's first mention and the description."""
    words = doc_words(head.doc)
    lemma = head.lemma_.lower()
    doc = head.doc
    for i in word_index(doc, "lemmas").get(lemma, ()):
        if i >= head.i:
            break
        if words.idxs[i] < since or words.pos[i] != "NOUN":
            continue
        if _said_of_any(doc[i]):
            continue  # "This is a club ...", "25 percent of a club": no body introduced
        if any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in doc[i].children):
            return True
    return False


def _said_of_any(noun: Token) -> bool:
    """Whether an indefinite noun predicates or generalises rather than introduces a body:
    a complement of "be" ("This is a club at the heart of the city") or the object of an
    "of" ("a stake in more than 25 percent of a club")."""
    if noun.dep_ == _PREDICATE:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == _OF
