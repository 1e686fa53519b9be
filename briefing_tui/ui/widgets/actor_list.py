"""The Actors pane."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message

from briefing_tui.model import Actor
from briefing_tui.ui.messages import ActorSelected
from briefing_tui.ui.widgets.item_list import ItemList


class ActorList(ItemList[Actor]):
    """Actors with their kind and number of mentions; moving onto one selects it."""

    label = "Actors"

    def render_item(self, item: Actor) -> Text:
        count = len(item.mentions)
        text = Text(item.name, style="bold")
        text.append(f"  {item.kind} · {count}×", style="dim")
        return text

    def make_message(self, item: Actor) -> Message:
        return ActorSelected(item)
