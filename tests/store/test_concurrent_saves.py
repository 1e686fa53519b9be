"""Two processes saving notes on the same article at the same time lose nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from briefing_tui.model import Article
from briefing_tui.store.notes import NotesStore

SAVES = 60
ARTICLE = Article(text="Shared text.", title="Shared", source="/shared.txt")

SAVER = textwrap.dedent(
    f"""
    import sys
    from briefing_tui.model import Article
    from briefing_tui.store.notes import NotesStore

    tag = sys.argv[1]
    store = NotesStore(Article(text="Shared text.", title="Shared", source="/shared.txt"))
    store.load()
    print("ready", flush=True)
    sys.stdin.readline()  # start together
    for index in range({SAVES}):
        anchor = f"{{tag}}{{index}}"
        store.set_note("question", anchor, anchor + "?", f"{{tag}} body {{index}}")
        store.save()
    """
)


def test_interleaved_saves_from_two_processes_keep_every_note(tmp_path: Path) -> None:
    env = {**os.environ, "BRIEFING_HOME": str(tmp_path)}
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", SAVER, tag],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        for tag in ("left", "right")
    ]
    try:
        for process in processes:
            assert process.stdout.readline() == "ready\n", process.stderr.read()
        for process in processes:
            process.stdin.write("go\n")
            process.stdin.flush()
        for process in processes:
            _, errors = process.communicate(timeout=30)
            assert process.returncode == 0, errors
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()

    notes = NotesStore(ARTICLE, home=tmp_path).load()
    expected = {f"{tag} body {i}" for tag in ("left", "right") for i in range(SAVES)}
    assert {note.body for note in notes} == expected
    assert len(notes) == 2 * SAVES and not any(note.conflict for note in notes)
