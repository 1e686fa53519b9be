"""Running ``briefing`` in a subprocess, for the command-line and reliability tests."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "seeds" / "000_4418247077a2d3e9.txt"

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
