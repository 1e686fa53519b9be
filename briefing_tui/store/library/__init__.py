"""The library: every article opened or fetched, the feeds, and an index of the notes, in SQLite."""

from __future__ import annotations

from briefing_tui.store.library.db import Library, LibraryError, library_path
from briefing_tui.store.library.opening import open_library

__all__ = ["Library", "LibraryError", "library_path", "open_library"]
