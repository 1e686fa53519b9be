"""The chooser of recently opened articles (r)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing_tui.store.recent import entry_name
from briefing_tui.terminal_text import one_line
from briefing_tui.ui.screens.dialog import Chooser


class RecentScreen(Chooser[str]):
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
            prompt = Text(one_line(entry_name(entry)), style="bold")
            prompt.append("\n" + one_line(entry["location"]), style="dim")
            options.append(Option(prompt, id=str(index)))
        with Vertical(classes="dialog"):
            yield Static(Text("Recent articles", style="bold"), classes="dialog-title")
            yield OptionList(*options, id="recent-list")

    def chosen(self, option: Option) -> str:
        return self.entries[int(option.id or 0)]["location"]
