"""Articles marked on the start screen to be opened together as a dossier."""

from __future__ import annotations

from rich.text import Text

#: What a marked row starts with.
MARK = "✓ "
#: The fewest articles a dossier is made of.
DOSSIER_MINIMUM = 2


class Marks:
    """The marked articles by location, in the order they were marked."""

    def __init__(self) -> None:
        self._titles: dict[str, str] = {}

    def toggle(self, location: str, title: str) -> bool:
        """Mark ``location`` (or unmark it if it was marked); True if it is marked now."""
        if location in self._titles:
            del self._titles[location]
            return False
        self._titles[location] = title
        return True

    def __contains__(self, location: object) -> bool:
        return location in self._titles

    def __len__(self) -> int:
        return len(self._titles)

    @property
    def locations(self) -> list[str]:
        """The marked locations, first marked first."""
        return list(self._titles)


def marked_prompt(prompt: Text | str) -> Text:
    """The row ``prompt`` with the mark in front of it."""
    text = Text(MARK, style="bold green", no_wrap=True, overflow="ellipsis")
    text.append_text(prompt if isinstance(prompt, Text) else Text(prompt))
    return text


def marks_hint(count: int) -> str:
    """What the hint line says once articles are marked."""
    if count >= DOSSIER_MINIMUM:
        return f"{count} marked · d opens them as a dossier · space unmarks"
    return f"{count} marked · mark at least {DOSSIER_MINIMUM} with space, then d"


def too_few_message(count: int) -> str:
    """Why ``d`` opens no dossier with only ``count`` articles marked."""
    return (
        f"A dossier needs at least {DOSSIER_MINIMUM} articles: {count} marked. "
        "Mark articles with space (in the list or the search results), then press d."
    )
