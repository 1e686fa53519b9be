"""The key help screen (?): every binding, from the same declarations as the footer."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from briefing_tui.ui.screens.dialog import Dialog


class HelpScreen(Dialog[None]):
    """A table of (where, key, what) rows; Esc, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", id="help.close"),
    ]

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        table = Table(box=None, expand=True, show_header=True, header_style="bold")
        table.add_column("Where", no_wrap=True)
        table.add_column("Key", no_wrap=True, style="bold")
        table.add_column("Does")
        for where, key, does in self.rows:
            table.add_row(Text(where), Text(key), Text(does))
        with Vertical(classes="dialog help"):
            yield Static(Text("Keys", style="bold"), classes="dialog-title")
            with VerticalScroll():
                yield Static(table, id="help-table")
            yield Static(Text("Esc closes"), classes="dialog-hint")


def keys_markdown(rows: list[tuple[str, str, str]]) -> str:
    """The key table as Markdown (for docs/keys.md)."""
    lines = ["# Briefing keys", "", "| Where | Key | Does |", "| :- | :- | :- |"]
    for where, key, does in rows:
        cells = [cell.replace("|", "\\|") for cell in (where, key, does)]
        lines.append(f"| {cells[0]} | `{cells[1]}` | {cells[2]} |")
    return "\n".join(lines) + "\n"
