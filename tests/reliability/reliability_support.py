"""Helpers for the reliability tests: running ``briefing`` in a subprocess, odd servers."""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "000_4418247077a2d3e9.txt"

RunBriefing = Callable[..., subprocess.CompletedProcess[str]]

#: The commands run here cache into a directory of their own, removed at exit.
_CACHE_DIR = tempfile.mkdtemp(prefix="briefing-test-cache-")
atexit.register(shutil.rmtree, _CACHE_DIR, ignore_errors=True)


def run_briefing(
    *args: str,
    stdin: str | bytes | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``briefing ARGS...`` (the installed package, any working directory)."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    full_env["BRIEFING_CACHE"] = _CACHE_DIR
    full_env.update(env or {})
    data = stdin.encode() if isinstance(stdin, str) else stdin
    done = subprocess.run(
        [sys.executable, "-m", "briefing_tui", *args],
        input=data,
        capture_output=True,
        env=full_env,
        cwd=cwd,
        timeout=300,
        check=False,
    )
    return subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )


def assert_one_line_error(stderr: str, *fragments: str) -> None:
    """``stderr`` is exactly one ``briefing: error:`` line holding each fragment, no traceback."""
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("briefing: error: "), stderr
    for fragment in fragments:
        assert fragment in lines[0], (fragment, stderr)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (so connecting is refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def silent_server() -> Iterator[str]:
    """A server on 127.0.0.1 that accepts connections and never answers; yields its URL."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)  # the kernel completes handshakes; nobody ever reads or replies
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/story"
