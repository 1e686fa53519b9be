"""Datelines: where a paragraph opens with the place (date, agency) a story was filed from.

"BRENNOCK - ", "KERRSHOLM, Velmora (AP) - ", "HARLOW BAY, May 3 (Wire) — " and, in the
article's first paragraph, "LONDON: " and the mixed-case "Kessane, Velmora — " are the
writer's, never part of an actor's name, a claim's source or content, or a question. Every
producer asks here where a dateline ends (``doc_datelines``, ``clip``, ``dateline_end``)
and questions lose one they took in (``without_dateline``).
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from briefing_tui.analysis.doctext import char_bounds, doc_text, doc_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: A place in capitals: "BRENNOCK", "PORT ALDER", "WINSTON-SALEM".
_CAPS = r"[A-Z][A-Z'\u2019.\-]+(?: [A-Z][A-Z'\u2019.\-]+)*"
#: A place as a name is written: "Kessane", "Port Alder".
_MIXED = r"[A-Z][a-z'\u2019.\-]+(?: [A-Z][a-z'\u2019.\-]+)*"
#: What may follow the place after a comma: a region, a date ("Velmora", "Va.", "Oct. 3").
_PART = r"[A-Z0-9][\w.'\u2019\-]*(?: [A-Z0-9][\w.'\u2019\-]*)*"
#: The wire agency in brackets: "(AP)", " (Reuters)".
_AGENCY = r" ?\([^)\n]{1,30}\)"
_PARTS = rf"(?:, {_PART}){{0,3}}(?:{_AGENCY})?"
#: A dash closing a dateline: em dash, en dash, a double or a spaced hyphen.
_DASH = r"(?:\s*(?:\u2014|\u2013|--)|\s+-|-(?=\s))\s+"

#: The dateline of any paragraph: a place in capitals and a dash.
_ANY_PARAGRAPH = re.compile(rf"(?P<place>{_CAPS}){_PARTS}{_DASH}")
#: The forms only the article's first paragraph is read for: a colon after capitals
#: ("LONDON: ", elsewhere a transcript's speaker), a name written in mixed case
#: ("Kessane, Velmora - ", elsewhere "Meanwhile, Russia - ...").
_FIRST_PARAGRAPH = re.compile(
    rf"(?P<place>{_CAPS}){_PARTS}\s*:\s+"
    rf"|(?P<mixed>{_MIXED})(?:(?:, {_PART}){{1,3}}(?:{_AGENCY})?|{_AGENCY}){_DASH}"
)
#: Parts of speech a mixed-case dateline's words may have ("Meanwhile, Russia -" has an ADV).
_NAME_POS = frozenset({"PROPN", "NOUN", "NUM", "PUNCT", "X"})
#: How a paragraph that holds a sentence ends (a title, a date or a byline ends otherwise).
_SENTENCE_END = re.compile(r"[.!?\"'\u201d\u2019)]\s*$")

_SPANS: WeakKeyDictionary[Doc, tuple[tuple[int, int], ...]] = WeakKeyDictionary()
_LOCK = threading.Lock()


def dateline_end(text: str, start: int, end: int | None = None) -> int | None:
    """Where a dateline in capitals opening a paragraph at ``start`` ends ("LISBON (Wire) -
    " -> just before the next word), or None when the paragraph opens otherwise (a match
    may not reach past ``end``). Text only: ``doc_datelines`` also reads the first
    paragraph's other forms."""
    if start > 0 and text[start - 1] != "\n":
        return None
    found = _ANY_PARAGRAPH.match(text, start, len(text) if end is None else end)
    return None if found is None else found.end()


def doc_datelines(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The character spans of the datelines opening the paragraphs of ``doc``, each up to
    the next word, in text order (kept per Doc)."""
    with _LOCK:
        known = _SPANS.get(doc)
    if known is not None:
        return known
    text = doc_text(doc)
    spans: list[tuple[int, int]] = []
    first = True  # the first paragraph that holds a sentence: the article's own dateline
    start = 0
    while start < len(text):
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        line = text[start:stop]
        if line.strip():
            found = _ANY_PARAGRAPH.match(text, start, stop)
            if found is None and first:
                found = _FIRST_PARAGRAPH.match(text, start, stop)
                if found is not None and not _first_form_holds(doc, text, found):
                    found = None
            if found is not None and found.end() < stop:
                spans.append((found.start(), found.end()))
            if _SENTENCE_END.search(line):
                first = False
        start = stop + 1
    result = tuple(spans)
    with _LOCK:
        _SPANS[doc] = result
    return result


def _first_form_holds(doc: Doc, text: str, found: re.Match[str]) -> bool:
    """Whether a first paragraph's colon or mixed-case form is a dateline: a mixed-case one
    names only (``_names_only``); a label in capitals before a colon that opens another
    line too is a transcript's speaker ("SMITH: ... SMITH: ..."), not a place."""
    if found.group("mixed"):
        return _names_only(doc, found)
    if text.count(f"\n{found.group('place')}:") > (1 if found.start() > 0 else 0):
        return False
    return _reported(doc, found)


def _reported(doc: Doc, found: re.Match[str]) -> bool:
    """Whether the paragraph after a label in capitals and a colon reads as a report, not a
    speaker's turn ("HOST: Welcome back", "SMITH: We will ..."): it opens with a name or an
    article and holds no first or second person."""
    bounds = char_bounds(doc, found.end(), found.end() + 1)
    if bounds is None:
        return False
    words = doc_words(doc)
    stop = next((i for i in range(bounds[0], len(doc)) if "\n" in words.texts[i]), len(doc))
    if words.pos[bounds[0]] != "PROPN" and words.lowers[bounds[0]] not in _ARTICLES:
        return False
    return not any(words.lowers[i] in _SPEAKERS for i in range(bounds[0], stop))


#: A report's opening article.
_ARTICLES = frozenset({"the", "a", "an"})
#: First and second person: a speaker's turn.
_SPEAKERS = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})


def _names_only(doc: Doc, found: re.Match[str]) -> bool:
    """Whether the words of a mixed-case dateline before its dash are names, not "Meanwhile"."""
    bounds = char_bounds(doc, found.start(), found.end())
    if bounds is None:
        return False
    pos = doc_words(doc).pos
    words = [i for i in range(*bounds) if pos[i] != "SPACE"]
    return bool(words) and all(pos[i] in _NAME_POS for i in words)


def dateline_at(doc: Doc, char: int) -> tuple[int, int] | None:
    """The dateline that holds the character at ``char``, or None."""
    return next(((s, e) for s, e in doc_datelines(doc) if s <= char < e), None)


def clip(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A character span that starts inside a dateline and goes on past it, from the
    dateline's end ("BRENNOCK - Residents of Brennock" -> "Residents of Brennock"); any
    other span as it is."""
    found = dateline_at(doc, start)
    if found is None or end <= found[1]:
        return start, end
    return found[1], end


def without_dateline(question: str, doc: Doc | None = None) -> str:
    """``question`` without a dateline of ``doc`` it took in ("Would BRENNOCK - Residents
    sue ...?" -> "Would residents sue ...?", "HALDEN, will March 3 - Halden Port ...?" ->
    "Will Halden Port ...?"): the word after it keeps its capital only if it is a name.
    Without a Doc, a dateline in capitals before a name is taken out."""
    if doc is None:
        return _INNER.sub("", question)
    text = doc_text(doc)
    for start, end in doc_datelines(doc):
        keep = _next_word_is_name(doc, end)
        question = _without(question, text[start:end], keep)
        question = _without_remnant(question, text[start:end], keep)
    return question


def _without_remnant(question: str, dateline: str, keep_capital: bool) -> str:
    """``question`` without what is left of a dateline in capitals that it took in only in
    part ("ORBISTON, will Vantor Energy close ...?" from "ORBISTON (AP) - "): the place and
    the dateline's words and marks after it, up to the first word of its own."""
    words = re.findall(r"\w[\w.'\u2019\-]*|[^\w\s]", dateline)
    if not words or not _CAPS_WORD.fullmatch(words[0]):
        return question  # a place in mixed case may be named in a question: "in Kessane"
    found = re.search(
        rf"(?<![\w'\u2019])(?i:{re.escape(words[0][:1])}){re.escape(words[0][1:])}\b", question
    )
    if found is None:
        return question
    own = set(words) | {",", "-", "\u2013", "\u2014", ":"}
    at = found.end()
    for piece in re.finditer(r"\s*(\w[\w.'\u2019\-]*|[^\w\s])", question[at:]):
        if piece.group(1) not in own:
            break
        at = found.end() + piece.end()
    rest = question[at:].lstrip()
    if rest[:1].isupper() and not keep_capital and found.start() > 0:
        rest = rest[:1].lower() + rest[1:]
    mended = question[: found.start()] + rest
    return mended[:1].upper() + mended[1:]


#: A place word in capitals.
_CAPS_WORD = re.compile(r"[A-Z][A-Z'\u2019.\-]+")
#: A dateline in capitals inside a question, before a word: "Will TARVIK - Osgood ...".
_INNER = re.compile(rf"\b{_CAPS}(?:, {_PART}){{0,3}}(?:{_AGENCY})? [-\u2013\u2014] (?=[A-Za-z])")
#: A word a question may put inside a dateline it took in ("HALDEN, will March 3 - ..."):
#: a dateline's own words are names and numbers, never in small letters.
_OPENER = r"[a-z]+"


def _without(question: str, dateline: str, keep_capital: bool) -> str:
    """``question`` without the words of ``dateline`` (one opener may stand between them)."""
    words = re.findall(r"\w[\w.'\u2019\-]*|[^\w\s]", dateline)
    if len(words) < 2:
        return question
    first = re.escape(words[0])
    parts = [f"(?i:{first[:1]}){first[1:]}"]
    for n, word in enumerate(words[1:-1]):
        parts.append(rf"\s*(?:(?P<v{n}>{_OPENER})\s+)?{re.escape(word)}")
    # its dash, or a comma before the question's verb ("MARLOW, April 3, will ...")
    parts.append(rf"(?:\s*{re.escape(words[-1])}|,(?=\s*{_OPENER}\b))")
    pattern = re.compile(r"(?<![\w'\u2019])" + "".join(parts) + r"\s*")

    def mend(found: re.Match[str]) -> str:
        opener = next((v for v in found.groupdict().values() if v), "")
        return f"{opener} " if opener else ""

    found = pattern.search(question)
    if found is None:
        return question
    rest = question[found.end() :]
    if rest[:1].isupper() and not keep_capital:
        rest = rest[:1].lower() + rest[1:]
    mended = question[: found.start()] + mend(found) + rest
    return mended[:1].upper() + mended[1:]


def _next_word_is_name(doc: Doc, end: int) -> bool:
    """Whether the word a dateline ends before is a name or an acronym ("Katya", "NATO"), not
    a sentence's first word ("Residents", "A"): in capitals, in an entity that starts there,
    or a proper noun, not a plural before a preposition ("Residents of"), that the article
    never writes in small letters."""
    bounds = char_bounds(doc, end, end + 1)
    if bounds is None:
        return True
    word = doc[bounds[0]]
    if word.text.isupper() or (word.ent_iob_ == "B" and word.ent_type_):
        return True
    if word.pos_ != "PROPN" or word.lower_ in doc_words(doc).texts:
        return False
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return not (word.tag_ == "NNPS" and after is not None and after.pos_ == "ADP")


def clip_tokens(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """``clip`` for a token range: from the first token after the dateline a range starts
    in and goes on past ("CORBRIDGE - Halden Motors" -> "Halden Motors")."""
    words = doc_words(doc)
    found = dateline_at(doc, words.idxs[start]) if start < end else None
    if found is None:
        return start, end
    first = next((i for i in range(start, end) if words.idxs[i] >= found[1]), end)
    return (first, end) if first < end else (start, end)


def within_datelines(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """Whether every one of the character ``spans`` lies inside a dateline (and there is
    one): a town or agency named only there ("LONDON (Reuters) - ") acts nowhere."""
    datelines = doc_datelines(doc)
    return bool(spans) and all(any(s <= a and b <= e for s, e in datelines) for a, b in spans)


def dateline_place(doc: Doc, start: int, end: int) -> bool:
    """Whether the characters ``[start, end)`` name a dateline's place (its town, region):
    inside a dateline, before its agency's bracket ("LONDON", not "Reuters")."""
    found = dateline_at(doc, start)
    return found is not None and end <= found[1] and "(" not in doc_text(doc)[found[0] : end]
