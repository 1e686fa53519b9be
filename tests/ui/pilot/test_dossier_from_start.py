"""A dossier chosen on the start screen: space marks articles (in the list and in the search
results), d opens the marked ones together, and the dossier's D or Esc goes back there."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from briefing_tui.model import Article
from briefing_tui.store.library import open_library
from briefing_tui.store.library.articles import record_article
from briefing_tui.ui import start_app
from briefing_tui.ui.screens.dossier import DossierScreen
from briefing_tui.ui.screens.start import Choice, StartScreen
from briefing_tui.ui.start_app import StartApp

from ..support import WIDE, text_article, wait_for
from .test_dossier_screen import _dossier, _filled

TEXTS = (
    "Harbour pilots in Maplewick walked out on Monday.\n\nThe port authority asked for calm.",
    "Frost damaged the apple orchards of the northern valley.\n\nGrowers asked for credit.",
    "The Maplewick ferry resumed on Friday.\n\nPilots returned after the talks.",
)


def _fill_library(home: Path) -> list[Article]:
    articles = []
    for n, text in enumerate(TEXTS):
        path = home.parent / f"article{n}.txt"
        path.write_text(text, encoding="utf-8")
        articles.append(text_article(text, source=str(path)))
    with open_library(home) as library:
        for article in articles:
            record_article(library, article)
    return articles


def _rows(app) -> list[str]:
    return [str(o.prompt) for o in app.screen.query_one("#articles", OptionList).options]


def _messages(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_space_marks_the_row_and_again_unmarks_it(private_home: Path):
    _fill_library(private_home)
    app = StartApp(home=private_home)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        listed = app.screen.query_one("#articles", OptionList)
        await wait_for(pilot, lambda: listed.option_count == 3)
        await pilot.press("space")
        rows = _rows(app)
        assert rows[0].startswith("✓ ") and not rows[1].startswith("✓ ")
        assert listed.highlighted == 1, "the highlight moves on, to mark the next"
        await pilot.press("up", "space")
        assert not any(row.startswith("✓ ") for row in _rows(app))


async def test_d_with_fewer_than_two_marked_says_so_and_opens_nothing(private_home: Path):
    _fill_library(private_home)
    app = StartApp(home=private_home)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        await pilot.press("d")
        await wait_for(pilot, lambda: any("at least 2" in m for m in _messages(app)))
        assert "0 marked" in _messages(app)[-1]
        await pilot.press("space", "d")
        await wait_for(pilot, lambda: any("1 marked" in m for m in _messages(app)))
        assert isinstance(app.screen, StartScreen) and app.return_value is None


async def test_articles_marked_in_the_list_and_in_search_open_as_a_dossier(private_home: Path):
    articles = _fill_library(private_home)
    app = StartApp(home=private_home)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        listed = app.screen.query_one("#articles", OptionList)
        await wait_for(pilot, lambda: listed.option_count == 3)
        first = app.screen._rows[0][0]
        await pilot.press("space")
        # The search: type, go down into the results, mark one.
        await pilot.press("slash", *"orchards")
        await wait_for(pilot, lambda: app.screen.mode == "search" and listed.option_count == 1)
        await pilot.press("down")
        assert listed.has_focus
        await pilot.press("space")
        assert _rows(app)[0].startswith("✓ ")
        await pilot.press("d")
        await wait_for(pilot, lambda: app.return_value is not None)
    choice = app.return_value
    orchards = next(a for a in articles if "orchards" in a.text)
    assert choice.dossier and choice.locations == [first, orchards.source]


async def test_marks_stay_when_the_list_is_shown_again(private_home: Path):
    _fill_library(private_home)
    app = StartApp(home=private_home)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        listed = app.screen.query_one("#articles", OptionList)
        await wait_for(pilot, lambda: listed.option_count == 3)
        await pilot.press("down", "space")
        marked = _rows(app)[1]
        await pilot.press("slash", *"ferry", "escape")  # search, then back to the list
        await wait_for(pilot, lambda: app.screen.mode == "recent")
        assert _rows(app)[1] == marked and marked.startswith("✓ ")


def _from_start(tmp_path: Path):
    from briefing_tui.ui.app import BriefingApp

    dossier = _dossier()
    first = dossier.briefings[0]
    app = BriefingApp(
        first.article, use_cache=False, briefing=first, home=tmp_path, dossier=dossier
    )
    app.dossier_from_start = True
    return app


async def _leaves_for_the_start_screen(tmp_path: Path, key: str) -> None:
    app = _from_start(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: _filled(app))
        await pilot.press(key)
        await wait_for(pilot, lambda: app.return_code is not None)
    assert app.back_to_start and app.return_code == 0


async def test_esc_on_a_dossier_opened_from_the_start_screen_goes_back_there(tmp_path: Path):
    await _leaves_for_the_start_screen(tmp_path, "escape")


async def test_d_on_a_dossier_opened_from_the_start_screen_goes_back_there(tmp_path: Path):
    await _leaves_for_the_start_screen(tmp_path, "D")


async def test_from_an_article_of_that_dossier_d_still_comes_back_to_the_dossier(tmp_path: Path):
    app = _from_start(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: _filled(app))
        await pilot.press("enter", "enter")  # into Detail, then open the first place
        await wait_for(pilot, lambda: not isinstance(app.screen, DossierScreen))
        await pilot.press("D")
        await wait_for(pilot, lambda: isinstance(app.screen, DossierScreen))
        assert not app.back_to_start and app.return_code is None


def test_the_start_screen_comes_back_after_the_dossier(monkeypatch: pytest.MonkeyPatch):
    choices = [Choice(["a.txt", "b.txt"], dossier=True), None]
    shown: list[Choice | None] = []
    opened: list[Choice] = []

    def run(self):
        shown.append(choices[len(shown)])
        return shown[-1]

    def open_dossier(choice, model_name, use_cache):
        opened.append(choice)
        return 0, True  # the reader pressed Esc on the dossier

    monkeypatch.setattr(start_app, "attach_terminal_to_stdin", lambda *a: None, raising=False)
    monkeypatch.setattr("briefing_tui.ui.terminal.attach_terminal_to_stdin", lambda *a: None)
    monkeypatch.setattr(StartApp, "run", run)
    monkeypatch.setattr(start_app, "open_dossier_choice", open_dossier)
    assert start_app.run_start() == 0
    assert len(shown) == 2 and opened == [choices[0]]


def test_a_dossier_choice_opens_the_stored_articles_from_the_start(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
):
    articles = _fill_library(private_home)
    calls = []

    def run_dossier_app(found, model_name, use_cache, *, from_start=False):
        calls.append(([a.text for a in found], from_start))
        return 0, False

    monkeypatch.setattr("briefing_tui.ui.dossier_app.run_dossier_app", run_dossier_app)
    choice = Choice([articles[2].source, articles[0].source], dossier=True)
    assert start_app.open_dossier_choice(choice, None, True, home=private_home) == (0, False)
    assert calls == [([TEXTS[2], TEXTS[0]], True)]


def test_a_dossier_marked_after_q_from_an_article_is_opened(monkeypatch: pytest.MonkeyPatch):
    dossier = Choice(["a.txt", "b.txt"], dossier=True)
    article = Choice(["a.txt"])
    shown = iter([article, None])
    opened: list[Choice] = []

    def open_article(choice, model_name, use_cache):
        return 0, dossier  # q back to the start screen, two marked, d

    def open_dossier(choice, model_name, use_cache):
        opened.append(choice)
        return 0, True  # then Esc on the dossier: the start screen again, then quit

    monkeypatch.setattr("briefing_tui.ui.terminal.attach_terminal_to_stdin", lambda *a: None)
    monkeypatch.setattr(StartApp, "run", lambda self: next(shown))
    monkeypatch.setattr(start_app, "_open_choice", open_article)
    monkeypatch.setattr(start_app, "open_dossier_choice", open_dossier)
    assert start_app.run_start() == 0
    assert opened == [dossier]


async def test_a_refused_leave_for_the_start_screen_does_not_outlive_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    app = _from_start(tmp_path)
    saved = iter([False, True])  # the first save fails, the next works
    monkeypatch.setattr(app, "save_notes_now", lambda quiet=False: next(saved, True))
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: _filled(app))
        await pilot.press("escape")  # the notes cannot be saved: warned, still here
        await pilot.pause()
        assert app.is_running and not app.back_to_start
        assert any("could not be saved" in m for m in _messages(app))
        await pilot.press("q")  # then quitting quits; it does not go back to the start
        await wait_for(pilot, lambda: app.return_code is not None)
    assert app.return_code == 0 and not app.back_to_start
