"""A description that opens the sentence after a name's is that person, if no one else fits.

"Donald Trump says he has big plans. The Republican nominee noted Friday that ...":
news copy names a person as the subject of one sentence and goes on about them in
the next with a description ("the Republican nominee", "the New York businessman").
The description is that person only when all of these hold: it is definite and
singular and its noun names a role the person holds themselves, not a relation to
someone ("the lawyer") nor an office someone unnamed may hold ("the governor";
``lexicon/claims/person_roles.txt`` less the titles of ``lexicon/actors/titles.tsv``),
and the article gives the person no other role or kind (``lexicon/actors/
person_cues.tsv`` nouns: "Tom Baxter, a farmer"); it is the
subject that opens its sentence; the sentence before (in the same paragraph or the
one before) has that person's name as its subject; no other person is mentioned
between the two, not even by a pronoun (the description might be them); and the
description fits the person (``epithets.title_fits``: no one else introduced with
its noun, no other party or time). Otherwise the description stays without a speaker.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Protocol

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.claims.epithets import description_words, person_words, title_fits
from briefing_tui.analysis.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token

    from briefing_tui.model import Actor

#: Subjects of a sentence.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Most paragraph breaks between the name's sentence and the description's.
_MAX_BREAKS = 1


class Mentions(Protocol):
    """What this module needs of the claims' actor index."""

    def person(self, actor_id: str) -> Actor | None: ...

    def people_in(self, start: int, end: int) -> frozenset[str]: ...

    def at(self, start: int, end: int, prefer: tuple[int, int] | None = None) -> str | None: ...


@cache
def person_nouns() -> frozenset[str]:
    """Nouns that name a person by a role or kind (person cues and roles)."""
    cues = {row[1] for row in data_files.rows("actors/person_cues.tsv") if row[0] == "noun"}
    return frozenset(w.lower() for w in cues | data_files.words("claims/person_roles.txt"))


@cache
def chain_nouns() -> frozenset[str]:
    """Roles a person holds themselves (``lexicon/claims/person_roles.txt``), less offices:
    "the governor" after a name may be a governor the article never names, "the lawyer"
    someone's lawyer."""
    offices = {row[0] for row in data_files.rows("actors/titles.tsv")}
    return data_files.words("claims/person_roles.txt") - offices


def _opens_as_subject(head: Token) -> bool:
    sent = head.sent
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    return head.dep_ in _SUBJECT_DEPS and first is not None and first.i == head.left_edge.i


def chained_person(head: Token, index: Mentions) -> str | None:
    """The person named as the subject of the sentence before a description that opens
    its own sentence ("Trump says ... The Republican nominee noted ..."), or None."""
    described = description_words(head)
    if described is None or head.tag_ != "NN":
        return None
    if head.lemma_.lower() not in chain_nouns() or not _opens_as_subject(head):
        return None
    doc = head.doc
    sent = head.sent
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    between = doc_text(doc)[previous.end_char : sent.start_char]
    if between.count("\n") > _MAX_BREAKS + 1 or previous.start == sent.start:
        return None
    subjects = [t for t in previous.root.children if t.dep_ in _SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN":
        return None
    name = subjects[0]
    actor = index.at(name.idx, name.idx + len(name.text))
    person = index.person(actor) if actor is not None else None
    if person is None:
        return None
    if index.people_in(previous.start_char, head.idx) != {actor}:
        return None  # someone else is mentioned: the description may be them
    nouns, _words = person_words(doc, person)
    kinds = nouns & person_nouns()
    if kinds and described[0] not in kinds:
        return None  # "Tom Baxter, a farmer, says ... The businessman said"
    return actor if title_fits(head, person) else None
