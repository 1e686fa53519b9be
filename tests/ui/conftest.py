"""Shared fixtures for the app tests: a private data folder, the sample and its analysis."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing_tui.model import Article, Briefing
from briefing_tui.reading import load_article
from briefing_tui.reading.samples import default_sample
from briefing_tui.ui.app import BriefingApp


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
    from briefing_tui.engine.session import analyze_stream

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
