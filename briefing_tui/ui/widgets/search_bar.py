"""The search bar under the panes (opened with /)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input

from briefing_tui.ui.messages import SearchChanged, SearchClosed


class SearchBar(Input):
    """An input that reports its text as it changes; Enter keeps the matches, Esc drops them."""

    #: Keys the app binds to move the focus ("/", "1" to "5", "a") are typed here.
    takes_text: ClassVar[bool] = True

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel search", id="search.cancel"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Search the article (Enter keeps, Esc cancels)", id=id)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(SearchChanged(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(SearchClosed(keep=bool(self.value)))

    def action_cancel(self) -> None:
        self.value = ""
        self.post_message(SearchClosed(keep=False))
