"""A Doc's sentence starts, read once per Doc: ``token.sent`` becomes a lookup, not a walk.

spaCy's ``Token.sent`` and ``Span.sent`` walk back and forth over the tokens to the
sentence's bounds at every call. ``index_sentences`` installs spaCy's own hooks on a
Doc so that both answer from the starts read once instead, with the same spans.
Only the starts (numbers) are kept, per Doc and while it lives, never a Span: a Span
holds its Doc, so a cache of Spans would keep every Doc alive.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from typing import TYPE_CHECKING
from weakref import ReferenceType, WeakKeyDictionary, ref

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_STARTS: WeakKeyDictionary[Doc, tuple[int, ...]] = WeakKeyDictionary()
#: The Doc asked for last and its starts: the analysis asks about one Doc at a time.
_LAST: tuple[ReferenceType[Doc], tuple[int, ...]] | None = None
_LOCK = threading.Lock()
_SPAN: type[Span] | None = None


def sentence_starts(doc: Doc) -> tuple[int, ...]:
    """The index of the first token of each sentence of ``doc``, in order (``doc.sents``).

    Read once per Doc and kept while it lives (the analysis never changes a Doc's sentences).
    """
    global _LAST
    last = _LAST  # one read of a tuple: no lock needed to check it
    if last is not None and last[0]() is doc:
        return last[1]
    with _LOCK:
        starts = _STARTS.get(doc)
        if starts is None:
            starts = tuple(sent.start for sent in doc.sents)
            _STARTS[doc] = starts
        _LAST = (ref(doc), starts)
    return starts


def doc_sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, built from the starts ``sentence_starts`` reads once per Doc."""
    starts = sentence_starts(doc)
    span = _span_type()
    ends = (*starts[1:], len(doc))[: len(starts)]  # no sentence, no end: an empty Doc
    return [span(doc, start, end) for start, end in zip(starts, ends, strict=True)]


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """``(start, end)`` token indices of the sentence holding token ``i`` of ``doc``."""
    starts = sentence_starts(doc)
    k = bisect_right(starts, i) - 1
    return starts[k], (starts[k + 1] if k + 1 < len(starts) else len(doc))


def _token_sent(token: Token) -> Span:
    """``token.sent``, from the index."""
    doc = token.doc
    start, end = sentence_bounds(doc, token.i)
    return _span_type()(doc, start, end)


def _span_sent(span: Span) -> Span:
    """``span.sent``: the sentence holding the span's first token (spaCy's rule), from the
    index. An empty span at the Doc's end gets the last sentence, as from spaCy."""
    doc = span.doc
    start, end = sentence_bounds(doc, span.start)
    return _span_type()(doc, start, end)


def _span_type() -> type[Span]:
    """spaCy's Span class, imported at the first call (the module loads without spaCy)."""
    global _SPAN
    if _SPAN is None:
        from spacy.tokens import Span

        _SPAN = Span
    return _SPAN


def index_sentences(doc: Doc) -> Doc:
    """Have ``token.sent`` and ``span.sent`` of ``doc`` answer from its sentence starts.

    For a parsed Doc with at least one token (else spaCy's own walk is left in place).
    The hooks read the Doc they are asked about, so a Doc that shares them (``Span.as_doc``
    hands its hooks on) still gets its own sentences. Returns ``doc``.
    """
    if len(doc) and doc.has_annotation("SENT_START"):
        doc.user_token_hooks["sent"] = _token_sent
        doc.user_span_hooks["sent"] = _span_sent
    return doc
