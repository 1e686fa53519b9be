"""The structure of an article's text: paragraphs, title, byline and dateline."""

from __future__ import annotations

import re
from itertools import starmap

from briefing_tui.model import Span

_TITLE_MAX_CHARS = 200
_TITLE_MAX_WORDS = 30
#: How many non-blank lines at the top may hold the title, byline and dateline.
_HEADER_LINES = 4
_BYLINE = re.compile(r"^(?:By|BY)\s+(?P<name>[A-Z][^\n]{1,100}?)\s*$")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^(?P<dateline>"
    r"[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3}"  # WASHINGTON, NEW YORK, ST. LOUIS
    r"(?:,\s*[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?)?)?"  # , Ukraine / , Calif.
    rf"(?:,\s*(?P<date>{_MONTH}\s+\d{{1,2}}))?"  # , Oct 3
    r"(?:\s*\((?P<agency>[A-Z][\w&.' ]{1,30})\))?"  # (Reuters)
    r")\s*(?:-{1,2}|–|—)\s+"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: A line that is only a date: "Friday, July 21, 2017", "21 July 2017", "2017-07-21".
_DATE_LINE = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d)"
)


class _LineStart:
    """A pattern tried at the start of each line of a stretch of text, in one scan.

    The scan looks for newlines (a fast search), not for every line start.
    """

    def __init__(self, pattern: str) -> None:
        self._first = re.compile(pattern)
        self._after_break = re.compile(r"\n" + pattern)

    def any(self, text: str, start: int, end: int) -> bool:
        """Whether a line of ``text[start:end]`` (``start`` opening a line) starts so."""
        return bool(
            self._first.match(text, start, end) or self._after_break.search(text, start, end)
        )

    def count(self, text: str) -> int:
        """How many lines of ``text`` start so."""
        return bool(self._first.match(text)) + len(self._after_break.findall(text))


#: Hard-wrapped lines are at most this many characters long.
_WRAP_WIDTH = 120
# ``[^\S\n]`` is whitespace other than the newline: every pattern stays on one line.
_LINE = re.compile(r"[^\n]+")
#: A run of non-blank lines (a blank line holds only whitespace).
_NON_BLANK_RUN = re.compile(r"(?m)^[^\S\n]*\S[^\n]*(?:\n[^\S\n]*\S[^\n]*)*")
_LONG_LINE = _LineStart(rf"[^\n]{{{_WRAP_WIDTH + 1}}}")
#: Markdown structure: a heading, list item, quote or table row.
_MARKED_LINE = _LineStart(r"[^\S\n]*(?:#{1,6}[^\S\n]|[-*+][^\S\n]|\d+[.)][^\S\n]|>|\|)")
#: A line ending a sentence (``.``, ``?``, ... then closing quotes and spaces), read
#: backwards: on the reversed text, a line end is a line start, found by its newline.
_SENTENCE_END_REVERSED = _LineStart(r"[^\S\n]*[\"'”’)\]]*[.!?:;…]")
_match_span = re.Match.span


def _block_is_wrapped(text: str, start: int, end: int, last_break: int) -> bool:
    """True when the lines of ``text[start:end]`` (a block of two or more non-blank lines
    whose last newline is at ``last_break``) are one hard-wrapped paragraph.

    Wrapped lines are plain text (no Markdown marks), fill the width evenly (none
    above 120 characters nor under half the widest but the last, so a title or byline
    above a paragraph is not taken for one) and most but the last end mid-sentence.
    The cheap tests come first; none loops over the lines in Python.
    """
    if _LONG_LINE.any(text, start, end) or _MARKED_LINE.any(text, start, end):
        return False
    lengths = list(map(len, text[start:end].split("\n")))
    if min(lengths[:-1]) * 2 < max(lengths):
        return False
    inner = len(lengths) - 1
    open_ended = inner - _SENTENCE_END_REVERSED.count(text[start:last_break][::-1])
    return open_ended * 2 > inner


def paragraph_spans(text: str) -> list[Span]:
    """The paragraphs of ``text`` as spans.

    Each non-blank line is a paragraph (so a stray related-headline line stays on
    its own), except that a block of hard-wrapped lines between blank lines is one.
    Linear in the text, with Python work per block and per paragraph only.
    """
    bounds: list[tuple[int, int]] = []
    for run in _NON_BLANK_RUN.finditer(text):
        start, end = run.span()
        last_break = text.rfind("\n", start, end)
        if last_break < 0 or _block_is_wrapped(text, start, end, last_break):
            bounds.append((start, end))
        else:
            bounds += map(_match_span, _LINE.finditer(text, start, end))
    return list(starmap(Span, bounds))


def _header_lines(text: str) -> list[str]:
    lines: list[str] = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            lines.append(match.group().strip())
            if len(lines) == _HEADER_LINES:
                break
    return lines


def find_byline(text: str) -> str | None:
    """The name in a ``By Jane Doe`` line near the top, if there is one."""
    for line in _header_lines(text):
        match = _BYLINE.match(line)
        if not match:
            continue
        name = match.group("name")
        ends_with_initial = re.search(r"\b(?:[A-Z]|Jr|Sr)\.$", name)
        if len(name.split()) <= 12 and (not name.endswith(".") or ends_with_initial):
            return name
    return None


def find_dateline(text: str) -> str | None:
    """A dateline such as ``WASHINGTON (Reuters)`` or ``LONDON, Oct 3`` opening a paragraph."""
    for line in _header_lines(text):
        match = _DATELINE.match(line)
        if match and sum(c.isalpha() for c in match.group("dateline")) >= 2:
            return match.group("dateline").strip()
    return None


def find_date(text: str) -> str | None:
    """The publication date near the top: a line that is only a date, else a dateline's date."""
    lines = _header_lines(text)
    for line in lines:
        if _DATE_LINE.fullmatch(line):
            return line
    for line in lines:
        match = _DATELINE.match(line)
        if match and match.group("date"):
            return match.group("date")
    return None


def find_outlet(text: str) -> str | None:
    """The wire agency a dateline names, as in ``WASHINGTON (Reuters) -``."""
    for line in _header_lines(text):
        match = _DATELINE.match(line)
        if match and match.group("agency"):
            return match.group("agency").strip()
    return None


#: Closing quotation marks that may follow a headline's last word or full stop.
_CLOSING_MARKS = "”’\"'»"
#: A title-case word (AP style: every word of four letters or more is capitalised).
_LONG_WORD = re.compile(r"[^\W\d_][\w’'\-]{3,}")


def _is_title_case(line: str) -> bool:
    """Whether ``line`` is in headline title case: at least two long words, all capitalised.

    Short words (articles, most prepositions) are left out of the test, as AP style
    leaves them lower case; a sentence has lower-case long words ("spoke", "with").
    """
    long_words = _LONG_WORD.findall(line)
    return len(long_words) >= 2 and all(word[0].isupper() for word in long_words)


def _ends_like_headline(line: str) -> bool:
    """Whether the last character of ``line`` (past closing quotation marks) ends a headline.

    A headline has no final punctuation, or asks or exclaims; a single trailing
    full stop is a headline's only when the line is in title case (some outlets
    end every headline with one). A comma, colon or semicolon means the line
    goes on, so it is no headline.
    """
    bare = line.rstrip(_CLOSING_MARKS)
    if not bare or bare[-1] in ",:;…":
        return False
    if bare[-1] != ".":
        return True
    return not bare.endswith("..") and _is_title_case(bare)


def _is_header_line(line: str) -> bool:
    """A byline, dateline, date or deeper Markdown heading: never a title."""
    return bool(
        line.startswith("#")
        or _BYLINE.match(line)
        or _DATELINE.match(line)
        or _DATE_LINE.fullmatch(line)
    )


def guess_title(text: str) -> str:
    """The title: a leading Markdown ``# Title``, else the first non-blank line when it reads
    as a headline.

    A headline is short (at most 200 characters and 30 words), is not a byline,
    dateline or date, and ends without a sentence's punctuation, or with a single
    full stop after title-case words ("Old Hands Help Russia Navigate U.S. Media.").
    A sentence-case line ending in a full stop is the article's first sentence.
    """
    for match in re.finditer(r"[^\n]+", text):
        line = match.group().strip()
        if not line:
            continue
        heading = re.match(r"^#\s+(.+?)\s*#*\s*$", line)
        if heading:
            return heading.group(1)
        too_long = len(line) > _TITLE_MAX_CHARS or len(line.split()) > _TITLE_MAX_WORDS
        if too_long or _is_header_line(line) or not _ends_like_headline(line):
            return ""
        return line
    return ""
