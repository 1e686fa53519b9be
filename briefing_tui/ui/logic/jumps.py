"""The jump list: where the reader was before each selection and jump, as in vim.

Textual-free. A *place* is the article's reading position and what was
selected. Every selection (Enter on an actor, claim or question, a choice in a
dialog) and every jump in the article (n / N, a search, g / G, a jump to a
claim) records the place it leaves. ``back`` (Ctrl+O) and ``forward`` walk the
list; recording a new place after going back drops the places ahead, as vim
does, and the list keeps the latest ``limit`` places.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_tui.model import Anchor

#: How many places the list keeps (vim keeps 100).
JUMP_LIMIT = 100


@dataclass(frozen=True, slots=True)
class Place:
    """Where the reader was: the article offset at the top of the pane and the selection."""

    offset: int
    actor_id: str | None = None
    """The selected actor (it narrows the lists), if any."""
    claim_id: str | None = None
    question_id: str | None = None
    note_target: Anchor | None = None
    """The item the notes pane names, if any (None: the article)."""
    mark_index: int = -1
    """Which mention n / N had reached (-1: none)."""


class JumpList:
    """The places left by jumps, and where ``back`` / ``forward`` have walked to."""

    def __init__(self, limit: int = JUMP_LIMIT) -> None:
        self.limit = max(2, limit)
        self._places: list[Place] = []
        #: The place ``back`` / ``forward`` last went to; ``len(_places)``: none (the
        #: reader is past the last place recorded).
        self._index = 0

    @property
    def places(self) -> list[Place]:
        """The places recorded, oldest first."""
        return list(self._places)

    @property
    def index(self) -> int:
        """Where in ``places`` the reader is (``len(places)`` past the last one)."""
        return self._index

    def record(self, place: Place) -> None:
        """Record the place a jump leaves; the places ahead of it (after ``back``) go."""
        del self._places[self._index :]
        if not self._places or self._places[-1] != place:
            self._places.append(place)
        del self._places[: max(0, len(self._places) - self.limit)]
        self._index = len(self._places)

    def back(self, current: Place) -> Place | None:
        """The place before this one (None at the oldest); ``current`` is where the reader
        is, kept so that ``forward`` can come back to it."""
        if self._index >= len(self._places):
            if self._places and self._places[-1] == current:
                self._index = len(self._places) - 1
            else:
                self._places.append(current)
                del self._places[: max(0, len(self._places) - self.limit)]
                self._index = len(self._places) - 1
        if self._index <= 0:
            return None
        self._index -= 1
        return self._places[self._index]

    def forward(self) -> Place | None:
        """The place after this one, after ``back`` (None at the newest)."""
        if self._index + 1 >= len(self._places):
            return None
        self._index += 1
        return self._places[self._index]
