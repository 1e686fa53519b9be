"""The Actors pane."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.message import Message

from briefing_tui.model import Actor
from briefing_tui.ui.messages import ActorSelected
from briefing_tui.ui.widgets.item_list import ItemList


class ActorList(ItemList[Actor]):
    """Actors, most salient first, each after its number of mentions (right-aligned, so the
    counts form a column) and with its kind; moving onto one selects it.

    Places that only say where things happen (``Actor.located_only``) come last, after a
    rule, their names not in bold: they are kept in the pane so that their mentions can
    still be marked and walked with n / N, but apart from the actors.
    """

    label = "Actors"

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._count_width = 1  # digits of the largest count
        self._rendered_count_width: dict[str, int] = {}  # as each actor was last shown

    def set_items(self, items: Sequence[Actor]) -> None:
        # A stable sort: actors of equal salience keep the analysis's order.
        ordered = sorted(items, key=lambda actor: (actor.located_only, -actor.salience))
        self._count_width = max((len(str(len(a.mentions))) for a in ordered), default=1)
        super().set_items(ordered)

    def render_item(self, item: Actor) -> Text:
        self._rendered_count_width[item.id] = self._count_width
        count = f"{len(item.mentions)}×".rjust(self._count_width + 1)
        text = Text(count, style="dim")
        text.append(" ")
        text.append(item.name, style="" if item.located_only else "bold")
        text.append(f"  {item.kind}", style="dim")
        return text

    def starts_group(self, item: Actor, previous: Actor) -> bool:
        return item.located_only and not previous.located_only

    def same_item(self, old: Actor, new: Actor) -> bool:
        # A wider largest count re-aligns every row.
        if not super().same_item(old, new):
            return False
        return self._rendered_count_width.get(new.id) == self._count_width

    def make_message(self, item: Actor) -> Message:
        return ActorSelected(item)
