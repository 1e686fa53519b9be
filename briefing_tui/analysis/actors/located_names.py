"""Names the article uses only to say where things are: places, not organisations or people.

A name the model read as an organisation or a person ("homes on the Tidemoor", "the Orsk
weir", "a port at Kelby") that never speaks, holds no title nor gender, that no one speaks
for, and that the article writes every time either after a preposition of place that hangs
on an event or a thing ("digging in the Orsk Hills", "sites on the Tidemoor"), or as the
modifier of a noun for a site or a work ("Kelby camp", "the Orsk weir"), is a place. A
preposition that hangs on a noun for a person or a job ("a director at Kelby", "shares in
Kelby") says where someone works or owns, not where something is: no evidence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.kinds import person_cues
from briefing_tui.analysis.actors.lexicon import gazetteer
from briefing_tui.analysis.actors.spans import gazetteer_place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.drafts import Draft
    from briefing_tui.analysis.actors.lexicon import Lexicon

#: Prepositions of place beside the lexicon's (``place_words.tsv``): "on the Tidemoor",
#: "off the Orsk coast".
ON_PREPS = frozenset({"on", "off"})
#: Nouns for a site or a work a place's name modifies ("Kelby camp", "the Orsk weir"),
#: beside the lexicon's venue, town and nature heads.
SITE_NOUNS = frozenset(
    {"camp", "site", "sites", "port", "waterfront", "weir", "terminal", "district", "quarter"}
    | {"estate", "mine", "coast", "shore", "beach", "area", "region", "village", "town"}
)
#: Words whose "in", "at" or "on" names a business one works in or owns, not a place.
STAKE_WORDS = frozenset(
    {"work", "job", "stake", "share", "invest", "investment", "role", "post", "seat"}
    | {"trade", "buy", "sell", "hold", "participate", "employ", "serve"}
)
#: Words of a body's or a title's name beside the lexicon's organisation heads ("the
#: Federal Court of Canada", "a Bachelor of Arts"): no place, wherever written.
INSTITUTION_WORDS = frozenset(
    {"of", "exchange", "bachelor", "master", "degree", "college", "university", "school"}
    | {"institute", "academy", "club", "church", "team", "band"}
)
#: Words whose "in" names a paper, a programme or a text, not a place ("ran in the X").
PRINT_WORDS = frozenset(
    {"run", "read", "publish", "write", "appear", "print", "report", "say", "tell", "quote"}
    | {"article", "report", "interview", "column", "editorial", "story", "letter", "piece"}
)
#: Dependencies of a name that modifies a noun.
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


def retype_located_names(doc: Doc, drafts: list[Draft], lex: Lexicon) -> None:
    """Make a place of each "organisation" or "person" the article only writes as where
    something is (see the module), in place."""
    spoken_for = {i for d in drafts for i in d.affiliations}
    sites = SITE_NOUNS | lex.venue_heads | lex.town_heads | lex.nature_heads
    for draft in drafts:
        if draft.kind not in ("organisation", "person") or draft.speeches or draft.title:
            continue
        if draft.gender or not draft.mentions or any(m.kind == "pronoun" for m in draft.mentions):
            continue  # a place is never "she" or "we"; a description ("the port's extension")
        named = [h for h, m in zip(draft.heads, draft.mentions, strict=True) if m.kind == "name"]
        words = {w.lower() for w in draft.name.split()}
        bodies = lex.org_heads | lex.media_heads | INSTITUTION_WORDS
        if words & bodies or gazetteer_place(draft.name, gazetteer()):
            continue  # "the Ministry of Health", "the Stock Exchange": a body, wherever written
        heads = [doc[h] for h in named if 0 <= h < len(doc)]
        if not heads or len(heads) != len(named) or any(t.i in spoken_for for t in heads):
            continue
        if all(_use(token, lex, sites) for token in heads):
            draft.kind = "place"


def _use(token: Token, lex: Lexicon, sites: frozenset[str]) -> str | None:
    """How a name's head says where something is: "prep" after a preposition of place on
    an event or a thing, "site" as the modifier of a site's noun or of "based"; None
    otherwise."""
    if token.dep_ == "pobj" and token.head.lower_ in lex.place_preps | ON_PREPS:
        owner = token.head.head
        lemma = owner.lemma_.lower()
        if owner.i == token.head.i or lemma in STAKE_WORDS | PRINT_WORDS:
            return None  # "shares in Kelby", "wrote in the Kelby Sun"
        if lemma in person_cues().nouns or lemma in lex.title_words:
            return None  # "a director at Kelby": where someone works
        return "prep" if owner.pos_ in ("VERB", "NOUN", "AUX") else None
    if token.dep_ in MODIFIER_DEPS and token.head.lemma_.lower() in sites:
        return "site"
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.dep_ == "compound" and after.lemma_.lower() in sites:
        return "site"  # "the Kelby port contract"
    if token.head.lower_ == "based" and token.dep_ in ("npadvmod", "compound"):
        return "site"  # "a Kelby-based supplier"
    return None
