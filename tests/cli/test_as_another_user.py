"""The command line run as an ordinary user, so file permissions are really exercised.

The suite usually runs as root, which reads and writes anything; these tests drop to
the ``nobody`` user with ``setpriv`` where the machine allows it (and run directly
when the suite is not root), and skip with the reason otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

NOBODY = 65534
ARTICLE = "The mayor said the bridge will reopen in May, officials confirmed on Friday.\n"


def _as_user_prefix() -> list[str]:
    if os.geteuid() != 0:
        return []
    return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]


def _unavailable() -> str | None:
    """Why the tests cannot run as an ordinary user here, or None."""
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        return "running as root without setpriv to drop to an ordinary user"
    probe = subprocess.run(
        [*_as_user_prefix(), sys.executable, "-c", "import briefing_tui"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    if probe.returncode != 0:
        return f"the ordinary user cannot run this Python: {probe.stderr.strip()[-200:]}"
    return None


pytestmark = pytest.mark.skipif(_unavailable() is not None, reason=str(_unavailable()))


def run_as_user(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """``briefing ARGS`` as the ordinary user, with a data and cache folder it owns."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "BRIEFING_HOME": str(home / "data"),
        "BRIEFING_CACHE": str(home / "cache"),
    }
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    return subprocess.run(
        [*_as_user_prefix(), sys.executable, "-m", "briefing_tui", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=env,
    )


@pytest.fixture
def tmp_path() -> Iterator[Path]:
    """A folder anyone may enter (pytest's own sits in a folder private to the suite's user)."""
    folder = Path(tempfile.mkdtemp(prefix="briefing-user-test-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in folder.rglob("*"):
            if path.is_dir():
                path.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def user_home(tmp_path: Path) -> Path:
    """A folder the ordinary user owns, for its notes and cache."""
    home = tmp_path / "home"
    home.mkdir()
    if os.geteuid() == 0:
        os.chown(home, NOBODY, NOBODY)
    return home


def one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing: error: "), done.stderr
    assert "Traceback" not in done.stderr
    return lines[0]


def test_an_unreadable_article_is_one_line_error(tmp_path: Path, user_home: Path) -> None:
    article = tmp_path / "secret.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    article.chmod(0o600 if os.geteuid() == 0 else 0)  # root's own file, or no bits at all
    done = run_as_user("analyze", "--json", str(article), home=user_home)
    assert done.returncode == 1
    assert "permission denied" in one_line_error(done)


def test_output_into_a_folder_it_may_not_write_is_one_line_error(
    tmp_path: Path, user_home: Path
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    article.chmod(0o644)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    done = run_as_user(
        "analyze", "--json", str(article), "-o", str(locked / "out.json"), home=user_home
    )
    assert done.returncode == 1
    one_line_error(done)
    assert not (locked / "out.json").exists()


def test_an_ordinary_user_analyses_and_caches(tmp_path: Path, user_home: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    article.chmod(0o644)
    done = run_as_user("analyze", "--json", str(article), home=user_home)
    assert done.returncode == 0, done.stderr
    assert '"schema": "briefing/1"' in done.stdout
    assert any((user_home / "cache").rglob("*.json"))
