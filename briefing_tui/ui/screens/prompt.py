"""A one-line prompt (open a file, name an export)."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from briefing_tui.ui.screens.dialog import Dialog


class PromptScreen(Dialog[str]):
    """Asks for one line of text; Enter returns it, Esc returns None.

    Given the recent articles (``recent``), Ctrl+R chooses one of them instead of
    typing its location.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Cancel", id="prompt.cancel"),
        # Priority: the field's own Enter would win otherwise, and the key bar would not
        # show this one.
        Binding(
            "enter", "submit", "OK", id="prompt.submit", priority=True, tooltip="Use what is typed"
        ),
        # A control key: every letter is for the field.
        Binding(
            "ctrl+r",
            "recent",
            "Recent",
            id="prompt.recent",
            tooltip="In the Open prompt: choose a recently opened article",
        ),
    ]

    def __init__(
        self,
        title: str,
        value: str = "",
        placeholder: str = "",
        hint: str = "",
        recent: Callable[[], list[dict[str, str]]] | None = None,
    ) -> None:
        super().__init__()
        self._title, self._value, self._placeholder, self._hint = title, value, placeholder, hint
        self._recent = recent

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self._title, style="bold"), classes="dialog-title")
            yield Input(value=self._value, placeholder=self._placeholder, id="prompt-input")
            if self._hint:
                yield Static(Text(self._hint), classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Ctrl+R only where there are recent articles to choose from (the Open prompt).
        if action == "recent":
            return self._recent is not None
        return super().check_action(action, parameters)

    async def action_submit(self) -> None:
        """Return what is typed."""
        await self.query_one(Input).action_submit()

    def action_recent(self) -> None:
        """Choose a recent article; its location is the answer."""
        from briefing_tui.ui.screens.recent import RecentScreen

        entries = self._recent() if self._recent is not None else []
        if not entries:
            self.notify("No recent articles yet", severity="warning")
            return
        self.app.push_screen(RecentScreen(entries), self._recent_chosen)

    def _recent_chosen(self, location: str | None) -> None:
        if location:
            self.dismiss(location)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)
