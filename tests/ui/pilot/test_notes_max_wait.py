"""Steady typing is saved: the autosave delay restarts on each key, but never waits forever."""

from __future__ import annotations

import pytest

from briefing_tui.store.notes import NotesStore
from briefing_tui.ui.widgets import notes_pane

from ..support import WIDE, wait_analysed, wait_for

KEY_GAP = 0.05  # seconds between key presses: far less than the autosave delay


async def test_steady_typing_is_saved_within_the_maximum_wait(
    make_app, sample_article, monkeypatch: pytest.MonkeyPatch
):
    # A delay no typist pauses for, and a maximum wait the typing below spans many times.
    monkeypatch.setattr(notes_pane, "AUTOSAVE_DELAY", 3600.0)
    monkeypatch.setattr(notes_pane, "AUTOSAVE_MAX_WAIT", 0.2, raising=False)
    app = make_app()
    path = NotesStore(sample_article).path
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("1", "a")
        assert app.main.notes_pane.editing
        # Keep typing, one key at a time, until a save has happened (bounded: 400 keys
        # span at least 20 s, a hundred times the maximum wait).
        for _ in range(400):
            await pilot.press("x")
            await pilot.pause(KEY_GAP)
            if path.exists():
                break
        assert path.exists(), "nothing was saved while typing steadily"
        saved = NotesStore(sample_article).load()
        assert [note.body.strip("x") for note in saved] == [""]  # some of the x's typed
        assert app.main.notes_pane.editing  # saved while the reader was still typing
        await pilot.press("x", "y", "z")
        await wait_for(pilot, lambda: "xyz" in path.read_text(encoding="utf-8"))
