"""Recently opened articles: a small JSON list in the data folder, newest first."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from briefing_tui.model import Article
from briefing_tui.reading.fetch import is_url
from briefing_tui.reading.load import STDIN_SOURCE, is_stdin
from briefing_tui.store.atomic import atomic_write_text

MAX_RECENT = 10


def entry_name(entry: dict[str, str]) -> str:
    """How an entry is named in lists: its title, else the file name of its location."""
    return entry.get("title") or Path(entry["location"]).name


class RecentFiles:
    """The last ``MAX_RECENT`` articles opened, newest first. Failing to write is not an error."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def entries(self) -> list[dict[str, str]]:
        """The recent entries (``location``, ``title``), newest first."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(data, list):
            return []
        return [e for e in data if isinstance(e, dict) and isinstance(e.get("location"), str)]

    def add(self, location: str, title: str = "") -> None:
        """Put ``location`` first (files as absolute paths)."""
        if not is_url(location) and not is_stdin(location):
            location = str(Path(location).expanduser().resolve())
        entries = [e for e in self.entries() if e["location"] != location]
        entries.insert(0, {"location": location, "title": title})
        with contextlib.suppress(OSError):
            atomic_write_text(self.path, json.dumps(entries[:MAX_RECENT], indent=2) + "\n")

    def remember(self, article: Article) -> None:
        """Add ``article``: its file or URL, or "standard input"."""
        if is_stdin(article.source):
            self.add(STDIN_SOURCE, article.title)
        elif article.source:
            self.add(article.source, article.title)
