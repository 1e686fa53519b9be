"""The pane bar shown in narrow terminals, where one pane is visible at a time."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.message import Message
from textual.widgets import Static


class PaneBar(Static):
    """A row of pane names with the visible one highlighted; clicking a name switches pane."""

    class PaneChosen(Message):
        """The reader clicked a pane name."""

        def __init__(self, pane: str) -> None:
            super().__init__()
            self.pane = pane

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._labels: list[tuple[str, str]] = []
        self._active = ""
        self._cells: list[tuple[int, int, str]] = []

    def set_panes(self, labels: list[tuple[str, str]], active: str) -> None:
        """Show ``labels`` (pane id, label) with ``active`` highlighted."""
        self._labels, self._active = labels, active
        text = Text(no_wrap=True, overflow="ellipsis")
        self._cells = []
        for number, (pane, label) in enumerate(labels, start=1):
            start = text.cell_len
            chunk = f" {number} {label} "
            text.append(chunk, style="reverse bold" if pane == self._active else "")
            self._cells.append((start, text.cell_len, pane))
        self.update(text)

    def on_click(self, event: events.Click) -> None:
        for start, end, pane in self._cells:
            if start <= event.x < end:
                self.post_message(self.PaneChosen(pane))
                return
