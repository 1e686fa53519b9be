"""Whether a day an event is set for lies after the article's date line.

"Sentencing was set for April 20" tells the setting as past, not the event: in
an article dated "Friday, March 2, 2026" (a line of its own at the top, or
"MARLOW, Ohio, March 2, 2026 -" before the first sentence) April 20 is still
ahead. Without a date line with its year nothing is compared (the caller keeps
its past reading: precision first).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Month by its first three letters.
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
#: "March 2, 2026", "Dec. 14, 2026", "Sept 9 2026": a month, a day and a year.
_FULL = re.compile(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2}),? ((?:19|20)\d\d)\b")
#: "April 20", "Dec. 14": a month and a day.
_DAY = re.compile(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})\b")
#: A wire date line with no year: "COPENHAGEN, June 12 (Reuters) -", "LISBON, May 6 -".
_WIRE = re.compile(r"^[A-Z][A-Z .'-]+, ([A-Z][a-z]{2,8})\.? (\d{1,2})\b", re.MULTILINE)
#: How far into the article a date line may stand (its first lines).
_HEAD = 200


def _month(word: str) -> int | None:
    return _MONTHS.get(word[:3].lower())


def dateline_day(doc: Doc) -> date | None:
    """The full date the article's first lines give it, or None."""
    match = _FULL.search(doc_text(doc)[:_HEAD])
    if match is None:
        return None
    month = _month(match[1])
    if month is None:
        return None
    try:
        return date(int(match[3]), month, int(match[2]))
    except ValueError:
        return None


def ahead_of_dateline(day_words: str, doc: Doc) -> bool:
    """Whether ``day_words`` ("on April 20", "Dec. 14") names a day after the article's
    date line, in the date line's year (January in a December article: the next year)."""
    dated = dateline_day(doc)
    match = _DAY.search(day_words)
    if dated is None or match is None:
        return False
    month = _month(match[1])
    if month is None:
        return False
    # a day early in the year in a late-year article is next year's ("Jan. 5" in December)
    year = dated.year + 1 if month < dated.month and dated.month - month >= 10 else dated.year
    try:
        return date(year, month, int(match[2])) > dated
    except ValueError:
        return False


def after_wire_day(day_words: str, doc: Doc) -> bool:
    """Whether ``day_words`` ("Oct. 30") names a later day of the year than the article's
    date line, a full one or a wire line with no year ("COPENHAGEN, June 12 (Reuters)");
    a day before the line's (perhaps next year's) is never taken as ahead."""
    if ahead_of_dateline(day_words, doc):
        return True
    line = _WIRE.search(doc_text(doc)[: _HEAD * 2])
    match = _DAY.search(day_words)
    if line is None or match is None:
        return False
    month, line_month = _month(match[1]), _month(line[1])
    if month is None or line_month is None:
        return False
    return (month, int(match[2])) > (line_month, int(line[2]))
