"""The Questions pane."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message

from briefing_tui.model import Question
from briefing_tui.ui.messages import QuestionSelected
from briefing_tui.ui.widgets.item_list import ItemList

#: What the pane says when the analysis is done and shows no question.
NOTHING_OPEN = "nothing is left open in this article"


def _count(listed: int, total: int) -> str:
    return f"{listed}/{total}" if listed != total else f"{total}"


def _held_count(count: int) -> str:
    return f"{count} question{'s' if count != 1 else ''} held back"


class QuestionList(ItemList[Question]):
    """Open questions with their kind; moving onto one selects it.

    The questions held back below the confidence threshold are not listed until
    the reader asks (``h``); they then follow the shown ones, dimmed and marked
    "held back" with their confidence and why they are held back ("low confidence",
    'vague: "the measure"'), and are selected as the others are.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "h",
            "toggle_held_back",
            "Held back",
            id="questions.held_back",
            tooltip="Show or hide the questions held back below the confidence threshold",
        ),
    ]

    label = "Questions"

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._shown_questions: list[Question] = []
        self._held_back: list[Question] = []
        self._held_ids: set[str] = set()
        self._raw_status = "waiting for the analysis"
        #: Whether the held-back questions are listed after the shown ones.
        self.showing_held_back = False

    @property
    def held_back(self) -> list[Question]:
        """The questions held back below the confidence threshold (listed or not)."""
        return list(self._held_back)

    def set_questions(self, shown: Sequence[Question], held_back: Sequence[Question]) -> None:
        """Replace the questions: those shown, and those held back (listed after them on ``h``)."""
        self._shown_questions = list(shown)
        self._held_back = list(held_back)
        self._held_ids = {q.id for q in self._held_back}
        self._relist()

    def set_items(self, items: Sequence[Question]) -> None:
        """Replace the questions with ``items``, all shown, none held back."""
        self.set_questions(items, [])

    def _relist(self) -> None:
        listed = [*self._shown_questions, *(self._held_back if self.showing_held_back else [])]
        self._status = self._status_text(self._raw_status)  # the empty list says it
        super().set_items(listed)

    def action_toggle_held_back(self) -> None:
        """List the held-back questions after the shown ones, or stop listing them."""
        if not self._held_back:
            self.showing_held_back = False
            self.notify("No question is held back in this article.", timeout=3)
            return
        self.showing_held_back = not self.showing_held_back
        self._relist()

    def set_status(self, status: str) -> None:
        """As ``ItemList.set_status``; an analysis done with no question says nothing is open
        (and how many are held back, if any)."""
        self._raw_status = status
        super().set_status(self._status_text(status))

    def _status_text(self, status: str) -> str:
        if status != "done":
            return status
        if self._held_back:
            held = _held_count(len(self._held_back))
            return f"{NOTHING_OPEN} above the confidence threshold; {held} (h lists them)"
        return NOTHING_OPEN

    def _update_title(self) -> None:
        """The title counts the shown questions and the held-back ones apart.

        "Questions (5, 1 held back)"; under a filter, "2/5" of each. The "nothing is
        left open" message is the empty list's, not a subtitle beside listed questions.
        """
        super()._update_title()
        visible = self.visible_items
        held_visible = sum(1 for q in visible if self.is_held_back(q))
        shown_count = _count(len(visible) - held_visible, len(self._shown_questions))
        title = f"{self.label} ({shown_count}"
        if self._held_back:
            listed = held_visible if self.showing_held_back else len(self._held_back)
            title += f", {_count(listed, len(self._held_back))} held back"
        self.border_title = title + ")"
        if self._raw_status == "done" and not self._filter_label:
            self.border_subtitle = ""

    def is_held_back(self, item: Question) -> bool:
        """Whether ``item`` is one of the questions held back below the threshold."""
        return item.id in self._held_ids

    def starts_group(self, item: Question, previous: Question) -> bool:
        return self.is_held_back(item) and not self.is_held_back(previous)

    def render_item(self, item: Question) -> Text:
        if self.is_held_back(item):
            why = f" · {item.held_because}" if item.held_because else ""
            line = Text(
                f"held back · {item.confidence:.2f}{why} [{item.kind}] ", style="italic dim"
            )
            line.append(item.question, style="dim")
            return line
        line = Text(f"[{item.kind}] ", style="dim")
        line.append(item.question)
        return line

    def make_message(self, item: Question) -> Message:
        return QuestionSelected(item)
