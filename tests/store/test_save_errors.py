"""A data folder that cannot be written: a clear error, and nothing lost in memory."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from briefing_tui.errors import BriefingError
from briefing_tui.model import Article
from briefing_tui.store.notes import NotesSaveError, NotesStore


def failing_write(code: int):
    def write(path: Path, text: str) -> None:
        raise OSError(code, os.strerror(code), str(path))

    return write


def test_full_disk_raises_a_one_line_error_and_keeps_notes(
    home: Path, article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = NotesStore(article)
    store.set_note("actor", "a1", "Donald Trump", "precious")
    monkeypatch.setattr(
        "briefing_tui.store.notes.store.atomic_write_text", failing_write(errno.ENOSPC)
    )
    with pytest.raises(NotesSaveError) as caught:
        store.save()
    message = str(caught.value)
    assert isinstance(caught.value, BriefingError)
    assert "\n" not in message
    assert str(store.path) in message and "disk is full" in message and "export" in message
    assert store.dirty and store.note_for("actor", "a1").body == "precious"


def test_read_only_folder_simulated(
    home: Path, article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = NotesStore(article)
    store.set_note("article", None, article.title, "precious")
    monkeypatch.setattr(
        "briefing_tui.store.notes.store.atomic_write_text", failing_write(errno.EACCES)
    )
    with pytest.raises(NotesSaveError, match="not writable; set BRIEFING_HOME"):
        store.save()
    assert store.dirty and store.notes[0].body == "precious"


def test_folder_that_cannot_be_created(
    tmp_path: Path, article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_HOME", str(blocker))
    store = NotesStore(article)
    store.set_note("article", None, article.title, "precious")
    with pytest.raises(NotesSaveError, match="could not save notes"):
        store.save()
    assert store.dirty


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_folder_for_real(home: Path, article: Article) -> None:
    store = NotesStore(article)
    folder = store.path.parent
    folder.mkdir(parents=True)
    folder.chmod(0o555)
    try:
        store.set_note("article", None, article.title, "precious")
        with pytest.raises(NotesSaveError, match="not writable"):
            store.save()
        assert store.dirty
    finally:
        folder.chmod(0o755)


def test_notes_can_be_exported_elsewhere_after_a_failed_save(
    home: Path, tmp_path: Path, article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = NotesStore(article)
    store.set_note("actor", "a1", "Donald Trump", "precious")
    with monkeypatch.context() as patched:
        patched.setattr(
            "briefing_tui.store.notes.store.atomic_write_text", failing_write(errno.ENOSPC)
        )
        with pytest.raises(NotesSaveError):
            store.save()
    target = tmp_path / "elsewhere" / "notes.md"
    store.export_notes(target)
    assert store.dirty  # exporting is not saving
    assert "precious" in target.read_text(encoding="utf-8")
    # the same file but its times (a store never saved says "created" now, each time)
    assert _timeless(store.to_markdown()) == _timeless(target.read_text(encoding="utf-8"))

    store.save()  # space is back
    assert not store.dirty


def test_export_to_an_unwritable_place_raises_notes_save_error(
    article: Article, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = NotesStore(article, home=tmp_path)
    monkeypatch.setattr(
        "briefing_tui.store.notes.store.atomic_write_text", failing_write(errno.EROFS)
    )
    with pytest.raises(NotesSaveError, match="not writable"):
        store.export_notes(tmp_path / "x.md")


def test_unreadable_notes_file_is_not_overwritten(
    home: Path, article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = NotesStore(article)
    store.path.parent.mkdir(parents=True)
    store.path.write_text("whatever is there", encoding="utf-8")
    real_read = Path.read_bytes

    def unreadable(self: Path) -> bytes:
        if self == store.path:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", unreadable)
    assert store.load() == [] and store.warning and "could not read" in store.warning
    store.set_note("article", None, "t", "new")
    with pytest.raises(NotesSaveError):
        store.save()
    monkeypatch.undo()
    assert store.path.read_text(encoding="utf-8") == "whatever is there"


def _timeless(markdown: str) -> list[str]:
    """The lines of a notes file but its front matter's times."""
    return [line for line in markdown.splitlines() if not line.startswith(("created:", "updated:"))]
