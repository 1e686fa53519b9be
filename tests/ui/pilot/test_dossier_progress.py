"""A dossier analysed in the app: the articles' analysis runs in the analysis child process,
each article shows when it is ready, and the screen answers keys meanwhile."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

from textual.widgets import OptionList

from briefing_tui.engine.dossier import (
    ANALYSED,
    CACHED,
    PARSING,
    DossierAnalysis,
    DossierStep,
)
from briefing_tui.reading import article_from_text
from briefing_tui.ui.app import BriefingApp
from briefing_tui.ui.dossier_actions import DossierBuild
from briefing_tui.ui.screens.dossier import DossierScreen

from ..support import WIDE, wait_for
from .test_dossier_screen import FIRST, SECOND, _dossier


class _Held:
    """A stepwise analysis whose steps wait for the test."""

    def __init__(self, steps: list[DossierStep]) -> None:
        self._steps = steps
        self.next = threading.Semaphore(0)
        self.cancelled = False

    def steps(self) -> Iterator[DossierStep]:
        for step in self._steps:
            if not self.next.acquire(timeout=10) or self.cancelled:
                return
            yield step

    def cancel(self) -> None:
        self.cancelled = True
        self.next.release(len(self._steps))


def _rows(screen: DossierScreen) -> list[str]:
    listed = screen.query_one("#dossier-articles", OptionList)
    return [str(o.prompt) for o in listed.options]


async def test_each_article_shows_when_it_is_ready_and_keys_work_meanwhile(tmp_path: Path):
    dossier = _dossier()
    articles = [b.article for b in dossier.briefings]
    held = _Held(
        [
            DossierStep("read from the cache", (0,), CACHED, 1, 2),
            DossierStep("parsing 1", (1,), PARSING, 1, 2),
            DossierStep("analysed [2]", (1,), ANALYSED, 2, 2),
            DossierStep("done", (), "", 2, 2, dossier),
        ]
    )
    app = BriefingApp(
        articles[0],
        use_cache=False,
        home=tmp_path,
        dossier=DossierBuild(articles, analysis=held),
    )
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, DossierScreen))
        screen = app.screen
        listed = screen.query_one("#dossier-articles", OptionList)
        await wait_for(pilot, lambda: listed.option_count == 2)
        assert all(row.startswith("· [") for row in _rows(screen)), "both waiting"
        held.next.release()
        await wait_for(pilot, lambda: _rows(screen)[0].startswith("✓ [1]"))
        assert "1 of 2 ready" in str(listed.border_title)
        held.next.release()
        await wait_for(pilot, lambda: _rows(screen)[1].startswith("… [2]"))
        # The screen answers keys while the second article is analysed.
        listed.focus()
        listed.highlighted = 0
        await pilot.press("down")
        await wait_for(pilot, lambda: listed.highlighted == 1)
        assert app.dossier is not dossier
        held.next.release()
        await wait_for(pilot, lambda: _rows(screen)[1].startswith("✓ [2]"))
        assert "2 of 2 ready" in str(listed.border_title)
        held.next.release()
        actors = screen.query_one("#dossier-actors", OptionList)
        await wait_for(pilot, lambda: actors.option_count > 0)
        assert app.dossier is dossier


async def test_quitting_while_the_dossier_is_analysed_stops_its_analysis(tmp_path: Path):
    dossier = _dossier()
    articles = [b.article for b in dossier.briefings]
    held = _Held([DossierStep("done", (), "", 2, 2, dossier)])
    app = BriefingApp(
        articles[0], use_cache=False, home=tmp_path, dossier=DossierBuild(articles, analysis=held)
    )
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, DossierScreen))
        await pilot.press("q")
        await wait_for(pilot, lambda: app.return_code is not None)
    app.cancel_analysis()
    assert held.cancelled


async def test_an_uncached_dossier_is_analysed_in_the_child_process(
    tmp_path: Path, private_home: Path
):
    articles = [article_from_text(FIRST, "first.txt"), article_from_text(SECOND, "second.txt")]
    analysis = DossierAnalysis(articles, use_cache=True)
    app = BriefingApp(
        articles[0],
        home=private_home,
        dossier=DossierBuild(articles, analysis=analysis),
    )
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, DossierScreen))
        screen = app.screen
        actors = screen.query_one("#dossier-actors", OptionList)
        await wait_for(pilot, lambda: actors.option_count > 0, rounds=30000)
        assert str(actors.get_option_at_index(0).prompt).startswith("Nadia Flores (person) [1,2]")
        assert screen.article_states == [ANALYSED, ANALYSED]
    assert analysis._child is not None and analysis._child.pid != os.getpid()
    # The per-article cache now holds both: a second dossier reads them, no child.
    again = DossierAnalysis(articles, use_cache=True)
    statuses = [s.status for s in again.steps() if s.articles]
    assert statuses == [CACHED, CACHED] and again._child is None
