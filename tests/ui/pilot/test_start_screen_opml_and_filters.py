"""The start screen's OPML import and export (a prompt for the path, one-line errors, no
file replaced without a yes) and the notes list filtered by actor and by text."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList, Static

from briefing_tui.reading.feeds.opml import OpmlFeed, read_opml, write_opml
from briefing_tui.store.library import open_library
from briefing_tui.store.library.articles import record_article
from briefing_tui.store.library.feeds import add_feed, list_feeds
from briefing_tui.store.notes import NotesStore
from briefing_tui.ui.screens.start import StartScreen
from briefing_tui.ui.start_app import StartApp

from ..support import WIDE, text_article, wait_for

FEEDS = [
    OpmlFeed("https://tide.example/feed.xml", "Tide Tables Weekly"),
    OpmlFeed("https://orchard.example/rss", "Orchard Ledger"),
]
HARBOUR = (
    "Harbour pilots in Maplewick walked out on Monday.\n\n"
    "Their union leader, Odile Brask, said the talks had failed.\n\n"
    "The port authority asked for a mediator."
)


def _hint(app) -> str:
    return str(app.screen.query_one("#start-hint", Static).render())


def _rows(app, which: str = "#articles") -> list[str]:
    return [str(o.prompt) for o in app.screen.query_one(which, OptionList).options]


async def _answer(pilot, key: str, text: str) -> None:
    """Press ``key`` (which opens the start screen's field), type ``text``, Enter."""
    await pilot.press(key)
    field = pilot.app.screen.query_one("#start-ask")
    await wait_for(pilot, lambda: field.has_focus)
    await pilot.press(*["space" if ch == " " else ch for ch in text], "enter")
    await pilot.pause()


async def _started(pilot) -> None:
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, StartScreen))


async def test_import_adds_the_feeds_of_an_opml_file(private_home: Path, tmp_path: Path):
    opml = tmp_path / "reader.opml"
    opml.write_text(write_opml(FEEDS), encoding="utf-8")
    app = StartApp(home=private_home, analyse=False)
    async with app.run_test(size=WIDE) as pilot:
        await _started(pilot)
        await _answer(pilot, "i", str(opml))
        feeds = " ".join(_rows(app, "#feeds"))
        assert "Tide Tables Weekly" in feeds and "Orchard Ledger" in feeds
        assert _hint(app).startswith(f"2 feeds in {opml}: 2 added, 0 already there")
        await _answer(pilot, "i", str(opml))
        assert "0 added, 2 already there" in _hint(app)
    with open_library(private_home) as library:
        assert sorted(f.url for f in list_feeds(library)) == sorted(f.url for f in FEEDS)


async def test_import_says_in_one_line_what_is_wrong(private_home: Path, tmp_path: Path):
    not_opml = tmp_path / "page.html"
    not_opml.write_text("<html><body>not a list of feeds</body></html>", encoding="utf-8")
    app = StartApp(home=private_home, analyse=False)
    async with app.run_test(size=WIDE) as pilot:
        await _started(pilot)
        await _answer(pilot, "i", str(tmp_path / "missing.opml"))
        hint = _hint(app)
        assert hint.startswith(f"cannot read {tmp_path / 'missing.opml'} (No such file")
        assert hint.endswith("nothing imported") and "\n" not in hint
        await _answer(pilot, "i", str(not_opml))
        assert "is not an OPML file" in _hint(app) and "\n" not in _hint(app)
    with open_library(private_home) as library:
        assert list_feeds(library) == []


async def test_export_writes_the_feeds_and_asks_before_replacing_a_file(
    private_home: Path, tmp_path: Path
):
    with open_library(private_home) as library:
        for feed in FEEDS:
            add_feed(library, feed.url, feed.title)
    target = tmp_path / "out.opml"
    app = StartApp(home=private_home, analyse=False)
    async with app.run_test(size=WIDE) as pilot:
        await _started(pilot)
        await _answer(pilot, "e", str(target))
        assert _hint(app) == f"2 feeds written to {target}"
        assert sorted(f.url for f in read_opml(target.read_bytes(), "x")) == sorted(
            f.url for f in FEEDS
        )
        target.write_text("my own edits", encoding="utf-8")
        await _answer(pilot, "e", str(target))  # it exists: a question, not a write
        assert "exists: y and Enter replace it" in _hint(app)
        await pilot.press("enter")  # no y: kept
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "my own edits"
        assert _hint(app) == f"{target} kept as it was; nothing written"
        await _answer(pilot, "e", str(target))
        await pilot.press("escape")  # Esc keeps it too
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "my own edits"
        await _answer(pilot, "e", str(target))
        await pilot.press("y", "enter")
        await pilot.pause()
        assert "Tide Tables Weekly" in target.read_text(encoding="utf-8")
        await _answer(pilot, "e", str(tmp_path))
        assert _hint(app).startswith(f"{tmp_path} is a folder; give a file name")


def _notes_library(home: Path) -> None:
    article = text_article(HARBOUR, source=str(home.parent / "harbour.txt"))
    with open_library(home) as library:
        record_article(library, article)
    store = NotesStore(article, home)
    store.set_note("actor", "a1", "Odile Brask", "Ask about the strike fund.")
    store.set_note("actor", "a2", "Maplewick port authority", "Who pays the mediator?")
    store.set_note("article", None, article.title, "Follow the strike fund next week.")
    store.save()


async def test_the_notes_list_filters_by_actor_and_by_text(private_home: Path):
    _notes_library(private_home)
    app = StartApp(home=private_home, analyse=False)
    async with app.run_test(size=WIDE) as pilot:
        await _started(pilot)
        await pilot.press("n")
        assert len(_rows(app)) == 3
        assert "f filters by text, F by actor" in _hint(app)
        await _answer(pilot, "F", "brask")
        rows = _rows(app)
        assert len(rows) == 1 and "Odile Brask" in rows[0]
        assert app.screen.article_list.border_title == "Notes (1): actor ~ 'brask'"
        await _answer(pilot, "F", "")  # empty: every actor again
        await _answer(pilot, "f", "strike fund")
        rows = _rows(app)
        assert len(rows) == 2 and not any("mediator" in row for row in rows)
        await _answer(pilot, "F", "port")  # both filters: nothing on the port holds it
        assert _rows(app) == []
        await _answer(pilot, "F", "odile")
        assert len(_rows(app)) == 1 and "strike fund" in _rows(app)[0]
