"""AnalysisSession: the cache looked up once, the child started early on a miss, cancelling."""

from __future__ import annotations

import pytest

from briefing_tui.engine import cache, child, session
from briefing_tui.engine.progress import Progress
from briefing_tui.engine.session import AnalysisSession
from briefing_tui.model import Briefing
from briefing_tui.reading import article_from_text


@pytest.fixture
def lookups(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count the cache lookups (each returns what the real one does)."""
    seen: list[str] = []
    real = cache.cached_briefing

    def counting(article, model_name=None):
        seen.append(article.text)
        return real(article, model_name)

    monkeypatch.setattr(cache, "cached_briefing", counting)
    return seen


def test_the_cache_is_looked_up_once(sample_text: str, lookups: list[str]) -> None:
    article = article_from_text(sample_text)
    list(AnalysisSession(article).progress())  # a miss: analysed and stored
    again = AnalysisSession(article)
    assert not again.looked_up
    found = again.cached()
    assert found is not None and again.looked_up
    steps = list(again.progress())
    assert [s.stage for s in steps] == ["done (cached)"]
    assert steps[0].briefing is found
    assert lookups == [sample_text, sample_text]  # one per session


def test_without_the_cache_nothing_is_looked_up(sample_text: str, lookups: list[str]) -> None:
    session = AnalysisSession(article_from_text(sample_text), use_cache=False)
    assert session.looked_up and session.cached() is None
    assert lookups == []


def test_a_miss_starts_the_child_early_and_cancel_stops_it(sample_text: str) -> None:
    started = AnalysisSession.start(article_from_text(sample_text + "\nA new line."))
    assert started.looked_up and started.cached() is None
    waiting = child._waiting[None]
    assert waiting.poll() is None
    started.cancel()
    assert waiting.poll() is not None
    assert None not in child._waiting


def test_a_hit_starts_no_child(sample_text: str) -> None:
    article = article_from_text(sample_text)
    list(AnalysisSession(article).progress())
    started = AnalysisSession.start(article)
    assert started.cached() is not None
    assert None not in child._waiting


def test_cancel_stops_the_stream_at_its_next_step(monkeypatch: pytest.MonkeyPatch) -> None:
    article = article_from_text("The mayor said so.\n")
    closed: list[bool] = []

    def stream(article, model_name=None, use_cache=True):
        try:
            yield Progress("loading language model", 0.05)
            yield Progress("parsing the article", 0.3)
            yield Progress("done", 1.0, Briefing(article=article), done=True)
        finally:
            closed.append(True)

    monkeypatch.setattr(session, "analyze_stream", stream)
    running = AnalysisSession(article, use_cache=False)
    steps = running.progress()
    assert next(steps).stage == "loading language model"
    running.cancel()
    assert list(steps) == []
    assert closed == [True]


def test_the_done_step_comes_before_the_cache_write(
    sample_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The panes are filled from the "done" step at once; the cache write (two fsyncs)
    follows, when the stream is asked for its next step, and still happens."""
    article = article_from_text(sample_text + "\nA line of its own.")
    events: list[str] = []
    real = cache.store

    def store(briefing: Briefing):
        events.append("stored")
        return real(briefing)

    monkeypatch.setattr(cache, "store", store)
    for step in AnalysisSession(article).progress():
        if step.done:
            events.append("done")
    assert events == ["done", "stored"]
    assert AnalysisSession(article).cached() is not None
