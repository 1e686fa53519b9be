"""Lands the model took for people: a one-word name the article also writes as the
adjective of its people ("Norvania" beside "Norvanian officials", "Taldor" beside "the
Taldorian navy"), which a person's name never has."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.gender import first_names
from briefing_tui.analysis.doctext import text_positions

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Endings that make a land's name into the adjective of its people ("-ian", "-ese").
ADJECTIVE_ENDINGS = ("n", "an", "ian", "i", "ese", "ish", "ean")
#: Final letters a name drops before such an ending ("Kostmara" -> "Kostmaran").
DROPPED_FINALS = ("a", "e", "y", "o")
#: The shortest name read this way: short words make adjectives by chance.
SHORTEST = 4


def adjectives_of(name: str) -> frozenset[str]:
    """The adjectives a land called ``name`` may have ("Belmora" -> "Belmoran", ...)."""
    stems = {name}
    if name[-1].lower() in DROPPED_FINALS:
        stems.add(name[:-1])
    return frozenset(stem + ending for stem in stems for ending in ADJECTIVE_ENDINGS)


def land_by_adjective(span: Span) -> bool:
    """Whether a one-word capitalised name that is no first name is written elsewhere in its
    article as an adjective of its people: a capitalised word made from it with a people's
    ending that modifies a noun or that the model labels a nationality ("Norvanian
    officials", "the Norvanian capital", a headline's "Norvanian central bank")."""
    if len(span) != 1 or not span[0].is_alpha or not span[0].is_title:
        return False
    name = span[0].text
    if len(name) < SHORTEST or name.lower() in first_names():
        return False
    doc = span.doc
    return any(
        token.ent_type_ == "NORP" or token.dep_ in ("amod", "compound", "nmod")
        for adjective in sorted(adjectives_of(name))
        for token in (doc[i] for i in text_positions(doc, adjective))
    )


def _lands_of(adjective: str) -> set[str]:
    """The names whose ``adjectives_of`` hold ``adjective`` ("Belmoran" -> "Belmor",
    "Belmora", ...): its stem before each ending it has, with or without a dropped final."""
    lands: set[str] = set()
    for ending in ADJECTIVE_ENDINGS:
        if adjective.endswith(ending) and len(adjective) > len(ending):
            stem = adjective[: -len(ending)]
            lands.add(stem)
            lands.update(stem + final for final in DROPPED_FINALS)
    return lands


def adjective_of_land(span: Span) -> bool:
    """Whether a one-word name is the adjective of a land the article names, set before a
    noun ("the Norvanian capital", "Norvanian officials" beside "Norvania"): no actor of
    its own, nor a mention of the land."""
    if len(span) != 1 or not span[0].is_alpha or not span[0].is_title:
        return False
    word = span[0]
    if word.dep_ not in ("amod", "compound") or word.head.i <= word.i:
        return False
    return any(
        land != word.text
        and land.istitle()
        and len(land) >= SHORTEST
        and bool(text_positions(span.doc, land))
        for land in _lands_of(word.text)
    )
