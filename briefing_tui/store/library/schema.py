"""The library's tables, its schema version and the migrations from one version to the next.

Each migration is a list of statements run in one transaction; ``PRAGMA
user_version`` records how many have run, so an older library is brought up to
date when it is opened, and a newer one (written by a later Briefing) is refused.
"""

from __future__ import annotations

import sqlite3

#: Version 1: articles with their text indexed, feeds and their entries, the notes index.
#: Version 2: indexes for the recent and unread lists.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            outlet TEXT,
            url TEXT,
            source TEXT NOT NULL DEFAULT '',
            byline TEXT,
            date TEXT,
            added TEXT NOT NULL,
            opened TEXT,
            read INTEGER NOT NULL DEFAULT 0,
            stored TEXT,
            length INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0,
            place TEXT
        )""",
        "CREATE INDEX articles_opened ON articles(opened)",
        "CREATE INDEX articles_url ON articles(url)",
        "CREATE VIRTUAL TABLE article_text USING fts5(title, body, tokenize='unicode61')",
        """CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            site TEXT,
            etag TEXT,
            last_modified TEXT,
            checked TEXT,
            error TEXT,
            added TEXT NOT NULL
        )""",
        """CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            guid TEXT NOT NULL,
            url TEXT,
            title TEXT NOT NULL DEFAULT '',
            published TEXT,
            summary_only INTEGER NOT NULL DEFAULT 0,
            content_key TEXT NOT NULL,
            article_sha TEXT,
            error TEXT,
            read INTEGER NOT NULL DEFAULT 0,
            added TEXT NOT NULL,
            UNIQUE (feed_id, guid),
            UNIQUE (feed_id, content_key)
        )""",
        "CREATE INDEX entries_article ON entries(article_sha)",
        "CREATE INDEX entries_url ON entries(url)",
        """CREATE TABLE note_files (
            path TEXT PRIMARY KEY,
            mtime_ns INTEGER NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT ''
        )""",
        """CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL REFERENCES note_files(path) ON DELETE CASCADE,
            uid TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            anchor_kind TEXT NOT NULL,
            anchor_text TEXT NOT NULL,
            body TEXT NOT NULL,
            updated TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX notes_sha ON notes(sha256)",
        "CREATE VIRTUAL TABLE note_text USING fts5(anchor, body, title, tokenize='unicode61')",
    ),
    # Version 2: the start screen's two lists read from indexes, not a sort of every article.
    (
        "CREATE INDEX articles_recent ON articles(coalesce(opened, added) DESC, id DESC)",
        "CREATE INDEX articles_unread ON articles(read, added DESC, id DESC)",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(Exception):
    """The library was written by a later Briefing, whose schema this one does not know."""


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the library's schema up to ``SCHEMA_VERSION`` (``conn`` in autocommit mode);
    returns the version it had."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(f"schema version {version}, this Briefing knows {SCHEMA_VERSION}")
    for number in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Checked again inside the lock: another process may have migrated meanwhile.
            if conn.execute("PRAGMA user_version").fetchone()[0] == number:
                for statement in MIGRATIONS[number]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return version
