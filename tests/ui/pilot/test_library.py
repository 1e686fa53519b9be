"""The library in the app: the start screen, search to the matching place, ] and [, places."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from briefing_tui.model import Article
from briefing_tui.store.library import open_library
from briefing_tui.store.library.articles import recent_articles, record_article
from briefing_tui.store.notes import NotesStore
from briefing_tui.ui.app import BriefingApp
from briefing_tui.ui.screens.start import StartScreen
from briefing_tui.ui.start_app import StartApp

from ..support import WIDE, text_article, wait_analysed, wait_for

FIRST = (
    "Harbour pilots in Maplewick walked out on Monday.\n\n"
    "The port authority said talks would resume once the tide tables were agreed.\n\n"
    "Shipping lines asked for a mediator."
)
SECOND = (
    "Frost damaged the apple orchards of the northern valley.\n\n"
    "Growers asked the ministry for emergency credit."
)


def _option_texts(option_list: OptionList) -> list[str]:
    return [str(option.prompt) for option in option_list.options]


def _fill_library(home: Path) -> tuple[Article, Article]:
    first = text_article(FIRST, source=str(home.parent / "harbour.txt"))
    second = text_article(SECOND, source=str(home.parent / "orchards.txt"))
    with open_library(home) as library:
        record_article(library, first)
        record_article(library, second, opened=False)
    store = NotesStore(second, home)
    store.set_note("article", None, second.title, "Check the credit scheme's terms.")
    store.save()
    return first, second


async def test_start_screen_lists_articles_with_notes_and_unread(private_home: Path):
    first, second = _fill_library(private_home)
    app = StartApp(home=private_home)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        rows = _option_texts(app.screen.query_one("#articles", OptionList))
        # The unread one first (marked), with its note counted; then the one read.
        assert rows[0].startswith("● " + second.title) and "1 note" in rows[0]
        assert rows[1].startswith("  " + first.title)


async def test_search_opens_the_hit_at_the_matching_place(private_home: Path):
    first, _second = _fill_library(private_home)
    app = StartApp(home=private_home)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        await pilot.press("slash", *"tide tab", "enter")
        await wait_for(pilot, lambda: app.return_value is not None)
    choice = app.return_value
    assert choice.locations[choice.index] == first.source
    assert FIRST[choice.start_at.offset :].startswith("tide tables")


async def test_search_finds_notes(private_home: Path):
    _first, second = _fill_library(private_home)
    app = StartApp(home=private_home)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        await pilot.press("slash", *"credit scheme")
        rows = _option_texts(app.screen.query_one("#articles", OptionList))
        assert any(row.startswith("note ") and second.title in row for row in rows)


async def test_brackets_move_between_the_articles_of_the_command_line(
    tmp_path: Path, private_home: Path
):
    paths = [tmp_path / "harbour.txt", tmp_path / "orchards.txt"]
    paths[0].write_text(FIRST, encoding="utf-8")
    paths[1].write_text(SECOND, encoding="utf-8")
    first = text_article(FIRST, source=str(paths[0]))
    app = BriefingApp(first, use_cache=False, home=private_home, locations=[str(p) for p in paths])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("right_square_bracket")
        await wait_for(pilot, lambda: app.article.text == SECOND)
        await pilot.press("right_square_bracket")  # the last: it stays
        await pilot.pause()
        assert app.article.text == SECOND
        await pilot.press("left_square_bracket")
        await wait_for(pilot, lambda: app.article.text == FIRST)
        await pilot.pause()
        assert app.library.error is None, app.library.error
    with open_library(private_home) as library:
        assert {r.source for r in recent_articles(library)} == {str(p) for p in paths}


async def test_reading_position_and_selection_come_back(
    make_app, sample_article, sample_briefing, private_home: Path
):
    app = make_app(home=private_home)
    actor = sample_briefing.actors[0]
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        app.main.select_actor(actor)
        target = len(sample_article.text) // 2
        app.main.article_view.scroll_to_offset(target, top=True)
        await pilot.pause()
        await pilot.pause()
        left_at = app.main.article_view.reading_offset()
        assert left_at > 0
        await pilot.press("q")
    again = make_app(home=private_home)
    async with again.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await wait_for(pilot, lambda: again.main.selected_actor is not None)
        assert again.main.selected_actor.id == actor.id
        await wait_for(pilot, lambda: again.main.article_view.reading_offset() == left_at)


async def test_a_selection_that_comes_back_is_what_the_notes_header_names_and_a_writes_on(
    make_app, sample_briefing, private_home: Path
):
    """Reopened with an actor selected (the Actors border says so), a note goes on that actor,
    not on the article."""
    app = make_app(home=private_home)
    actor = sample_briefing.actors[0]
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        app.main.select_actor(actor)
        await pilot.pause()
        await pilot.press("q")
    again = make_app(home=private_home)
    async with again.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await wait_for(pilot, lambda: again.main.selected_actor is not None)
        await pilot.pause()
        assert again.main.notes_pane.anchor.kind == "actor"
        assert again.main.notes_pane.anchor.id == actor.id
        await pilot.press("a", *"on the actor", "escape")
        await pilot.pause()
        assert again.main.store.note_for("actor", actor.id).body == "on the actor"
        assert again.main.store.note_for("article", None) is None


async def test_all_notes_of_the_library_open_at_the_note(private_home: Path):
    _first, second = _fill_library(private_home)
    app = StartApp(home=private_home)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        await pilot.press("n")
        rows = _option_texts(app.screen.query_one("#articles", OptionList))
        assert len(rows) == 1 and second.title in rows[0] and "credit scheme" in rows[0]
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.return_value is not None)
    choice = app.return_value
    assert choice.locations[choice.index] == second.source
    assert choice.start_at.note_uid is not None


async def test_a_feed_lists_its_entries_and_opens_one_offline(private_home: Path):
    from briefing_tui.reading.feeds.parse import FeedEntry, ParsedFeed
    from briefing_tui.store.library.feeds import (
        add_feed,
        feed_entries,
        link_entry,
        list_feeds,
        store_entries,
    )
    from briefing_tui.ui.library_link import LibraryLink

    stories = {
        "https://wire.example/a": text_article(FIRST, source="https://wire.example/a"),
        "https://wire.example/b": text_article(SECOND, source="https://wire.example/b"),
    }
    with open_library(private_home) as library:
        add_feed(library, "https://wire.example/feed.xml", "Coast Wire")
        feed_id = list_feeds(library)[0].id
        entries = [
            FeedEntry(url, url, f"Story {i + 1}", f"2026-06-0{i + 1}T08:00:00Z", "", None, url)
            for i, (url, article) in enumerate(stories.items())
        ]
        store_entries(library, feed_id, ParsedFeed("Coast Wire", None, entries))
        for entry_row in feed_entries(library, feed_id):
            record_article(library, stories[entry_row.url], opened=False)
            link_entry(library, entry_row.id, sha256=stories[entry_row.url].sha256, error=None)
    app = StartApp(home=private_home)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        feeds = _option_texts(app.screen.query_one("#feeds", OptionList))
        assert feeds == ["Coast Wire  2 unread"]
        await pilot.press("tab", "enter")
        rows = _option_texts(app.screen.query_one("#articles", OptionList))
        assert rows == ["● 2026-06-02  Story 2", "● 2026-06-01  Story 1"]
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.return_value is not None)
    choice = app.return_value
    assert choice.locations == ["https://wire.example/b", "https://wire.example/a"]
    link = LibraryLink(private_home)
    assert link.stored(choice.locations[choice.index]).text == SECOND  # no network
    link.close()


async def test_a_url_typed_in_the_open_field_keeps_its_slashes(private_home: Path):
    app = StartApp(home=private_home)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        await pilot.press("o", *"https://x.example/a/b", "enter")
        await wait_for(pilot, lambda: app.return_value is not None)
    assert app.return_value.locations == ["https://x.example/a/b"]


async def test_add_and_refresh_a_feed_from_the_start_screen(private_home: Path):
    from library.feeds_site import site
    from reading.local_server import serving

    routes: dict = {}
    with serving(routes) as base:
        routes.update(site(base))
        app = StartApp(home=private_home, analyse=False)
        async with app.run_test(size=WIDE) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
            feeds = app.screen.query_one("#feeds", OptionList)
            await pilot.press("a", *f"{base}/", "enter")  # the page names its feed
            await wait_for(pilot, lambda: "Valley Wire" in " ".join(_option_texts(feeds)))
            await pilot.press("r")
            await wait_for(pilot, lambda: "2 unread" in " ".join(_option_texts(feeds)), 6000)
            rows = _option_texts(app.screen.query_one("#articles", OptionList))
            assert any(row.startswith("● Ferry timetable changes") for row in rows)


async def test_the_next_article_is_read_ahead(tmp_path: Path, private_home: Path):
    paths = [tmp_path / "harbour.txt", tmp_path / "orchards.txt"]
    paths[0].write_text(FIRST, encoding="utf-8")
    paths[1].write_text(SECOND, encoding="utf-8")
    first = text_article(FIRST, source=str(paths[0]))
    app = BriefingApp(first, use_cache=False, home=private_home, locations=[str(p) for p in paths])
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: str(paths[1]) in app._read_ahead)
        paths[1].unlink()  # ] no longer needs the file: it was read while the first showed
        await pilot.press("right_square_bracket")
        await wait_for(pilot, lambda: app.article.text == SECOND)
