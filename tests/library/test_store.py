"""The library store: recording articles, search over text, titles and notes, the notes index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefing_tui.model import Article
from briefing_tui.store.library import LibraryError, open_library
from briefing_tui.store.library.articles import (
    article_count,
    recent_articles,
    record_article,
    save_place,
    saved_place,
    stored_article,
)
from briefing_tui.store.library.notes_index import note_count, sync_notes_index
from briefing_tui.store.library.schema import SCHEMA_VERSION
from briefing_tui.store.library.search import match_offset, search
from briefing_tui.store.notes import NotesStore

HARBOUR = Article(
    text="Harbour pilots in Maplewick walked out on Monday.\n\nThe port authority said talks "
    "would resume once the tide tables were agreed.",
    title="Harbour pilots strike",
    source="/news/harbour.txt",
)
ORCHARD = Article(
    text="Frost damaged the apple orchards of the northern valley.\n\nGrowers asked the "
    "ministry for emergency credit.",
    title="Frost in the orchards",
    source="https://news.example/orchards",
    outlet="Valley Post",
)


def test_new_library_has_schema_version_and_wal(tmp_path: Path):
    with open_library(tmp_path) as library:
        assert library.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert library.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # Opening again keeps the version and runs no migration twice.
    with open_library(tmp_path) as library:
        assert library.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_library_of_a_newer_briefing_is_refused(tmp_path: Path):
    open_library(tmp_path).close()
    conn = sqlite3.connect(tmp_path / "library.sqlite3")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(LibraryError, match="newer Briefing"):
        open_library(tmp_path)


def test_recording_is_by_text_and_keeps_web_articles_offline(tmp_path: Path):
    with open_library(tmp_path) as library:
        assert record_article(library, HARBOUR)
        assert record_article(library, ORCHARD, opened=False)
        assert not record_article(library, HARBOUR)  # the same text: the same article
        assert article_count(library) == 2
        rows = {r.title: r for r in recent_articles(library)}
        assert rows["Harbour pilots strike"].read and not rows["Frost in the orchards"].read
        assert not rows["Harbour pilots strike"].offline  # the file is the copy
        back = stored_article(library, "https://news.example/orchards")
        assert back is not None and back.text == ORCHARD.text and back.outlet == "Valley Post"
        assert stored_article(library, "/news/harbour.txt") is None


def test_search_finds_text_titles_prefixes_and_the_matching_place(tmp_path: Path):
    with open_library(tmp_path) as library:
        record_article(library, HARBOUR)
        record_article(library, ORCHARD)
        assert [h.title for h in search(library, "tide tables")] == ["Harbour pilots strike"]
        assert [h.title for h in search(library, "orchard")] == ["Frost in the orchards"]
        assert [h.title for h in search(library, "minis")] == ["Frost in the orchards"]
        assert search(library, "walked ministry") == []  # every word must occur
        assert search(library, '"*) AND (NOT') == []  # FTS syntax in a query is only words
        offset = match_offset(HARBOUR.text, "tide tables")
        assert HARBOUR.text[offset:].startswith("tide tables")


def test_place_is_saved_and_given_back(tmp_path: Path):
    with open_library(tmp_path) as library:
        record_article(library, HARBOUR)
        save_place(library, HARBOUR.sha256, 57, {"offset": 57, "actor_id": "a2"})
        assert saved_place(library, HARBOUR.sha256) == (57, {"offset": 57, "actor_id": "a2"})


def _write_note(home: Path, article: Article, body: str) -> Path:
    store = NotesStore(article, home)
    store.set_note("article", None, article.title, body)
    store.save()
    return store.path


def test_notes_are_indexed_from_the_files_and_follow_their_changes(tmp_path: Path):
    path = _write_note(tmp_path, HARBOUR, "Ask the pilots' union about overtime rules.")
    with open_library(tmp_path) as library:
        record_article(library, HARBOUR)
        assert note_count(library) == 1
        hits = search(library, "overtime")
        assert [(h.kind, h.sha256) for h in hits] == [("note", HARBOUR.sha256)]
        assert recent_articles(library)[0].notes == 1
        # The file is the source of truth: a hand edit is what the index shows next.
        path.write_text(path.read_text().replace("overtime", "pensions"), encoding="utf-8")
        assert sync_notes_index(library) == 1
        assert search(library, "overtime") == []
        assert len(search(library, "pensions")) == 1
        path.unlink()
        sync_notes_index(library)
        assert note_count(library) == 0


def test_a_corrupt_library_is_rebuilt_from_the_notes(tmp_path: Path):
    _write_note(tmp_path, ORCHARD, "Compare with last spring's frost credit.")
    open_library(tmp_path).close()
    db = tmp_path / "library.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.write_bytes(b"this is not a database at all" * 200)
    with open_library(tmp_path) as library:
        assert library.rebuilt_from is not None and library.rebuilt_from.exists()
        assert [h.kind for h in search(library, "spring")] == ["note"]
    notes = list((tmp_path / "notes").glob("*.md"))
    assert len(notes) == 1 and "frost credit" in notes[0].read_text()


def test_a_locked_library_says_so_and_keeps_what_is_stored(tmp_path: Path, monkeypatch):
    import briefing_tui.store.library.db as db

    monkeypatch.setattr(db, "BUSY_TIMEOUT", 0.2)
    with open_library(tmp_path) as library:
        record_article(library, HARBOUR)
        other = sqlite3.connect(tmp_path / "library.sqlite3", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(LibraryError, match="busy"):
                record_article(library, ORCHARD)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert article_count(library) == 1
        record_article(library, ORCHARD)
        assert article_count(library) == 2


def test_a_full_disk_during_a_write_says_so_and_keeps_what_was_stored(tmp_path: Path):
    with open_library(tmp_path) as library:
        record_article(library, HARBOUR)
        pages = library.conn.execute("PRAGMA page_count").fetchone()[0]
        # The database may not grow: what a full disk does to a write.
        library.conn.execute(f"PRAGMA max_page_count = {pages}")
        big = Article(text="Grain silos " * 50_000, title="Silos", source="/news/silos.txt")
        with pytest.raises(LibraryError, match="is full"):
            record_article(library, big)
        assert article_count(library) == 1
        assert [h.title for h in search(library, "tide")] == ["Harbour pilots strike"]


def test_a_library_of_an_older_schema_is_migrated_keeping_its_articles(tmp_path: Path):
    from briefing_tui.store.library.schema import MIGRATIONS

    conn = sqlite3.connect(tmp_path / "library.sqlite3", isolation_level=None)
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO articles (sha256, title, added) VALUES ('abc', 'Old one', '2026-01-01')"
    )
    conn.close()
    with open_library(tmp_path) as library:
        assert library.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        indexes = {r[0] for r in library.conn.execute("SELECT name FROM sqlite_master")}
        assert {"articles_recent", "articles_unread"} <= indexes
        assert [r.title for r in recent_articles(library)] == ["Old one"]


def test_a_rebuilt_library_gets_its_feeds_back_from_the_feed_list(tmp_path: Path):
    from briefing_tui.store.library.feeds import add_feed, list_feeds

    with open_library(tmp_path) as library:
        add_feed(library, "https://coast.example/feed.xml", "Coast Wire")
    assert "coast.example/feed.xml" in (tmp_path / "feeds.opml").read_text()
    db = tmp_path / "library.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.write_bytes(b"\0" * 4096)
    with open_library(tmp_path) as library:
        assert library.rebuilt_from is not None
        assert [(f.url, f.title) for f in list_feeds(library)] == [
            ("https://coast.example/feed.xml", "Coast Wire")
        ]


def test_closing_waits_for_a_statement_running_in_another_thread(tmp_path: Path) -> None:
    """Closing the connection under a running statement crashed the process (exit 139
    when quitting while the app recorded an article in its worker)."""
    import threading

    library = open_library(tmp_path)
    closed = threading.Event()
    with library.lock:  # a worker in the middle of a read or a transaction
        closer = threading.Thread(target=lambda: (library.close(), closed.set()))
        closer.start()
        assert not closed.wait(0.3), "closed under a running statement"
        assert library.query("SELECT 1")[0][0] == 1
    closer.join(10)
    assert closed.is_set()
