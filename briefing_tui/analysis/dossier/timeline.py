"""The dossier's timeline: the articles by publication date and the dated events they report."""

from __future__ import annotations

import re

from briefing_tui.analysis.dossier.dates import dates_in, parse_date
from briefing_tui.analysis.dossier.model import TimelineEntry
from briefing_tui.model import Briefing

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“A-Z0-9])")
#: Longest event text kept (a sentence is cut with an ellipsis beyond it).
EVENT_CHARS = 160
#: A line of this many words or fewer that holds a date is a dateline.
DATELINE_WORDS = 5


def article_date(briefing: Briefing) -> str | None:
    """The article's publication date as ISO, from its metadata, else its dateline."""
    article = briefing.article
    when = parse_date(article.date) or parse_date(article.dateline)
    return when.isoformat() if when else None


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` as ranges, split at sentence ends and lines."""
    end = len(text) if end is None else end
    ranges = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        base = start + line.start()
        piece = line.group()
        cut = 0
        for match in _SENTENCE_END.finditer(piece):
            ranges.append((base + cut, base + match.start()))
            cut = match.end()
        ranges.append((base + cut, base + len(piece)))
    return [(s, e) for s, e in ranges if text[s:e].strip()]


def build_timeline(briefings: list[Briefing]) -> list[TimelineEntry]:
    """Each article's publication, and each dated sentence of each article, by date;
    undated publications last, in the dossier's order."""
    entries: list[TimelineEntry] = []
    for i, briefing in enumerate(briefings):
        published = article_date(briefing)
        title = briefing.article.title or briefing.article.source
        entries.append(TimelineEntry(published, "published", i, title))
        reference = parse_date(published)
        text = briefing.article.text
        seen: set[tuple[str, int]] = set()
        for s_start, s_end in sentences(text):
            sentence = text[s_start:s_end]
            for when, _start, _end in dates_in(sentence, reference):
                iso = when.isoformat()
                if (iso, s_start) in seen or len(sentence.split()) <= DATELINE_WORDS:
                    continue  # a date on its own line: the dateline, not an event
                seen.add((iso, s_start))
                shown = " ".join(sentence.split())
                if len(shown) > EVENT_CHARS:
                    shown = shown[: EVENT_CHARS - 1] + "…"
                entries.append(TimelineEntry(iso, "event", i, shown, s_start, s_end))
    return sorted(
        entries, key=lambda e: (e.date is None, e.date or "", e.kind != "published", e.article)
    )
