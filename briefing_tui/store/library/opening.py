"""Opening the library: created or migrated, a corrupt one set aside and rebuilt, notes indexed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefing_tui.store.library.db import (
    Library,
    LibraryError,
    _connect,
    _is_corrupt,
    _set_aside,
    describe_error,
    library_path,
)
from briefing_tui.store.library.feeds import restore_feed_list
from briefing_tui.store.library.notes_index import sync_notes_index
from briefing_tui.store.library.schema import SchemaTooNew


def open_library(home: Path | None = None, *, sync_notes: bool = True) -> Library:
    """Open (creating or migrating) the library of the data folder ``home``.

    A corrupt library is set aside (``library.sqlite3.corrupt-<time>``) and a new
    one built: the notes index from the notes files, the feeds from ``feeds.opml``
    (their entries come back at the next refresh). ``sync_notes`` brings the notes
    index up to date with the notes folder (only files changed since are read).
    """
    path = library_path(home)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(f"cannot create the data folder {path.parent} ({exc})") from exc
    rebuilt_from = None
    try:
        conn = _connect(path)
    except SchemaTooNew as exc:
        raise LibraryError(
            f"the library {path} was written by a newer Briefing ({exc}); update Briefing"
        ) from exc
    except sqlite3.Error as exc:
        if not _is_corrupt(exc):
            raise LibraryError(describe_error(exc, path)) from exc
        rebuilt_from = _set_aside(path)
        try:
            conn = _connect(path)
        except sqlite3.Error as again:
            raise LibraryError(describe_error(again, path)) from again
    library = Library(conn, path, rebuilt_from=rebuilt_from)
    if rebuilt_from is not None:
        restore_feed_list(library)
    if sync_notes or rebuilt_from is not None:
        sync_notes_index(library)
    return library
