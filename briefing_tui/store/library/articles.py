"""Articles in the library: recorded when opened or fetched, listed, reopened where left.

An article is who it is by its text (``Article.sha256``). A web article's whole
``Article`` is kept (``stored``), so it reads offline; a file's is not (the file
is). Every article's title and text go into the full-text index.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from briefing_tui.store.library.db import Library

if TYPE_CHECKING:
    # Only for type hints at the top: the start screen lists articles without the model.
    from briefing_tui.model import Article


def now_utc() -> str:
    """The current time as ISO 8601 UTC to the second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One article as the start screen lists it."""

    sha256: str
    title: str
    outlet: str | None
    url: str | None
    source: str
    date: str | None
    opened: str | None
    read: bool
    length: int
    position: int
    notes: int
    offline: bool

    @property
    def location(self) -> str:
        """What opens it again: its URL or its file."""
        return self.url or self.source

    @property
    def progress(self) -> int:
        """How far it was read, in percent of its text (0 when never scrolled)."""
        return min(100, round(100 * self.position / self.length)) if self.length else 0


def record_article(library: Library, article: Article, *, opened: bool = True) -> bool:
    """Add ``article`` to the library, or refresh what is known of it; True if it is new.

    ``opened`` marks it read and opened now (and the feed entries that carry it read).
    """
    # Here, not at the top: the start screen lists articles without importing reading.
    from briefing_tui.reading.fetch import is_url
    from briefing_tui.reading.load import is_stdin

    sha = article.sha256
    url = article.source if is_url(article.source) else None
    source = "" if is_stdin(article.source) else article.source
    stored = json.dumps(article.to_json(), ensure_ascii=False) if url else None
    when = now_utc()
    with library.transaction() as conn:
        row = conn.execute("SELECT id FROM articles WHERE sha256 = ?", (sha,)).fetchone()
        if row is None:
            cursor = conn.execute(
                "INSERT INTO articles (sha256, title, outlet, url, source, byline, date, added,"
                " opened, read, stored, length) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    sha,
                    article.title,
                    article.outlet,
                    url,
                    source,
                    article.byline,
                    article.date,
                    when,
                    when if opened else None,
                    int(opened),
                    stored,
                    len(article.text),
                ),
            )
            conn.execute(
                "INSERT INTO article_text (rowid, title, body) VALUES (?,?,?)",
                (cursor.lastrowid, article.title, article.text),
            )
        else:
            conn.execute(
                "UPDATE articles SET title = coalesce(nullif(?, ''), title),"
                " outlet = coalesce(?, outlet), url = coalesce(?, url),"
                " source = coalesce(nullif(?, ''), source), byline = coalesce(?, byline),"
                " date = coalesce(?, date), stored = coalesce(?, stored) WHERE id = ?",
                (
                    article.title,
                    article.outlet,
                    url,
                    source,
                    article.byline,
                    article.date,
                    stored,
                    row["id"],
                ),
            )
            if opened:
                conn.execute(
                    "UPDATE articles SET opened = ?, read = 1 WHERE id = ?", (when, row["id"])
                )
        if opened:
            conn.execute(
                "UPDATE entries SET read = 1 WHERE article_sha = ?"
                " OR (url IS NOT NULL AND url = ?)",
                (sha, url),
            )
    return row is None


_ROW_COLUMNS = (
    "a.sha256, a.title, a.outlet, a.url, a.source, a.date, a.opened, a.read, a.length,"
    " a.position, a.stored IS NOT NULL AS offline,"
    " (SELECT count(*) FROM notes n WHERE n.sha256 = a.sha256) AS notes"
)


def _row(row) -> ArticleRow:
    return ArticleRow(
        sha256=row["sha256"],
        title=row["title"],
        outlet=row["outlet"],
        url=row["url"],
        source=row["source"],
        date=row["date"],
        opened=row["opened"],
        read=bool(row["read"]),
        length=row["length"],
        position=row["position"],
        notes=row["notes"],
        offline=bool(row["offline"]),
    )


def recent_articles(library: Library, limit: int = 100) -> list[ArticleRow]:
    """The articles opened or fetched most recently, newest first."""
    rows = library.query(
        f"SELECT {_ROW_COLUMNS} FROM articles a ORDER BY coalesce(a.opened, a.added) DESC,"
        " a.id DESC LIMIT ?",
        (limit,),
    )
    return [_row(r) for r in rows]


def unread_articles(library: Library, limit: int = 100) -> list[ArticleRow]:
    """Articles fetched (from feeds) and not opened yet, newest first."""
    rows = library.query(
        f"SELECT {_ROW_COLUMNS} FROM articles a WHERE a.read = 0 ORDER BY a.added DESC,"
        " a.id DESC LIMIT ?",
        (limit,),
    )
    return [_row(r) for r in rows]


def article_row(library: Library, sha256: str) -> ArticleRow | None:
    """The library's row for the article whose text has ``sha256``."""
    rows = library.query(f"SELECT {_ROW_COLUMNS} FROM articles a WHERE a.sha256 = ?", (sha256,))
    return _row(rows[0]) if rows else None


def stored_article(library: Library, location: str) -> Article | None:
    """The article kept for offline reading at URL (or with sha256) ``location``, if any."""
    rows = library.query(
        "SELECT stored FROM articles WHERE (url = ? OR sha256 = ?) AND stored IS NOT NULL"
        " ORDER BY coalesce(opened, added) DESC LIMIT 1",
        (location, location),
    )
    if not rows:
        return None
    from briefing_tui.model import Article

    try:
        return Article.from_json(json.loads(rows[0]["stored"]))
    except (ValueError, KeyError, TypeError):
        return None


def save_place(library: Library, sha256: str, position: int, place: dict | None) -> None:
    """Remember where the article was left: its reading offset and selection (a JSON object)."""
    with library.transaction() as conn:
        conn.execute(
            "UPDATE articles SET position = ?, place = ? WHERE sha256 = ?",
            (max(0, position), None if place is None else json.dumps(place), sha256),
        )


def saved_place(library: Library, sha256: str) -> tuple[int, dict | None]:
    """The reading offset and selection saved for the article (0 and None if none)."""
    rows = library.query("SELECT position, place FROM articles WHERE sha256 = ?", (sha256,))
    if not rows:
        return 0, None
    try:
        place = json.loads(rows[0]["place"]) if rows[0]["place"] else None
    except ValueError:
        place = None
    return rows[0]["position"], place if isinstance(place, dict) else None


def article_count(library: Library) -> int:
    """How many articles the library holds."""
    return library.query("SELECT count(*) FROM articles")[0][0]
