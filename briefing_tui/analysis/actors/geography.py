"""Names that the words around them show to be places the gazetteer does not know: a
natural feature by its head word ("Sapphire Creek", "the Orla Reservoir"), a town written
before its US state ("Pine Ridge, Tenn.") or listed with one ("Orla and Pine Ridge, Tenn."),
towns listed after "the villages of", a name apposed to "the capital" or "the port town"
("the Norvanian capital, Lemberk"), the town a person noun is "in" ("a nurse in Orla"), and
a region or an island by its noun ("the northern province of Orla Verde", "off the island
of Brem", "Brem, the largest of the islands")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.apposed_titles import apposed_to_title
from briefing_tui.analysis.actors.gender import first_names
from briefing_tui.analysis.actors.kinds import person_cues, person_evidence
from briefing_tui.analysis.actors.lexicon import state_of_abbreviation
from briefing_tui.analysis.actors.spans import gazetteer_place
from briefing_tui.analysis.actors.titles import title_before

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.analysis.actors.facts import ArticleFacts

#: Nouns before "of" and the names of towns ("the villages of Orla and Brem", "the port of
#: Varsund").
SETTLEMENT_NOUNS = frozenset(
    {"town", "city", "village", "hamlet", "settlement", "suburb", "port", "harbour", "harbor"}
)


def unknown_place(facts: ArticleFacts, span: Span, label: str) -> bool:
    """Whether a name the gazetteer does not know is a place by the words around it; never a
    name with a title before it, nor a "person" opening with a first name."""
    gaz, text = facts.gaz, span.text
    if gazetteer_place(text, gaz) or gaz.country_of_adjective(text) or gaz.seat_country(text):
        return False
    if label == "PERSON" and span[0].lower_ in first_names():
        return False
    if title_before(facts.doc, span.start, facts.lex, facts.gaz) is not None:
        return False
    if len(span) > 1 and span[0].is_title and span[0].lower_ in facts.lex.titles:
        return False  # "Superintendent Elena Marsh": the model took the title into the name
    if apposed_to_title(span, facts.lex):
        return False  # "the special envoy for the region, Ines Holt": a person
    if len(span) > 1 and span[0].lower_ in first_names() and "person noun" in person_evidence(span):
        return False  # "Helena Fenn, chair of the parents' council, said": a person
    return (
        natural_feature(facts, span)
        or town_before_state(facts, span)
        or listed_settlement(span.root)
        or apposed_settlement(span)
        or (len(span) == 1 and any(_state_after(facts, t.i + 1) for t in span.root.conjuncts))
        or (label == "ORG" and home_of_person_noun(span))
        or written_as_region(span.root)
    )


def natural_feature(facts: ArticleFacts, span: Span) -> bool:
    """A name of several words whose last, capitalised, is a natural feature's or a
    waterworks' head word ("Sapphire Creek", "Orla Reservoir", "Dunmore Gap")."""
    last = span[-1]
    return len(span) >= 2 and last.is_title and last.lower_ in facts.lex.nature_heads


def town_before_state(facts: ArticleFacts, span: Span) -> bool:
    """A name followed by a comma and a US state, by name or abbreviation ("Pine Ridge,
    Tenn.", "Millbrook, New Jersey"): a town in that state."""
    return _state_after(facts, span.end)


def _state_after(facts: ArticleFacts, at: int) -> bool:
    """Whether a comma and a US state, by name or abbreviation, stand at token ``at``."""
    doc = facts.doc
    if at + 1 >= len(doc) or doc[at].text != ",":
        return False
    state = doc[at + 1]
    forms = (state.text, state.text + ".")  # its full stop may be cut as a sentence's
    if any(state_of_abbreviation(form, after_comma=True) for form in forms):
        return True
    pair = doc[at + 1 : at + 3].text
    if facts.gaz.is_region(state.text):
        return not _owner_at(doc, at + 2)
    return at + 2 < len(doc) and facts.gaz.is_region(pair) and not _owner_at(doc, at + 3)


def _owner_at(doc: Doc, at: int) -> bool:
    """Whether a possessive ending stands at token ``at``: the state before it owns what
    follows ("Ann Lee, Western Australia's ports minister"), it is no address."""
    return at < len(doc) and doc[at].text in ("'s", "’s", "'", "’")


def listed_settlement(root: Token) -> bool:
    """A name after "the villages of" or "the town of", or listed after one that is
    ("the villages of Orla and Brem")."""
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ != "of" or prep.i == first.i:
        return False
    noun = prep.head
    return noun.is_lower and noun.lemma_.lower() in SETTLEMENT_NOUNS


#: Nouns a town's name is set beside ("the capital, Lemberk", "Lemberk, a port city,").
APPOSED_TOWN_NOUNS = SETTLEMENT_NOUNS | {"capital"}


def apposed_settlement(span: Span) -> bool:
    """A name of one to four words set beside a noun for a town, either way round: "the
    Norvanian capital, Lemberk", "Lemberk, a port city,", "Vall de Orla, a town"."""
    root = span.root
    if len(span) > 1 and not (len(span) <= 4 and span[0].is_title and span[-1].is_title):
        return False  # "Vall de Seníes, a town of 3,000 people": a name of a few words too
    nouns = [root.head] if root.dep_ == "appos" else []
    nouns += [child for child in root.children if child.dep_ == "appos"]
    return any(
        noun.pos_ == "NOUN" and noun.is_lower and noun.lemma_.lower() in APPOSED_TOWN_NOUNS
        for noun in nouns
    )


def home_of_person_noun(span: Span) -> bool:
    """One word after "in" or "from" that hangs on a noun for a person ("a teacher in Orla",
    "a farmer from Brem"): where the person lives, not an organisation."""
    root = span.root
    prep = root.head
    if len(span) != 1 or root.dep_ != "pobj" or prep.lower_ not in ("in", "from"):
        return False
    noun = prep.head
    return noun.pos_ == "NOUN" and noun.is_lower and noun.lemma_.lower() in person_cues().nouns


#: Nouns of lands within or beside a country, before "of" or beside a name ("the province of
#: Orla Verde", "the island of Brem", "Brem, the largest of the four islands").
REGION_NOUNS = frozenset(
    {
        "island",
        "isle",
        "islet",
        "atoll",
        "province",
        "county",
        "region",
        "district",
        "prefecture",
        "canton",
        "territory",
        "municipality",
    }
)


def _region_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.is_lower and token.lemma_.lower() in REGION_NOUNS


def written_as_region(root: Token) -> bool:
    """A name written as a region's or an island's: after "the <noun> of" ("the northern
    province of Orla Verde", "off the island of Brem") or set beside the noun ("Brem, an
    island", "Brem, the largest of the four islands")."""
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "of" and prep.i != root.i and _region_noun(prep.head):
        return True
    beside = [root.head] if root.dep_ == "appos" else []
    beside += [child for child in root.children if child.dep_ == "appos"]
    for word in beside:
        if _region_noun(word):
            return True
        of_objects = [
            obj
            for prep in word.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        if word.tag_ == "JJS" and any(_region_noun(obj) for obj in of_objects):
            return True  # "the largest of the islands"
    return False
