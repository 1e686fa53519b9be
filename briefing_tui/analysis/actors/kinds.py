"""Evidence that a name the model called an organisation or a place is a person's.

The model's label is a first guess; the sentence around a name often says more.
A person is apposed to or introduced by a person noun ("Jo Pike, a lawyer",
"designer Jo Pike"), given an age ("Jo Pike, 45,"), possesses kin ("Jo Pike's
wife"), thinks or feels ("Jo Pike believes") or is listed among people. An
organisation or a place shows itself by a head word ("Pike Foundation") or
"the" before its name. The cue words are data: ``lexicon/actors/person_cues.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.gender import first_names
from briefing_tui.analysis.actors.lexicon import load_table, table_column

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from briefing_tui.analysis.actors.lexicon import Gazetteer, Lexicon

#: Dependencies that put a noun beside a name: "Jo Pike, a lawyer", "designer Jo Pike".
BESIDE_DEPS = frozenset({"appos", "compound"})
#: The oldest age read in "Jo Pike, 45,".
OLDEST = 120
#: How many other people a list must name before its unlabelled item is taken for one.
LIST_OTHERS = 2
#: Prepositions between a person noun and the organisation it works for.
EMPLOYER_PREPS = frozenset({"for", "at", "with"})
POSSESSIVE = frozenset({"'s", "’s"})
#: Endings of nouns for people by what they do ("photographer", "novelist", "musician").
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "eur")


@dataclass(frozen=True, slots=True)
class PersonCues:
    """Nouns, kin words and verbs of the mind that go with people."""

    nouns: frozenset[str]
    kin: frozenset[str]
    mind: frozenset[str]


@cache
def person_cues() -> PersonCues:
    """Read ``lexicon/actors/person_cues.tsv`` once."""
    rows = load_table("person_cues.tsv")
    return PersonCues(
        table_column(rows, "noun"), table_column(rows, "kin"), table_column(rows, "mind")
    )


def person_evidence(span: Span) -> list[str]:
    """The cues around this name that only a person's name has (empty when there are none)."""
    cues = person_cues()
    root = span.root
    found = []
    if _beside_person_noun(root, span, cues.nouns):
        found.append("person noun")
    if _age_after(span):
        found.append("age")
    if _possesses_kin(span, cues.kin):
        found.append("kin")
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in cues.mind:
        found.append("mind")
    if _listed_with_people(root):
        found.append("listed with people")
    if _who_clause(root):
        found.append("who")
    return found


def _who_clause(root: Token) -> bool:
    """A name a "who" clause describes ("Marla, who founded the firm"): only people are "who"
    ("whose" is an organisation's too)."""
    return any(
        child.dep_ == "relcl"
        and any(t.lower_ in ("who", "whom") and t.i < child.i for t in child.children)
        for child in root.children
    )


@cache
def org_cues() -> tuple[frozenset[str], frozenset[str]]:
    """Read ``lexicon/actors/org_cues.tsv`` once: (nouns made "by" an organisation, nouns
    apposed to an organisation's name)."""
    rows = load_table("org_cues.tsv")
    return table_column(rows, "by"), table_column(rows, "noun")


def organisation_cue(span: Span) -> str | None:
    """The cue around this name that only an organisation's name has: the maker of a poll
    ("a poll by Norstat"), or a name apposed to an organisation noun ("Acme, the firm", "the
    group Acme")."""
    made_by, nouns = org_cues()
    root = span.root
    head = root.head
    if (
        root.dep_ == "pobj"
        and head.lower_ in ("by", "from", "of")
        and head.head.lemma_.lower() in made_by
    ):
        return "maker"
    # "the leader of a small party, Jo Pike": the name is the leader's, not the party's
    apposed = [head] if root.dep_ == "appos" and not leader_of_body(span) else []
    apposed += [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    # "the group Civic Passion": an organisation noun compounded before the name
    apposed += [c for c in root.children if c.dep_ == "compound" and c.i < span.start]
    if any(
        t.pos_ == "NOUN" and t.is_lower and t.lemma_.lower() in nouns and not _expert(t)
        for t in apposed
    ):
        return "organisation noun"
    if _listed_after_plural(span, nouns) or _apposed_after_comma(span, nouns):
        return "organisation noun"
    return None


#: Prepositions after an apposed noun that make it a person's field ("an authority on birds").
FIELD_PREPS = frozenset({"on"})


def _expert(noun: Token) -> bool:
    """Whether the apposed noun names a person's field, not a body: "Xu Wen, a leading
    authority on bird migration" (a noun with "on" after it)."""
    return any(c.dep_ == "prep" and c.lower_ in FIELD_PREPS for c in noun.children)


@cache
def trade_nouns() -> frozenset[str]:
    """Nouns of ``org_cues.tsv`` that name a person's trade as well as a firm's ("either")."""
    return table_column(load_table("org_cues.tsv"), "either")


def first_name_person(span: Span, label: str) -> bool:
    """A name the model labelled a person's, written as a first name of the name list and a
    surname that is none ("Gordon Tesk"), beside a noun of a trade a person may have: the
    noun ("the contractor, Gordon Tesk") then says what the person does, not that the name
    is an organisation's ("two companies, Velox and Marta Quill" stays one)."""
    root = span.root
    beside = [root.head] if root.dep_ == "appos" else []
    beside += [c for c in root.children if c.dep_ in ("appos", "compound") and c.i < span.start]
    beside += [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if not any(t.is_lower and t.lemma_.lower() in trade_nouns() for t in beside):
        return False
    words = [t for t in span if t.is_alpha]
    names = first_names()
    return (
        label == "PERSON"
        and len(words) == 2 == len(span)
        and all(t.is_title for t in words)
        and words[0].lower_ in names
        and words[1].lower_ not in names
    )


def _listed_after_plural(span: Span, nouns: frozenset[str]) -> bool:
    """A name in a list written right after a plural organisation noun and a comma: "two
    companies, Swiftly and Roam" (the parse often misses the apposition)."""
    doc = span.doc
    start = span.start
    while start >= 2 and (
        doc[start - 1].lower_ in ("and", "or", ",") and doc[start - 2].pos_ == "PROPN"
    ):
        start -= 2  # back over "Swiftly and" to the list's first name
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start].pos_ == "PROPN":
            start -= 1
    if start < 2 or doc[start - 1].text != ",":
        return False
    noun = doc[start - 2]
    return noun.tag_ == "NNS" and noun.is_lower and noun.lemma_.lower() in nouns


def _apposed_after_comma(span: Span, nouns: frozenset[str]) -> bool:
    """A name with no first name written between commas right after a singular organisation
    noun that a determiner or owner makes a description: "the group's freight subsidiary,
    Tallis Freight, fell" (the parse often hangs the name elsewhere); never the name of a
    body's head ("the leader of the union, Jo Pike") nor of an expert."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "," or span[0].lower_ in first_names():
        return False
    if span.end < len(doc) and not doc[span.end].is_punct:
        return False
    noun = doc[span.start - 2]
    return (
        noun.tag_ == "NN"
        and noun.is_lower
        and noun.lemma_.lower() in nouns
        and any(c.dep_ in ("det", "poss") for c in noun.children)
        and not _expert(noun)
        and not _head_of_body(noun, person_cues().nouns)
    )


def example_of(span: Span) -> Token | None:
    """The common noun a name is given as an example of: "gods" in "the gods, such as Zeus,
    Hera and Athena", "companies" in "companies like Acme", "drugs" in "drugs including
    Zentravex" (None when it is not one)."""
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("as", "like", "including"):
        return None
    if prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.children):
        return None
    noun = prep.head
    return noun if noun.pos_ == "NOUN" and noun.is_lower else None


def person_or_org_noun(token: Token, lex: Lexicon) -> bool:
    """A common noun for people or organisations: "leaders", "firms", "parties"."""
    lemma = token.lemma_.lower()
    return (
        lemma.endswith(AGENT_SUFFIXES)  # "photographers", "novelists", "musicians"
        or lemma in person_cues().nouns
        or lemma in org_cues()[1]
        or lemma in lex.org_heads
        or lemma in lex.title_words
        or lemma in lex.government_nouns
        or lemma in lex.descriptions
    )


def organisation_evidence(span: Span, lex: Lexicon) -> bool:
    """A head word of organisations, places or media, or "the" before the name."""
    heads = lex.org_heads | lex.facility_heads | lex.media_heads | lex.not_heads
    if any(t.lower_ in heads for t in span):
        return True
    before = span.start - 1
    return before >= 0 and span.doc[before].lower_ == "the"


def _beside_person_noun(root: Token, span: Span, nouns: frozenset[str]) -> bool:
    head = root.head
    if root.dep_ == "appos" and _person_noun(head, nouns):
        return True  # "their child, Jo"
    if leader_of_body(span):
        return True  # "the head of a party, Jo Pike,": the model hangs the name on "party"
    return any(
        child.dep_ in BESIDE_DEPS
        and not (span.start <= child.i < span.end)
        and _person_noun(child, nouns)
        for child in root.children
    )


def leader_of_body(span: Span) -> bool:
    """A name apposed to the body a person noun heads ("the leader of a small party, Jo
    Pike"): the parse hangs it on the body, but it may be the leader's name."""
    root = span.root
    return root.dep_ == "appos" and _head_of_body(root.head, person_cues().nouns)


def _head_of_body(body: Token, nouns: frozenset[str]) -> bool:
    """A body that is the object of "of" (or of a preposition of an employer) after a person
    noun, with nothing but commas between it and the name apposed to it: "the leader of a
    small party, Jo Pike", "a spokesman for the council, Rhys Ap Gwynn"."""
    prep = body.head
    return (
        body.dep_ == "pobj"
        and (prep.lower_ == "of" or prep.lower_ in EMPLOYER_PREPS)
        and prep.dep_ == "prep"
        and _person_noun(prep.head, nouns)
    )


def _person_noun(token: Token, nouns: frozenset[str]) -> bool:
    return token.pos_ == "NOUN" and token.is_lower and token.lemma_.lower() in nouns


def _age_after(span: Span) -> bool:
    """ "Jo Pike, 45, said": a number between commas right after the name."""
    doc = span.doc
    end = span.end
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text != ",":
        return False
    age = doc[end + 1].text
    return age.isdigit() and 0 < int(age) <= OLDEST


def _possesses_kin(span: Span, kin: frozenset[str]) -> bool:
    doc = span.doc
    end = span.end
    if end >= len(doc) or doc[end].text not in POSSESSIVE or span.root.dep_ != "poss":
        return False
    owned = span.root.head
    return owned.is_lower and owned.lemma_.lower() in kin


def employer_position(span: Span, lex: Lexicon) -> bool:
    """The name a person noun or title speaks for: "a spokesman for Acme", "director at Acme"."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in EMPLOYER_PREPS:
        return False
    noun = root.head.head
    lemma = noun.lemma_.lower()
    return noun.is_lower and (lemma in person_cues().nouns or lemma in lex.title_words)


def _listed_with_people(root: Token) -> bool:
    """One of a list of three or more whose other items the model labelled people (a pair
    often joins a person and an organisation: "help from Acme and Jo Pike")."""
    others = [t for t in root.conjuncts if t.ent_type_]
    return len(others) >= LIST_OTHERS and all(t.ent_type_ == "PERSON" for t in others)


def _names_a_thing(span: Span, lex: Lexicon) -> bool:
    """The name modifies a common noun that is no organisation's: "the Jo Pike print"."""
    root = span.root
    head = root.head
    lemma = head.lemma_.lower()
    return (
        root.dep_ == "compound"
        and head.i >= span.end
        and head.pos_ == "NOUN"
        and head.is_lower
        and lemma not in org_cues()[1]
        and lemma not in lex.org_heads
    )


def first_and_last_name(
    span: Span, lex: Lexicon, gaz: Gazetteer, employers: frozenset[str] = frozenset()
) -> bool:
    """Two capitalised words, a first name of the name list and a word that is not one, with
    no organisation's head word, no determiner before and no cue of an organisation: "Dean
    Kamen" labelled an organisation (not "Morgan Stanley", "the Dean Group", an employer);
    a hyphenated surname is one word ("Nadia Ruiz-Carver")."""
    words = [t for t in span if t.is_alpha]
    doc = span.doc
    if _hyphenated_surname(span):
        words = [span[0], span[1], span[3]]  # both parts of the surname are checked below
    elif len(words) != 2 or len(span) != 2:
        return False
    if not all(t.is_title for t in words):
        return False
    if span.start > 0 and doc[span.start - 1].pos_ == "DET" and not _names_a_thing(span, lex):
        return False  # "the Dean Group"; but "the Annie Oakley print" is named after her
    names = first_names()
    heads = lex.org_heads | lex.media_heads | lex.facility_heads | lex.not_heads
    return (
        words[0].lower_ in names
        and all(t.lower_ not in names for t in words[1:])
        and not any(t.lower_ in heads for t in words)
        and not any(gaz.country_of_name(t.text) or gaz.is_region(t.text) for t in words[1:])
        and span.text not in employers
        and organisation_cue(span) is None
    )


def _hyphenated_surname(span: Span) -> bool:
    """A first name and a surname of two parts joined by a hyphen: "Nadia Ruiz-Carver"."""
    return (
        len(span) == 4
        and span[2].text == "-"
        and not span[1].whitespace_
        and not span[2].whitespace_
        and span[0].is_alpha
        and span[1].is_alpha
        and span[3].is_alpha
    )


def affiliation(span: Span) -> bool:
    """The name a named person is "of": "Piet Marsh of the Liberal Democrats", "Lam
    Wai-ting of Civic Ember" (a hyphenated name's lower-case tail)."""
    root = span.root
    head = root.head
    owner = head.head
    hyphen_tail = owner.i > 0 and owner.doc[owner.i - 1].text == "-"
    return (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and owner.ent_type_ == "PERSON"
        and owner.pos_ == "PROPN"
        and (not owner.is_lower or hyphen_tail)
    )


#: Prefixes glued by a hyphen to a name to make an adjective or a compound word
#: ("pro-Beijing", "anti-Kremlin", "Counter-Strike").
PREFIXES = frozenset(
    {"pro", "anti", "non", "counter", "neo", "post", "pre", "ex", "pan", "mid", "semi", "trans"}
)


def glued_to_participle(span: Span) -> bool:
    """A name glued by a hyphen to a lower-case word after it, the two one adjective:
    "Harvard-trained", "Kremlin-backed", "Ohio-based" (a description of something else)."""
    doc = span.doc
    end = span.end
    if end + 1 >= len(doc) or doc[end].text != "-":
        return False
    hyphen, word = doc[end], doc[end + 1]
    return (
        not doc[end - 1].whitespace_
        and not hyphen.whitespace_
        and word.is_alpha
        and word.is_lower
        and word.pos_ in ("VERB", "ADJ")
    )


def glued_to_prefix(span: Span) -> bool:
    """A name that is part of a hyphenated word: glued to a prefix or to a word before it
    ("pro-Beijing", "Counter-Strike"), or one word after a prefix ("Pro-Beijing")."""
    doc = span.doc
    start = span.start
    if start >= 2 and doc[start - 1].text == "-":
        before = doc[start - 2]
        glued = not before.whitespace_ and not doc[start - 1].whitespace_
        if glued and before.is_alpha and (before.is_lower or before.lower_ in PREFIXES):
            return True
    return (
        len(span) == 3
        and span[0].lower_ in PREFIXES
        and span[1].text == "-"
        and not span[0].whitespace_
        and not span[1].whitespace_
    )
