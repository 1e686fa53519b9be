"""What the modal screens share: closing without a result, moving with j/k/g/G, their own
key bar, and choosing from a list."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Generic, TypeVar

from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing_tui.ui.widgets.key_bar import KeyBar

ResultT = TypeVar("ResultT")


def _moves(target: Widget) -> dict[str, Callable[[], object]]:
    """What each of j, k, g and G does to ``target``: move a list's highlight, or scroll text."""
    if isinstance(target, OptionList):
        return {
            "down": target.action_cursor_down,
            "up": target.action_cursor_up,
            "top": target.action_first,
            "bottom": target.action_last,
        }
    # At once, as in the article pane and a pager: not animated.
    return {
        "down": lambda: target.scroll_down(animate=False),
        "up": lambda: target.scroll_up(animate=False),
        "top": lambda: target.scroll_home(animate=False),
        "bottom": lambda: target.scroll_end(animate=False),
    }


class Dialog(ModalScreen[ResultT | None], Generic[ResultT]):
    """A modal screen whose ``close`` action dismisses it with no result.

    j/k/g/G move in it as in the panes: the highlight of its list, or its text.
    In a text field they are letters (the field takes them first). Its key bar
    shows its own keys, not the main screen's.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "move('down')", "Down", id="dialog.down", tooltip="Move down"),
        Binding("k", "move('up')", "Up", id="dialog.up", tooltip="Move up"),
        Binding("g", "move('top')", "Top", id="dialog.top", show=False, tooltip="Go to the top"),
        Binding(
            "G", "move('bottom')", "Bottom", id="dialog.bottom", show=False, tooltip="Go to the end"
        ),
    ]

    def on_mount(self) -> None:
        if not self.query("#dialog-keys"):  # a subclass's on_mount may call this one too
            self.mount(KeyBar(id="dialog-keys", app_keys=False))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # j/k/g/G only where there is something to move (not in a yes-or-no question).
        return action != "move" or self._move_target() is not None

    def action_close(self) -> None:
        """Close without a result."""
        self.dismiss(None)

    def action_move(self, where: str) -> None:
        """Move the highlight of the dialog's list, or scroll its text (``where``: down,
        up, top or bottom)."""
        target = self._move_target()
        if target is not None:
            _moves(target)[where]()

    def _move_target(self) -> Widget | None:
        """What j/k/g/G move: the focused list or text, else the dialog's first one."""

        def movable(widget: Widget | None) -> bool:
            return isinstance(widget, OptionList) or bool(widget and widget.allow_vertical_scroll)

        if movable(self.focused):
            return self.focused
        return next((widget for widget in self.query(Widget) if movable(widget)), None)


class Chooser(Dialog[ResultT], Generic[ResultT]):
    """A dialog around one OptionList: it has the focus, and Enter dismisses with the choice."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: the list's own Enter would win otherwise, and the key bar would not
        # show this one.
        Binding(
            "enter",
            "choose",
            "Choose",
            id="dialog.choose",
            priority=True,
            tooltip="Go to the highlighted item",
        ),
    ]

    def chosen(self, option: Option) -> ResultT | None:
        """What choosing ``option`` returns (None closes without a result)."""
        raise NotImplementedError

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def action_choose(self) -> None:
        """Choose the highlighted item."""
        self.query_one(OptionList).action_select()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.chosen(event.option))
