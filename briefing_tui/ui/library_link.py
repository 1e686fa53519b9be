"""The app's link to the library: each article recorded, its place saved and given back.

The library is opened lazily and its faults never stop the reading: an article
that cannot be recorded is still shown (the fault is said once). Several
articles from the command line (or a feed, or search results) form a
``Reading`` list that ``]`` and ``[`` walk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_tui.errors import BriefingError

if TYPE_CHECKING:  # the start screen imports this module, and needs neither
    from briefing_tui.model import Article
    from briefing_tui.store.library import Library
    from briefing_tui.ui.logic.jumps import Place


@dataclass(slots=True)
class Reading:
    """The articles opened together and which one is shown."""

    locations: list[str] = field(default_factory=list)
    index: int = 0

    def step(self, delta: int) -> str | None:
        """The location ``delta`` away from the current one (None past either end)."""
        target = self.index + delta
        if not 0 <= target < len(self.locations):
            return None
        self.index = target
        return self.locations[target]


@dataclass(frozen=True, slots=True)
class StartAt:
    """Where to open the first article: a character offset (a search hit) or a note."""

    offset: int | None = None
    note_uid: str | None = None


def place_to_json(place: Place) -> dict:
    """The parts of a place kept in the library (the note target is the selection's)."""
    return {
        "offset": place.offset,
        "actor_id": place.actor_id,
        "claim_id": place.claim_id,
        "question_id": place.question_id,
        "mark_index": place.mark_index,
    }


def place_from_json(data: dict, offset: int) -> Place:
    """A place read back from the library (``offset`` if it names none)."""
    from briefing_tui.ui.logic.jumps import Place

    def text(key: str) -> str | None:
        value = data.get(key)
        return value if isinstance(value, str) else None

    mark = data.get("mark_index")
    return Place(
        offset=data["offset"] if isinstance(data.get("offset"), int) else offset,
        actor_id=text("actor_id"),
        claim_id=text("claim_id"),
        question_id=text("question_id"),
        mark_index=mark if isinstance(mark, int) else -1,
    )


class LibraryLink:
    """The library as the app uses it; every method is safe to call when it cannot open."""

    def __init__(self, home: Path | None = None) -> None:
        self._home = home
        self._library: Library | None = None
        self.error: str | None = None

    @property
    def library(self) -> Library | None:
        """The open library (None if it could not be opened: ``error`` says why)."""
        if self._library is None and self.error is None:
            # Here, not at the top: the app imports this module before its first paint,
            # and the library (sqlite3, feeds) is first needed after it, in a thread.
            from briefing_tui.store.library import open_library

            try:
                self._library = open_library(self._home, sync_notes=False)
            except BriefingError as exc:
                self.error = str(exc)
        return self._library

    def record(self, article: Article) -> tuple[int, Place | None]:
        """Record ``article`` as opened now; returns its saved offset and place."""
        from briefing_tui.store.library.articles import record_article, saved_place

        library = self.library
        if library is None:
            return 0, None
        try:
            record_article(library, article, opened=True)
            offset, data = saved_place(library, article.sha256)
        except BriefingError as exc:
            self.error = str(exc)
            return 0, None
        return offset, None if data is None else place_from_json(data, offset)

    def save(self, article: Article, place: Place) -> None:
        """Remember where ``article`` was left."""
        from briefing_tui.store.library.articles import save_place

        library = self.library
        if library is None:
            return
        try:
            save_place(library, article.sha256, place.offset, place_to_json(place))
        except BriefingError as exc:
            self.error = str(exc)

    def stored(self, location: str) -> Article | None:
        """The article kept offline for URL ``location``, if any."""
        from briefing_tui.store.library.articles import stored_article

        library = self.library
        if library is None:
            return None
        try:
            return stored_article(library, location)
        except BriefingError:
            return None

    def close(self) -> None:
        """Close the library; a worker still recording finds it closed and does nothing."""
        self.error = self.error or "the library is closed"
        if self._library is not None:
            self._library.close()
            self._library = None
