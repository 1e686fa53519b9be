"""Bodies a bare description names by its kind: the one country, the one company.

"The government said ...": a bare "the government" is the one country the article
names, and a government below a country ("the regional government") never speaks for
it. "The Danish company said ...": a description whose only modifiers are nationality
adjectives is the one organisation the actors analysis found as a bare "the company"
elsewhere in the article. Only when exactly one actor fits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from briefing_tui.analysis.claims.context import meaning_of

if TYPE_CHECKING:
    from spacy.tokens import Token


class Bodies(Protocol):
    """What this module needs of the claims' actor index."""

    def kind_of(self, actor_id: str) -> str | None: ...

    def named(self) -> list[tuple[str, str, str]]: ...

    def descriptions(self) -> list[tuple[int, int, str]]: ...


#: Nouns that, bare after "the", stand for the government of a country.
_GOVERNMENT_NOUNS = frozenset({"government"})


def sole_country(head: Token, index: Bodies) -> str | None:
    """ "The government said ...": the one country the article names, when the noun has
    nothing but "the" (no "state", "Ohio", "local" nor "of ..." to say whose)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _GOVERNMENT_NOUNS:
        return None
    if [c.lower_ for c in head.children] != ["the"] or head.tag_ != "NN":
        return None
    countries = {actor for actor, _name, kind in index.named() if kind == "country"}
    return next(iter(countries)) if len(countries) == 1 else None


def national_body(head: Token, index: Bodies) -> str | None:
    """ "The Danish company said": the one organisation the actors analysis found as
    "the company" (a description of the same meaning with no modifier) elsewhere in the
    article, when the description's only modifiers are nationality adjectives."""
    mods = [c for c in head.children if c.dep_ not in ("det", "punct")]
    if head.pos_ != "NOUN" or not mods or [c.lower_ for c in head.children][:1] != ["the"]:
        return None
    if any(c.dep_ != "amod" or c.ent_type_ != "NORP" for c in mods):
        return None
    meaning = meaning_of(head.lemma_)
    doc = head.doc
    found = set()
    for start, end, actor in index.descriptions():
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.root.i == head.i or meaning_of(span.root.lemma_) != meaning:
            continue
        if len(span) == 2 and span[0].lower_ == "the":
            found.add(actor)
    if len(found) != 1:
        return None
    actor = next(iter(found))
    return actor if index.kind_of(actor) == "organisation" else None


#: Modifiers that make a government one below the country's ("the regional government").
_BELOW_COUNTRY = frozenset(
    {"regional", "local", "state", "provincial", "municipal", "city", "county", "town"}
)


def below_country(head: Token) -> bool:
    """Whether a government noun is one below a country ("the regional government",
    "the state government"): it never speaks for the country."""
    return head.lemma_.lower() in _GOVERNMENT_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _BELOW_COUNTRY for c in head.children
    )
