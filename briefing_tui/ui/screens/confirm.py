"""A yes-or-no question (overwrite an export?)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from briefing_tui.ui.screens.dialog import Dialog


class ConfirmScreen(Dialog[bool]):
    """Asks ``question``; y returns True, n or Esc returns None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "yes", "Yes", id="confirm.yes"),
        Binding("n,escape", "close", "No", id="confirm.no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self._question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self._question, style="bold"), classes="dialog-title")
            yield Static(Text("y: yes · n or Esc: no"), classes="dialog-hint")

    def action_yes(self) -> None:
        """Answer yes."""
        self.dismiss(True)
