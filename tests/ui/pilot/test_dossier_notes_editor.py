"""Notes on a dossier: the article notes' editor (several lines, Markdown), saved as typed,
never lost nor silently overwritten."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.store.dossier_notes import (
    dossier_notes_path,
    read_dossier_notes,
    save_dossier_notes,
)
from briefing_tui.ui.screens.dossier import DossierScreen
from briefing_tui.ui.widgets.notes_pane import NoteEditor

from ..support import WIDE, wait_for
from .test_dossier_screen import _app, _dossier, _filled


async def _open_editor(app, pilot) -> NoteEditor:
    await wait_for(pilot, lambda: _filled(app))
    await pilot.press("n")
    await wait_for(pilot, lambda: bool(app.screen.query(NoteEditor)))
    editor = app.screen.query_one(NoteEditor)
    await wait_for(pilot, lambda: editor.has_focus)
    return editor


async def test_n_opens_the_notes_editor_and_keeps_every_line(tmp_path: Path):
    dossier = _dossier()
    app = _app(dossier, tmp_path)
    articles = [b.article for b in dossier.briefings]
    path = dossier_notes_path(articles, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await _open_editor(app, pilot)
        # Enter is a new line, as in an article's note, not "submit".
        await pilot.press(*"# Harbour", "enter", *"- both quote the mayor", "enter")
        await pilot.press(*"- the dates differ")
        assert not isinstance(app.screen, DossierScreen), "still writing"
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, DossierScreen))
    notes = read_dossier_notes(path)
    assert [n.body for n in notes] == ["# Harbour\n- both quote the mayor\n- the dates differ"]
    assert "\n- the dates differ\n<!-- /dossier-note -->" in path.read_text(encoding="utf-8")


async def test_the_note_is_saved_while_it_is_typed(tmp_path: Path):
    dossier = _dossier()
    app = _app(dossier, tmp_path)
    path = dossier_notes_path([b.article for b in dossier.briefings], tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await _open_editor(app, pilot)
        await pilot.press(*"draft one")
        # No Esc: the pause in typing saves it (a crash now loses nothing).
        await wait_for(pilot, lambda: [n.body for n in read_dossier_notes(path)] == ["draft one"])
        await pilot.press("enter", *"two")
        await wait_for(
            pilot, lambda: [n.body for n in read_dossier_notes(path)] == ["draft one\ntwo"]
        )
        # The same note saved again, not a second one.
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, DossierScreen))
    assert [n.body for n in read_dossier_notes(path)] == ["draft one\ntwo"]


async def test_a_note_written_elsewhere_meanwhile_is_kept(tmp_path: Path):
    dossier = _dossier()
    app = _app(dossier, tmp_path)
    articles = [b.article for b in dossier.briefings]
    path = dossier_notes_path(articles, tmp_path)
    save_dossier_notes(articles, add="an earlier note", home=tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await _open_editor(app, pilot)
        await pilot.press(*"mine")
        # Another process adds a note while this one is being written.
        save_dossier_notes(articles, add="from another window", home=tmp_path)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, DossierScreen))
    bodies = [n.body for n in read_dossier_notes(path)]
    assert sorted(bodies) == ["an earlier note", "from another window", "mine"]


async def test_a_hand_edited_notes_file_is_copied_before_it_is_rewritten(tmp_path: Path):
    dossier = _dossier()
    app = _app(dossier, tmp_path)
    articles = [b.article for b in dossier.briefings]
    path = save_dossier_notes(articles, add="first", home=tmp_path)
    edited = path.read_text(encoding="utf-8").replace(
        "# Dossier notes\n", "# Dossier notes\n\nWritten by hand, outside any note.\n"
    )
    path.write_text(edited, encoding="utf-8")
    async with app.run_test(size=WIDE) as pilot:
        await _open_editor(app, pilot)
        await pilot.press(*"second", "escape")
        await wait_for(pilot, lambda: isinstance(app.screen, DossierScreen))
    copies = list(path.parent.glob(path.name + ".bak*"))
    assert len(copies) == 1
    assert "Written by hand, outside any note." in copies[0].read_text(encoding="utf-8")
    assert [n.body for n in read_dossier_notes(path)] == ["first", "second"]


async def test_quitting_with_the_editor_open_keeps_the_note(tmp_path: Path):
    dossier = _dossier()
    app = _app(dossier, tmp_path)
    path = dossier_notes_path([b.article for b in dossier.briefings], tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await _open_editor(app, pilot)
        await pilot.press(*"unfinished")
        app.exit()  # before any pause in typing could save it
        await pilot.pause()
    assert [n.body for n in read_dossier_notes(path)] == ["unfinished"]
