"""Bodies that speak under a description only: "the coast guard said", "the
infrastructure ministry said", "a spokesperson for the port authority said", "a
statement from the president's office said".

A body the article never names speaks all the same, and the claims it makes need a
speaker. A description is a body's when its last words are a body's
(``lexicon/actors/speaking_bodies.tsv``: "ministry", "coast guard"), it is definite
("the", or owned by a name: "Dalmora's coast guard", "Port Elswick police") and no
actor holds its head word already. It makes an organisation actor when one of its
descriptions speaks: as the subject of a verb of speech, after "according to", as the
owner of a voice that speaks ("a spokesperson for the port authority", "the ministry's
spokesman") or as the issuer of a document that speaks ("a statement from the
president's office said").

A body must be written once in full: with words before its head ("the infrastructure
ministry") or as a body of several words ("the coast guard"); a bare "the agency" that
no fuller description names stays unnamed. One body is one set of words before its head
("infrastructure ministry"); a shorter
description ("the ministry") is that body when it is the only one whose words hold all
of the shorter one's, and no listed actor's name holds them (then "the ministry" is
that actor's, read by coreference). Indefinite descriptions ("a Dutch consumer
foundation", "a ministry") name nobody and are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.lexicon import lexicon, load_table, table_column
from briefing_tui.analysis.doctext import doc_text, tokens_where
from briefing_tui.analysis.spans import name_words
from briefing_tui.analysis.syntax import restated_subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.drafts import Names

#: Determiners of a definite description.
_DEFINITE = frozenset({"the"})
#: Dependencies by which a noun is a verb's speaking subject.
_SUBJECT_DEPS = frozenset({"nsubj"})
#: Prepositions whose object owns a voice or issued a document.
_OWNER_PREPS = frozenset({"for", "of", "from", "by"})
#: What a verb of speech says: a reported clause or a quotation.
_REPORTED_DEPS = frozenset({"ccomp", "parataxis", "xcomp", "dobj"})
#: Actor kinds whose names may hold a body's head word ("the Ministry of Health").
_BODY_KINDS = frozenset({"organisation", "country", "group"})


@cache
def _table() -> tuple[
    tuple[tuple[str, ...], ...], frozenset[str], frozenset[str], frozenset[tuple[str, ...]]
]:
    """(body word sequences, voice nouns, document nouns, bodies a person may own) from
    ``speaking_bodies.tsv``."""
    rows = load_table("speaking_bodies.tsv")
    bodies = tuple(
        sorted((tuple(w.split()) for w in table_column(rows, "body")), key=len, reverse=True)
    )
    personal = frozenset(tuple(w.split()) for w in table_column(rows, "personal"))
    return bodies, table_column(rows, "voice"), table_column(rows, "document"), personal


@dataclass(frozen=True, slots=True)
class _Description:
    """One definite description of a body: its words, where it is, whether it speaks."""

    entry: tuple[str, ...]  # the body's last words ("coast", "guard")
    words: frozenset[str]  # the words before them that pick the body out
    owners: frozenset[str]  # those of them that own it ("clerk" in "the clerk's office")
    start: int
    end: int
    text: str
    head: int
    speaks: bool
    #: already another actor's ("Norvania's defence ministry" found by coreference) or a
    #: person's voice ("Lund's office"): a form the shorter descriptions may mean, but no body
    owned: bool = False


def add_speaking_bodies(doc: Doc, names: Names) -> None:
    """Record an organisation actor for each body that speaks under a description only."""
    taken = [
        (m.start, m.end, d.kind == "person") for d in names.drafts.values() for m in d.mentions
    ]
    held = _held_words(names)
    named = [h for h in _held_words(names, person=True) if len(h) > 1]
    found = [
        d
        for t in tokens_where(doc[:], "lemmas", _last_words())
        if (d := _description(t, taken)) is not None
    ]
    organisations = [
        (m.start, m.end)
        for d in names.drafts.values()
        if d.kind == "organisation"
        for m in d.mentions
    ]
    found = [
        replace(d, speaks=False) if d.speaks and _restates(doc[d.head], organisations) else d
        for d in found
    ]
    forms: dict[tuple[str, ...], list[frozenset[str]]] = {}
    for description in found:
        known = forms.setdefault(description.entry, [])
        if description.words not in known:
            known.append(description.words)
    bodies: dict[tuple[tuple[str, ...], frozenset[str]], list[_Description]] = {}
    for description in found:
        wider = [w for w in forms[description.entry] if description.words <= w]
        widest = [w for w in wider if not any(w < other for other in wider)]
        if len(widest) != 1:
            continue  # "the defence ministry" beside two lands' defence ministries
        if any(description.words | set(description.entry[-1:]) <= h for h in held):
            continue  # "the ministry" beside "the Ministry of Health": coreference's
        if description.owners and any(description.owners <= h for h in named):
            continue  # "the clerk's office" beside "Pueblo County Clerk": that actor's
        if any(d.owned and d.entry == description.entry and d.words == widest[0] for d in found):
            continue  # "the defence ministry" after "Norvania's defence ministry"
        bodies.setdefault((description.entry, widest[0]), []).append(description)
    for (entry, words), descriptions in bodies.items():
        descriptions = [d for d in descriptions if not d.owned]
        if not any(d.speaks for d in descriptions):
            continue
        if not words and len(entry) < 2:
            continue  # "the agency said", never named more fully: which agency is unsaid
        fullest = max(descriptions, key=lambda d: (len(d.words), len(d.text)))
        name = fullest.text
        if name.lower().startswith("the "):
            name = name[4:]
        key = f"body:{' '.join(sorted(words))}:{' '.join(entry)}"
        if key in names.drafts:
            continue
        draft = names.draft(key, "organisation", name)
        for description in descriptions:
            draft.add(
                description.start,
                description.end,
                description.text,
                "description",
                description.head,
            )
        draft.speeches += sum(d.speaks for d in descriptions)


def _restates(token: Token, organisations: list[tuple[int, int]]) -> bool:
    """Whether the description speaks after a clause whose subject is a named organisation,
    which it restates ("Harlow Freight has asked the court ..., the company said"): that
    organisation speaks (claims read it so), not a body of its own."""
    subject = restated_subject(token)
    if subject is None:
        return False
    return any(s <= subject.idx < e for s, e in organisations)


def _held_words(names: Names, person: bool = False) -> list[frozenset[str]]:
    """The words of each listed body's names (and people's, with ``person``): a
    description they hold may be that actor or its office."""
    held = []
    for draft in names.drafts.values():
        if draft.kind not in _BODY_KINDS and not (person and draft.kind == "person"):
            continue
        for text in {draft.name, *(m.text for m in draft.mentions if m.kind == "name")}:
            held.append(name_words(text))
    return held


def _description(token: Token, taken: list[tuple[int, int, bool]]) -> _Description | None:
    """The definite description of a body ``token`` heads, or None."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    entry = _entry(token)
    if entry is None:
        return None
    if len(entry) < 2 and token.tag_ not in {"NN", "NNP"} and token.lower_ != entry[0]:
        return None  # "the Spanish authorities": a government, not one body ("police" is one)
    lefts = list(token.lefts)
    first = token.i - len(entry) + 1
    start_token = min([first, *(c.left_edge.i for c in lefts)])
    definite = False
    words: set[str] = set()
    owners: set[str] = set()
    for left in token.doc[start_token:first]:
        if left.is_punct or left.dep_ == "case":
            continue
        if left.dep_ == "det":
            if left.lower_ not in _DEFINITE:
                return None  # "a ministry", "another agency"
            definite = definite or left.head.i == token.i or left.head.dep_ == "poss"
        elif left.pos_ == "PRON" or left.pos_ == "NUM":
            return None  # "its regulator", "two agencies"
        elif left.pos_ in {"NOUN", "PROPN", "ADJ"}:
            words.add(left.lower_)
            if left.dep_ == "poss" or any(a.dep_ == "poss" for a in left.ancestors if a.i < first):
                owners.add(left.lower_)
            definite = definite or left.pos_ == "PROPN" or left.dep_ == "poss"
        else:
            return None  # "every ministry", "the ministry's and the army's"
    start = token.doc[start_token].idx
    end = token.idx + len(token)
    own = token.doc[first].idx
    owned = False
    for s, e, person in taken:
        if s < end and own < e and e != end:
            return None  # a name or a title ("the coast guard commander")
        if s < end and own < e:
            owned = True  # a mention already: "Norvania's defence ministry"
        if person and s < end and start < e and entry in _table()[3]:
            owned = True  # "Lund's office": the person's voice (claims read it)
    return _Description(
        owned=owned,
        entry=entry,
        words=frozenset(words),
        owners=frozenset(owners),
        start=start,
        end=end,
        text=doc_text(token.doc)[start:end],
        head=token.i,
        speaks=_speaks(token),
    )


@cache
def _last_words() -> frozenset[str]:
    """The last word of every body entry: no other word can head a description."""
    return frozenset(entry[-1] for entry in _table()[0])


def _entry(token: Token) -> tuple[str, ...] | None:
    """The body words ``token`` ends (lemmas of it and the compounds just before it)."""
    doc = token.doc
    for entry in _table()[0]:
        if entry[-1] != token.lemma_.lower():
            continue
        first = token.i - len(entry) + 1
        if first < 0:
            continue
        if all(doc[first + k].lemma_.lower() == w for k, w in enumerate(entry[:-1])):
            return entry
    return None


def _speaks(token: Token) -> bool:
    """Whether the body speaks here: itself, through a voice, or in a document it issued."""
    if _says(token):
        return True
    _, voices, documents, _ = _table()
    speaker = _owned_by(token)
    return speaker is not None and speaker.lemma_.lower() in voices | documents and _says(speaker)


def _owned_by(token: Token) -> Token | None:
    """The noun ``token`` owns: "the ministry's spokesman", "a statement from the office"."""
    if token.dep_ == "poss":
        return token.head
    if token.dep_ == "pobj" and token.head.lower_ in _OWNER_PREPS:
        return token.head.head
    return None


def _says(token: Token) -> bool:
    """Whether ``token`` is the subject of a verb of speech that says something, or the
    object of "according to"."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    if token.dep_ not in _SUBJECT_DEPS:
        return False
    verbs = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    speech = lexicon().speech_verbs
    return any(
        verb.lemma_.lower() in speech
        and any(c.dep_ in _REPORTED_DEPS or _in_a_document(c) for c in verb.children)
        for verb in verbs
    )


def _in_a_document(child: Token) -> bool:
    """ "said in a statement that ...": the parse may hang what was said on the document."""
    documents = _table()[2]
    return (
        child.dep_ == "prep"
        and child.lower_ == "in"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in documents for o in child.children)
    )
