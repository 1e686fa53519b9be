"""The common list pane behind Actors, Claims and Questions: title with count, status, filter."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, Generic, TypeVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing_tui.terminal_text import visible_controls
from briefing_tui.ui.messages import ItemChosen

ItemT = TypeVar("ItemT")
#: Options added per message-loop turn (measuring an option costs the OptionList ~0.5 ms).
BATCH = 20


class ItemList(OptionList, Generic[ItemT]):
    """A focusable list of briefing items that can be filtered and shows analysis progress.

    Moving the highlight in a focused list previews the item: subclasses turn it
    into an ActorSelected, ClaimSelected or QuestionSelected message. Enter (or a
    click) chooses it: an ItemChosen message. Focusing the list previews nothing.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", id="list.down", show=False),
        Binding("k", "cursor_up", "Up", id="list.up", show=False),
        Binding("g", "first", "Top", id="list.top", show=False),
        Binding("G", "last", "Bottom", id="list.bottom", show=False),
    ]

    #: The pane's name, shown in its border title with the count.
    label: ClassVar[str] = "Items"
    #: Whether a rule separates the items (for items that wrap over several lines).
    separated: ClassVar[bool] = False

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._items: list[ItemT] = []
        self._visible: list[ItemT] = []
        self._predicate: Callable[[ItemT], bool] | None = None
        self._status: str = "waiting for the analysis"
        self._filter_label: str = ""
        self._rebuilding = False
        self._announced: str | None = None  # id of the item last announced as selected
        self._cursor_id: str | None = None  # where select_item_id put the cursor mid-rebuild
        self._noted: set[str] = set()  # ids of the items with a note (their rows are marked)
        self._generation = 0  # of the rebuild in progress
        self._shown = 0  # how many of the visible items are options so far
        self._shown_items = False  # False while the options are a status line
        self._measured_width = -1  # the content width the options were last wrapped to
        #: Cursor moves typed before the items first arrived, in order (see ``_keep_move``).
        self._pending_moves: list[str] = []
        self._awaiting_items = True  # until the first items are all options

    # -- content ---------------------------------------------------------

    def item_id(self, item: ItemT) -> str:
        """A stable id for ``item``."""
        return str(getattr(item, "id", id(item)))

    def render_item(self, item: ItemT) -> Text:
        """The item as one option (plain Text; never markup)."""
        return Text(visible_controls(str(item)))

    def starts_group(self, item: ItemT, previous: ItemT) -> bool:
        """Whether a rule goes between ``previous`` and ``item``: a new group starts."""
        return False

    def same_item(self, old: ItemT, new: ItemT) -> bool:
        """Whether ``new`` shows as ``old`` did (so its option can stay)."""
        return old is new or old == new

    def make_message(self, item: ItemT) -> Message | None:
        """The message announcing that the reader selected ``item``."""
        return None

    @property
    def items(self) -> list[ItemT]:
        """Every item, filtered or not."""
        return list(self._items)

    @property
    def visible_items(self) -> list[ItemT]:
        """The items currently listed (after filters)."""
        return list(self._visible)

    @property
    def selected_item(self) -> ItemT | None:
        """The highlighted item, if any."""
        index = self.highlighted
        if index is None or not self._visible or index >= len(self._visible):
            return None
        return self._visible[index]

    @property
    def filled(self) -> bool:
        """Whether every visible item is an option by now (none waits for its batch)."""
        return not self._visible or (self._shown_items and self._shown == len(self._visible))

    def set_status(self, status: str) -> None:
        """Say what the analysis is doing while the list is still empty."""
        self._status = status
        if not self._items:
            self._rebuild()
        self._update_title()

    def set_items(self, items: Sequence[ItemT]) -> None:
        """Replace the items (keeping the highlight on the same item where possible)."""
        self._items = list(items)
        if not self._items:  # another article: moves typed now wait for its items
            self._awaiting_items = True
            self._pending_moves.clear()
        self._rebuild()

    def set_filter(self, predicate: Callable[[ItemT], bool] | None, label: str = "") -> None:
        """Show only the items for which ``predicate`` is true (None shows all)."""
        if predicate is None and self._predicate is None and label == self._filter_label:
            return
        self._predicate = predicate
        self._filter_label = label
        self._rebuild()

    def select_item_id(self, item_id: str) -> bool:
        """Highlight the item with this id if it is listed; True if it was."""
        for index, item in enumerate(self._visible):
            if self.item_id(item) == item_id:
                if not self.filled:  # the batches of a rebuild end on it, not their own pick
                    self._cursor_id = item_id
                self.highlighted = min(index, max(self._shown - 1, 0))
                return True
        return False

    def _rebuild(self) -> None:
        """Show the (filtered) items.

        Only what changed is re-added: items kept at the front (a partial result
        growing) stay as they are. Many options are added a batch per message-loop
        turn, because the OptionList measures each one it adds, so a long list
        never stalls the keys.
        """
        current = self.selected_item
        current_id = self.item_id(current) if current is not None else None
        predicate = self._predicate
        old_visible = self._visible
        self._visible = [i for i in self._items if predicate is None or predicate(i)]
        self._generation += 1
        keep = 0
        if self._shown_items and self._shown == len(old_visible):
            limit = min(len(old_visible), len(self._visible))
            while keep < limit and self.same_item(old_visible[keep], self._visible[keep]):
                keep += 1
        self._rebuilding = True
        try:
            if keep == 0 or keep < self._shown:
                self.clear_options()
                self._shown = keep = 0
                self._shown_items = False
            if not self._visible:
                message = self._status if not self._items else "nothing matches the filter"
                self.add_option(Option(Text(message, style="italic"), disabled=True))
            else:
                self._shown_items = True
                self._add_batch(self._generation, current_id)
        finally:
            self._rebuilding = False
        self._update_title()

    def _add_batch(self, generation: int, current_id: str | None) -> None:
        if generation != self._generation:
            return  # replaced by a newer rebuild
        start = self._shown
        batch = self._visible[start : start + BATCH]
        self._rebuilding = True
        try:
            if batch:
                self.add_options(self._options_for(batch, start))
                self._shown = start + len(batch)
            if self._shown < len(self._visible):
                self.call_later(self._add_batch, generation, current_id)
                return
            index = 0
            current_id, self._cursor_id = self._cursor_id or current_id, None
            if current_id is not None:
                for n, item in enumerate(self._visible):
                    if self.item_id(item) == current_id:
                        index = n
                        break
            wanted = index if (current_id is not None or self.has_focus) else None
            if self.highlighted != wanted:
                self.highlighted = wanted
        finally:
            self._rebuilding = False
        if self._awaiting_items and self._visible:
            self._apply_pending_moves()

    def _options_for(self, batch: list[ItemT], start: int) -> list[Option | None]:
        """The options of ``batch`` (the visible items from ``start`` on); with a rule (None)
        before each but the list's first when the items are ``separated``, and before each
        item that starts a group."""
        options: list[Option | None] = []
        for index, item in enumerate(batch, start=start):
            previous = self._visible[index - 1] if index > 0 else None
            if previous is not None and (self.separated or self.starts_group(item, previous)):
                options.append(None)
            options.append(Option(self._prompt(item), id=self.item_id(item)))
        return options

    def set_noted(self, item_ids: set[str]) -> None:
        """Mark the rows of the items with these ids as having a note (the notes store's)."""
        changed, self._noted = item_ids ^ self._noted, set(item_ids)
        if not changed or not self._shown_items:
            return
        for item in self._visible[: self._shown]:
            if self.item_id(item) in changed:
                self.replace_option_prompt(self.item_id(item), self._prompt(item))

    def _prompt(self, item: ItemT) -> Text:
        """The item's row: ``render_item``, after a note mark if it has a note."""
        prompt = self.render_item(item)
        if self.item_id(item) in self._noted:
            return Text("✎ ", style="bold") + prompt
        return prompt

    def _update_title(self) -> None:
        total, shown = len(self._items), len(self._visible)
        count = f"{shown}/{total}" if shown != total else f"{total}"
        self.border_title = f"{self.label} ({count})"
        if self._filter_label:
            self.border_subtitle = self._filter_label
        elif self._status != "done" and self._status:
            self.border_subtitle = self._status
        else:
            self.border_subtitle = ""

    # -- moves typed before the items arrive ---------------------------------

    # The lists fill when the analysis arrives, well after the reader may have typed
    # "2jj": a move on a list with no items yet is kept and made once they are all
    # listed, so type-ahead counts as it would in a pager.

    def _keep_move(self, action: str) -> bool:
        """Keep ``action`` for later if the items have not arrived yet; True if kept."""
        if not self._awaiting_items:
            return False
        self._pending_moves.append(action)
        return True

    def _apply_pending_moves(self) -> None:
        """Make the moves typed while the list waited for its items, in order."""
        self._awaiting_items = False
        moves, self._pending_moves = self._pending_moves, []
        for action in moves:
            getattr(super(), f"action_{action}")()

    def action_cursor_down(self) -> None:
        """Move the highlight down (once the items are listed)."""
        if not self._keep_move("cursor_down"):
            super().action_cursor_down()

    def action_cursor_up(self) -> None:
        """Move the highlight up (once the items are listed)."""
        if not self._keep_move("cursor_up"):
            super().action_cursor_up()

    def action_first(self) -> None:
        """Move the highlight to the first item (once the items are listed)."""
        if not self._keep_move("first"):
            super().action_first()

    def action_last(self) -> None:
        """Move the highlight to the last item (once the items are listed)."""
        if not self._keep_move("last"):
            super().action_last()

    def action_page_down(self) -> None:
        """Move the highlight down a page (once the items are listed)."""
        if not self._keep_move("page_down"):
            super().action_page_down()

    def action_page_up(self) -> None:
        """Move the highlight up a page (once the items are listed)."""
        if not self._keep_move("page_up"):
            super().action_page_up()

    # -- measuring ---------------------------------------------------------

    def _update_lines(self) -> None:
        """Measure the options not measured yet, first all of them again if the width changed.

        The OptionList measures options as they are added, at the width of the
        moment, and keeps their wrapped lines until the widget is resized. But its
        content also narrows when the vertical scrollbar appears (the list filling
        up, a filter cleared): lines wrapped before were then cropped, losing a
        claim's last word or an actor's count. Every measurement goes through here
        (painting, scrolling, adding options), so checking the width here keeps
        all the lines wrapped to the width they are shown at.
        """
        width = self.scrollable_content_region.width
        if width and width != self._measured_width:
            self._measured_width = width
            self._clear_caches()
        super()._update_lines()

    # -- events ------------------------------------------------------------

    def on_mount(self) -> None:
        self._rebuild()

    def on_focus(self, event: events.Focus) -> None:
        # The cursor shows where j / k start; reaching a pane previews nothing.
        if self.highlighted is None and self._visible:
            self._announced = self.item_id(self._visible[0])
            self.highlighted = 0

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        # Rebuilding re-highlights the same item; only a move to another item selects it.
        item = self.selected_item
        if self.has_focus and item is not None and self.item_id(item) != self._announced:
            self._announce()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        item = self.selected_item
        if item is not None:
            self.post_message(ItemChosen(item))  # type: ignore[arg-type]

    def _announce(self) -> None:
        item = self.selected_item
        if item is None:
            return
        self._announced = self.item_id(item)
        message = self.make_message(item)
        if message is not None:
            self.post_message(message)
