"""Speakers the article names elsewhere: a description's actor, a group pronoun's body.

"Tom Baxter, a Boston lawyer, ... The Boston lawyer said": the description's head
noun and its modifiers match the one actor the article gave that description to in
an apposition, a copula, an "of" phrase or a title written right before the name
("attorney Petra Vos"). "Acme Corp. released its results. It said ...": "it" and
"they" as a source take the organisation or group that is the subject of the
sentence just before, in the same paragraph, when no other body is named there (the
subject's own possessor is no rival: "Norland's ministry gave another account. It said"
is the ministry, unless Norland is named again outside that phrase). "It"
may also be a city or county that was the subject ("The city sued ... It said"); a
body the actors analysis gave the pronoun is dropped when that subject is someone
else of the pronoun's number (and replaced by that subject's body when it is one, and
by the body a same pronoun just before stood for: "it said ... It said"). Each link
is made only when exactly one actor fits; otherwise the source stays without a speaker.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Protocol
from weakref import WeakKeyDictionary

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.doctext import doc_text, doc_words
from briefing_tui.analysis.syntax import NOMINAL_SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Modifiers of a description that must also describe the named actor.
_DESCRIBING_DEPS = frozenset({"amod", "compound", "nmod"})
#: Determiners of a description that points back ("the lawyer", "his lawyer").
_DEFINITE = frozenset({"the", "this", "that"})
#: Kinds a description of one person or body can stand for.
_DESCRIBED_KINDS = frozenset({"person", "organisation"})
#: Kinds a noun with an "of" name can stand for ("the city of Millbrook", "the state of Ohio").
_NAMED_BY_OF_KINDS = frozenset({"place", "organisation", "country"})
#: Kinds each group pronoun can stand for.
_GROUP_PRONOUN_KINDS = {
    "it": frozenset({"organisation"}),
    "they": frozenset({"organisation", "group"}),
}
#: Kinds of actors that could compete for a group pronoun.
_BODY_KINDS = frozenset({"organisation", "group", "country"})


class Actors(Protocol):
    """What this module needs of the claims' actor index."""

    def kind_of(self, actor_id: str) -> str | None: ...

    def named_in(self, start: int, end: int, described_bodies: bool = False) -> frozenset[str]: ...

    def roles(self) -> dict[str, str]: ...

    def people_in(self, start: int, end: int) -> frozenset[str]: ...

    def named(self) -> list[tuple[str, str, str]]: ...


def _is_definite(noun: Token) -> bool:
    return any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in noun.children
    )


def _modifiers(noun: Token) -> set[str]:
    return {
        w.lower_
        for c in noun.children
        if c.dep_ in _DESCRIBING_DEPS and c.i < noun.i
        for w in c.subtree
    }


#: The dependencies of the words that may name a description (see ``described_actor``).
_NAMING_DEPS = frozenset({"appos", "attr", "pobj", "compound"})


def described_actor(head: Token, actor_of: ActorLookup, index: Actors) -> str | None:
    """The one actor the article describes as the source's definite description does.

    ``head`` is the description's common noun ("the New York businessman",
    "his attorney"); an apposition or a copula elsewhere ("Tom Baxter, a New York
    businessman", "the family's attorney, Paul Ruiz", "John Bell is the Republican
    nominee") or an "of" phrase ("the city of Millbrook" for "the city") names who it
    is. Nouns of one meaning stand for each other ("lawyer", "attorney":
    ``lexicon/claims/description_synonyms.tsv``); a possessor named on both sides
    must be the same actor ("Ruiz's attorney" is not "Lopez's lawyer"), and a man is not
    a woman ("spokesman", "spokeswoman").
    """
    if head.pos_ != "NOUN" or not _is_definite(head):
        return None
    meaning = _meaning(head)
    wanted = _modifiers(head) | {
        w.lower_ for c in head.children if c.dep_ == "prep" for w in c.subtree
    }
    owner = _possessor(head, actor_of)
    found: set[str] = set()
    doc = head.doc
    for naming in _namings(doc):
        if naming.token == head.i or naming.token_head == head.i:
            continue
        for noun_i, name_i, noun_meaning in naming.pairs:
            if noun_meaning != meaning or noun_i == head.i:
                continue
            noun, name = doc[noun_i], doc[name_i]
            if _genders_differ(head, noun):
                continue
            if (
                naming.before_name
                and owner is not None
                and not _owner_beside(doc[naming.token], owner, index)
            ):
                continue  # "attorney Mark Smith" in a sentence without the owner
            actor = actor_of(name)
            if actor is None or index.kind_of(actor) not in naming.kinds:
                continue
            if _owners_differ(head, noun, owner, actor_of):
                continue
            if wanted <= {w.lower_ for w in noun.subtree}:
                found.add(actor)
    if len(found) != 1 or _someone_unnamed(head, meaning):
        return None
    return next(iter(found))


@dataclass(frozen=True, slots=True)
class _Naming:
    """A word that may name a description: an apposition, a copula's attribute, an "of"
    name or a title written before a name (see ``described_actor``)."""

    token: int
    token_head: int
    #: a title written before the name ("attorney Mark Smith"): its owner must be beside it
    before_name: bool
    kinds: frozenset[str]
    #: (description noun, name, the noun's meaning) for each pair it names
    pairs: tuple[tuple[int, int, str], ...]


#: Per Doc: its namings, read once (``described_actor`` asks for each description).
_NAMINGS: WeakKeyDictionary[Doc, tuple[_Naming, ...]] = WeakKeyDictionary()
_LOCK = threading.Lock()


def _namings(doc: Doc) -> tuple[_Naming, ...]:
    """The words of ``doc`` that may name a description, with the pairs each names whose
    words may be a description and a name (the tests that do not depend on the description)."""
    with _LOCK:
        found = _NAMINGS.get(doc)
    if found is not None:
        return found
    namings = []
    deps = doc_words(doc).deps  # only an apposition, a copula's attribute or an "of" names one
    for token in (doc[i] for i, dep in enumerate(deps) if dep in _NAMING_DEPS):
        kinds, before_name = _DESCRIBED_KINDS, False
        if token.dep_ == "appos":
            pairs = [(token, token.head), (token.head, token)]
        elif token.dep_ == "attr" and token.head.lemma_ == "be":
            # "John Bell is the Republican nominee"
            pairs = [(token, c) for c in token.head.children if c.dep_ == "nsubj"]
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.dep_ == "prep":
            pairs = [(token.head.head, token)]  # "the city of Millbrook"
            kinds = _NAMED_BY_OF_KINDS
        elif token.dep_ == "compound" and _title_before_name(token):
            # "attorney Mark Smith", "the German company Brenner AG"
            pairs, before_name = [(token, token.head)], True
        else:
            continue
        kept = tuple(
            (noun.i, name.i, _meaning(noun))
            for noun, name in pairs
            if noun.pos_ in ("NOUN", "PROPN")
            and name.pos_ == "PROPN"
            # a name, not a description ("Acme, Bell Labs' parent")
            and not (noun.pos_ == "PROPN" and token.dep_ != "compound")
        )
        if kept:
            namings.append(_Naming(token.i, token.head.i, before_name, kinds, kept))
    found = tuple(namings)
    with _LOCK:
        _NAMINGS[doc] = found
    return found


#: Determiners that introduce someone new ("a senator rose").
_INDEFINITE = frozenset({"a", "an", "another", "one"})


def _someone_unnamed(head: Token, meaning: str) -> bool:
    """Whether someone was introduced with the description's noun and no name before it
    ("Later a senator from the other party rose. The senator said"): it may be them."""
    doc = head.doc
    words = doc_words(doc)  # the words' strings first: a Token only for a noun of the meaning
    pos, lemmas, deps = words.pos, words.lemmas, words.deps
    for i in range(head.i):
        if pos[i] != "NOUN" or _lemma_meaning(lemmas[i]) != meaning or deps[i] in ("appos", "attr"):
            continue
        token = doc[i]
        if any(c.dep_ == "appos" for c in token.children):
            continue  # "a lawyer, Mark Hale": named
        if any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in token.children):
            return True
    return False


def _possessor(noun: Token, actor_of: ActorLookup) -> str | None:
    """The actor a noun's possessor names ("Ruiz's attorney"), if any."""
    return next((a for c in noun.children if c.dep_ == "poss" and (a := actor_of(c))), None)


def _owners_differ(head: Token, noun: Token, owner: str | None, actor_of: ActorLookup) -> bool:
    """Whether the description and the naming phrase belong to different possessors.

    Two possessive pronouns are compared as words ("his attorney" and "his lawyer, Mark
    Hale" are one man's; "her lawyer" is not "his lawyer"): which person a pronoun stands
    for is a guess that the two mentions need not share. Otherwise the actors compare.
    """
    mine = next((c for c in head.children if c.dep_ == "poss"), None)
    theirs = next((c for c in noun.children if c.dep_ == "poss"), None)
    if mine is None or theirs is None:
        return False
    if mine.tag_ == "PRP$" and theirs.tag_ == "PRP$":
        return mine.lower_ != theirs.lower_
    other = _possessor(noun, actor_of)
    return owner is not None and other is not None and owner != other


def _title_before_name(token: Token) -> bool:
    """Whether ``token`` is a description written right before a name ("attorney Mark
    Smith", "the German company Brenner AG"), not part of the name or of an office
    named with a capitalised word ("District Attorney Jane Roe", "U.S. Attorney")."""
    name = token.head
    if name.pos_ != "PROPN" or token.i > name.i or token.ent_type_ in ("PERSON", "ORG"):
        return False
    between = token.doc[token.i + 1 : name.i]
    if any(t.pos_ != "PROPN" or t.head.i != name.i for t in between):
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.head.i in (token.i, name.i):
        return False  # "District Attorney Jane Roe", "U.S. Attorney Jane Roe": an office
    return not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)


def _owner_beside(token: Token, owner: str, index: Actors) -> bool:
    """Whether the sentence that writes a title before a name also mentions the owner
    of the description ("Brandt hired attorney Mark Smith" for "Brandt's lawyer"), and
    no other person but the one named: else the title may be someone else's."""
    sent = token.sent
    people = index.people_in(sent.start_char, sent.end_char)
    name = token.head
    named = index.named_in(name.left_edge.idx, name.idx + len(name))
    return owner in people and len(people - named - {owner}) == 0


@cache
def _synonyms() -> dict[str, str]:
    """Lemma -> the first lemma of its row (``lexicon/claims/description_synonyms.tsv``)."""
    return {
        lemma: row[0] for row in data_files.rows("claims/description_synonyms.tsv") for lemma in row
    }


@cache
def _noun_genders() -> dict[str, str]:
    """Noun -> "m" or "f" (``lexicon/actors/gendered_nouns.tsv``: "spokeswoman" -> "f")."""
    return {
        row[0]: row[1]
        for row in data_files.rows("actors/gendered_nouns.tsv")
        if len(row) > 1 and row[1] in ("m", "f")
    }


def _genders_differ(head: Token, noun: Token) -> bool:
    """ "Whitfield's spokeswoman" is not "the senator's spokesman, Tom Abbott": nouns of one
    meaning that name a man and a woman are two people."""
    genders = _noun_genders()
    mine, theirs = genders.get(head.lemma_.lower()), genders.get(noun.lemma_.lower())
    return mine is not None and theirs is not None and mine != theirs


def _meaning(noun: Token) -> str:
    return _lemma_meaning(noun.lemma_.lower())


def _lemma_meaning(lemma: str) -> str:
    """The meaning of a noun by its lower-case lemma (``_meaning``)."""
    return meaning_of(_title_words().get(lemma, lemma))


@cache
def _title_words() -> dict[str, str]:
    """An abbreviated title -> the noun it stands for ("Sen." -> "senator"), from
    ``lexicon/claims/title_words.tsv``."""
    return {row[0].lower(): row[1].lower() for row in data_files.rows("claims/title_words.tsv")}


def meaning_of(lemma: str) -> str:
    """The first noun of the meaning a noun belongs to ("attorney" -> "lawyer"), or the
    noun itself (``lexicon/claims/description_synonyms.tsv``)."""
    lemma = lemma.lower()
    return _synonyms().get(lemma, lemma)


@cache
def _title_families() -> dict[str, str]:
    """Title (lower case) -> its family, from ``lexicon/actors/titles.tsv``."""
    return {row[0]: row[2] for row in data_files.rows("actors/titles.tsv") if len(row) > 2}


def _family(words: list[str]) -> str | None:
    families = _title_families()
    for size in (2, 1):
        if len(words) >= size and (found := families.get(" ".join(words[-size:]))):
            return found
    return None


def titled_actor(head: Token, index: Actors) -> str | None:
    """The one person whose title the definite description names ("the former
    governor" for "Gov. Ellen Pratt"): the description's office and the person's
    role are of one family, and no other person holds a title of that family."""
    if head.pos_ != "NOUN" or not _is_definite(head):
        return None
    before = [c.lower_ for c in head.children if c.dep_ == "compound" and c.i == head.i - 1]
    family = _family([*before, head.lower_]) or _family([head.lemma_.lower()])
    if family is None:
        return None
    holders = {
        actor
        for actor, role in index.roles().items()
        if index.kind_of(actor) == "person" and _family(role.lower().split()) == family
    }
    return next(iter(holders)) if len(holders) == 1 else None


def group_antecedent(pronoun: Token, actor_of: ActorLookup, index: Actors) -> str | None:
    """The organisation or group "it" / "they" (a source) stands for, or None.

    It is the subject of the sentence before, in the same paragraph, when no other
    body is named in that sentence or before the pronoun in its own. "It" may also
    be the one organisation the sentence before names elsewhere when its subject
    cannot be "it": a plural or a person ("Regulators fined Acme Corp. It said ..."),
    or the body the same pronoun as that subject stood for ("it said ... It said"). A
    body named only as the subject's possessor ("Norland's ministry") or as the addressee
    in a phrase set before the pronoun ("In a letter to the bank, it said") is no rival.
    """
    kinds = _GROUP_PRONOUN_KINDS.get(pronoun.lower_)
    subject = _previous_subject(pronoun) if kinds is not None else None
    if subject is None:
        return None
    if subject.pos_ == "PRON":
        return _same_pronoun(pronoun, subject, actor_of, index)
    previous = subject.sent
    actor = actor_of(subject)
    named = index.named_in(previous.start_char, pronoun.idx, described_bodies=True)
    if actor is not None and pronoun.lower_ == "it" and _local_government(subject, actor, index):
        kinds = kinds | {"place"}
    if actor is None or index.kind_of(actor) not in kinds:
        if pronoun.lower_ != "it" or not _cannot_be_it(subject, actor, index):
            return None
        if any(t.pos_ == "NOUN" and t.lemma_.lower() in _document_nouns() for t in previous):
            return None  # "... published the board's report. It said": the report may speak
        bodies = {a for a in named if index.kind_of(a) in _BODY_KINDS}
        fitting = {a for a in bodies if index.kind_of(a) in kinds}
        return next(iter(fitting)) if len(fitting) == 1 == len(bodies) else None
    excluded = _excluded_positions(subject, pronoun)
    ruled_out = {a for i in excluded if (a := actor_of(subject.doc[i])) is not None}
    ruled_out -= _named_outside(subject, pronoun, excluded, actor_of)
    rivals = {a for a in named if a not in ruled_out | {actor} and index.kind_of(a) in _BODY_KINDS}
    return None if rivals else actor


def _excluded_positions(subject: Token, pronoun: Token) -> set[int]:
    """Words that name a body which cannot be what "it" goes on with: the subject's
    possessor ("Tarsk" in "Tarsk's defence ministry gave another account": the sentence
    is about the ministry) and the addressee in a phrase set before the pronoun ("In an
    update to the exchange, it said": the update went to the exchange)."""
    found: set[int] = set()
    for child in subject.children:
        if child.dep_ == "poss":
            found.update(t.i for t in child.subtree)
    fronted = [c for c in pronoun.head.children if c.dep_ == "prep" and c.i < pronoun.i]
    for phrase in fronted:
        for token in phrase.subtree:
            if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.i != phrase.i:
                found.update(t.i for t in token.subtree)  # "In an update to the exchange"
    return found


def _named_outside(
    subject: Token, pronoun: Token, excluded: set[int], actor_of: ActorLookup
) -> set[str]:
    """The actors named between the subject's sentence and the pronoun outside the
    excluded words: named there, they are bodies in their own right."""
    doc = subject.doc
    found = set()
    for token in doc[subject.sent.start : pronoun.i]:
        if token.i not in excluded and (actor := actor_of(token)) is not None:
            found.add(actor)
    return found


def chained_body(pronoun: Token, actor: str, actor_of: ActorLookup, index: Actors) -> str | None:
    """The body "it" stands for when the sentence before goes on from the same pronoun
    as subject and that pronoun stands for another body than ``actor`` ("Tarsk's
    ministry gave another account. In a statement, it said ... It said ..."): the
    chain of subjects, not a body named further back; else None."""
    subject = _previous_subject(pronoun)
    kinds = _GROUP_PRONOUN_KINDS.get(pronoun.lower_)
    if subject is None or kinds is None or subject.lower_ != pronoun.lower_:
        return None
    given = actor_of(subject)
    if given is None or other_antecedent(subject, given, actor_of, index):
        given = group_antecedent(subject, actor_of, index)
    if given is None or given == actor or index.kind_of(given) not in kinds:
        return None
    named = index.named_in(subject.sent.start_char, pronoun.idx, described_bodies=True)
    rivals = {a for a in named if a != given and index.kind_of(a) in _BODY_KINDS}
    return None if rivals else given


def _same_pronoun(
    pronoun: Token, subject: Token, actor_of: ActorLookup, index: Actors
) -> str | None:
    """ "In a statement, it said ... It said ...": the same pronoun as the subject just
    before, which stood for a body, with no other body named since."""
    kinds = _GROUP_PRONOUN_KINDS.get(pronoun.lower_)
    if subject.lower_ != pronoun.lower_:
        return None
    actor = actor_of(subject) or group_antecedent(subject, actor_of, index)
    if actor is None or kinds is None or index.kind_of(actor) not in kinds:
        return None
    named = index.named_in(subject.sent.start_char, pronoun.idx, described_bodies=True)
    rivals = {a for a in named if a != actor and index.kind_of(a) in _BODY_KINDS}
    return None if rivals else actor


def _previous_subject(pronoun: Token) -> Token | None:
    """The one subject of the sentence before the pronoun's, in the same paragraph (a
    new paragraph says nothing of what the pronoun stands for), or None."""
    sent = pronoun.sent
    if sent.start == 0:
        return None
    doc = pronoun.doc
    previous = doc[sent.start - 1].sent
    if "\n" in doc_text(doc)[previous.end_char : sent.start_char]:
        return None
    subjects = [t for t in previous.root.children if t.dep_ in NOMINAL_SUBJECT_DEPS]
    return subjects[0] if len(subjects) == 1 else None


def other_antecedent(pronoun: Token, actor: str, actor_of: ActorLookup, index: Actors) -> bool:
    """Whether "it" / "they" as a source more likely stands for something other than
    ``actor``: ``actor`` is not a subject earlier in its own sentence, and the one subject
    of the sentence before, in the same paragraph, is a noun
    of the pronoun's number (for "they" also a body: "The Teachers Union met ... They
    said") that is not ``actor`` ("The workers went on strike. They said ...": the
    workers, not a company named further back)."""
    number = _PRONOUN_NUMBER.get(pronoun.lower_)
    subject = _previous_subject(pronoun) if number is not None else None
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(
        t.dep_ in NOMINAL_SUBJECT_DEPS and actor_of(t) == actor
        for t in pronoun.doc[pronoun.sent.start : pronoun.i]
    ):
        return False  # "Acme said ..., although it cautioned ...": its own sentence's subject
    own = actor_of(subject)
    body = pronoun.lower_ == "they" and own is not None and index.kind_of(own) in _BODY_KINDS
    if (subject.tag_ not in number and not body) or own == actor:
        return False
    return not any(actor_of(t) == actor for t in subject.subtree)


#: The noun tags each group pronoun agrees with.
_PRONOUN_NUMBER = {"it": frozenset({"NN", "NNP"}), "they": frozenset({"NNS", "NNPS"})}


#: Nouns of places that govern themselves: "the city" and "Marion County" act and speak.
UNIT_NOUNS = frozenset(
    {"city", "county", "state", "town", "village", "township", "borough", "municipality"}
)


def _local_government(subject: Token, actor: str, index: Actors) -> bool:
    """Whether a place subject stands for its government: "The city sued ...", "Marion
    County closed ...", so a following "It said" is the city's or the county's."""
    if index.kind_of(actor) != "place":
        return False
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in UNIT_NOUNS:
        return True
    name = next((n for a, n, _k in index.named() if a == actor), "")
    return " " in name and name.lower().rsplit(" ", 1)[-1] in UNIT_NOUNS


@cache
def _document_nouns() -> frozenset[str]:
    """Documents that can be "it" and say things (``lexicon/claims/documents.tsv``)."""
    return frozenset(
        r[1].lower() for r in data_files.rows("claims/documents.tsv") if r[0] == "document"
    )


def _cannot_be_it(subject: Token, actor: str | None, index: Actors) -> bool:
    """A subject "it" cannot take up: a plural noun or a person."""
    if actor is not None:
        return index.kind_of(actor) == "person"
    return subject.tag_ in {"NNS", "NNPS"}


class ActorLookup(Protocol):
    """The actor of a noun phrase's head word, or None."""

    def __call__(self, token: Token, /) -> str | None: ...
