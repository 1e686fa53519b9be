"""Start-up: the article first, the panes right after it, a cached analysis at once.

The first frame holds the article, with the lists if the analysis came from the cache;
keys pressed before the other panes exist are kept and run once they do.
"""

from __future__ import annotations

import pytest

from briefing_tui.ui.app import BriefingApp
from briefing_tui.ui.screens.main import MainScreen
from briefing_tui.ui.widgets.key_bar import KeyBar

from ..support import WIDE, wait_for


async def test_without_a_briefing_the_panes_come_after_the_article(sample_article) -> None:
    app = BriefingApp(sample_article, use_cache=False)
    async with app.run_test(size=WIDE) as pilot:
        main = app.main
        assert main.query("#article")
        await wait_for(pilot, lambda: main.panes_mounted)
        assert [pane.id for pane in main.query_one("#panes").children] == [
            "article",
            "actors",
            "claims",
            "questions",
            "notes",
        ]
        assert main.query("#search")
        assert main.children[-1].id == "keys"  # the key bar stays last (docked at the bottom)


async def test_a_cached_briefing_is_in_the_first_frame(sample_article, sample_briefing) -> None:
    app = BriefingApp(sample_article, use_cache=True, cached=sample_briefing)
    async with app.run_test(size=WIDE) as pilot:
        main = app.main
        # The lists are composed with the article, filled: no later mount.
        assert [pane.id for pane in main.query_one("#panes").children][:4] == [
            "article",
            "actors",
            "claims",
            "questions",
        ]
        assert main.actor_list.items == sample_briefing.actors
        assert f"Actors ({len(sample_briefing.actors)})" in str(main.actor_list.border_title)
        # The notes editor and the search bar follow; no analysis is started.
        await wait_for(pilot, lambda: main.lists_filled)
        assert main.query("#notes") and main.query("#search")
        assert app.briefing is sample_briefing
        assert main.actor_list.items == sample_briefing.actors
        assert main.claim_list.items == sample_briefing.claims
        assert main.question_list.items == sample_briefing.questions
        await pilot.pause()
        assert not app.analysis_running
        assert app.analysis_thread is None
        assert main.claim_list.border_subtitle == ""  # "done": no progress shown


async def test_keys_pressed_before_the_panes_exist_are_kept(
    sample_article, sample_briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_mount_panes = MainScreen._mount_panes

    async def not_yet(self: MainScreen) -> None:
        return None

    monkeypatch.setattr(MainScreen, "_mount_panes", not_yet)
    app = BriefingApp(sample_article, use_cache=False, briefing=sample_briefing)
    async with app.run_test(size=WIDE) as pilot:
        main = app.main
        await pilot.press("3")
        await pilot.pause()
        assert not main.panes_mounted
        assert main.active_pane == "article"  # waiting for the claims pane
        main.call_later(real_mount_panes, main)
        await wait_for(pilot, lambda: main.panes_mounted and main.active_pane == "claims")
        assert app.focused is main.claim_list


async def test_quitting_before_the_panes_exist_loses_nothing(
    sample_article, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def never_mount(self: MainScreen) -> None:
        return None

    monkeypatch.setattr(MainScreen, "_mount_panes", never_mount)
    app = BriefingApp(sample_article, use_cache=False)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_the_key_bar_follows_the_focus(make_app) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: app.main.panes_mounted)
        bar = app.main.query_one(KeyBar)
        hints, palette = bar.hints()
        descriptions = [hint.description for hint in hints]
        assert "Quit" in descriptions and "Search" in descriptions
        assert palette is not None and palette.key == "ctrl+p"
        await pilot.press("5")  # the notes editor: its own key (escape: Done) shows
        await pilot.pause()
        assert "Done" in [hint.description for hint in bar.hints()[0]]
        assert "Done" in str(bar.render())


async def test_clicking_a_key_in_the_key_bar_presses_it(make_app) -> None:
    from briefing_tui.ui.screens.help import HelpScreen

    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: app.main.panes_mounted)
        bar = app.main.query_one(KeyBar)
        line = bar.render().plain
        column = line.index(" ? ") + 1
        assert bar.key_at(column) == "question_mark"
        await pilot.click(KeyBar, offset=(column, 0))
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
