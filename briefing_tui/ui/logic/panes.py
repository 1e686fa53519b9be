"""The panes of the main screen: their order, names, and how they are laid out for a size."""

from __future__ import annotations

from collections.abc import Mapping

#: The panes in Tab order; 1-5 choose them directly.
PANES: tuple[str, ...] = ("article", "actors", "claims", "questions", "notes")
PANE_LABELS: dict[str, str] = {
    "article": "Article",
    "actors": "Actors",
    "claims": "Claims",
    "questions": "Questions",
    "notes": "Notes",
}
#: Below this width (or height) the article is shown above one other pane, with a pane bar.
NARROW_WIDTH, NARROW_HEIGHT = 120, 30
#: From this width on the article and the three lists sit in one row, the notes below the
#: lists; between NARROW_WIDTH and this the lists and the notes share two rows beside the
#: article, so that no list is squeezed to a third of what is left.
WIDE_WIDTH = 160
#: The layouts, each the CSS class the app carries for it.
LAYOUTS: tuple[str, ...] = ("narrow", "medium", "wide")


def is_narrow(width: int, height: int) -> bool:
    """Whether a terminal of this size shows one pane beside the article at a time."""
    return width < NARROW_WIDTH or height < NARROW_HEIGHT


def layout_for(width: int, height: int) -> str:
    """The layout for a terminal of this size: "narrow", "medium" or "wide"."""
    if is_narrow(width, height):
        return "narrow"
    return "wide" if width >= WIDE_WIDTH else "medium"


def pane_after(pane: str, step: int = 1) -> str:
    """The pane ``step`` places after ``pane`` in Tab order (negative steps go back)."""
    return PANES[(PANES.index(pane) + step) % len(PANES)]


def pane_bar_labels(counts: Mapping[str, int]) -> list[tuple[str, str]]:
    """(pane, label) for the pane bar; panes with a count (the lists) show it after the name."""
    labels = []
    for pane in PANES:
        label = PANE_LABELS[pane]
        if pane in counts:
            label = f"{label} {counts[pane]}"
        labels.append((pane, label))
    return labels
