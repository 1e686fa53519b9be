"""Type-ahead from the first frame: list moves typed before the lists fill still count.

"2jj" typed while the analysis is running (or before the lists are even mounted)
highlights the third actor once the analysis arrives.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from briefing_tui.engine.progress import Progress
from briefing_tui.engine.session import AnalysisSession
from briefing_tui.model import Article, Briefing
from briefing_tui.ui.app import BriefingApp
from briefing_tui.ui.screens.main import MainScreen

from ..support import WIDE, wait_for


class HeldBackSession(AnalysisSession):
    """An analysis whose (known) result arrives only when the test says so."""

    def __init__(self, article: Article, briefing: Briefing) -> None:
        super().__init__(article, use_cache=False)
        self.briefing = briefing
        self.arrive = threading.Event()

    def progress(self) -> Iterator[Progress]:
        self.arrive.wait(timeout=60)
        if not self._cancelled.is_set():
            yield Progress("done", 1.0, self.briefing, done=True)

    def cancel(self) -> None:
        super().cancel()
        self.arrive.set()


async def _third_actor_after_arrival(pilot, app: BriefingApp, session: HeldBackSession) -> None:
    main = app.main
    session.arrive.set()
    await wait_for(pilot, lambda: app.briefing is not None and main.lists_filled)
    await pilot.pause()
    actors = main.actor_list
    assert app.focused is actors
    assert actors.highlighted == 2
    assert actors.selected_item == actors.visible_items[2]


async def test_moves_typed_before_the_analysis_arrive_count(sample_article, sample_briefing):
    session = HeldBackSession(sample_article, sample_briefing)
    app = BriefingApp(sample_article, use_cache=False, session=session)
    async with app.run_test(size=WIDE) as pilot:
        main = app.main
        await wait_for(pilot, lambda: main.panes_mounted)
        await pilot.press("2", "j", "j")
        await pilot.pause()
        assert app.briefing is None  # the list is still empty
        assert main.actor_list.highlighted is None
        await _third_actor_after_arrival(pilot, app, session)


async def test_moves_typed_before_the_lists_exist_go_to_the_list(
    sample_article, sample_briefing, monkeypatch: pytest.MonkeyPatch
):
    real_mount_panes = MainScreen._mount_panes

    async def not_yet(self: MainScreen) -> None:
        return None

    monkeypatch.setattr(MainScreen, "_mount_panes", not_yet)
    session = HeldBackSession(sample_article, sample_briefing)
    app = BriefingApp(sample_article, use_cache=False, session=session)
    async with app.run_test(size=WIDE) as pilot:
        main = app.main
        await pilot.press("2", "j", "j")
        await pilot.pause()
        assert not main.panes_mounted
        assert main.article_view.scroll_y == 0  # the j's were not for the article
        main.call_later(real_mount_panes, main)
        await wait_for(pilot, lambda: main.panes_mounted)
        await _third_actor_after_arrival(pilot, app, session)


async def test_g_and_G_typed_early_count_too(sample_article, sample_briefing):
    session = HeldBackSession(sample_article, sample_briefing)
    app = BriefingApp(sample_article, use_cache=False, session=session)
    async with app.run_test(size=WIDE) as pilot:
        main = app.main
        await wait_for(pilot, lambda: main.panes_mounted)
        await pilot.press("2", "G", "k")
        session.arrive.set()
        await wait_for(pilot, lambda: app.briefing is not None and main.lists_filled)
        await pilot.pause()
        actors = main.actor_list
        assert actors.highlighted == len(actors.visible_items) - 2
