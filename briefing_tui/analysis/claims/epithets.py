"""A description as a speaker: the one person the article names with the same words.

"Republican nominee Tom Baxter ... The Republican nominee said", "Former Secretary of
State Ellen Pratt ... the former secretary of state said", "Sen. Jane Roe (D-Ore.) ...
The Oregon senator said": a definite description (``the`` + modifiers + a noun) names
the person whose name the article writes with that noun (before the name, as an
apposition, or as the abbreviation of a title: ``lexicon/claims/title_words.tsv``) and
with every modifier, a modifier also matching the state and party of a legislator's
party-and-state tag ("(D-Ore.)", ``lexicon/shared/us_states.tsv``) or an "of" phrase
after the name ("Rep. Jane Roe of Oregon"). Only when exactly one person fits, and no
one else was introduced with that noun ("a senator"), is the description that person.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING, Protocol

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.claims.context import UNIT_NOUNS, meaning_of
from briefing_tui.analysis.doctext import doc_text, doc_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.model import Actor

#: Determiners of a description that points back to someone named.
_DEFINITE = frozenset({"the", "this", "that"})
#: Determiners that introduce someone new ("a senator said").
_INDEFINITE = frozenset({"a", "an", "another", "one"})
#: Dependencies of the words that describe a noun before it.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
#: A party-and-state tag right after a name: "(D-Ore.)", ", R-S.C.,".
_PARTY_TAG = re.compile(r"\s*[(,]\s*([A-Z])\s*[-\u2013]\s*([A-Z][A-Za-z. ]{0,18}?)\s*[),]")
#: Modifiers that set a description's time: a "former governor" is not the governor.
_TIME_WORDS = frozenset({"former", "ex", "then", "late", "outgoing", "incoming", "future"})
#: Party adjectives: a description with one never names a person of another.
_PARTIES = frozenset({"democratic", "republican", "independent", "libertarian"})
#: Kinds of actors a body's description can name by the last word of their name.
_BODY_KINDS = frozenset({"place", "organisation"})
#: How far after a name its party-and-state tag may start, in characters.
_TAG_REACH = 40


class People(Protocol):
    """What this module needs of the claims' actor index."""

    def people(self) -> list[Actor]: ...

    def named(self) -> list[tuple[str, str, str]]: ...


@cache
def _title_words() -> dict[str, str]:
    """Written form -> the word a description uses (``lexicon/claims/title_words.tsv``)."""
    return {row[0].lower(): row[1].lower() for row in data_files.rows("claims/title_words.tsv")}


def _word(text: str) -> str:
    word = text.lower()
    return meaning_of(_title_words().get(word, word))


def _words(tokens: list[Token]) -> set[str]:
    found = set()
    for t in tokens:
        if t.is_punct or t.pos_ in ("DET", "ADP"):
            continue
        found.add(_word(t.text))
        found.add(_word(t.lemma_))
    return found


def is_party_member(head: Token) -> bool:
    """Whether a word names one member of a party ("the Wyoming Republican"), not the
    party or its members ("the Democrats")."""
    singular = head.tag_ in ("NN", "NNP") and not head.text.endswith("s")
    return singular and _word(head.lemma_) in _PARTIES


def description_words(head: Token) -> tuple[str, set[str]] | None:
    """(the noun, its modifiers) of a definite description, or None for other phrases."""
    if not (head.pos_ == "NOUN" or is_party_member(head)) or not any(
        c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children
    ):
        return None
    before = [
        w for c in head.children if c.dep_ in _MODIFIER_DEPS and c.i < head.i for w in c.subtree
    ]
    return _word(head.lemma_), _words(before) | _after_words(head)


def _after_words(head: Token, deps: tuple[str, ...] = ("prep", "acl", "relcl")) -> set[str]:
    """The words of the phrases after a description's noun ("for the fire department")."""
    return _words([w for c in head.children if c.dep_ in deps and c.i > head.i for w in c.subtree])


def _linked_after_words(head: Token) -> set[str]:
    """The words of the phrases after a description the actors analysis linked to a
    person, less an "of" phrase on a definite common noun that names nobody ("the leader
    of the junior coalition partner": a description of the body the person leads, which
    the article need not write with the name)."""
    kept = [
        w
        for c in head.children
        if c.dep_ == "prep" and c.i > head.i and not _describes_a_body(c)
        for w in c.subtree
    ]
    return _words(kept)


def _describes_a_body(prep: Token) -> bool:
    """ "of the junior coalition partner": "of" + a definite common noun, no name in it."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    if prep.lower_ != "of" or len(objects) != 1 or objects[0].pos_ != "NOUN":
        return False
    obj = objects[0]
    definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in obj.children)
    return definite and not any(w.pos_ == "PROPN" or w.ent_type_ for w in obj.subtree)


def _name_root(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _tag_words(text: str, end: int) -> set[str]:
    """The party and state of a party-and-state tag written right after a name."""
    found = _PARTY_TAG.match(text, end, min(len(text), end + _TAG_REACH))
    if found is None:
        return set()
    party = _title_words().get(found.group(1).lower())
    state = data_files.us_state_names().get(found.group(2).strip().lower())
    if state is None:
        return set()
    return {w for w in (party, *state.split()) if w}


def person_words(doc: Doc, person: Actor) -> tuple[set[str], set[str]]:
    """(title nouns, all words) the article writes with a person's name.

    The title nouns are the nouns that describe the name itself: a title or noun right
    before it ("Sen.", "nominee" in "Republican nominee Tom Baxter") or an apposition's
    head ("Tom Baxter, the party's nominee"). The words are those and their modifiers,
    an "of" phrase after the name and a party-and-state tag.
    """
    text = doc_text(doc)
    heads: set[str] = set()
    found: set[str] = set()
    for mention in person.mentions:
        if mention.kind not in ("name", "title"):
            continue
        root = _name_root(doc, mention.start, mention.end)
        if root is None or root.pos_ != "PROPN":
            continue
        if mention.kind == "title":
            # "the coast guard commander" tagged as a name: its head is the title, and the
            # words before it only say which one ("the coast guard" is no title of his)
            heads |= _words([root])
            found |= _words([w for w in root.subtree if mention.start <= w.idx and w.i <= root.i])
            continue
        titles = [c for c in root.children if c.i < root.i and c.dep_ in {"compound", "nmod"}]
        titles += [
            c
            for c in root.children
            if c.dep_ == "appos" and (c.pos_ == "NOUN" or is_party_member(c))
        ]  # "Carla Diaz, a Republican from Ohio"
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            titles.append(root.head)  # "the party's nominee, Tom Baxter"
        titles = [t for t in titles if t.ent_type_ != "PERSON"]
        heads |= _words(titles)
        tokens = [w for t in titles for w in t.subtree if w.i < root.i or t.i > root.i]
        if root.dep_ == "appos":
            tokens += [w for w in root.head.subtree if w.i < root.i]
        tokens += [
            w
            for c in root.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj" and o.ent_type_ == "GPE"
            for w in o.subtree
        ]
        found |= _words(tokens)
        found |= _tag_words(text, mention.end)
    return heads, found | heads


def someone_new(head: Token, noun: str, person: Actor | None = None) -> bool:
    """Whether the article introduced someone with the description's noun ("a senator")
    before it: the description may be that unnamed person. An introduction before the
    person is first named is the news lede that names them next ("A federal judge
    blocked ... U.S. District Judge Ann Roe said"), and does not count."""
    start = 0
    doc, words = head.doc, doc_words(head.doc)  # the tokens' strings, not a Token each
    if person is not None:
        named = [m.start for m in person.mentions if m.kind == "name"]
        first = min(named, default=0)
        start = bisect_left(words.idxs, first)  # the first token from that character on
        start = 0 if start == len(doc) else start
    nouns = (doc[i] for i in range(start, head.i) if words.pos[i] == "NOUN")
    for token in nouns:
        if _word(token.lemma_) != noun:
            continue
        if person is not None and _beside_own_name(token, person):
            continue  # "Ann Lee, a former prosecutor,": the person herself, no one new
        if any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in token.children):
            return True
    return False


def _beside_own_name(token: Token, person: Actor) -> bool:
    """Whether a noun stands in apposition with one of the person's names."""
    linked = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        linked.append(token.head)
    return any(
        m.kind == "name" and m.start <= word.idx < m.end for word in linked for m in person.mentions
    )


def epithet_holder(head: Token, index: People) -> str | None:
    """The one person whose name the article writes with the description's noun and all
    its modifiers ("the Oregon senator" for "Sen. Jane Roe (D-Ore.)"), or None."""
    found = description_words(head)
    if found is None:
        return None
    noun, modifiers = found
    holders = []
    for person in index.people():
        titles, words = person_words(head.doc, person)
        if (noun in titles or noun in _PARTIES & words) and modifiers <= words:
            holders.append(person)
    if len(holders) != 1 or someone_new(head, noun, holders[0]):
        return None
    return holders[0].id


def party_fits(head: Token, person: Actor) -> bool:
    """Whether a description names no other party than the one the article gives the
    person ("the Republican lawmaker" never names "Rep. Jane Doe (D-Ohio)")."""
    found = description_words(head)
    if found is None:
        return True
    noun, modifiers = found
    parties = (modifiers | {noun}) & _PARTIES
    words = person_words(head.doc, person)[1]
    return not parties or not (words & _PARTIES) or parties <= words


def is_party_word(token: Token) -> bool:
    """Whether a word names a party ("Republican", "Democratic")."""
    return _word(token.lemma_) in _PARTIES or _word(token.text) in _PARTIES


def title_fits(head: Token, person: Actor, linked: bool = False) -> bool:
    """Whether a description that names a person by a title's family ("the governor" for
    "Gov. Ellen Pratt") fits that person: no one else was introduced with its noun ("a
    governor"), its time words ("former") are written with the person's name too, and it
    names no other party than the one the article gives the person. A phrase after its
    noun ("for the fire department") must be written with the name too; a clause after it
    ("who was questioned") only if the actors analysis did not ``linked`` the two.
    """
    found = description_words(head)
    if found is None:
        return True
    noun, modifiers = found
    if someone_new(head, noun, person):
        return False
    _titles, words = person_words(head.doc, person)
    if not (modifiers & _TIME_WORDS) <= words:
        return False
    after = _linked_after_words(head) if linked else _after_words(head, ("prep", "acl", "relcl"))
    if not after <= words:
        return False
    parties = modifiers & _PARTIES
    return not parties or not (words & _PARTIES) or parties <= words


@cache
def body_nouns() -> frozenset[str]:
    """Head nouns of organisation names (``lexicon/actors/org_heads.txt``) and of places
    that govern themselves."""
    return data_files.words("actors/org_heads.txt") | UNIT_NOUNS


#: The word after a name's head noun when the name is "<head> of <whom>".
_OF = "of"


def named_for_noun(head: Token, index: People) -> str | None:
    """ "Marion County ... the county said", "the Water Agency ... the agency said": the one
    place or organisation whose name ends with the definite description's noun (or starts
    with it before "of": "the Ministry of Mines ... the ministry said"), or a word of its
    meaning ("the Harbor Gateway Corporation ... the company said":
    ``lexicon/claims/description_synonyms.tsv``)."""
    found = description_words(head)
    if found is None:
        return None
    modifiers = found[1]
    noun = head.lower_
    if noun not in body_nouns() and not modifiers:
        return None  # "the research": not the "... Research" institute
    named = {
        actor_id
        for actor_id, name, kind in index.named()
        if kind in _BODY_KINDS
        and " " in name
        and meaning_of(_name_head(name)) == meaning_of(noun)
        and modifiers <= _name_words(name)
    }
    # "the Ohio county": a modifier the name must carry ("the coast guard" for the
    # Hellenic Coast Guard)
    return next(iter(named)) if len(named) == 1 else None


def _name_head(name: str) -> str:
    """The head noun of a body's name: its first word before "of" ("Ministry of Health",
    "University of Lund"), unless its last word is a body's too ("University of Lund
    Business School"); else its last word ("Marion County")."""
    words = name.lower().split()
    if len(words) > 2 and words[1] == _OF and words[-1] not in body_nouns():
        return words[0]
    return words[-1]


def _name_words(name: str) -> set[str]:
    """The words of a body's name, as ``description_words`` writes a description's."""
    return {_word(w.strip(".,'’")) for w in name.split()}


def has_rival(head: Token, person: Actor, index: People) -> bool:
    """Whether another person is written with the description's noun and all its
    modifiers ("Senator Ann Cole met Sen. Bo Diaz ... The senator said"): the
    description may be either, so it names neither."""
    found = description_words(head)
    if found is None:
        return False
    noun, modifiers = found
    for other in index.people():
        if other.id == person.id:
            continue
        titles, words = person_words(head.doc, other)
        if noun in titles and modifiers <= words:
            return True
    return False


#: The old name of ``someone_new``, kept for callers that import it so.
_someone_new = someone_new
