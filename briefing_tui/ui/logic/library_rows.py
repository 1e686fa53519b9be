"""How the start screen words its rows: articles, feeds, entries and search hits."""

from __future__ import annotations

from rich.text import Text

from briefing_tui.store.library.articles import ArticleRow
from briefing_tui.store.library.feeds import EntryRow, FeedRow
from briefing_tui.store.library.search import MARK_CLOSE, MARK_OPEN, Hit
from briefing_tui.terminal_text import one_line

TITLE_CHARS = 70


def _clip(text: str, limit: int = TITLE_CHARS) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def article_prompt(row: ArticleRow) -> Text:
    """``● Title  outlet · date · 2 notes · 40%`` (● unread), one line."""
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append("● " if not row.read else "  ", style="bold")
    name = row.title or row.location.rsplit("/", 1)[-1] or "(untitled)"
    text.append(one_line(_clip(name)), style="bold" if not row.read else "")
    details = [d for d in (row.outlet, (row.date or row.opened or "")[:10]) if d]
    if row.notes:
        details.append(f"{row.notes} note{'s' if row.notes != 1 else ''}")
    if row.progress:
        details.append(f"{row.progress}%")
    if details:
        text.append("  " + one_line(" · ".join(details)), style="dim")
    return text


def feed_prompt(row: FeedRow) -> Text:
    """``Feed title  3 unread`` (and ``!`` when its last refresh failed)."""
    text = Text(one_line(_clip(row.title, 40)), style="bold" if row.unread else "")
    text.append(f"  {row.unread} unread" if row.unread else "  all read", style="dim")
    if row.error:
        text.append("  !", style="bold red")
    return text


def entry_prompt(row: EntryRow) -> Text:
    """An entry of a feed: unread mark, date, title; ``(no text)`` if its page failed."""
    text = Text("● " if not row.read else "  ", style="bold")
    if row.published:
        text.append(row.published[:10] + "  ", style="dim")
    text.append(one_line(_clip(row.title or row.url or "")))
    if row.article_sha is None:
        text.append("  (not stored yet)" if row.error is None else "  (no text)", style="dim")
    return text


def hit_prompt(hit: Hit) -> Text:
    """A search hit: its title, then the snippet with the matched words in bold (one line)."""
    text = Text(no_wrap=True, overflow="ellipsis")
    if hit.kind == "note":
        text.append("note ", style="italic")
        if hit.anchor_kind and hit.anchor_kind != "article":
            text.append(f"on {one_line(_clip(hit.anchor_text or '', 30))} ", style="dim")
    text.append(one_line(_clip(hit.title or hit.location or "(untitled)", 50)), style="bold")
    text.append("  ")
    bold = False
    for part in hit.snippet.replace(MARK_CLOSE, MARK_OPEN).split(MARK_OPEN):
        words = one_line(" ".join(part.split()))
        if part[:1].isspace():
            words = " " + words
        if part[-1:].isspace():
            words += " "
        text.append(words, style="reverse" if bold else "dim")
        bold = not bold
    return text
