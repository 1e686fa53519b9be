"""Shared fixtures for the app tests: a private data folder, the sample and its analysis."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len

from briefing_tui.app import BriefingApp
from briefing_tui.article import article_from_text, load_article
from briefing_tui.model import Article, Briefing
from briefing_tui.samples import default_sample

WIDE, NARROW = (160, 48), (80, 24)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run this folder's ``async def`` tests on asyncio through AnyIO's pytest plugin."""
    here = Path(__file__).parent
    for item in items:
        function = getattr(item, "function", None)
        is_async = function is not None and inspect.iscoroutinefunction(function)
        if is_async and here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.anyio)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Notes, recent files and the analysis cache go to a temporary folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("BRIEFING_HOME", str(home))
    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path / "cache"))
    return home


@pytest.fixture(scope="session")
def sample_article() -> Article:
    return load_article(str(default_sample()))


@pytest.fixture(scope="session")
def sample_briefing(sample_article: Article) -> Briefing:
    """The sample analysed once per test session (tests derive expectations from it)."""
    from briefing_tui.pipeline import analyze_stream

    final = None
    for progress in analyze_stream(sample_article, use_cache=False):
        final = progress
    assert final is not None and final.done and final.briefing is not None
    return final.briefing


@pytest.fixture
def make_app(sample_article: Article, sample_briefing: Briefing) -> Callable[..., BriefingApp]:
    """Build an app on the sample with its analysis injected (no worker)."""

    def build(article: Article | None = None, briefing: Briefing | None = None, **kwargs):
        if article is None:
            article, briefing = sample_article, briefing or sample_briefing
        return BriefingApp(article, use_cache=False, briefing=briefing, **kwargs)

    return build


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
