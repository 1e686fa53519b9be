"""Atomic file writes: a temporary file beside the target, fsync, then rename.

The rename replaces a regular file only: a symbolic link is followed (the file
it points to is replaced and the link stays a link), and a target that exists
but is not a regular file (a folder, a device, a pipe, a socket) is refused
with ``NotARegularFileError``. A replaced file keeps its permission bits (and,
for root, its owner), so an atomic write changes the content and nothing else.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

#: The mode a new file is created with, before the umask: private by default.
PRIVATE_MODE = 0o600


class NotARegularFileError(OSError):
    """The target exists and is not a regular file, so it must not be replaced."""


def resolve_target(path: Path) -> tuple[Path, os.stat_result | None]:
    """The path a write to ``path`` goes to (symbolic links followed) and what is there.

    The ``stat`` is None when nothing is there yet (a new file). A symbolic link
    whose target is missing is refused: creating a file wherever a link points
    is how a planted link redirects a write.
    """
    path = Path(path)
    try:
        link = os.lstat(path)
    except FileNotFoundError:
        return path, None
    if not stat.S_ISLNK(link.st_mode):
        return path, link
    real = Path(os.path.realpath(path))
    try:
        return real, os.stat(real)
    except FileNotFoundError:
        raise NotARegularFileError(
            errno.ENOENT, f"a symbolic link to {real}, which does not exist"
        ) from None


def atomic_write_text(path: Path, text: str, *, new_mode: int = PRIVATE_MODE) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, never half.

    An existing file keeps its mode; a new one gets ``new_mode`` less the umask.
    Raises OSError (no permission, disk full, not a regular file, ...) with the
    target left untouched.
    """
    path, existing = resolve_target(Path(path))
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        raise NotARegularFileError(errno.EEXIST, "not a regular file")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = _create_temporary(path, new_mode)
    try:
        if existing is not None:
            _copy_mode_and_owner(fd, existing)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    with contextlib.suppress(OSError):
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _create_temporary(path: Path, mode: int) -> tuple[int, str]:
    """A new, empty file beside ``path``, opened for writing; the kernel applies the umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(100):
        name = str(path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(name, flags, mode), name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(path.parent))


def _copy_mode_and_owner(fd: int, existing: os.stat_result) -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Root replacing someone's file must not hand it to root.
        with contextlib.suppress(OSError):
            os.fchown(fd, existing.st_uid, existing.st_gid)
    # After the owner: a change of owner clears the set-user-ID bits.
    os.fchmod(fd, stat.S_IMODE(existing.st_mode))
