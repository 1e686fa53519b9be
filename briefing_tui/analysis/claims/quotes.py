"""Quotation marks: pairing them into quoted segments of the text.

Pure text work, no parse needed. Quotes never run past the end of their
paragraph (a line break): newspapers continue a quote into the next paragraph
by reopening it there, so each paragraph's part is its own segment, flagged
``continued`` when the previous paragraph's quote was left open. An opening
mark that finds no closing mark ends at its paragraph's end, so an unbalanced
mark cannot swallow the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Double quotation marks: curly open, curly close, straight (either), low and guillemets.
_OPENERS = frozenset("“„«")
_CLOSERS = frozenset("”»")
_STRAIGHT = '"'
#: Single marks are apostrophes too, so they only count at word edges.
_SINGLE_OPEN = frozenset("‘'")
_SINGLE_CLOSE = frozenset("’'")
#: Two apostrophes stand for a straight double mark in some newswire text.
_MARK_RE = re.compile(r"''|[“”„«»\"‘’'\n]")
_NEXT_CHAR_RE = re.compile(r"\s*(\S)")
_REOPENERS = frozenset("“„«\"'‘")
#: Longest quote kept when a paragraph is very long (a text without line breaks).
MAX_QUOTE_CHARS = 3000


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted stretch: ``start``/``end`` bound the words inside the marks."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None  # None when the paragraph ended before a closing mark
    double: bool = True
    interruption: tuple[int, int] | None = None  # the '", she said, "' of a joined split quote
    runs_on: bool = False  # left open at a paragraph end that the next paragraph reopens

    @property
    def closed(self) -> bool:
        """Whether a closing mark was found in the same paragraph."""
        return self.close_mark is not None


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _straight_opens(text: str, i: int, width: int = 1) -> bool:
    """A straight mark opens when it follows a space, a line start or opening punctuation."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if before.isspace() or before in "([{—–-/:;,“‘":
        return not after.isspace()
    return False


def _single_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in '([{—–-/:“"') and _is_word_char(after)


def _single_closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not _is_word_char(after)


def _closes_by_position(text: str, i: int) -> bool:
    """A mark after a word or punctuation and before a space, a line end or the text end."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ",.;:!?)")


def _closes_next_line(text: str, newline: int) -> bool:
    """Whether the line after ``newline`` holds a closing mark before any opening one."""
    end = text.find("\n", newline + 1)
    end = len(text) if end == -1 else end
    for k in range(newline + 1, end):
        ch = text[k]
        if ch in _OPENERS:
            return False
        if ch in _CLOSERS:
            return True
        if ch == _STRAIGHT:
            return not _straight_opens(text, k)
    return False


def find_quotes(text: str) -> list[Quote]:
    """Every quoted segment of ``text`` in order, double and single marks.

    Single quotes are only looked for outside double ones (so a quote within
    a quote stays part of its outer quote) and only at word edges, so that
    apostrophes ("don't", "voters'") are not taken for marks.
    """
    quotes: list[Quote] = []
    open_at: int | None = None
    opener = '"'
    single_open_at: int | None = None
    for match in _MARK_RE.finditer(text):
        i = match.start()
        ch = '"' if match.group() == "''" else text[i]
        if ch == "\n":
            carried = False
            if open_at is not None and i > open_at + len(opener):
                following = _NEXT_CHAR_RE.match(text, i)
                carried = _closes_next_line(text, i)
                runs_on = carried or (following is not None and following.group(1) in _REOPENERS)
                quotes.append(Quote(open_at + len(opener), i, open_at, None, runs_on=runs_on))
            # a quote whose closing mark is on the next line goes on there without a
            # reopening mark: the line break stands in for its opening mark
            open_at, opener = (i, "\n") if carried else (None, opener)
            single_open_at = None
            continue
        if open_at is not None and i - open_at > MAX_QUOTE_CHARS:
            open_at = None  # runaway: treat the opener as a stray mark
        if ch in _OPENERS and open_at is not None and _closes_by_position(text, i):
            # '... a decision.“': an opening mark typed where the quote ends closes it
            quotes.append(Quote(open_at + len(opener), i, open_at, i))
            open_at = None
            continue
        if ch in _OPENERS or (
            ch == _STRAIGHT and open_at is None and _straight_opens(text, i, len(match.group()))
        ):
            open_at = i
            opener = match.group()
            single_open_at = None
            continue
        if ch in _CLOSERS or ch == _STRAIGHT:
            if open_at is not None:
                quotes.append(Quote(open_at + len(opener), i, open_at, i))
                open_at = None
            continue
        if open_at is not None:
            continue  # single marks inside a double quote belong to it
        if single_open_at is not None and ch in _SINGLE_CLOSE and _single_closes(text, i):
            if i - single_open_at <= MAX_QUOTE_CHARS:
                quotes.append(Quote(single_open_at + 1, i, single_open_at, i, double=False))
            single_open_at = None
        elif ch in _SINGLE_OPEN and _single_opens(text, i):
            single_open_at = i
    if open_at is not None and len(text) > open_at + len(opener):
        end = min(len(text), open_at + len(opener) + MAX_QUOTE_CHARS)
        quotes.append(Quote(open_at + len(opener), end, open_at, None))
    return [q for q in quotes if text[q.start : q.end].strip()]


#: Longest interruption ("," she said, ") that still joins two quotes into one sentence.
MAX_SPLIT_GAP = 80


def join_split_quotes(text: str, quotes: list[Quote]) -> list[Quote]:
    """Join '"My hope," she said, "is that ..."' into one quote (the interruption included).

    Two quotes join when the second starts in lower case, so continues the
    first one's sentence, and only a short stretch of the same paragraph
    lies between them.
    """
    joined: list[Quote] = []
    for quote in quotes:
        if joined and _continues(text, joined[-1], quote):
            first = joined.pop()
            gap = (first.end, quote.start)
            quote = Quote(first.start, quote.end, first.open_mark, quote.close_mark, True, gap)
        joined.append(quote)
    return joined


def _continues(text: str, first: Quote, second: Quote) -> bool:
    if first.close_mark is None or not first.double or not second.double:
        return False
    gap = text[first.close_mark : second.open_mark].lstrip("\"”»'")
    if "\n" in gap or len(gap) > MAX_SPLIT_GAP:
        return False
    # the interruption reads ', she said,': commas around two words or more
    comma_before = text[first.start : first.end].rstrip().endswith(",") or gap.startswith(",")
    words = gap.replace(",", " ").split()
    if not comma_before or not gap.rstrip().endswith(",") or not 2 <= len(words) <= 8:
        return False
    opening = text[second.start : second.end].lstrip(" .…")
    return bool(opening) and opening[0].islower()
