"""A parsed document's text, entities and token words, built once per Doc (spaCy rebuilds each).

spaCy builds a Token object at every ``doc[i]`` and decodes its strings at every attribute
read; ``doc_words`` reads them once, so a scan for a few words builds Tokens for those only.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING
from weakref import ReferenceType, WeakKeyDictionary, ref

if TYPE_CHECKING:
    from collections.abc import Collection, Container, Iterator

    from spacy.tokens import Doc, Span, Token

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()
#: The Doc ``doc_text`` answered last and its text (as ``_LAST`` below, for ``doc_words``).
_LAST_TEXT: tuple[ReferenceType[Doc], str] | None = None
#: Per Doc: its entities as ``(start, end, label, kb_id, id)`` numbers, and their start
#: tokens, in order. Numbers, not Spans: a Span holds its Doc, which would then never die.
_ENTS: WeakKeyDictionary[Doc, tuple[tuple[tuple[int, int, int, int, int], ...], list[int]]] = (
    WeakKeyDictionary()
)
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class DocWords:
    """A Doc's tokens as plain strings, index by index (``doc[i]`` builds a Token each time)."""

    texts: tuple[str, ...]  # token.text
    lowers: tuple[str, ...]  # token.lower_
    lemmas: tuple[str, ...]  # token.lemma_.lower()
    deps: tuple[str, ...]  # token.dep_
    pos: tuple[str, ...]  # token.pos_
    tags: tuple[str, ...]  # token.tag_
    puncts: tuple[bool, ...]  # token.is_punct
    #: whether the token's trailing whitespace (or the token itself) holds a line break
    breaks: tuple[bool, ...]
    #: the index of the first token of each token's line
    line_starts: tuple[int, ...]
    #: token.idx: the offset of each token's first character
    idxs: tuple[int, ...]


_WORDS: WeakKeyDictionary[Doc, DocWords] = WeakKeyDictionary()
#: The Doc ``doc_words`` answered last and its words: the analysis asks for one Doc at a time.
_LAST: tuple[ReferenceType[Doc], DocWords] | None = None


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined from the tokens at the first call for ``doc`` and kept while it lives.

    A Doc's text never changes (retokenizing keeps every character), so the copy stays true.
    """
    global _LAST_TEXT
    last = _LAST_TEXT  # the Doc asked for last, checked without the lock: one read of a tuple
    if last is not None and last[0]() is doc:
        return last[1]
    with _LOCK:
        text = _TEXTS.get(doc)
    if text is None:
        doc_words(doc)  # the text is joined with the words: one read of the tokens for both
        with _LOCK:
            text = _TEXTS.get(doc)
            if text is None:
                text = doc.text
                _TEXTS[doc] = text
    with _LOCK:
        _LAST_TEXT = (ref(doc), text)
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from the Doc's text kept by ``doc_text`` (spaCy joins the span's
    tokens, each built anew, at every access)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def ents_within(span: Span) -> list[Span]:
    """``span.ents``: the entities wholly inside ``span``, in order.

    spaCy builds every entity of the Doc for each ``Span.ents``; here they are read
    once per Doc (the analysis never changes a Doc's entities), found by bisection, and
    only those inside ``span`` are built.
    """
    from spacy.tokens import Span

    doc = span.doc
    ents, starts = _ent_numbers(doc)
    within = []
    for start, end, label, kb_id, span_id in ents[bisect_left(starts, span.start) :]:
        if end > span.end:
            break
        within.append(Span(doc, start, end, label=label, kb_id=kb_id, span_id=span_id))
    return within


def _ent_numbers(doc: Doc) -> tuple[tuple[tuple[int, int, int, int, int], ...], list[int]]:
    """The entities of ``doc`` as numbers and their start tokens, read once per Doc."""
    with _LOCK:
        found = _ENTS.get(doc)
        if found is None:
            ents = tuple((e.start, e.end, e.label, e.kb_id, e.id) for e in doc.ents)
            found = (ents, [ent[0] for ent in ents])
            _ENTS[doc] = found
    return found


#: Per Doc: each entity's label and text (``doc_ent_texts``).
_ENT_TEXTS: WeakKeyDictionary[Doc, tuple[tuple[str, str], ...]] = WeakKeyDictionary()


def doc_ent_texts(doc: Doc) -> tuple[tuple[str, str], ...]:
    """``(label_, text)`` of each entity of ``doc``, in order, read once per Doc: for a
    question asked of every candidate ("is this name one of the article's organisations?")
    that ``doc_ents`` would answer by building every entity's Span each time."""
    with _LOCK:
        found = _ENT_TEXTS.get(doc)
    if found is None:
        words, text, strings = doc_words(doc), doc_text(doc), doc.vocab.strings
        found = tuple(
            (
                strings[label],
                text[words.idxs[start] : words.idxs[end - 1] + len(words.texts[end - 1])],
            )
            for start, end, label, _kb_id, _span_id in _ent_numbers(doc)[0]
        )
        with _LOCK:
            _ENT_TEXTS[doc] = found
    return found


def doc_ents(doc: Doc) -> list[Span]:
    """``doc.ents``: the Doc's entities in order, built from the numbers ``ents_within``
    reads once per Doc (spaCy builds a Token per token of the Doc at each access)."""
    return ents_within(span_of(doc, 0, len(doc)))


def doc_words(doc: Doc) -> DocWords:
    """The words of ``doc``, read once per Doc and kept while it lives (a Doc's tokens are
    never changed by the analysis)."""
    global _LAST
    last = _LAST  # the Doc asked for last, checked without the lock: one read of a tuple
    if last is not None and last[0]() is doc:
        return last[1]
    with _LOCK:
        words = _WORDS.get(doc)
        if words is None:
            words, text = _read_words(doc)
            _WORDS[doc] = words
            if doc not in _TEXTS:
                _TEXTS[doc] = text
        _LAST = (ref(doc), words)
    return words


def _read_words(doc: Doc) -> tuple[DocWords, str]:
    """The words of ``doc`` and its text, read from spaCy's attribute arrays: no Token is
    built, and each distinct string is decoded once."""
    from spacy.attrs import DEP, IDX, IS_PUNCT, LEMMA, LOWER, ORTH, POS, SPACY, TAG

    columns = doc.to_array([ORTH, LOWER, LEMMA, DEP, POS, TAG, IS_PUNCT, IDX, SPACY]).T.tolist()
    if not columns:  # no tokens
        columns = [[] for _ in range(9)]
    orths, lowers, lemmas, deps, pos, tags, puncts, idxs, spaces = columns
    strings = doc.vocab.strings
    table = {key: strings[key] for key in {*orths, *lowers, *deps, *pos, *tags}}
    lemma_table = {key: strings[key].lower() for key in set(lemmas)}
    texts = [table[key] for key in orths]
    breaks = ["\n" in text for text in texts]  # a token's whitespace is a space or none
    line_starts, line_start = [], 0
    for i, has_break in enumerate(breaks):
        line_starts.append(line_start)
        if has_break:
            line_start = i + 1
    words = DocWords(
        tuple(texts),
        tuple(table[key] for key in lowers),
        tuple(lemma_table[key] for key in lemmas),
        tuple(table[key] for key in deps),
        tuple(table[key] for key in pos),
        tuple(table[key] for key in tags),
        tuple(bool(punct) for punct in puncts),
        tuple(breaks),
        tuple(line_starts),
        tuple(idxs),
    )
    text = "".join(
        [text + " " if space else text for text, space in zip(texts, spaces, strict=True)]
    )
    return words, text


def tokens_where(span: Span, column: str, values: Container[str]) -> Iterator[Token]:
    """The tokens of ``span`` whose ``column`` of ``doc_words`` ("pos", "lemmas", "lowers",
    ...) is one of ``values``, in order; a Token is built for those only.

    For a scan whose body skips every other token at once ("for noun in sent: if
    noun.pos_ != 'NOUN': continue").
    """
    doc = span.doc
    strings = getattr(doc_words(doc), column)
    for i in range(span.start, span.end):
        if strings[i] in values:
            yield doc[i]


def char_bounds(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    """``(start, end)`` token indices of ``doc.char_span(start_char, end_char,
    alignment_mode="expand")``, or None where that is None, without building the Span.

    The tokens tile the text, so the token holding a character is found by bisection
    over the tokens' offsets (spaCy builds Tokens and a Span at each call).
    """
    words = doc_words(doc)
    first = _token_at(words, len(doc_text(doc)), start_char)
    last = _token_at(words, len(doc_text(doc)), end_char - 1)
    if first < 0 or last < 0:
        return None
    if start_char == words.idxs[first] + len(words.texts[first]):
        first += 1  # on the whitespace after a token: not that token
    if first > last + 1:  # spaCy refuses such a span: let it say so
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        return None if span is None else (span.start, span.end)
    return first, last + 1


def char_span(doc: Doc, start_char: int, end_char: int) -> Span | None:
    """``doc.char_span(start_char, end_char, alignment_mode="expand")``, found by
    ``char_bounds``."""
    from spacy.tokens import Span

    bounds = char_bounds(doc, start_char, end_char)
    return None if bounds is None else Span(doc, bounds[0], bounds[1])


def _token_at(words: DocWords, length: int, char: int) -> int:
    """The index of the token whose text or trailing whitespace holds character ``char``,
    or -1 when none does."""
    if char < 0 or char >= length:
        return -1
    return bisect_right(words.idxs, char) - 1


def span_of(doc: Doc, start: int, end: int) -> Span:
    """``doc[start:end]`` for ``0 <= start <= end <= len(doc)``, built directly (a slice goes
    through spaCy's Python ``normalize_slice`` first, twice the cost)."""
    from spacy.tokens import Span

    return Span(doc, start, end)


#: Per Doc: the index of each token's head (``doc_heads``).
_HEADS: WeakKeyDictionary[Doc, tuple[int, ...]] = WeakKeyDictionary()


def doc_heads(doc: Doc) -> tuple[int, ...]:
    """``token.head.i`` of each token of ``doc``, read once per Doc from spaCy's array (no
    Token built) and kept while it lives (the analysis never changes a Doc's parse)."""
    with _LOCK:
        heads = _HEADS.get(doc)
    if heads is None:
        from spacy.attrs import HEAD

        # the head's offset from each token, stored unsigned: read back as signed
        offsets = doc.to_array([HEAD]).astype("int64").reshape(-1).tolist()
        heads = tuple(i + offset for i, offset in enumerate(offsets))
        with _LOCK:
            _HEADS[doc] = heads
    return heads


#: Per Doc: per column of ``doc_words`` ("texts", "lemmas", ...), each string -> the indices
#: of the tokens with that string (``word_index``).
_POSITIONS: WeakKeyDictionary[Doc, dict[str, dict[str, tuple[int, ...]]]] = WeakKeyDictionary()


def word_index(doc: Doc, column: str) -> dict[str, tuple[int, ...]]:
    """Each string of the ``column`` of ``doc_words`` ("texts", "lemmas", "lowers", ...) ->
    the indices, in order, of the tokens that have it; built once per Doc and column (a scan
    of the whole Doc per candidate builds every Token)."""
    with _LOCK:
        tables = _POSITIONS.get(doc)
        if tables is None:
            tables = _POSITIONS[doc] = {}
    table = tables.get(column)
    if table is None:
        found: dict[str, list[int]] = {}
        for i, word in enumerate(getattr(doc_words(doc), column)):
            found.setdefault(word, []).append(i)
        table = {word: tuple(indices) for word, indices in found.items()}
        with _LOCK:
            tables[column] = table
    return table


def text_positions(doc: Doc, text: str) -> tuple[int, ...]:
    """The indices, in order, of the tokens of ``doc`` whose ``token.text`` is ``text``."""
    return word_index(doc, "texts").get(text, ())


def lemma_positions(doc: Doc, lemmas: Collection[str]) -> list[int]:
    """The indices, in order, of the tokens of ``doc`` whose lower-case lemma is one of
    ``lemmas``."""
    table = word_index(doc, "lemmas")
    return sorted({i for lemma in lemmas for i in table.get(lemma, ())})
