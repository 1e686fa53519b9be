"""``briefing analyze -o PATH`` never replaces what it should not (issue 18, item 1).

Devices and pipes are written through, an input of the same command is refused
however it is spelled, a file keeps its mode, a symlink is followed, a folder or
a link to nothing is refused. The unit tests are in ``tests/store/test_output.py``.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from briefing_runner import SAMPLE, RunBriefing, assert_one_line_error


@pytest.fixture(name="article")
def article_fixture(tmp_path: Path) -> Path:
    """A copy of the sample article, in its own folder."""
    path = tmp_path / "in.txt"
    path.write_bytes(SAMPLE.read_bytes())
    return path


@pytest.mark.parametrize(
    ("output", "inputs"),
    [
        ("in.txt", ["in.txt"]),
        ("./sub/../in.txt", ["in.txt"]),
        ("in.txt", ["link.txt"]),
        ("hard.txt", ["in.txt"]),
        ("in.txt", ["other.txt", "in.txt"]),
    ],
    ids=["same", "dotdot", "through-a-link", "hard-link", "second-of-two"],
)
def test_an_input_is_never_overwritten(
    run_briefing: RunBriefing, article: Path, output: str, inputs: list[str]
) -> None:
    folder = article.parent
    (folder / "sub").mkdir()
    (folder / "link.txt").symlink_to("in.txt")
    os.link(article, folder / "hard.txt")
    (folder / "other.txt").write_text("The mayor said the bridge would close on Tuesday.\n")
    done = run_briefing("analyze", *inputs, "-o", output, cwd=folder)
    assert done.returncode == 1
    assert_one_line_error(done.stderr, "is the input", "choose another path")
    assert article.read_bytes() == SAMPLE.read_bytes()


def test_standard_input_is_never_overwritten(run_briefing: RunBriefing, article: Path) -> None:
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    with article.open("rb") as stdin:
        done = subprocess.run(
            [sys.executable, "-m", "briefing_tui", "analyze", "-", "-o", str(article)],
            stdin=stdin,
            capture_output=True,
            env=env,
            timeout=300,
            check=False,
        )
    assert done.returncode == 1
    assert_one_line_error(done.stderr.decode(), "is the input standard input")
    assert article.read_bytes() == SAMPLE.read_bytes()


@pytest.mark.parametrize("mode", [0o644, 0o664])
def test_an_existing_file_keeps_its_mode(
    run_briefing: RunBriefing, article: Path, mode: int
) -> None:
    target = article.parent / "out.json"
    target.write_text("old\n")
    target.chmod(mode)
    done = run_briefing("analyze", str(article), "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert target.read_text().startswith("{")
    assert stat.S_IMODE(target.stat().st_mode) == mode


def test_a_new_file_gets_the_umask_mode(run_briefing: RunBriefing, article: Path) -> None:
    target = article.parent / "new.json"
    old = os.umask(0o022)  # the child inherits it
    try:
        done = run_briefing("analyze", str(article), "-o", str(target))
    finally:
        os.umask(old)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_fifo_is_written_through(run_briefing: RunBriefing, article: Path) -> None:
    fifo = article.parent / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with open(fifo, "rb") as handle:
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    done = run_briefing("analyze", str(article), "-o", str(fifo))
    reader.join(timeout=60)
    assert done.returncode == 0, done.stderr
    assert received and received[0].startswith(b"{")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_character_device_is_written_through(run_briefing: RunBriefing, article: Path) -> None:
    # A private copy of /dev/null (root only): the real one is never at stake.
    device = article.parent / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        os.close(os.open(device, os.O_WRONLY))
    except OSError as exc:
        pytest.skip(f"cannot make a character device here ({exc.strerror})")
    done = run_briefing("analyze", str(article), "-o", str(device))
    assert done.returncode == 0, done.stderr
    assert stat.S_ISCHR(os.lstat(device).st_mode)
    assert os.lstat(device).st_rdev == os.makedev(1, 3)


def test_dash_is_standard_output(run_briefing: RunBriefing, article: Path) -> None:
    done = run_briefing("analyze", str(article), "-o", "-", cwd=article.parent)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("{")
    assert not (article.parent / "-").exists()


def test_a_symlink_is_followed(run_briefing: RunBriefing, article: Path) -> None:
    real = article.parent / "real.json"
    real.write_text("old\n")
    link = article.parent / "link.json"
    link.symlink_to("real.json")
    done = run_briefing("analyze", str(article), "-o", str(link))
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and real.read_text().startswith("{")


def test_a_symlink_to_nothing_is_refused(run_briefing: RunBriefing, article: Path) -> None:
    link = article.parent / "link.json"
    link.symlink_to(article.parent / "planted.json")
    done = run_briefing("analyze", str(article), "-o", str(link))
    assert done.returncode == 1
    assert_one_line_error(done.stderr, "does not exist")
    assert link.is_symlink() and not (article.parent / "planted.json").exists()


def test_a_folder_is_refused(run_briefing: RunBriefing, article: Path) -> None:
    done = run_briefing("analyze", str(article), "-o", str(article.parent))
    assert done.returncode == 1
    assert_one_line_error(done.stderr, "is a folder")
