"""Opening the library: the SQLite file in the data folder, WAL, migrations, faults made plain.

The library is ``<data dir>/library.sqlite3``. It is an index and a cache: the
notes stay Markdown files (the source of truth) and the feed list is also kept as
``feeds.opml`` beside it, so a library that is corrupt is set aside and rebuilt
from them, never losing a note. A library another process is writing is waited
for a while (``BUSY_TIMEOUT``), then said to be busy.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing_tui.errors import BriefingError
from briefing_tui.settings import load_settings
from briefing_tui.store.library.schema import migrate

LIBRARY_FILE = "library.sqlite3"
FEEDS_FILE = "feeds.opml"
#: Seconds a write waits for another process's write to finish.
BUSY_TIMEOUT = 10.0


class LibraryError(BriefingError):
    """The library could not be read or written; what is already stored is intact."""


def library_path(home: Path | None = None) -> Path:
    """Where the library of the data folder ``home`` (default: the settings') lives."""
    return (home if home is not None else load_settings().data_dir) / LIBRARY_FILE


def describe_error(exc: sqlite3.Error, path: Path) -> str:
    """One line saying what went wrong with the library at ``path`` and what to do."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return (
            f"the library {path} is busy (another Briefing is writing to it); "
            "nothing was lost, try again in a moment"
        )
    if "full" in text:
        return (
            f"the disk holding {path} is full; the library kept everything stored "
            "before this write; free some space and try again"
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return f"cannot write the library {path} ({exc}); check the folder's permissions"
    return f"the library {path} failed ({exc})"


class Library:
    """An open library: one SQLite connection in autocommit mode, and its data folder.

    The connection may be used from several threads (the app records an article in a
    worker): a lock gives each transaction and each read the connection to itself.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, *, rebuilt_from: Path | None = None):
        self.conn = conn
        self.path = path
        self.lock = threading.RLock()
        self._depth = 0  # transactions open in the thread holding the lock
        #: Where a corrupt library was set aside, when this one was rebuilt on opening.
        self.rebuilt_from = rebuilt_from

    @property
    def home(self) -> Path:
        """The data folder holding the library (and the notes)."""
        return self.path.parent

    @property
    def notes_dir(self) -> Path:
        """The folder of the Markdown notes the library indexes."""
        return self.home / "notes"

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (taken at once, so two writers wait rather than fail late);
        any SQLite error becomes a LibraryError and nothing of the transaction is kept.

        Inside another transaction of the same thread, it is part of that one: many
        writes made by separate calls (a feed refresh's) commit once, together.
        """
        with self.lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                except sqlite3.Error as exc:  # the open transaction rolls it all back
                    raise LibraryError(describe_error(exc, self.path)) from exc
                finally:
                    self._depth -= 1
                return
            self._depth = 1
            try:
                yield from self._transaction()
            finally:
                self._depth = 0

    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise LibraryError(describe_error(exc, self.path)) from exc
        try:
            yield self.conn
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise LibraryError(describe_error(exc, self.path)) from exc
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise LibraryError(describe_error(exc, self.path)) from exc

    def query(self, sql: str, parameters: tuple | dict = ()) -> list[sqlite3.Row]:
        """Rows of a read; a SQLite error becomes a LibraryError."""
        try:
            with self.lock:
                return self.conn.execute(sql, parameters).fetchall()
        except sqlite3.Error as exc:
            raise LibraryError(describe_error(exc, self.path)) from exc

    def close(self) -> None:
        """Close the connection (the library stays on disk), once no other thread is in
        a read or a transaction: closing under a running statement crashes the process."""
        with self.lock, contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False
    )
    conn.row_factory = sqlite3.Row
    try:
        # The first statements read the file's header and schema: a file that is not
        # a library (or is damaged there) fails here.
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _is_corrupt(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.DatabaseError) and (
        "not a database" in text or "malformed" in text or "corrupt" in text
    )


def _set_aside(path: Path) -> Path:
    """Rename a corrupt library (and its WAL files) out of the way; returns its new name."""
    stamp = time.strftime("%Y%m%dT%H%M%S")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            source.replace(Path(f"{aside}{suffix}"))
    return aside
