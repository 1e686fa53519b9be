"""SIGTERM and SIGHUP: the app saves the note being typed and exits with 128 + the signal.

The signal is sent to this very process; a guard handler is installed first so
that, should the app not take the signal, the test fails instead of ending the
test run. (The terminal being restored is checked under tmux, ``tests/e2e``.)
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest

from briefing_tui.store.notes import NotesStore

from ..support import WIDE, wait_analysed, wait_for


@pytest.fixture
def guarded_signals() -> Iterator[list[int]]:
    """Records SIGTERM and SIGHUP that reach no other handler; restores the handlers after."""
    caught: list[int] = []
    saved = {signum: signal.getsignal(signum) for signum in (signal.SIGTERM, signal.SIGHUP)}
    for signum in saved:
        signal.signal(signum, lambda number, _frame: caught.append(number))
    try:
        yield caught
    finally:
        for signum, handler in saved.items():
            signal.signal(signum, handler)


async def _signal_while_typing(make_app, sample_article, guarded_signals, signum, status):
    app = make_app()
    app.handles_exit_signals = True
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("1", "a", *"unsaved")
        assert app.main.notes_pane.editing
        os.kill(os.getpid(), signum)
        await wait_for(pilot, lambda: app.return_code is not None or guarded_signals != [])
    assert guarded_signals == [], "the app did not handle the signal"
    assert app.return_code == status
    saved = NotesStore(sample_article).load()
    assert [note.body for note in saved] == ["unsaved"]


async def test_sigterm_saves_the_note_and_exits_143(make_app, sample_article, guarded_signals):
    await _signal_while_typing(make_app, sample_article, guarded_signals, signal.SIGTERM, 143)


async def test_sighup_saves_the_note_and_exits_129(make_app, sample_article, guarded_signals):
    await _signal_while_typing(make_app, sample_article, guarded_signals, signal.SIGHUP, 129)
