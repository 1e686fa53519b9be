"""Whether a place acts in the article or only says where things happen.

A city, state, region, venue or street is named in most news articles to locate
events ("clashes in Aceh", "a rally at the stadium"). Such a place is kept as an
actor of kind "place", flagged ``located_only`` so the UI and the export list it
apart from the actors. A place acts when one of its mentions does what an actor
does:

| rule   | the mention is                | example                          |
|--------|-------------------------------|----------------------------------|
| speaks | the subject of a speech verb  | "Ostrava said it would appeal"   |
| acts   | the subject of any other verb | "Ostrava sued the ministry"      |
| agent  | the agent of a passive verb   | "the ban was lifted by Ostrava"  |

Vetoes (``place_use`` returns the name of the rule or veto that decided): "dateline",
a name in capitals that opens its line ("OSTRAVA, Czech Republic -"); "located verb",
the subject of a verb of being, lying, holding or undergoing ("Ostrava lies on the
river", "Ostrava hosted the fair": ``lexicon/actors/place_verbs.tsv``). A passive
subject ("Ostrava was flooded") and a place in a prepositional phrase ("in Ostrava")
never act. A place that is a claim's source acts too; the engine, which sees the
claims, clears the flag for it.

Verbs and dependency labels only: nothing here depends on words of particular articles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.lexicon import load_table, state_of_abbreviation, table_column
from briefing_tui.analysis.actors.spans import gazetteer_place, is_place_use

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.lexicon import Gazetteer, Lexicon

#: Dependencies of an active subject.
SUBJECT_DEPS = frozenset({"nsubj"})
#: The dependency of a passive verb's "by" phrase.
AGENT_DEP = "agent"
#: Parts of speech of a verb a subject can hang on (spaCy tags "is" as AUX).
VERB_POS = frozenset({"VERB", "AUX"})


@cache
def located_verbs() -> frozenset[str]:
    """Lemmas of the verbs whose subject a place can be without acting."""
    return table_column(load_table("place_verbs.tsv"), "located")


@dataclass(frozen=True, slots=True)
class PlaceUse:
    """What one mention of a place does: the rule that made it act, or the veto against."""

    acts: bool
    rule: str  # "speaks", "acts", "agent", "located verb" or "locates"


def _clause_role(token: Token) -> Token:
    """The token whose dependency says what a listed name does: "Ostrava and Brno sued"
    gives "Brno" the role of "Ostrava"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _speaks(token: Token, lex: Lexicon) -> bool:
    return token.dep_ in SUBJECT_DEPS and token.head.lemma_.lower() in lex.speech_verbs


def _acts(token: Token, lex: Lexicon) -> bool:
    head = token.head
    return (
        token.dep_ in SUBJECT_DEPS
        and head.pos_ in VERB_POS
        and head.lemma_.lower() not in located_verbs()
    )


def _agent(token: Token, lex: Lexicon) -> bool:
    return token.dep_ == "pobj" and token.head.dep_ == AGENT_DEP


def _located_verb(token: Token, lex: Lexicon) -> bool:
    return token.dep_ in SUBJECT_DEPS and token.head.lemma_.lower() in located_verbs()


#: Rules that make a place act, tried in order; then the veto that keeps it located only.
ACTING_RULES: tuple[tuple[str, Callable[[Token, Lexicon], bool]], ...] = (
    ("speaks", _speaks),
    ("acts", _acts),
    ("agent", _agent),
)


def _dateline(token: Token, lex: Lexicon) -> bool:
    """A name in capitals that opens its line: the dateline ("KESTREL BAY, Norway -")."""
    return _opens_line_in_capitals(token)


def _opens_line_in_capitals(token: Token) -> bool:
    doc = token.doc
    i = token.i
    if not token.is_upper:
        return False
    while i > 0 and doc[i - 1].is_upper and doc[i - 1].is_alpha:
        i -= 1
    return i == 0 or "\n" in doc[i - 1].text_with_ws


def _before_title_noun(token: Token, lex: Lexicon) -> bool:
    """A name right before a title's noun that the parse made its verb: a headline's
    "Corvale judge orders ..." is a judge of Corvale, not Corvale judging."""
    head = token.head
    return head.i == token.i + 1 and head.is_lower and head.lower_ in lex.title_words


VETOES: tuple[tuple[str, Callable[[Token, Lexicon], bool]], ...] = (
    ("dateline", _dateline),
    ("located verb", _located_verb),
    ("before a title noun", _before_title_noun),
)


def place_use(token: Token, lex: Lexicon) -> PlaceUse:
    """What the place mention headed by ``token`` does in its sentence."""
    role = _clause_role(token)
    for name, veto in VETOES:
        if veto(role, lex):
            return PlaceUse(False, name)
    for name, rule in ACTING_RULES:
        if rule(role, lex):
            return PlaceUse(True, name)
    return PlaceUse(False, "locates")


#: Words of natural features that also end towns' names ("Thunder Bay", "Niagara Falls",
#: "Kettle Ridge"): a name with one of them may be a town's, and a town's council acts.
TOWN_FORMING = frozenset(
    {"bay", "falls", "springs", "island", "islands", "gap", "hollow", "ridge", "cove", "inlet"}
    | {"canal", "basin", "valley", "hills", "peninsula"}
)


def natural_feature(names: Iterable[str], lex: Lexicon) -> bool:
    """Whether a place's name is a natural feature's or a waterworks' by its first or last
    word ("Lake Orla", "the Isel River", "Mount Brem", "Sarin Dam"): a lake or a river is
    the subject of verbs ("the lake supports 300 fishing families", "the Isel has shifted
    its course") but never acts, so such a place only locates unless it is a claim's source."""
    features = (lex.nature_heads - TOWN_FORMING) | NATURAL_OPENERS
    for name in names:
        words = [w.lower() for w in name.split() if w.lower() != "the"]
        if words and len(words) > 1 and (words[0] in features or words[-1] in features):
            return True
    return False


#: First words of natural features' names ("Lake Orla", "Mount Brem").
NATURAL_OPENERS = frozenset({"lake", "mount", "mt.", "river", "sea", "ocean"})


def located_only(doc: Doc, heads: Iterable[int], lex: Lexicon) -> bool:
    """Whether none of a place's mentions (by their head tokens) acts."""
    return not any(place_use(doc[i], lex).acts for i in heads if 0 <= i < len(doc))


#: Prepositions that only say where something is, comes from or goes: "applicants
#: from Eritrea", "fighting in Yemen", "flights to Greece".
WHERE_PREPS = frozenset(
    {"in", "from", "to", "into", "across", "within", "throughout", "at", "near", "inside"}
)


#: Words whose "for" names where something goes: "cargo bound for Eritrea".
DESTINATION_WORDS = frozenset({"bound", "headed", "destined"})
#: Compass words whose "of" names the place something lies from: "west of Asmara".
COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
#: Events a land holds, whose possessor or modifier it is without acting: "Eritrea's
#: presidential runoff", "the Eritrea referendum".
HELD_EVENTS = frozenset(
    {"election", "elections", "runoff", "referendum", "vote", "ballot", "census", "primary"}
)


#: Nouns of businesses and money that a land's name before them only qualifies with where they
#: are from: "the US dollar", "a Hong Kong company", "a US data software firm".
QUALIFIED_THINGS = frozenset(
    {
        "company",
        "firm",
        "business",
        "subsidiary",
        "startup",
        "start-up",
        "carrier",
        "lender",
        "insurer",
        "dollar",
        "currency",
        "bond",
        "stock",
        "share",
    }
)


def _qualified_thing(noun: Token) -> bool:
    """Whether a compound's head, through more lower-case common nouns compounded before it
    ("data software company"), is a business or money noun of ``QUALIFIED_THINGS``."""
    while noun.dep_ == "compound" and noun.is_lower and noun.pos_ == "NOUN":
        noun = noun.head
    return noun.pos_ == "NOUN" and noun.is_lower and noun.lemma_.lower() in QUALIFIED_THINGS


def _only_says_where(token: Token) -> bool:
    """A country's mention that only says where (``country_located_only``)."""
    head = token.head
    if token.dep_ == "pobj":
        if head.lower_ in WHERE_PREPS:
            return True  # "from Eritrea", "in Libya"
        if head.lower_ == "for" and head.head.lower_ in DESTINATION_WORDS:
            return True  # "bound for Eritrea"
        if head.lower_ == "of" and head.head.lower_ in COMPASS_WORDS:
            return True  # "west of Eritrea"
    if token.dep_ in ("poss", "compound") and head.lemma_.lower() in HELD_EVENTS:
        return True  # "Eritrea's presidential runoff"
    if token.dep_ == "compound" and _qualified_thing(head):
        return True  # "the US dollar", "a Hong Kong company": where the thing is from
    return _after_dateline(token)  # "ASMARA, Eritrea -"


def country_located_only(doc: Doc, heads: Iterable[int]) -> bool:
    """Whether every mention of a country only says where: the object of a place
    preposition each time ("from Eritrea", "in Libya", "bound for Eritrea", "west of
    Eritrea"), the land of a dateline or the holder of an election ("Eritrea's runoff"),
    never a subject, an object, another possessor or an adjective ("Eritrean officials").
    Such a country does not act."""
    tokens = [doc[i] for i in heads if 0 <= i < len(doc)]
    return bool(tokens) and all(
        _after_dateline(t) or _only_says_where(_clause_role(t)) for t in tokens
    )


#: More prepositions whose object is a place: "a road through Corvale", "off Corvale".
PATH_PREPS = frozenset(
    {
        "to",
        "from",
        "through",
        "toward",
        "towards",
        "along",
        "beyond",
        "off",
        "on",
        "over",
        "past",
        "beside",
        "behind",
        "below",
        "above",
        "under",
    }
)
#: Nouns a place name qualifies or is "of": "Corvale residents", "the island of Corvale".
PLACE_NOUNS = frozenset(
    {
        "resident",
        "area",
        "region",
        "district",
        "county",
        "city",
        "town",
        "village",
        "border",
        "island",
        "suburb",
        "country",
        "state",
        "province",
        "capital",
        "coast",
        "community",
        "municipality",
        "neighbourhood",
        "neighborhood",
    }
)
#: Words of geographic names ("Corvale Sea", "Mount Corvale", "the Channel").
GEOGRAPHIC_WORDS = frozenset(
    {
        "ocean",
        "sea",
        "island",
        "islands",
        "isles",
        "city",
        "river",
        "lake",
        "mountain",
        "mountains",
        "mount",
        "mt.",
        "bay",
        "gulf",
        "strait",
        "valley",
        "peninsula",
        "coast",
        "desert",
        "canal",
        "county",
        "province",
        "hills",
        "heights",
        "falls",
        "port",
        "fort",
        "channel",
        "sound",
    }
)


def place_evidence(token: Token, lex: Lexicon) -> bool:
    """Whether this mention is written as a place's: after a place preposition ("in",
    "through"), in an address, apposed, the subject of a verb of lying or hosting, before
    a place noun ("Corvale residents"), followed by "where", or a dateline in capitals."""
    role = _clause_role(token)
    head = role.head
    if (
        role.dep_ == "appos"
        and head.pos_ == "NOUN"
        and head.is_lower
        and not _place_noun(head, lex)
    ):
        return False  # "its account Quillnet": apposed to something that is no place
    if is_place_use(role, lex) or _located_verb(role, lex) or _dateline(token, lex):
        return True
    head = role.head
    if role.dep_ == "pobj" and (head.lower_ in WHERE_PREPS or head.lower_ in PATH_PREPS):
        return True
    if role.dep_ in ("compound", "nmod") and head.lemma_.lower() in PLACE_NOUNS:
        return True
    if role.dep_ == "pobj" and head.lower_ == "of" and _governed_area(head.head, lex):
        return True  # "the town of Corvale", "the council of Corvale", "University of Corvale"
    if _after_dateline(token):
        return True
    return any(
        child.dep_ == "relcl" and any(t.lower_ == "where" for t in child.children)
        for child in token.children
    )


def _after_dateline(token: Token) -> bool:
    """The name after a dateline's town and a comma: "Va." in "NEWPORT NEWS, Va. -"."""
    doc = token.doc
    i = token.left_edge.i if token.left_edge.i < token.i else token.i
    while i > 0 and doc[i - 1].ent_iob_ == "I" and doc[i].ent_iob_ == "I":
        i -= 1
    if i < 2 or doc[i - 1].text != ",":
        return False
    town = doc[i - 2]
    return town.is_alpha and _opens_line_in_capitals(town)


def _place_noun(token: Token, lex: Lexicon) -> bool:
    """A place's noun or name: "the town", "a city", a place the model labelled."""
    lemma = token.lemma_.lower()
    return (
        token.ent_type_ in ("GPE", "LOC", "FAC")
        or lemma in PLACE_NOUNS
        or lemma in lex.area_nouns
        or lemma in lex.venue_heads
    )


def _governed_area(noun: Token, lex: Lexicon) -> bool:
    """A noun whose "of" names an area: a town or area noun, or a body that governs or
    serves one ("the council of", "University of", "the Aviation Museum of")."""
    lemma = noun.lemma_.lower()
    return (
        lemma in PLACE_NOUNS
        or lemma in lex.area_nouns
        or lemma in lex.org_heads
        or lemma in lex.venue_heads
    )


def placeless(
    doc: Doc, heads: Iterable[int], names: Iterable[str], lex: Lexicon, gaz: Gazetteer
) -> bool:
    """Whether nothing shows that a "place" is one: no name of the gazetteer, no head word
    of a venue or an area, and no mention written as a place's ("the stoning of Satan",
    "shipped with Windows XP", "Digimon's heroes"). Such a name is not shown at all."""
    lex_heads = lex.venue_heads | lex.area_nouns | lex.nature_heads | GEOGRAPHIC_WORDS
    for name in names:
        words = [w.lower() for w in name.split()]
        if gazetteer_place(name, gaz):
            return False
        if any(word in lex_heads for word in words):
            return False  # "Corvale Sea", "Mount Corvale", "Museum of Corvale", "the Channel"
    return not any(
        place_evidence(doc[i], lex) or _before_state(doc[i], gaz)
        for i in heads
        if 0 <= i < len(doc)
    )


def _before_state(token: Token, gaz: Gazetteer) -> bool:
    """A name followed by a comma and a US state ("Burlington, Vt.", "Burlington,
    Vermont"): a town in that state."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != ",":
        return False
    state = doc[token.i + 2]
    forms = (state.text, state.text + ".")  # its full stop may be cut as a sentence's
    return any(state_of_abbreviation(f, after_comma=True) for f in forms) or gaz.is_region(
        state.text
    )
