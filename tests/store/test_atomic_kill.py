"""Saving is atomic: a process killed at any point leaves the old file or the new one.

Half the kills come from outside, the moment the saver says it is starting a
save; the other half are SIGKILLs the saver sends itself at a chosen point
inside the real write: part-way through writing, after the fsync, just
before or just after the rename.
"""

from __future__ import annotations

import os
import random
import selectors
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from briefing_tui.model import Article
from briefing_tui.store.notes import NotesStore

KILLS = 50
NOTE_COUNT = 40
BODY_SIZE = 2500  # about 100 kB per file
ARTICLE = Article(text="The text.", title="Kill test", source="/kill.txt")
TRAPS = ("outside", "mid-write", "after-fsync", "before-rename", "after-rename")

SAVER = textwrap.dedent(
    f"""
    import os, signal, sys
    from briefing_tui.model import Article
    from briefing_tui.store.notes import NotesStore

    trap, saves_before_trap, cut = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    class HalfWriter:
        def __init__(self, handle):
            self.handle = handle
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            return self.handle.__exit__(*exc)
        def write(self, text):
            self.handle.write(text[: int(len(text) * cut)])
            self.handle.flush()
            die()
        def __getattr__(self, name):
            return getattr(self.handle, name)

    real_fdopen, real_fsync, real_replace = os.fdopen, os.fsync, os.replace

    def arm():
        if trap == "mid-write":
            os.fdopen = lambda *a, **k: HalfWriter(real_fdopen(*a, **k))
        elif trap == "after-fsync":
            os.fsync = lambda fd: (real_fsync(fd), die())
        elif trap == "before-rename":
            os.replace = lambda *a: die()
        elif trap == "after-rename":
            os.replace = lambda *a: (real_replace(*a), die())

    store = NotesStore(Article(text="The text.", title="Kill test", source="/kill.txt"))
    store.load()
    round_number = 0
    while True:
        letter = "AB"[round_number % 2]
        for index in range({NOTE_COUNT}):
            store.set_note("question", f"q{{index}}", f"Q{{index}}?", letter * {BODY_SIZE})
        if round_number == saves_before_trap:
            arm()
        print("saving", flush=True)
        store.save()
        round_number += 1
    """
)


def wait_for_lines(process: subprocess.Popen[str], count: int, deadline: float) -> None:
    """Wait (up to the deadline) until the saver has printed ``count`` lines."""
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    try:
        for _ in range(count):
            while not selector.select(timeout=max(0.0, deadline - time.monotonic())):
                if time.monotonic() > deadline:
                    raise AssertionError("the saving process made no progress")
            assert process.stdout.readline(), process.stderr.read()
    finally:
        selector.close()


def run_saver_until_killed(
    env: dict[str, str], trap: str, saves_before_trap: int, rng: random.Random
) -> int:
    """Run one saver until it is killed; returns its exit status."""
    process = subprocess.Popen(
        [sys.executable, "-c", SAVER, trap, str(saves_before_trap), str(rng.random())],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        if trap == "outside":
            wait_for_lines(process, saves_before_trap + 1, time.monotonic() + 20)
            process.send_signal(signal.SIGKILL)
        process.wait(timeout=20)
        return process.returncode
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()


def test_killed_saves_never_leave_a_partial_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "BRIEFING_HOME": str(home)}
    rng = random.Random(20261125)
    versions_seen = set()
    for kill in range(KILLS):
        trap = TRAPS[kill % len(TRAPS)]
        before = NotesStore(ARTICLE, home=home)
        old_bodies = {note.body for note in before.load()}

        saves_before_trap = rng.randint(0, 2)
        status = run_saver_until_killed(env, trap, saves_before_trap, rng)
        assert status == -signal.SIGKILL

        after = NotesStore(ARTICLE, home=home)
        notes = after.load()
        assert after.warning is None
        bodies = {note.body for note in notes}
        if not after.path.exists():
            assert not old_bodies  # only possible before the very first save
            continue
        assert len(notes) == NOTE_COUNT
        assert bodies in ({"A" * BODY_SIZE}, {"B" * BODY_SIZE}), f"partial file after {trap}"
        # Round n of the saver writes "AB"[n % 2]; the trap fires in round saves_before_trap.
        if trap == "after-rename":
            assert bodies == {"AB"[saves_before_trap % 2] * BODY_SIZE}
        elif trap != "outside" and saves_before_trap:
            assert bodies == {"AB"[(saves_before_trap - 1) % 2] * BODY_SIZE}
        elif trap != "outside":
            assert bodies == old_bodies
        versions_seen.add(notes[0].body[0])
    assert versions_seen == {"A", "B"}
    assert not list(home.glob("notes/*.bak*"))
