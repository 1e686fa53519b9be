"""The Questions pane."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message

from briefing_tui.model import Question
from briefing_tui.ui.messages import QuestionSelected
from briefing_tui.ui.widgets.item_list import ItemList


class QuestionList(ItemList[Question]):
    """Open questions with their kind; moving onto one selects it."""

    label = "Questions"

    def set_status(self, status: str) -> None:
        """As ``ItemList.set_status``; an analysis done with no question says nothing is open."""
        super().set_status("nothing is left open in this article" if status == "done" else status)

    def render_item(self, item: Question) -> Text:
        line = Text(f"[{item.kind}] ", style="dim")
        line.append(item.question)
        return line

    def make_message(self, item: Question) -> Message:
        return QuestionSelected(item)
