"""Writing a command's output to a path the user named: ``analyze -o`` and the app's export.

``write_output`` is the one place that decides how, by what is at the path:

- ``-``: standard output (the command line only);
- a character device or a named pipe (``/dev/null``, ``/dev/stdout``, a FIFO):
  written through as a stream, never replaced;
- a regular file: replaced atomically, keeping its mode; a new file gets the
  umask's mode, like any program's output;
- a symbolic link: followed, so the file it points to is written and the link
  stays; a link to nothing is refused (see ``store.atomic``);
- anything else (a folder, a block device, a socket): refused;
- the same file as an input of the command, however spelled: refused, since
  writing would destroy the input.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

from briefing_tui.errors import BriefingError
from briefing_tui.store.atomic import NotARegularFileError, atomic_write_text, resolve_target
from briefing_tui.terminal_text import one_line

#: A new output file's mode before the umask (the usual 0644 with a 022 umask).
OUTPUT_MODE = 0o666


class OutputError(BriefingError):
    """The output cannot or must not be written where the user asked."""

    def __init__(self, message: str) -> None:
        # The message names paths the user typed or links point to: shown on one
        # line, their control characters made visible.
        super().__init__(one_line(message))


def check_output(location: str, inputs: Iterable[str] = (), *, stdout_ok: bool = True) -> None:
    """Raise OutputError if ``location`` is not a place ``write_output`` may write to.

    Called before the work so that a bad ``-o`` is said at once; ``write_output``
    checks again.
    """
    _target(location, inputs, stdout_ok=stdout_ok)


def write_output(
    location: str, text: str, inputs: Iterable[str] = (), *, stdout_ok: bool = True
) -> Path | None:
    """Write ``text`` (UTF-8) to ``location``; the path written, or None for standard output.

    ``inputs`` are the command's input locations (paths, ``-``, URLs): writing
    onto one of them is refused. Raises OutputError.
    """
    target, kind = _target(location, inputs, stdout_ok=stdout_ok)
    try:
        if target is None:
            sys.stdout.write(text)
            sys.stdout.flush()
        elif kind == "stream":
            _write_stream(target, text.encode("utf-8"))
        else:
            atomic_write_text(target, text, new_mode=OUTPUT_MODE)
    except BrokenPipeError:
        if target is None:
            raise  # the command line's own handling: the reader went away
        raise OutputError(f"cannot write {location} (its reader went away)") from None
    except OSError as exc:
        raise OutputError(
            f"cannot write {location} ({_reason(location, exc)}); choose another path"
        ) from exc
    return target


def _target(location: str, inputs: Iterable[str], *, stdout_ok: bool) -> tuple[Path | None, str]:
    """Where ``location`` writes to and how (``"stdout"``, ``"stream"`` or ``"replace"``)."""
    if location == "-":
        if not stdout_ok:
            raise OutputError("'-' (standard output) cannot be written here; give a file name")
        return None, "stdout"
    path = Path(location).expanduser()
    try:
        target, found = resolve_target(path)
    except OSError as exc:
        raise OutputError(
            f"cannot write {location} ({_reason(location, exc)}); choose another path"
        ) from exc
    if found is None:
        return target, "replace"
    mode = found.st_mode
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return target, "stream"
    if not stat.S_ISREG(mode):
        raise OutputError(
            f"cannot write {location} (it is {_kind(mode)}, not a file); give a file name"
        )
    for source in inputs:
        if _same_file(source, found):
            name = "standard input" if source == "-" else source
            raise OutputError(
                f"cannot write {location}: it is the input {name}, which would be "
                "overwritten; choose another path"
            )
    return target, "replace"


def _same_file(source: str, output: os.stat_result) -> bool:
    """Whether the input ``source`` is the file ``output`` (the same device and inode)."""
    try:
        found = os.fstat(0) if source == "-" else os.stat(Path(source).expanduser())
    except (OSError, ValueError):
        return False  # a URL, or an input that is gone: not this file
    return (found.st_dev, found.st_ino) == (output.st_dev, output.st_ino)


def _write_stream(path: Path, data: bytes) -> None:
    """Write ``data`` through a device or a pipe, without creating or truncating anything."""
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISBLK(mode):
        return "a disk device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _reason(location: str, exc: OSError) -> str:
    if isinstance(exc, NotARegularFileError):
        return exc.strerror or str(exc)
    parent = Path(location).expanduser().parent
    in_the_way = next((p for p in (parent, *parent.parents) if p.is_file()), None)
    if in_the_way is not None:
        return f"{in_the_way} is a file, not a folder"
    return exc.strerror or str(exc)
