"""An analysis child process started before the app paints, so spaCy loads meanwhile.

The analysis runs in ``python -m briefing_tui.engine.pipeline`` (see ``pipeline.py``).
That child spends most of a first analysis importing spaCy and loading the
model, work that needs nothing from the article. ``start_early`` launches it
as the app starts, on the other core, and ``take`` hands it to the analysis
when the article is ready; a child is started afresh when none is waiting.
Only the standard library is imported here, so starting early costs a fork.
"""

from __future__ import annotations

import subprocess
import sys
import threading

_lock = threading.Lock()
_waiting: dict[str | None, subprocess.Popen[bytes]] = {}


def child_command(model_name: str | None) -> list[str]:
    """The command line of an analysis child for ``model_name``."""
    command = [sys.executable, "-m", "briefing_tui.engine.pipeline"]
    if model_name:
        command += ["--model", model_name]
    return command


def spawn(model_name: str | None) -> subprocess.Popen[bytes]:
    """Start an analysis child; it loads the pipeline, then waits for its request."""
    return subprocess.Popen(
        child_command(model_name),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )


def start_early(model_name: str | None) -> None:
    """Start a child for ``model_name`` now, unless one is already waiting."""
    with _lock:
        if model_name not in _waiting:
            _waiting[model_name] = spawn(model_name)


def take(model_name: str | None) -> subprocess.Popen[bytes]:
    """A child for ``model_name``: the one started early if it is alive, else a new one."""
    with _lock:
        child = _waiting.pop(model_name, None)
    if child is not None and child.poll() is None:
        return child
    return spawn(model_name)


def discard() -> None:
    """Stop every child still waiting (the panes came from the cache, or the app ends)."""
    with _lock:
        children = list(_waiting.values())
        _waiting.clear()
    for child in children:
        if child.poll() is None:
            child.terminate()
        child.wait()
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                stream.close()
