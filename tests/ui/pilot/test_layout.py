"""Layout, start-up, progress and resizing."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading

from briefing_tui.engine.progress import Progress
from briefing_tui.errors import ModelError
from briefing_tui.ui.app import BriefingApp
from briefing_tui.ui.logic.panes import PANES
from briefing_tui.ui.widgets import PaneBar

from ..support import NARROW, WIDE, screen_text, wait_analysed, wait_for


def _displayed(app, pane: str) -> bool:
    widget = app.query_one(f"#{pane}")
    return widget.display and widget.region.area > 0


async def test_wide_layout_shows_every_pane_side_by_side(make_app, sample_briefing):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        assert not app.narrow
        regions = {pane: app.query_one(f"#{pane}").region for pane in PANES}
        assert all(region.area > 0 for region in regions.values())
        article, actors, claims, questions = (regions[p] for p in PANES[:4])
        assert article.right <= actors.x < claims.x < questions.x
        assert actors.y == claims.y == questions.y
        assert regions["notes"].y >= actors.bottom
        assert not app.query_one(PaneBar).display
        assert app.main.actor_list.border_title == f"Actors ({len(sample_briefing.actors)})"
        assert app.main.claim_list.border_title == f"Claims ({len(sample_briefing.claims)})"
        held = len(sample_briefing.held_back_questions)
        assert app.main.question_list.border_title == (
            f"Questions ({len(sample_briefing.questions)}, {held} held back)"
            if held
            else f"Questions ({len(sample_briefing.questions)})"
        )
        text = screen_text(app)
        for label in ("Article", "Actors (", "Claims (", "Questions (", "Notes ("):
            assert label in text


async def test_narrow_layout_shows_the_article_and_one_pane(make_app):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await wait_analysed(pilot)
        assert app.narrow
        assert app.query_one(PaneBar).display
        for key, pane in zip("12345", PANES, strict=True):
            await pilot.press(key)
            await pilot.pause()
            shown = [p for p in PANES if _displayed(app, p)]
            assert shown == sorted({"article", pane}, key=PANES.index)
            assert app.main.active_pane == pane
        await pilot.press("escape", "2", "j", "enter")  # Esc leaves the note editor
        assert app.main.selected_actor is not None


async def test_live_resize_relayouts(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.resize_terminal(*NARROW)
        await pilot.pause()
        assert app.narrow
        assert [p for p in PANES if _displayed(app, p)] == ["article"]
        await pilot.resize_terminal(*WIDE)
        await pilot.pause()
        assert not app.narrow
        assert all(_displayed(app, p) for p in PANES)


async def test_tiny_terminal_and_back_keeps_working(make_app, sample_briefing):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.resize_terminal(20, 10)
        await pilot.pause()
        await pilot.press("2", "j", "tab", "k")
        await pilot.pause()
        await pilot.resize_terminal(*WIDE)
        await pilot.pause()
        await pilot.press("2", "g", "enter")
        await pilot.pause()
        assert app.main.selected_actor is sample_briefing.actors[0]
        assert all(_displayed(app, p) for p in PANES)
        assert "Actors (" in screen_text(app)


def test_article_is_painted_before_spacy_is_imported(tmp_path):
    """Run in a fresh interpreter: spaCy must not be imported until the article is on screen."""
    script = textwrap.dedent(
        """
        import asyncio, os, sys
        os.environ["BRIEFING_HOME"] = sys.argv[1]
        os.environ["BRIEFING_CACHE"] = sys.argv[1] + "/cache"
        import briefing_tui.engine.session as session
        from briefing_tui.ui.app import BriefingApp
        from briefing_tui.ui.widgets import ArticleView
        from briefing_tui.reading import load_article
        from briefing_tui.reading.samples import default_sample

        assert "spacy" not in sys.modules
        app = BriefingApp(load_article(str(default_sample())), use_cache=False)
        seen = []
        real_stream = session.analyze_stream

        def analyze_stream(*args, **kwargs):
            view = app.query_one(ArticleView)
            seen.append((view.painted, "spacy" in sys.modules))
            yield from real_stream(*args, **kwargs)

        session.analyze_stream = analyze_stream

        async def main():
            async with app.run_test(size=(160, 48)) as pilot:
                for _ in range(5000):
                    await pilot.pause()
                    if app.briefing is not None and not app.analysis_running:
                        break
            print(seen, app.briefing is not None)

        asyncio.run(main())
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[(True, False)] True"


class _ControlledStream:
    """A stand-in for analyze_stream whose steps the test releases one by one."""

    def __init__(self, steps: list[Progress | BaseException]) -> None:
        self.steps = steps
        self.release = [threading.Event() for _ in steps]

    def __call__(self, article, model_name=None, use_cache=True):
        for step, event in zip(self.steps, self.release, strict=True):
            event.wait(timeout=60)
            if isinstance(step, BaseException):
                raise step
            yield step

    def free(self) -> None:
        for event in self.release:
            event.set()


async def test_lists_show_progress_and_fill_as_results_arrive(
    monkeypatch, sample_article, sample_briefing
):
    from briefing_tui.model import Briefing

    partial = Briefing(article=sample_article, actors=sample_briefing.actors)
    stream = _ControlledStream(
        [
            Progress("loading language model", 0.05),
            Progress("finding claims", 0.7, partial),
            Progress("done", 1.0, sample_briefing, done=True),
        ]
    )
    monkeypatch.setattr("briefing_tui.engine.session.analyze_stream", stream)
    app = BriefingApp(sample_article, use_cache=False)
    try:
        async with app.run_test(size=WIDE) as pilot:
            stream.release[0].set()
            await wait_for(pilot, lambda: "loading language model" in screen_text(app))
            assert app.analysis_running
            stream.release[1].set()
            await wait_for(pilot, lambda: len(app.main.actor_list.items) == len(partial.actors))
            assert app.main.claim_list.items == []
            assert "finding claims" in screen_text(app)
            stream.release[2].set()
            await wait_analysed(pilot)
            assert len(app.main.claim_list.items) == len(sample_briefing.claims)
            assert len(app.main.question_list.items) == len(sample_briefing.questions)
    finally:
        stream.free()


async def test_analysis_error_is_shown_not_raised(monkeypatch, sample_article):
    stream = _ControlledStream(
        [Progress("loading language model", 0.05), ModelError("language model xx is not installed")]
    )
    stream.free()
    monkeypatch.setattr("briefing_tui.engine.session.analyze_stream", stream)
    app = BriefingApp(sample_article, use_cache=False)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: app.analysis_error is not None)
        await pilot.pause()
        assert "not installed" in app.analysis_error
        assert "analysis failed" in screen_text(app)
        assert any("not installed" in str(n.message) for n in app._notifications)
        assert not app.analysis_running
        await pilot.press("1", "j")  # still usable
        assert app.is_running
