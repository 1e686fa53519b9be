"""Recently opened articles: a small JSON list in the data folder, and the chooser (r)."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing_tui.fileio import atomic_write_text

MAX_RECENT = 10


def _is_url(location: str) -> bool:
    return location.startswith(("http://", "https://"))


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
        if not _is_url(location):
            location = str(Path(location).expanduser().resolve())
        entries = [e for e in self.entries() if e["location"] != location]
        entries.insert(0, {"location": location, "title": title})
        with contextlib.suppress(OSError):
            atomic_write_text(self.path, json.dumps(entries[:MAX_RECENT], indent=2) + "\n")


class RecentScreen(ModalScreen[str | None]):
    """Choose a recent article; Enter reopens it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,r", "close", "Close", id="recent.close"),
    ]

    def __init__(self, entries: list[dict[str, str]]) -> None:
        super().__init__()
        self.entries = entries

    def compose(self) -> ComposeResult:
        options = []
        for index, entry in enumerate(self.entries):
            prompt = Text(entry.get("title") or Path(entry["location"]).name, style="bold")
            prompt.append("\n" + entry["location"], style="dim")
            options.append(Option(prompt, id=str(index)))
        with Vertical(classes="dialog"):
            yield Static(Text("Recent articles", style="bold"), classes="dialog-title")
            yield OptionList(*options, id="recent-list")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.entries[int(event.option.id or 0)]["location"])

    def action_close(self) -> None:
        self.dismiss(None)
