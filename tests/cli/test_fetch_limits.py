"""Hostile servers against ``briefing analyze URL``: compression bombs stay within the size
limit in memory, and a server that dribbles its headers cannot outlast ``--timeout``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_tui.errors import InputError
from briefing_tui.reading import load_article

from .hostile_servers import (
    double_gzip_bomb,
    double_gzip_server,
    gzip_stream_server,
    slow_body_server,
    slow_headers_server,
)
from .odd_servers import assert_one_line_error

ROOT = Path(__file__).resolve().parents[2]
#: Runs its arguments as its only child and prints the child's peak memory (KB), so
#: the figure is that run's alone, not the largest of every child this test process had.
_MEASURE = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "sys.stderr.write(done.stderr)\n"
    "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)
#: Far above what reading a 1 MB page takes, far below what the bombs unpack to.
_MEMORY_CEILING_KB = 300 * 1024


def _analyze_measured(*args: str, timeout: float = 120) -> tuple[int, int, str]:
    """Run ``briefing analyze ARGS``; its exit code, peak memory in KB and stderr."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, "-m", "briefing_tui", "analyze", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
    code, peak = (int(word) for word in done.stdout.split())
    return code, peak, done.stderr


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """512 MB of zeros, gzipped twice: under 2 KB on the wire."""
    return double_gzip_bomb(512)


def test_a_double_gzip_bomb_is_refused_without_unpacking_it(bomb: bytes) -> None:
    assert len(bomb) < 4096
    with double_gzip_server(bomb) as url:
        code, peak_kb, stderr = _analyze_measured("--json", "--max-size", "1", url)
    assert code == 1
    assert_one_line_error(stderr, url, "1 MB limit", "compression bomb")
    assert "--max-size" not in stderr  # no limit is high enough for a bomb
    assert peak_kb < _MEMORY_CEILING_KB, f"peak memory {peak_kb // 1024} MB"


def test_a_gzip_stream_of_200_mb_is_refused_at_the_limit() -> None:
    with gzip_stream_server(200) as url:
        code, peak_kb, stderr = _analyze_measured("--json", "--max-size", "1", url)
    assert code == 1
    assert_one_line_error(stderr, url, "1 MB limit", "unpacks to")
    assert "--max-size" not in stderr
    assert peak_kb < _MEMORY_CEILING_KB, f"peak memory {peak_kb // 1024} MB"


def test_headers_one_byte_a_second_cannot_outlast_the_timeout() -> None:
    # The server would dribble for 120 s; the run must end by its 2 s deadline
    # (the 60 s bound below only keeps a broken build from hanging the suite).
    with slow_headers_server(120) as url:
        code, _peak, stderr = _analyze_measured("--json", "--timeout", "2", url, timeout=60)
    assert code == 1
    assert_one_line_error(stderr, url, "within 2 s", "--timeout")


def test_a_body_one_byte_a_second_cannot_outlast_the_timeout() -> None:
    with slow_body_server(120) as url, pytest.raises(InputError, match="within 2 s"):
        load_article(url, timeout=2)
