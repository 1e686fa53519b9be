"""Helpers for the UI tests: screen sizes, waiting on the app, reading the screen."""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len

from briefing_tui.model import Article
from briefing_tui.reading import article_from_text

WIDE, NARROW = (160, 48), (80, 24)


def text_article(text: str, source: str = "test.txt") -> Article:
    return article_from_text(text, source=source)


async def wait_for(pilot, condition: Callable[[], bool], rounds: int = 3000) -> None:
    """Pause until ``condition()`` holds (bounded; fails the test otherwise)."""
    for _ in range(rounds):
        if condition():
            return
        await pilot.pause()
    raise AssertionError("condition not met in time")


async def wait_analysed(pilot) -> None:
    """Wait for the analysis to finish (worker or injected)."""
    app = pilot.app
    await wait_for(pilot, lambda: app.briefing is not None and not app.analysis_running)
    await pilot.pause()


def _clusters(text: str) -> list[str]:
    """Split text into what occupies cells: a character with its zero-width and joined followers."""
    clusters: list[str] = []
    joined = False
    for char in text:
        if clusters and (joined or char == "\u200d" or cell_len(char) == 0):
            clusters[-1] += char
        else:
            clusters.append(char)
        joined = char == "\u200d"
    return clusters


def screen_rows(app) -> list[list[str]]:
    """The screen as rows of cells (a wide character fills its cell and the next is "")."""
    rows = []
    for strip in app.screen._compositor.render_strips():
        cells: list[str] = []
        for segment in strip:
            if segment.control:
                continue
            for cluster in _clusters(segment.text):
                cells.append(cluster)
                cells.extend([""] * (cell_len(cluster) - 1))
        rows.append(cells)
    return rows


def screen_text(app) -> str:
    """The screen as plain text."""
    return "\n".join("".join(row) for row in screen_rows(app))


def styles_at(app, row: int, columns: tuple[int, ...]) -> list:
    """The Rich style of the cells at ``columns`` in screen row ``row``."""
    strips = app.screen._compositor.render_strips()
    styles = []
    for target in columns:
        cell = 0
        for segment in strips[row]:
            if segment.control:
                continue
            if cell <= target < cell + len(segment.text):
                styles.append(segment.style)
                break
            cell += len(segment.text)
    return styles
