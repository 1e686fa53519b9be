"""Feeds and their entries in the library, and the feed list mirrored to ``feeds.opml``.

An entry is one per feed by its id (``guid``) and once more by its content
(``content_key``: title and summary), so an entry republished under a new
address is not listed twice. ``feeds.opml`` beside the library is rewritten on
every change of the feed list; a rebuilt library takes its feeds from it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_tui.store.library.articles import now_utc
from briefing_tui.store.library.db import FEEDS_FILE, Library

if TYPE_CHECKING:
    from briefing_tui.reading.feeds.parse import FeedEntry, ParsedFeed


@dataclass(frozen=True, slots=True)
class FeedRow:
    """A feed as listed: address, title, entries, unread entries, last check and error."""

    id: int
    url: str
    title: str
    site: str | None
    etag: str | None
    last_modified: str | None
    checked: str | None
    error: str | None
    entries: int
    unread: int


@dataclass(frozen=True, slots=True)
class EntryRow:
    """An entry as listed: title, date, address, whether read, its stored article."""

    id: int
    feed_id: int
    title: str
    published: str | None
    url: str | None
    read: bool
    article_sha: str | None
    summary_only: bool
    error: str | None


def add_feed(library: Library, url: str, title: str = "", site: str | None = None) -> bool:
    """Add the feed at ``url`` (its title if known); False if it was there already."""
    with library.transaction() as conn:
        cursor = conn.execute(
            "INSERT OR IGNORE INTO feeds (url, title, site, added) VALUES (?,?,?,?)",
            (url, title, site, now_utc()),
        )
        if not cursor.rowcount and title:
            conn.execute("UPDATE feeds SET title = ? WHERE url = ? AND title = ''", (title, url))
    save_feed_list(library)
    return bool(cursor.rowcount)


def list_feeds(library: Library) -> list[FeedRow]:
    """Every feed, by title, with its count of entries and of unread entries."""
    rows = library.query(
        "SELECT f.*, (SELECT count(*) FROM entries e WHERE e.feed_id = f.id) AS total,"
        " (SELECT count(*) FROM entries e WHERE e.feed_id = f.id AND e.read = 0) AS unread"
        " FROM feeds f ORDER BY lower(coalesce(nullif(f.title, ''), f.url))"
    )
    return [
        FeedRow(
            id=r["id"],
            url=r["url"],
            title=r["title"] or r["url"],
            site=r["site"],
            etag=r["etag"],
            last_modified=r["last_modified"],
            checked=r["checked"],
            error=r["error"],
            entries=r["total"],
            unread=r["unread"],
        )
        for r in rows
    ]


def feed_entries(library: Library, feed_id: int, limit: int | None = None) -> list[EntryRow]:
    """The feed's entries, newest first."""
    rows = library.query(
        "SELECT * FROM entries WHERE feed_id = ? ORDER BY coalesce(published, added) DESC,"
        " id DESC LIMIT ?",
        (feed_id, -1 if limit is None else limit),
    )
    return [_entry_row(r) for r in rows]


def record_check(
    library: Library,
    feed_id: int,
    *,
    error: str | None,
    etag: str | None = None,
    last_modified: str | None = None,
    title: str | None = None,
    site: str | None = None,
) -> None:
    """Note that the feed was checked now: its error, or its new validators and title."""
    with library.transaction() as conn:
        if error is not None:
            conn.execute(
                "UPDATE feeds SET checked = ?, error = ? WHERE id = ?", (now_utc(), error, feed_id)
            )
            return
        conn.execute(
            "UPDATE feeds SET checked = ?, error = NULL, etag = coalesce(?, etag),"
            " last_modified = coalesce(?, last_modified),"
            " title = CASE WHEN title = '' OR title = url THEN coalesce(?, title) ELSE title END,"
            " site = coalesce(site, ?) WHERE id = ?",
            (now_utc(), etag, last_modified, title, site, feed_id),
        )


def store_entries(library: Library, feed_id: int, feed: ParsedFeed) -> list[FeedEntry]:
    """Add the feed's entries not seen before (by id or by content); returns those added."""
    added: list[FeedEntry] = []
    when = now_utc()
    with library.transaction() as conn:
        for entry in feed.entries:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO entries (feed_id, guid, url, title, published,"
                " summary_only, content_key, added) VALUES (?,?,?,?,?,?,?,?)",
                (
                    feed_id,
                    entry.guid,
                    entry.url,
                    entry.title,
                    entry.published,
                    int(entry.summary_only),
                    entry.content_key,
                    when,
                ),
            )
            if cursor.rowcount:
                added.append(entry)
    return added


def entries_without_text(library: Library, feed_id: int | None = None) -> list[EntryRow]:
    """Entries whose article is not stored yet (new ones, or whose fetch failed before)."""
    rows = library.query(
        "SELECT * FROM entries WHERE article_sha IS NULL AND url IS NOT NULL"
        + ("" if feed_id is None else " AND feed_id = ?")
        + " ORDER BY id",
        () if feed_id is None else (feed_id,),
    )
    return [_entry_row(r) for r in rows]


def link_entry(library: Library, entry_id: int, *, sha256: str | None, error: str | None) -> None:
    """Record the article stored for an entry, or why its text could not be fetched."""
    with library.transaction() as conn:
        conn.execute(
            "UPDATE entries SET article_sha = coalesce(?, article_sha), error = ? WHERE id = ?",
            (sha256, error, entry_id),
        )


def entry_id_for(library: Library, feed_id: int, guid: str) -> int | None:
    """The id of the feed's entry ``guid``."""
    rows = library.query("SELECT id FROM entries WHERE feed_id = ? AND guid = ?", (feed_id, guid))
    return rows[0][0] if rows else None


def feed_list_path(library: Library) -> Path:
    """``feeds.opml`` beside the library."""
    return library.home / FEEDS_FILE


def save_feed_list(library: Library) -> None:
    """Mirror the feed list to ``feeds.opml`` (failing to is not an error: the library has it)."""
    from briefing_tui.reading.feeds.opml import OpmlFeed, write_opml
    from briefing_tui.store.atomic import atomic_write_text

    feeds = [OpmlFeed(f.url, f.title) for f in list_feeds(library)]
    with contextlib.suppress(OSError):
        atomic_write_text(feed_list_path(library), write_opml(feeds))


def restore_feed_list(library: Library) -> int:
    """Add the feeds of ``feeds.opml`` (after a rebuild); returns how many."""
    from briefing_tui.reading.feeds.opml import read_opml

    path = feed_list_path(library)
    try:
        feeds = read_opml(path.read_bytes(), str(path))
    except (OSError, ValueError):
        return 0
    with library.transaction() as conn:
        for feed in feeds:
            conn.execute(
                "INSERT OR IGNORE INTO feeds (url, title, added) VALUES (?,?,?)",
                (feed.url, feed.title, now_utc()),
            )
    return len(feeds)


def _entry_row(r: sqlite3.Row) -> EntryRow:
    """One row of the entries table as an ``EntryRow``."""
    return EntryRow(
        id=r["id"],
        feed_id=r["feed_id"],
        title=r["title"],
        published=r["published"],
        url=r["url"],
        read=bool(r["read"]),
        article_sha=r["article_sha"],
        summary_only=bool(r["summary_only"]),
        error=r["error"],
    )
