"""Notes you can find (issue 15 #5): what a writes on, the cursor, Tab, row marks, the
overview of every note, asking before an export overwrites a file."""

from __future__ import annotations

from textual.widgets import Input, OptionList

from briefing_tui.store.notes import NotesStore
from briefing_tui.ui.screens.prompt import PromptScreen

from ..support import WIDE, wait_analysed, wait_for


async def _type(pilot, text: str) -> None:
    await pilot.press(*["space" if ch == " " else ch for ch in text])


def _notes_header(app) -> str:
    return str(app.main.notes_pane.query_one("#notes-anchor").render())


async def test_the_notes_header_names_what_a_writes_on(make_app, sample_briefing):
    app = make_app()
    claim = sample_briefing.claims[1]
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("3", "j", "1")  # a claim previewed, then the article pane
        await pilot.pause()
        assert "on claim" in _notes_header(app)
        await pilot.press("a")
        assert app.main.notes_pane.anchor.kind == "claim"
        assert app.main.notes_pane.anchor.id == claim.id
        await pilot.press("escape", "escape")  # leave the note, then clear the selection
        await pilot.pause()
        assert _notes_header(app).startswith("a writes on the article")


async def test_reopening_a_note_puts_the_cursor_at_its_end(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("2", "j", "enter", "a")
        await _type(pilot, "first line")
        await pilot.press("enter")
        await _type(pilot, "second")
        await pilot.press("escape", "j", "k", "a")  # another actor's note, and back
        await pilot.pause()
        editor = app.main.notes_pane.editor
        assert editor.text == "first line\nsecond"
        assert editor.cursor_location == editor.document.end


async def test_tab_never_enters_the_note_editor(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        for _ in range(10):
            await pilot.press("tab")
            assert app.focused is not app.main.notes_pane.editor
        for _ in range(10):
            await pilot.press("shift+tab")
            assert app.focused is not app.main.notes_pane.editor
        await pilot.press("5")
        assert app.focused is app.main.notes_pane.editor


async def test_rows_with_a_note_are_marked(make_app, sample_briefing):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        claims = app.main.claim_list
        assert not str(claims.get_option_at_index(1).prompt).startswith("✎")
        await pilot.press("3", "j", "a")
        await _type(pilot, "check this")
        await pilot.press("escape")
        await pilot.pause()
        assert str(claims.get_option_at_index(1).prompt).startswith("✎")
        assert not str(claims.get_option_at_index(0).prompt).startswith("✎")
        # Emptying the note takes the mark away.
        await pilot.press("a", *["backspace"] * len("check this"), "escape")
        await pilot.pause()
        assert not str(claims.get_option_at_index(1).prompt).startswith("✎")


async def test_the_notes_overview_lists_every_note_and_goes_to_its_item(
    make_app, sample_article, sample_briefing
):
    from briefing_tui.ui.screens.notes_overview import NotesOverviewScreen

    actor = sample_briefing.actors[2]
    store = NotesStore(sample_article)
    store.set_note("article", None, sample_article.title, "about the whole story")
    store.set_note("actor", actor.id, actor.name, "who briefed them?")
    store.set_note("claim", "c999", "words no longer in the article", "was this retracted?")
    store.save()
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await wait_for(pilot, lambda: app.main.store is not None)
        assert [n.body for n in app.main.store.detached_notes] == ["was this retracted?"]
        await pilot.press("A")
        assert isinstance(app.screen, NotesOverviewScreen)
        options = app.screen.query_one(OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert len(prompts) == 3
        assert any("who briefed them?" in p and actor.name in p for p in prompts)
        assert any(p.startswith("Detached") and "was this retracted?" in p for p in prompts)
        index = next(i for i, p in enumerate(prompts) if actor.name in p)
        options.highlighted = index
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, NotesOverviewScreen)
        assert app.main.selected_actor is actor
        assert app.main.notes_pane.body == "who briefed them?"
        assert app.main.active_pane == "article"


async def test_export_asks_before_overwriting_and_remembers_the_folder(make_app, tmp_path):
    from briefing_tui.ui.screens.confirm import ConfirmScreen

    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "mine.md"
    target.write_text("my own file", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("e")
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "my own file"
        await pilot.press("e")
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await wait_for(pilot, lambda: target.read_text(encoding="utf-8") != "my own file")
        await pilot.press("e")
        assert isinstance(app.screen, PromptScreen)
        offered = app.screen.query_one(Input).value
        assert offered.startswith(str(folder.resolve()) + "/")


async def test_standard_input_is_remembered_as_such(make_app, sample_article, sample_briefing):
    from dataclasses import replace

    from briefing_tui.ui.screens.recent import RecentScreen

    piped = replace(sample_article, source="standard input")
    app = make_app(piped, replace(sample_briefing, article=piped))
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await wait_for(pilot, lambda: bool(app.files.recent.entries()))
        assert app.files.recent.entries()[0]["location"] == "standard input"
        await pilot.press("r")
        assert isinstance(app.screen, RecentScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running and app.main.article is piped
        assert any(
            "Standard input cannot be read again" in str(n.message) for n in app._notifications
        )
