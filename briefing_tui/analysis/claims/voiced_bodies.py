"""The body a bare spokesperson speaks for: the one the sentence before is about.

"The Harbour Board, which runs the port, declined to say whether it would pay. A
spokesman said only that ...": news copy brings in a spokesperson with no owner
written right after a sentence whose subject is the body, and the spokesperson speaks
for it, whether that sentence reported a claim of the body or its refusal to make
one. Only when all of these hold: the sentence before is in the same paragraph; its
main verb's subject is a mention of an organisation or a country; no other actor
(places aside) is mentioned in that sentence; and no actor is mentioned in the
spokesperson's own sentence before the spokesperson. Otherwise no speaker is guessed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_text
from briefing_tui.analysis.sentences import sentence_bounds
from briefing_tui.analysis.spans import actor_at
from briefing_tui.model import Actor, ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Kinds of actor that have a spokesperson.
_BODIES = frozenset({ActorKind.ORGANISATION, ActorKind.COUNTRY})
#: Dependencies of a main verb's subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def body_of_sentence_before(doc: Doc, head: Token, actors: list[Actor]) -> str | None:
    """The organisation or country the sentence before ``head``'s is about (its main
    verb's subject and the only actor it names), when ``head``, a spokesperson with no
    owner written, opens its own sentence's actors; or None."""
    start, _end = sentence_bounds(doc, head.i)
    if start == 0:
        return None
    prev_start, prev_end = sentence_bounds(doc, start - 1)
    text = doc_text(doc)
    if "\n" in text[doc[prev_end - 1].idx : doc[start].idx]:
        return None  # the sentence before ends a paragraph
    kinds = {a.id: a.kind for a in actors}
    if _actors_in(doc, actors, kinds, start, head.i):
        return None  # "Acme met Beta, and a spokesman said": whose?
    named = _actors_in(doc, actors, kinds, prev_start, prev_end)
    if len(named) != 1:
        return None
    body = next(iter(named))
    if kinds.get(body) not in _BODIES:
        return None
    roots = [t for t in doc[prev_start:prev_end] if t.dep_ == "ROOT"]
    subjects = [c for root in roots for c in root.children if c.dep_ in _SUBJECT_DEPS]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if actor_at(actors, subject.idx, subject.idx + len(subject)) != body:
        return None
    return body


def _actors_in(
    doc: Doc, actors: list[Actor], kinds: dict[str, ActorKind], start: int, end: int
) -> set[str]:
    """The actors (places aside) mentioned in tokens ``[start, end)``."""
    if start >= end:
        return set()
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    return {
        a.id
        for a in actors
        if kinds[a.id] != ActorKind.PLACE
        and any(first <= m.start and m.end <= last for m in a.mentions)
    }
