"""q (or Escape with nothing to clear) in an article opened from the start screen goes
back to it, its lists read again; an article opened on the command line quits on q."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from briefing_tui.store.library import open_library
from briefing_tui.store.library.articles import record_article
from briefing_tui.ui.screens.help import HelpScreen
from briefing_tui.ui.screens.start import StartScreen
from briefing_tui.ui.widgets.key_bar import KeyBar

from ..support import NARROW, WIDE, screen_rows, text_article, wait_analysed, wait_for

ORCHARDS = (
    "Frost damaged the apple orchards of the northern valley.\n\n"
    "Growers asked the ministry for emergency credit."
)


def _rows(app) -> list[str]:
    return [str(o.prompt) for o in app.screen.query_one("#articles", OptionList).options]


def _library_with(home: Path, sample_article, tmp_path: Path) -> Path:
    """The sample (read) and an article not read yet, in a file."""
    path = tmp_path / "orchards.txt"
    path.write_text(ORCHARDS, encoding="utf-8")
    with open_library(home) as library:
        record_article(library, sample_article)
        record_article(library, text_article(ORCHARDS, source=str(path)), opened=False)
    return path


def _row_of(rows: list[str], title: str) -> str:
    return next(row for row in rows if title in row)


async def test_q_goes_back_to_the_start_screen_and_its_list_is_read_again(
    make_app, sample_article, private_home: Path, tmp_path: Path
):
    path = _library_with(private_home, sample_article, tmp_path)
    app = make_app(home=private_home, from_start=True)
    app.analyse_feeds = False
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("a", *"Call", "escape")  # a note on the article, typed
        await wait_for(pilot, lambda: not app.main.notes_pane.editing)
        await pilot.press("q")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        assert app.is_running
        rows = _rows(app)
        # The note written in the article is counted (saved and indexed on the way back).
        sample_name = Path(sample_article.source).name
        assert "1 note" in _row_of(rows, sample_name)
        assert _row_of(rows, "orchards.txt").startswith("● ")  # not read yet
        await pilot.press("]")  # the start screen's, not the article's: nothing moves
        await pilot.pause()
        assert app.article is sample_article
        index = next(i for i, row in enumerate(rows) if "orchards.txt" in row)
        app.screen.article_list.highlighted = index
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.article.text == ORCHARDS)
        assert app.screen is app.main
        assert app.reading.locations[app.reading.index] == str(path)
        await pilot.press("q")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        await wait_for(pilot, lambda: not _row_of(_rows(app), "orchards.txt").startswith("● "))
        await pilot.press("q")  # on the start screen, q quits
        await wait_for(pilot, lambda: not app.is_running)
    assert app.return_code == 0


async def test_escape_clears_first_then_goes_back(
    make_app, sample_article, sample_briefing, private_home: Path, tmp_path: Path
):
    _library_with(private_home, sample_article, tmp_path)
    app = make_app(home=private_home, from_start=True)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        app.main.select_actor(sample_briefing.actors[0])
        await pilot.pause()
        await pilot.press("escape")  # the selection goes; the article stays
        await pilot.pause()
        assert app.main.selected_actor is None and app.screen is app.main
        await pilot.press("escape")  # nothing left to clear: back to the start screen
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))


async def test_an_article_from_the_command_line_quits_on_q(make_app, private_home: Path):
    app = make_app(home=private_home)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("escape")  # nothing to clear, and no start screen to go to
        await pilot.pause()
        assert app.screen is app.main
        await pilot.press("q")
        await wait_for(pilot, lambda: not app.is_running)
    assert app.return_code == 0


async def test_the_key_bar_and_the_help_say_what_q_does(make_app, private_home: Path):
    for from_start, shown in ((True, "Library"), (False, "Quit")):
        app = make_app(home=private_home, from_start=from_start)
        async with app.run_test(size=WIDE) as pilot:
            await wait_analysed(pilot)
            bar = str(app.main.query_one(KeyBar).render())
            assert f"q {shown}" in bar, bar
            await pilot.press("question_mark")
            await wait_for(pilot, lambda app=app: isinstance(app.screen, HelpScreen))
            rows = app.screen.rows
        assert (
            "Everywhere",
            "q",
            "Back to the start screen (an article opened from it; else q quits)",
        ) in rows
        assert ("Everywhere", "q", "Save the notes and quit") in rows


async def test_a_narrow_key_bar_keeps_the_way_back(make_app, private_home: Path):
    app = make_app(home=private_home, from_start=True)
    async with app.run_test(size=NARROW) as pilot:
        await wait_analysed(pilot)
        bar = "".join(screen_rows(app)[-1])
        assert "? Keys" in bar and "q Library" in bar, bar


async def test_an_article_left_before_it_was_recorded_is_listed_read(
    make_app, sample_article, private_home: Path, monkeypatch
):
    """q right after opening, before the worker recording the article has run: the
    start screen still lists it read."""
    from briefing_tui.ui.app import BriefingApp

    with open_library(private_home) as library:
        record_article(library, sample_article, opened=False)
    monkeypatch.setattr(BriefingApp, "_remember_article", lambda self, article: None)
    app = make_app(home=private_home, from_start=True)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("q")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        row = _row_of(_rows(app), Path(sample_article.source).name)
        assert not row.startswith("● "), row


async def test_articles_marked_on_the_start_screen_shown_from_an_article_open_as_a_dossier(
    make_app, sample_article, private_home: Path, tmp_path: Path
):
    path = _library_with(private_home, sample_article, tmp_path)
    app = make_app(home=private_home, from_start=True)
    app.analyse_feeds = False
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("q")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        app.screen.article_list.focus()
        app.screen.article_list.highlighted = 0
        await pilot.press("space", "space", "d")
        await wait_for(pilot, lambda: not app.is_running)
    chosen = app.chosen_dossier
    assert chosen is not None and chosen.dossier  # not the highlighted article opened
    assert sorted(chosen.locations) == sorted([sample_article.source, str(path)])
