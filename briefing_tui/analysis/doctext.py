"""A parsed document's text and entities, built once per Doc (spaCy rebuilds both per access)."""

from __future__ import annotations

import threading
from bisect import bisect_left
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()
#: Per Doc: its entities and their start tokens, in order.
_ENTS: WeakKeyDictionary[Doc, tuple[tuple[Span, ...], list[int]]] = WeakKeyDictionary()
_LOCK = threading.Lock()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined from the tokens at the first call for ``doc`` and kept while it lives.

    A Doc's text never changes (retokenizing keeps every character), so the copy stays true.
    """
    with _LOCK:
        text = _TEXTS.get(doc)
        if text is None:
            text = doc.text
            _TEXTS[doc] = text
    return text


def ents_within(span: Span) -> list[Span]:
    """``span.ents``: the entities wholly inside ``span``, in order.

    spaCy builds every entity of the Doc for each ``Span.ents``; here they are built
    once per Doc (the analysis never changes a Doc's entities) and found by bisection.
    """
    doc = span.doc
    with _LOCK:
        found = _ENTS.get(doc)
        if found is None:
            ents = tuple(doc.ents)
            found = (ents, [ent.start for ent in ents])
            _ENTS[doc] = found
    ents, starts = found
    within = []
    for ent in ents[bisect_left(starts, span.start) :]:
        if ent.end > span.end:
            break
        within.append(ent)
    return within
