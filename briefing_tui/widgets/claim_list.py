"""The Claims pane."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message

from briefing_tui.messages import ClaimSelected
from briefing_tui.model import Briefing, Claim
from briefing_tui.widgets.item_list import ItemList
from briefing_tui.widgets.relations import claim_source_name


class ClaimList(ItemList[Claim]):
    """Claims as "source cue: content"; moving onto one selects it."""

    label = "Claims"

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.briefing: Briefing | None = None

    def render_item(self, item: Claim) -> Text:
        if self.briefing is None:
            return Text(item.id)
        text = self.briefing.article.text
        content = " ".join(text[item.content.start : item.content.end].split())
        line = Text(claim_source_name(self.briefing, item), style="bold")
        line.append(f" {item.cue}: ", style="italic")
        line.append(content)
        return line

    def make_message(self, item: Claim) -> Message:
        return ClaimSelected(item)
