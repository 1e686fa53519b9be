"""Long articles (the virtual article view), exiting when ready, and stopping the analysis."""

from __future__ import annotations

import gc
import importlib.util
import threading
from pathlib import Path

from rich.color import Color as RichColor

from briefing_tui.engine import analyze, child, fingerprint, session
from briefing_tui.engine.progress import Progress
from briefing_tui.model import Actor, Briefing, Mention, Span
from briefing_tui.ui.app import BriefingApp

from ..support import (
    WIDE,
    screen_rows,
    screen_text,
    styles_at,
    text_article,
    wait_analysed,
    wait_for,
)

PARAGRAPHS = 16_000  # about 2 MB of text
EXIT_WHEN_READY = Path(__file__).resolve().parents[3] / "benchmarks" / "exit_when_ready.py"


def _exit_when_ready_app() -> type[BriefingApp]:
    """The benchmarks' app that exits once ready (benchmarks/ is no package)."""
    spec = importlib.util.spec_from_file_location("exit_when_ready", EXIT_WHEN_READY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ExitWhenReadyApp


def _long_text(paragraphs: int = PARAGRAPHS) -> str:
    return "\n\n".join(
        f"Paragraph {i} reports that the council of district {i % 97} met on Tuesday "
        f"and agreed, after a long debate about roads, schools and water, to meet again."
        for i in range(paragraphs)
    )


def _long_article_with_actor():
    text = _long_text() + "\n\nAt the very end Zanzibar Quigley spoke to the council."
    article = text_article(text, source="long.txt")
    start = text.index("Zanzibar Quigley")
    mention = Mention(start, start + len("Zanzibar Quigley"), "Zanzibar Quigley")
    actor = Actor("a1", "Zanzibar Quigley", "person", mentions=[mention])
    return article, Briefing(article=article, actors=[actor]), mention


async def test_a_2mb_article_opens_with_its_first_lines_on_screen():
    article, briefing, _ = _long_article_with_actor()
    assert len(article.text) > 2_000_000
    app = BriefingApp(article, use_cache=False, briefing=briefing)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        text = screen_text(app)
        assert "Paragraph 0 reports that the council" in text
        assert "Paragraph 1 reports that the council" in text
        view = app.main.article_view
        assert view.max_scroll_y > PARAGRAPHS  # every paragraph counts in the height
        await pilot.press("1", "G")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y
        assert "Zanzibar Quigley spoke to the council." in screen_text(app)


async def test_a_mention_far_down_a_long_article_is_marked_when_selected():
    article, briefing, mention = _long_article_with_actor()
    app = BriefingApp(article, use_cache=False, briefing=briefing)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("2", "g", "enter")
        await pilot.pause()
        view = app.main.article_view
        assert view.marks("mention") == [Span(mention.start, mention.end)]
        assert view.offset_in_view(mention.start)
        rows = screen_rows(app)
        region = view.region
        row = next(
            y
            for y in range(region.y, region.bottom)
            if "Zanzibar Quigley" in "".join(rows[y][region.x : region.right])
        )
        line = "".join(rows[row][: region.right])
        x = line.index("Zanzibar Quigley")
        plain_x = line.index("At the very end")
        marked, plain = styles_at(app, row, (x, plain_x))
        assert marked.bgcolor != plain.bgcolor
        assert isinstance(marked.bgcolor, RichColor)
        assert marked.bold  # the current mention and mention layers are bold


async def test_article_text_is_never_markup_in_a_long_article():
    text = _long_text(3_000) + "\n\nThe end [bold]is[/bold] near [link=x]here[/link]."
    app = BriefingApp(text_article(text), use_cache=False, briefing=Briefing(text_article(text)))
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("1", "G")
        await pilot.pause()
        assert "The end [bold]is[/bold] near [link=x]here[/link]." in screen_text(app)


async def test_exit_when_ready_exits_with_the_final_briefing_applied(
    sample_article, sample_briefing
):
    app = _exit_when_ready_app()(sample_article, use_cache=False, briefing=sample_briefing)
    at_exit: dict[str, object] = {}
    real_exit = app.exit

    def exit_recording(*args, **kwargs):
        main = app.main
        at_exit["status"] = main.claim_list.border_subtitle
        at_exit["lists"] = [lst.items for lst in main.lists]
        real_exit(*args, **kwargs)

    app.exit = exit_recording
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: app._exit)
    assert app.return_code == 0
    assert app.briefing is sample_briefing
    assert at_exit["lists"] == [
        sample_briefing.actors,
        sample_briefing.claims,
        sample_briefing.questions,
    ]
    assert at_exit["status"] == ""  # "done": no progress shown any more


async def test_exit_when_ready_from_the_cache_starts_no_analysis_process(
    sample_article, sample_briefing, monkeypatch
):
    from dataclasses import replace

    from briefing_tui.engine import cache

    # This process's analysis version (the analysis sources may change during a test run).
    stored = replace(sample_briefing, analysis_version=fingerprint.ANALYSIS_VERSION)
    assert cache.store(stored) is not None

    def no_child(*args, **kwargs):
        raise AssertionError("a cache hit must not start the analysis process")

    monkeypatch.setattr(child, "messages_from_child", no_child)
    monkeypatch.setattr(analyze, "analysis_messages", no_child)
    app = _exit_when_ready_app()(sample_article, use_cache=True)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: app._exit)
    assert app.return_code == 0
    assert app.analysis_error is None
    assert app.briefing is not None
    assert [a.name for a in app.briefing.actors] == [a.name for a in sample_briefing.actors]
    assert len(app.briefing.claims) == len(sample_briefing.claims)


async def test_opening_another_article_closes_the_running_analysis(monkeypatch):
    release = threading.Event()
    streams: list[dict] = []

    def stream(article, model_name=None, use_cache=True):
        state = {"closed": threading.Event(), "finished": False}
        streams.append(state)
        try:
            yield Progress("parsing", 0.1)
            release.wait(30)
            yield Progress("parsing", 0.2)
            yield Progress("done", 1.0, Briefing(article=article), done=True)
            state["finished"] = True
        finally:
            state["closed"].set()

    monkeypatch.setattr(session, "analyze_stream", stream)
    app = BriefingApp(text_article("First article.\n"), use_cache=False)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: len(streams) == 1 and app.analysis_running)
        await app.show_article(text_article("Second article.\n"))
        await wait_for(pilot, lambda: len(streams) == 2)  # the new analysis runs
        release.set()
        await wait_for(pilot, streams[0]["closed"].is_set)
        assert not streams[0]["finished"]  # closed at its next step, not run to the end
        await wait_analysed(pilot)
        assert streams[1]["finished"]
        assert gc.isenabled()  # off only while an analysis runs
        assert "Second article." in screen_text(app)


async def test_a_search_in_a_long_article_runs_off_the_ui_thread():
    from briefing_tui.ui.screens import main as main_screen
    from briefing_tui.ui.screens import main_search

    article, briefing, mention = _long_article_with_actor()
    assert len(article.text) > main_search.SEARCH_IN_THREAD_CHARS
    app = BriefingApp(article, use_cache=False, briefing=briefing)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        view = app.main.article_view
        quigley = Span(mention.start + len("Zanzibar "), mention.end)
        searched: list[str] = []
        real = main_screen.MainScreen._search_in_thread
        main_screen.MainScreen._search_in_thread = lambda self, article, query: (
            searched.append(query) or real(self, article, query)
        )
        try:
            # "e" matches more than a hundred thousand times; the last letter typed wins.
            await pilot.press("slash", "e")
            await pilot.press("backspace", *"quigley")
            await wait_for(
                pilot, lambda: view.marks("match") == [Span(mention.start + 9, mention.end)]
            )
        finally:
            main_screen.MainScreen._search_in_thread = real
        assert searched[:2] == ["e", "q"]  # each query went to the thread
        assert view.marks("current") == [quigley]
        await wait_for(pilot, lambda: view.offset_in_view(mention.start))
        assert app.main.search_query == "quigley"
        # Emptying the query clears the marks at once (no thread for that).
        await pilot.press(*["backspace"] * 7)
        await pilot.pause()
        assert view.marks("match") == []
