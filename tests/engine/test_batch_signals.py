"""Ctrl+C and SIGTERM during ``briefing analyze --jobs 2`` (issue 18, item 9).

Ctrl+C (SIGINT to the whole process group, as a terminal sends it) ends the
run with "interrupted" and no worker's traceback; SIGTERM to the command alone
ends it with 143. Either way no worker process is left behind: the test scans
``/proc`` for the run's process group.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from briefing_runner import SAMPLE

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")

#: Enough work that the workers are still busy when the signal comes.
FILES = 32
#: CPU time a worker has used once it has loaded the model and is parsing.
PARSING_CPU_SECONDS = 4.0


def _stat_fields(pid: str) -> list[str] | None:
    """The fields of ``/proc/PID/stat`` after the command name (state, ppid, pgrp, ...)."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rindex(")") + 2 :].split()


def _group_members(pgid: int) -> list[int]:
    """The live processes (not zombies) of process group ``pgid``."""
    members = []
    for entry in os.listdir("/proc"):
        fields = _stat_fields(entry) if entry.isdigit() else None
        if fields is not None and int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(entry))
    return members


def _children(pid: int) -> list[int]:
    return [
        int(entry)
        for entry in os.listdir("/proc")
        if entry.isdigit() and (f := _stat_fields(entry)) is not None and int(f[1]) == pid
    ]


def _cpu_seconds(pid: int) -> float:
    """User and system time ``pid`` has used so far."""
    fields = _stat_fields(str(pid))
    if fields is None:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wait_for(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


@pytest.fixture(name="articles")
def articles_fixture(tmp_path: Path) -> list[str]:
    """Distinct articles (so nothing is cached), each a few times the sample's length."""
    sample = SAMPLE.read_text(encoding="utf-8")
    paths = []
    for number in range(FILES):
        path = tmp_path / f"article-{number}.txt"
        path.write_text(f"Report number {number}\n\n" + sample * 6, encoding="utf-8")
        paths.append(str(path))
    return paths


def _start(articles: list[str], tmp_path: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    env["BRIEFING_CACHE"] = str(tmp_path / "cache")
    command = [sys.executable, "-m", "briefing_tui", "analyze", "--jobs", "2", "--no-cache"]
    return subprocess.Popen(
        [*command, *articles, "-o", str(tmp_path / "out.jsonl")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # its own process group, as a shell job has
        # Ctrl+C at its default, as in a terminal: a suite started in the background by a
        # shell without job control runs with SIGINT ignored, and its children inherit that
        preexec_fn=_default_interrupt,
    )


def _default_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _run_and_signal(articles: list[str], tmp_path: Path, send, when: str) -> tuple[int, str, int]:
    """Start the run, wait for its two workers (``when`` "starting", or "parsing" once
    they have used more CPU than loading the model takes), ``send`` the signal;
    the exit code, stderr and process group."""
    process = _start(articles, tmp_path)
    pgid = process.pid
    try:
        _wait_for(lambda: len(_children(process.pid)) >= 2, 120, "two worker processes")
        if when == "parsing":
            workers = _children(process.pid)
            _wait_for(
                lambda: all(_cpu_seconds(pid) > PARSING_CPU_SECONDS for pid in workers),
                120,
                "the workers to parse",
            )
        assert process.poll() is None, "the run ended before the signal; give it more work"
        send(process)
        _, stderr = process.communicate(timeout=120)
        # At once: the command ends only after its workers (an orphan would live on).
        left = _group_members(pgid)
        assert not left, f"worker processes left running: {left}"
    finally:
        if process.poll() is None:
            process.kill()
        for pid in _group_members(pgid):  # left by a failing run: the test's own processes
            os.kill(pid, signal.SIGKILL)
        process.wait(timeout=30)
    return process.returncode, stderr.decode("utf-8", "replace"), pgid


@pytest.mark.parametrize("when", ["starting", "parsing"])
def test_ctrl_c_stops_the_workers_without_a_traceback(
    articles: list[str], tmp_path: Path, when: str
) -> None:
    code, stderr, _ = _run_and_signal(
        articles, tmp_path, lambda process: os.killpg(process.pid, signal.SIGINT), when
    )
    assert code == 130, stderr
    assert stderr == "briefing: interrupted\n"


@pytest.mark.parametrize("when", ["starting", "parsing"])
def test_sigterm_stops_the_workers(articles: list[str], tmp_path: Path, when: str) -> None:
    code, stderr, _ = _run_and_signal(
        articles, tmp_path, lambda process: process.send_signal(signal.SIGTERM), when
    )
    assert code == 128 + signal.SIGTERM, stderr
    assert "Traceback" not in stderr
