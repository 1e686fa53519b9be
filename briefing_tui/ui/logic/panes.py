"""The panes of the main screen: their order, names, and when only one is shown at a time."""

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


def is_narrow(width: int, height: int) -> bool:
    """Whether a terminal of this size shows one pane beside the article at a time."""
    return width < NARROW_WIDTH or height < NARROW_HEIGHT


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
