"""The land a bare "the capital, Dunmere" belongs to, when the article says which.

"Tavrin, the Norvanian capital" and "its capital, Casmir" name their land (``acting_lands``);
"the capital, Dunmere" names none. The article still ties it when the same sentence names
one land only, and the capital is where something is, not where someone goes ("the
Norvanian president said in an address from the capital, Dunmere"; "Norvania's foreign
minister told reporters in the capital, Orsk"), or, failing that, when the dateline names
one land ("KORVIN, Norvania - ... the road to the capital, Tamsk"). Never a guess: two lands
in the sentence and none in the dateline tie nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.land_adjectives import adjectives_of, land_by_adjective
from briefing_tui.analysis.datelines import doc_datelines
from briefing_tui.analysis.doctext import char_span

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.drafts import Draft

#: Prepositions that say where something is or comes from, never where someone goes:
#: a visitor "flew to the capital", a minister speaks "in" or "from" his own.
STAY_PREPS = frozenset({"in", "from", "at", "inside", "outside", "near"})


def bare_capital(words: Sequence[Token]) -> bool:
    """Whether the words before an apposed "capital" are a bare "the" ("the capital,
    Dunmere"), not "the regional capital", "its capital" nor "the Norvanian capital"."""
    words = [w for w in words if not w.is_punct]
    return len(words) == 1 and words[0].lower_ == "the"


def land_of_bare_capital(
    token: Token, lands: Sequence[Draft], owns_state_body: Callable[[str], bool]
) -> Draft | None:
    """The land a bare "the capital, X" headed by ``token`` belongs to: the one land its
    sentence names (by name or its people's adjective) where the capital is a place of stay,
    else the one land the article's datelines name. ``owns_state_body`` tells whether the
    article writes a word as the owner of a state's body ("Ostrava's foreign minister")."""
    doc = token.doc
    states = [land for land in lands if _state_like(doc, land, owns_state_body)]
    dated = [land for land in lands if _dateline_land(doc, land)]
    sentence = token.sent
    if _stay(token):
        named = [
            land
            for land in states
            if _named_in(land, sentence.start_char, sentence.end_char)
            or _adjective_in(land, [t.text for t in sentence])
        ]
        if len(named) == 1:
            return named[0]
        if named:
            return None
    if len(dated) != 1 or any(land is not dated[0] for land in states):
        return None  # another land in the article: the dateline's may not be the capital's
    return dated[0]


def _state_like(doc: Doc, land: Draft, owns_state_body: Callable[[str], bool]) -> bool:
    """Whether a draft is a land: a country, one word its people's adjective is made from
    ("Pellan" beside "Pellanese officials") or the owner of a state's body."""
    if land.kind == "country":
        return True
    mention = next((m for m in land.mentions if m.kind == "name"), None)
    if mention is None or " " in mention.text:
        return False
    if owns_state_body(mention.text):
        return True
    span = char_span(doc, mention.start, mention.end)
    return span is not None and land_by_adjective(span)


def _dateline_land(doc: Doc, land: Draft) -> bool:
    """Whether ``land``'s one-word name is written after the comma of a dateline ("KORVIN,
    Estrelia -"): the land the town lies in, not the town before it nor the agency in
    brackets."""
    names = {m.text for m in land.mentions if m.kind == "name" and " " not in m.text}
    for start, end in doc_datelines(doc):
        span = char_span(doc, start, end)
        if span is None:
            continue
        for token in span:
            if token.text in names and token.i > 0 and doc[token.i - 1].text == ",":
                return True
    return False


def _stay(token: Token) -> bool:
    """Whether the capital (the name, or the "capital" noun it is apposed to) is the object
    of a preposition of stay ("in the capital, Orsk", "from the capital, Dunmere")."""
    for word in (token, token.head):
        if word.dep_ == "pobj":
            return word.head.lower_ in STAY_PREPS
    doc = token.doc
    before = [doc[i] for i in range(max(0, token.i - 4), token.i)]
    preps = [t for t in before if t.dep_ == "prep" or t.pos_ == "ADP"]
    return bool(preps) and preps[-1].lower_ in STAY_PREPS


def _named_in(land: Draft, start: int, end: int) -> bool:
    """Whether a name or metonym mention of ``land`` lies in ``[start, end)``."""
    return any(
        start <= m.start and m.end <= end for m in land.mentions if m.kind in ("name", "metonym")
    )


def _adjective_in(land: Draft, words: list[str]) -> bool:
    """Whether one of the words is the land's one-word name, however the model read it
    there ("Ostrava's foreign minister"), or the adjective of its people ("Pellanese")."""
    names = {m.text for m in land.mentions if m.kind == "name" and " " not in m.text}
    adjectives = {a for name in names for a in adjectives_of(name)}
    return any(word in adjectives or word in names for word in words)
