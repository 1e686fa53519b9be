"""What the modal screens share: closing without a result, and choosing from a list."""

from __future__ import annotations

from typing import Generic, TypeVar

from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

ResultT = TypeVar("ResultT")


class Dialog(ModalScreen[ResultT | None], Generic[ResultT]):
    """A modal screen whose ``close`` action dismisses it with no result."""

    def action_close(self) -> None:
        """Close without a result."""
        self.dismiss(None)


class Chooser(Dialog[ResultT], Generic[ResultT]):
    """A dialog around one OptionList: it has the focus, and Enter dismisses with the choice."""

    def chosen(self, option: Option) -> ResultT | None:
        """What choosing ``option`` returns (None closes without a result)."""
        raise NotImplementedError

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.chosen(event.option))
