"""Names of things that read like actors: ships, browsers, games, books, rites.

Plain text loses the italics that mark a title, and the small model labels
"the Seaspray" or "Lumen" a person or an organisation. What is left are the
words around the name: a thing noun it stands beside ("the cruise ship
Seaspray", "the Lumen browser", "the website Quillnet"), a vehicle's kind in
the name ("Space Shuttle Ardent"), a version number after it ("Lumen 9"), an
edition's year after it or "took place" ("Fan Fair 2016"), the verb or noun it
depends on ("released Lumen", "the recently released Lumen", "a version of
Lumen", "users of Lumen") and "aboard". The cues are data: ``lexicon/actors/thing_nouns.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.lexicon import lexicon, load_table, table_column
from briefing_tui.analysis.actors.teams import score_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Dependencies that put a name beside a noun: "the ship Seaspray", "the Seaspray, a ship".
BESIDE_DEPS = frozenset({"appos", "compound", "nmod"})
#: The longest number read as a version ("Lumen 9", "Lumen 10.2"), not a year or a count.
VERSION_DIGITS = 2


@dataclass(frozen=True, slots=True)
class ThingCues:
    """The words that show a name is a thing's."""

    nouns: frozenset[str]
    of_nouns: frozenset[str]
    verbs: frozenset[str]
    preps: frozenset[str]


@cache
def thing_cues() -> ThingCues:
    """Read ``lexicon/actors/thing_nouns.tsv`` once."""
    rows = load_table("thing_nouns.tsv")
    return ThingCues(
        table_column(rows, "noun"),
        table_column(rows, "of"),
        table_column(rows, "verb"),
        table_column(rows, "prep"),
    )


def is_thing_mention(span: Span, *, owner_possible: bool = False) -> bool:
    """Whether the words around this name show it names a thing, not an actor.

    With ``owner_possible`` (an organisation's name), a name before a thing noun is
    taken for the thing's owner ("the Harbour Police boat"), not the thing.
    """
    cues = thing_cues()
    root = span.root
    return (
        _version_after(span)
        or _vessel_in_name(span, cues.nouns)
        or _event(span)
        or any(c.dep_ == "amod" and c.lemma_.lower() in cues.verbs for c in root.children)
        or _role(root)
        or _compared_with_a_thing(root, cues.nouns)
        or _said_to_be_a_thing(root, cues.nouns)
        or _after_determined_thing_noun(span, cues.nouns)
        or _beside_thing_noun(root, span, cues.nouns, owner_possible)
        or (root.dep_ == "dobj" and root.head.lemma_.lower() in cues.verbs)
        or (root.dep_ == "pobj" and root.head.lower_ in cues.preps)
        or (
            root.dep_ == "pobj"
            and root.head.lower_ == "of"
            and root.head.head.lower_ in cues.of_nouns
        )
    )


def _version_after(span: Span) -> bool:
    """ "Lumen 9", "Lumen 10.2": a short number right after a name is its version
    (but not a score, "Eastvale 2 Northgate 1", nor a share of something: "gave the Civic
    League 31 of the 60 seats", "gave Acme 40 percent")."""
    doc = span.doc
    number = doc[span.end] if span.end < len(doc) else None  # "Studio 9" holds its number
    if number is None or not _version_number(number.text):
        return False
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if after is not None and after.lower_ in SHARE_WORDS:
        return False
    return after is None or not (after.pos_ == "PROPN" or after.text in ("-", "–", ":"))


#: Words after a number that make it a share of something, never a version ("31 of the
#: seats", "40 percent").
SHARE_WORDS = frozenset({"of", "percent", "%", "per"})


#: Vehicles whose kind is written inside their name ("Space Shuttle Ardent", "Ferry Lumen").
VESSEL_WORDS = frozenset(
    {"ship", "shuttle", "boat", "ferry", "submarine", "rocket", "spacecraft", "orbiter", "yacht"}
)
#: The first and last years read as an edition's after a name ("Fan Fair 2016").
YEARS = (1900, 2099)


def _vessel_in_name(span: Span, nouns: frozenset[str]) -> bool:
    """A vehicle's kind written in its name, before its own name: "Space Shuttle Ardent"
    (not a place or a body named after vehicles: "the Space and Rocket Center")."""
    lex = lexicon()
    heads = lex.venue_heads | lex.facility_heads | lex.org_heads
    if span[-1].lower_ in heads:
        return False
    return any(t.lower_ in VESSEL_WORDS and t.lower_ in nouns for t in span[:-1])


def _event(span: Span) -> bool:
    """An event: its edition's year right after the name ("Fan Fair 2016"), or the subject
    of "take place" ("the 22nd Fan Fair took place at the hall")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_digit and len(after.text) == 4:
        year = int(after.text)
        if YEARS[0] <= year <= YEARS[1] and after.ent_type_ == "DATE":
            return True
    root = span.root
    verb = root.head
    return (
        root.dep_ == "nsubj"
        and verb.lemma_.lower() == "take"
        and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    )


#: Verbs whose object after "the" is a role: "played the Joker" (not "played Arsenal").
ROLE_VERBS = frozenset({"play", "portray"})


def _role(root: Token) -> bool:
    """ "played the Joker": a role; "fans played Dune Raiders": a game, when no name plays
    it and the article gives no score (in a match report "they played Arsenal" names a
    team)."""
    if root.dep_ != "dobj" or root.head.lemma_.lower() not in ROLE_VERBS:
        return False
    if any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return True
    subjects = [c for c in root.head.children if c.dep_ == "nsubj"]
    named = any(s.pos_ == "PROPN" or s.ent_type_ for s in subjects)
    return bool(subjects) and not named and not score_tokens(root.doc)


#: Prepositions that rank a name among others: "the second browser after Lumen".
RANKING_PREPS = frozenset({"after", "behind", "than", "ahead"})


def _compared_with_a_thing(root: Token, nouns: frozenset[str]) -> bool:
    """A name ranked against a thing noun: "the second browser after Lumen"."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in RANKING_PREPS and _thing_noun(prep.head, nouns)


def _said_to_be_a_thing(root: Token, nouns: frozenset[str]) -> bool:
    """The subject of "is" and a thing noun: "Lumen is the second browser"."""
    verb = root.head
    return (
        root.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and any(c.dep_ == "attr" and _thing_noun(c, nouns) for c in verb.children)
    )


def _after_determined_thing_noun(span: Span, nouns: frozenset[str]) -> bool:
    """ "the villain Grimshaw", "her ship Seaspray": a determiner and a thing noun right
    before the name, whatever the parse made of them."""
    doc = span.doc
    start = span.start
    if start < 2:
        return False
    noun, determiner = doc[start - 1], doc[start - 2]
    return (
        noun.is_lower
        and noun.lemma_.lower() in nouns
        and determiner.pos_ in ("DET", "PRON")
        and determiner.is_lower
    )


def _version_number(text: str) -> bool:
    whole, _, fraction = text.partition(".")
    return whole.isdigit() and len(whole) <= VERSION_DIGITS and (not fraction or fraction.isdigit())


def _beside_thing_noun(
    root: Token, span: Span, nouns: frozenset[str], owner_possible: bool
) -> bool:
    """The name stands beside a thing noun: apposed to it, compounded with it, or its modifier."""
    head = root.head
    deps = BESIDE_DEPS - {"compound", "nmod"} if owner_possible else BESIDE_DEPS
    if root.dep_ in deps and head.i != root.i and _thing_noun(head, nouns):
        return True
    return any(
        child.dep_ in BESIDE_DEPS | {"amod"}  # "her novel Ember": "novel" read as an adjective
        and not (span.start <= child.i < span.end)
        and _thing_noun(child, nouns, adjective=child.dep_ == "amod")
        for child in root.children
    )


def _thing_noun(token: Token, nouns: frozenset[str], *, adjective: bool = False) -> bool:
    tags = ("NOUN", "ADJ") if adjective else ("NOUN",)
    return token.pos_ in tags and token.is_lower and token.lemma_.lower() in nouns
