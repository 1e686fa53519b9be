"""Where output may go (``store.output``): streams, atomic replaces keeping the mode, refusals.

The command line's ``-o`` and the app's export both write through ``write_output``;
``tests/cli/test_output_target.py`` runs the same cases through ``briefing analyze``.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from briefing_tui.reading import article_from_text
from briefing_tui.store.atomic import atomic_write_text
from briefing_tui.store.output import OutputError, check_output, write_output
from briefing_tui.ui.actions import write_export


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _read_fifo(path: Path, into: list[bytes]) -> threading.Thread:
    """A reader of the named pipe ``path`` that keeps what it reads in ``into``."""

    def read() -> None:
        with open(path, "rb") as handle:
            into.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604])
def test_an_existing_file_keeps_its_mode(tmp_path: Path, mode: int) -> None:
    target = tmp_path / "out.md"
    target.write_text("old\n")
    target.chmod(mode)
    write_output(str(target), "new\n")
    assert target.read_text() == "new\n"
    assert _mode(target) == mode


def test_a_new_file_gets_the_umask_mode(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_output(str(tmp_path / "new.md"), "text\n")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "new.md") == 0o640


def test_atomic_writes_keep_an_existing_mode(tmp_path: Path) -> None:
    """The notes, recent and settings files are written atomically too: a chmod stays."""
    notes = tmp_path / "notes.md"
    notes.write_text("old\n")
    notes.chmod(0o644)
    atomic_write_text(notes, "new\n")
    assert _mode(notes) == 0o644 and notes.read_text() == "new\n"


def test_a_fifo_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = _read_fifo(fifo, received)
    write_output(str(fifo), "through the pipe\n")
    reader.join(timeout=30)
    assert received == [b"through the pipe\n"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_character_device_is_written_through(tmp_path: Path) -> None:
    device = _null_device(tmp_path)
    write_output(str(device), "into the void\n")
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def _null_device(tmp_path: Path) -> Path:
    """A private character device like /dev/null, so no system file is at stake."""
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        os.close(os.open(device, os.O_WRONLY))
    except OSError as exc:
        pytest.skip(f"cannot make a character device here ({exc.strerror})")
    return device


def test_a_symlink_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old\n")
    real.chmod(0o644)
    link = tmp_path / "link.md"
    link.symlink_to(real.name)
    write_output(str(link), "new\n")
    assert link.is_symlink() and os.readlink(link) == real.name
    assert real.read_text() == "new\n" and _mode(real) == 0o644


def test_a_symlink_to_nothing_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "link.md"
    link.symlink_to(tmp_path / "elsewhere.md")
    with pytest.raises(OutputError, match="does not exist"):
        write_output(str(link), "text\n")
    assert not (tmp_path / "elsewhere.md").exists() and link.is_symlink()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="a folder"):
        write_output(str(tmp_path), "text\n")


def test_a_socket_is_refused_and_kept(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(OutputError, match="a socket"):
            write_output(str(path), "text\n")
    assert stat.S_ISSOCK(os.lstat(path).st_mode)


@pytest.mark.parametrize(
    "spelling",
    [
        lambda p: str(p),
        lambda p: str(p.parent / ".." / p.parent.name / p.name),
        lambda p: str(p.parent / "link.txt"),
        lambda p: str(p.parent / "hard.txt"),
    ],
    ids=["same", "dotdot", "symlink", "hardlink"],
)
def test_an_input_is_refused_however_spelled(tmp_path: Path, spelling) -> None:
    article = tmp_path / "in.txt"
    article.write_text("The article.\n")
    (tmp_path / "link.txt").symlink_to(article)
    os.link(article, tmp_path / "hard.txt")
    with pytest.raises(OutputError, match="is the input"):
        check_output(spelling(article), [str(article)])
    with pytest.raises(OutputError, match="is the input"):
        write_output(str(article), "{}", [spelling(article)])
    assert article.read_text() == "The article.\n"


def test_an_input_that_is_a_url_or_missing_is_no_obstacle(tmp_path: Path) -> None:
    write_output(str(tmp_path / "out.md"), "x\n", ["https://example.org/a", "missing.txt"])
    assert (tmp_path / "out.md").read_text() == "x\n"


def test_the_export_refuses_the_article_it_was_read_from(tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text("The article.\n")
    article = article_from_text("The article.\n", source=str(source))
    _, error = write_export(str(source), "# export\n", article)
    assert error is not None and "is the input" in error
    assert source.read_text() == "The article.\n"


def test_the_export_keeps_a_mode_and_writes_through_a_fifo(tmp_path: Path) -> None:
    article = article_from_text("The article.\n", source=str(tmp_path / "article.txt"))
    existing = tmp_path / "briefing.md"
    existing.write_text("old\n")
    existing.chmod(0o644)
    assert write_export(str(existing), "# export\n", article)[1] is None
    assert existing.read_text() == "# export\n" and _mode(existing) == 0o644

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = _read_fifo(fifo, received)
    assert write_export(str(fifo), "# export\n", article)[1] is None
    reader.join(timeout=30)
    assert received == [b"# export\n"] and stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_the_export_refuses_standard_output(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    _, error = write_export("-", "# export\n", article_from_text("The article.\n"))
    assert error is not None and "give a file name" in error


def test_a_refusal_shows_control_characters_in_the_path_visibly(tmp_path: Path) -> None:
    folder = tmp_path / "evil\x1b]0;title\x07"
    folder.mkdir()
    with pytest.raises(OutputError) as refused:
        write_output(str(folder), "text\n")
    assert "\x1b" not in str(refused.value) and "\x07" not in str(refused.value)
    assert "a folder" in str(refused.value)
