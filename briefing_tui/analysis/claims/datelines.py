"""Datelines: the place (and date, agency) a story was filed from, opening a paragraph."""

from __future__ import annotations

import re

#: A dateline: place words in capitals, an optional date and agency, then a dash.
_DATELINE = re.compile(
    r"[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+)*(?:,[^\n\u2014\u2013]{1,30}?)?"
    r"(?: ?\([^)\n]{1,20}\))?\s*(?:\u2014|\u2013|--|-)\s+"
)


def dateline_end(text: str, start: int, end: int | None = None) -> int | None:
    """Where a dateline opening a paragraph at ``start`` ends ("LISBON (Wire) - "), or
    None when the paragraph opens otherwise (a match may not reach past ``end``)."""
    if start > 0 and text[start - 1] != "\n":
        return None
    found = _DATELINE.match(text, start, len(text) if end is None else end)
    return None if found is None else found.end()
