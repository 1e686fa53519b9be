"""Dates in news text: a publication date, and the dates a sentence gives, made ISO.

"Friday, July 21, 2017", "21 July 2017" and "2017-07-21" are read as written; "July 21"
takes the article's year; a weekday ("on Tuesday"), "yesterday" and "today" count
back from the article's date. Without an article date, only full dates are read.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefing_tui.analysis.calendar_names import WEEKDAYS

MONTHS = {
    name: n
    for n, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for name in names
}
#: Month names as a date writes them: capitalised, so that "may" the verb is no month.
_MONTH = "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True))
_MONTH_DAY = re.compile(
    rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"
)
_DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})\.?(?:,?\s+(?P<year>\d{{4}}))?"
)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_RELATIVE = re.compile(
    rf"\b(?:(?:on|last|this|since|by|until)\s+(?P<weekday>{'|'.join(WEEKDAYS)})|(?P<word>yesterday|today))\b",
    re.IGNORECASE,
)


def _make(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str | None) -> date | None:
    """The first full date written in ``text`` ("Friday, July 21, 2017"), or None."""
    if not text:
        return None
    for found in dates_in(text, None):
        return found[0]
    return None


#: Words that put a sentence's weekday ahead of the article's date ("will meet on Tuesday").
FUTURE_WORDS = frozenset(
    [
        "will",
        "shall",
        "expected",
        "scheduled",
        "plans",
        "planned",
        "due",
        "next",
        "tomorrow",
        "upcoming",
    ]
)
_WORDS = re.compile(r"[a-z']+")


def dates_in(text: str, reference: date | None) -> list[tuple[date, int, int]]:
    """Every date ``text`` writes, with its range, in order; partial and relative dates
    are read against ``reference`` (the article's date), else left out. A weekday counts
    back from the article's date, or ahead when the sentence speaks of the future."""
    found: list[tuple[date, int, int]] = []
    taken: list[tuple[int, int]] = []

    def add(when: date | None, start: int, end: int) -> None:
        if when and not any(s < end and start < e for s, e in taken):
            found.append((when, start, end))
            taken.append((start, end))

    for match in _ISO.finditer(text):
        add(_make(int(match["year"]), int(match["month"]), int(match["day"])), *match.span())
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for match in pattern.finditer(text):
            year = int(match["year"]) if match["year"] else (reference.year if reference else None)
            month = MONTHS[match["month"].lower()]
            add(_make(year, month, int(match["day"])), *match.span())
    if reference:
        future = bool(set(_WORDS.findall(text.casefold())) & FUTURE_WORDS)
        for match in _RELATIVE.finditer(text):
            if match["word"]:
                back = 1 if match["word"].lower() == "yesterday" else 0
            elif future:
                back = -((WEEKDAYS.index(match["weekday"].lower()) - reference.weekday()) % 7)
            else:
                back = (reference.weekday() - WEEKDAYS.index(match["weekday"].lower())) % 7
            add(reference - timedelta(days=back), *match.span())
    return sorted(found, key=lambda f: f[1])
