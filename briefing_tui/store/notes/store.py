"""The notes store: the reader's notes on one article, kept as Markdown on disk.

One file per article, ``<home>/notes/<slug>-<sha8>.md``, in the format of
``format.py``. Writes are atomic (``store.atomic.atomic_write_text``), a save
merges whatever another process saved since we read the file (nothing is
silently dropped), and a file that cannot be parsed is copied to ``.bak``
before anything replaces it.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import shutil
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from briefing_tui.errors import BriefingError
from briefing_tui.model import ANCHOR_KINDS, PART_JOINER, AnchorKind, Article, Briefing
from briefing_tui.reading.load import is_stdin
from briefing_tui.settings import load_settings
from briefing_tui.store.atomic import atomic_write_text
from briefing_tui.store.notes.anchors import (
    anchor_candidates,
    claim_speakers,
    match_anchor,
    normalised,
)
from briefing_tui.store.notes.format import (
    Note,
    NotesFile,
    NotesFormatError,
    NoteSlot,
    in_file_order,
    parse_notes_file,
    render_notes_file,
)
from briefing_tui.store.notes.merge import merge_notes_files, settle_duplicates

try:  # POSIX only; elsewhere saves go unlocked.
    import fcntl
except ImportError:  # pragma: no cover - not exercised on Linux
    fcntl = None  # type: ignore[assignment]

_SLUG_MAX = 60


class NotesSaveError(BriefingError):
    """The notes could not be written; the notes in memory are intact."""


def notes_home() -> Path:
    """Where Briefing keeps its data: ``$BRIEFING_HOME`` if set, else the user data folder.

    Notes live in ``notes_home() / "notes"``.
    """
    return load_settings().data_dir


def utc_now() -> str:
    """The current time as ISO 8601 UTC, to the second (``2026-11-25T17:01:30Z``)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- naming -----------------------------------------------------------------


def slugify(text: str) -> str:
    """A short lowercase ASCII file-name fragment for ``text`` ("article" if nothing is left),
    cut at the end of a word."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > _SLUG_MAX:
        cut = slug[: _SLUG_MAX + 1]
        # Up to the last word that fits whole (a single word longer than that is cut).
        slug = cut.rsplit("-", 1)[0] if "-" in cut else slug[:_SLUG_MAX]
    return slug.rstrip("-") or "article"


_STDIN_SLUG_WORDS = 8


def source_identity(source: str) -> str:
    """``source`` as one spelling: a file path made absolute (``./a.txt``, ``a.txt`` and
    ``/abs/a.txt`` are the same file); URLs and standard input as they are."""
    if not source or "://" in source or is_stdin(source):
        return source
    return os.path.normcase(os.path.abspath(os.path.expanduser(source)))


def _file_name(source: str) -> str:
    """The last part of a path or URL path."""
    return re.split(r"[\\/]", source.rstrip("/\\"))[-1]


def same_article(title: str, source: str, article: Article) -> bool:
    """Whether notes saved for ``title`` and ``source`` belong to (a version of) ``article``.

    The article is who it is by its title and file, not by how its path was typed: the
    same file however spelled, or the same title in a file of the same name (a path
    typed relative to another folder). An article read from standard input has no
    name to go by: only its exact text (its sha256) is the same article.
    """
    if is_stdin(article.source) or is_stdin(source):
        return False
    if source_identity(source) == source_identity(article.source):
        return True
    titled = bool(article.title.strip()) and title == article.title
    return titled and _file_name(source) == _file_name(article.source)


def article_slug(article: Article) -> str:
    """The slug naming an article's notes: from its title, else its source's file name
    (its first words when read from standard input, which names no article)."""
    if article.title.strip():
        return slugify(article.title)
    source = article.source
    if is_stdin(source):
        return slugify(" ".join(article.text.split()[:_STDIN_SLUG_WORDS]))
    if "://" in source:
        url = urlsplit(source)
        if not url.path.strip("/"):
            return slugify(url.netloc)
        source = url.path
    name = _file_name(source)
    stem = name.rsplit(".", 1)[0] if "." in name.strip(".") else name
    return slugify(stem)


def notes_path(article: Article, home: Path | None = None) -> Path:
    """The notes file for exactly this article text: ``<home>/notes/<slug>-<sha8>.md``."""
    folder = (home if home is not None else notes_home()) / "notes"
    return folder / f"{article_slug(article)}-{article.sha256[:8]}.md"


# --- the store --------------------------------------------------------------


def _digest(data: bytes | None) -> str | None:
    return hashlib.sha256(data).hexdigest() if data is not None else None


def _read_bytes(path: Path) -> bytes | None:
    """The file's bytes, or None if there is no file."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _save_error(path: Path, err: OSError) -> NotesSaveError:
    """A one-line message saying what failed and what the user can do."""
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        advice = "the disk is full; free some space and save again, or export the notes elsewhere"
    elif err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        advice = (
            f"{path.parent} is not writable; set BRIEFING_HOME to a writable folder "
            "or export the notes elsewhere"
        )
    else:
        reason = err.strerror or str(err)
        advice = f"{reason}; save again, or export the notes elsewhere"
    return NotesSaveError(f"could not save notes to {path}: {advice}")


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[bool]:
    """Hold an exclusive lock on the notes folder so read-merge-write is not interleaved.

    Yields whether the lock is held (not on systems or file systems without ``flock``).
    """
    if fcntl is None:
        yield False
        return
    try:
        folder_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield False
        return
    try:
        try:
            fcntl.flock(folder_fd, fcntl.LOCK_EX)
        except OSError:
            locked = False
        else:
            locked = True
        yield locked
    finally:
        os.close(folder_fd)  # closing releases the lock


def _backup(path: Path) -> Path:
    """Copy ``path`` to a ``.bak`` name not yet taken and return it; raises OSError."""
    backup = path.with_name(path.name + ".bak")
    counter = 2
    while backup.exists():
        backup = path.with_name(f"{path.name}.bak{counter}")
        counter += 1
    shutil.copy2(path, backup)
    return backup


class NotesStore:
    """The notes on one article: load, edit, re-anchor after analysis, save.

    ``notes`` holds attached notes first, then detached ones. ``warning`` is a
    one-line message for the user when loading found a problem (a corrupt file
    set aside as ``.bak``), else None.
    """

    def __init__(self, article: Article, home: Path | None = None) -> None:
        self.article = article
        self.path: Path = notes_path(article, home)
        self.notes: list[Note] = []
        self.warning: str | None = None
        self.adopted_from: Path | None = None  # notes file of an earlier version, if used
        self.merged_on_save = False  # the last save merged another instance's changes
        self._created = ""
        self._written = NotesFile()  # the file as last loaded or saved, for its layout
        self._base: list[Note] = []  # the notes as last loaded or saved
        self._disk_digest: str | None = None  # hash of self.path as last loaded or saved
        self._unbacked_corrupt: Path | None = None  # corrupt file not yet copied to .bak
        self._speakers: dict[str, str] = {}  # who made each claim of the briefing, by id
        self._dirty = False

    @property
    def dirty(self) -> bool:
        """True when there are changes not yet saved."""
        return self._dirty

    # -- loading

    def load(self) -> list[Note]:
        """Read this article's notes file, if any, and return the notes.

        Never raises: a file that cannot be read or parsed is copied to ``.bak``,
        the store starts empty and ``warning`` says so. When this exact text has
        no notes file, the newest file with the same slug for the same article
        (``same_article``: an earlier version of it) is used, and notes whose anchor text
        no longer occurs in the article are marked detached.
        """
        self.warning = None
        self.adopted_from = None
        self._unbacked_corrupt = None
        if not self.path.exists():
            # The same text's notes under another name (its title was read differently).
            self.path = self._same_text_file() or self.path
        try:
            data = _read_bytes(self.path)
        except OSError as err:
            data = None
            self.warning = f"could not read notes from {self.path}: {err.strerror or err}"
        self._disk_digest = _digest(data)
        parsed = self._parse_or_set_aside(self.path, data) if data is not None else None
        if parsed is None and data is None and self.warning is None:
            earlier = self._find_earlier_version()
            if earlier is not None:
                self.adopted_from, parsed = earlier
                self._detach_missing_from_text(parsed.notes)
        self.notes = in_file_order(parsed.notes) if parsed else []
        self._created = parsed.created if parsed and parsed.created else ""
        self._written = parsed if parsed else NotesFile()
        self._base = [replace(note) for note in self.notes]
        self._dirty = False
        return self.notes

    def _parse_or_set_aside(self, path: Path, data: bytes) -> NotesFile | None:
        """Parse the file's bytes; on failure keep a ``.bak`` copy and set ``warning``."""
        if not data.strip():
            return None
        try:
            return parse_notes_file(data.decode("utf-8"))
        except (UnicodeDecodeError, NotesFormatError) as err:
            reason = err.reason if isinstance(err, UnicodeDecodeError) else str(err)
            try:
                backup = _backup(path)
            except OSError:
                self._unbacked_corrupt = path
                self.warning = (
                    f"notes file {path} is damaged ({reason}) and could not be copied aside; "
                    "it will be kept until it can be"
                )
            else:
                self.warning = (
                    f"notes file {path} is damaged ({reason}); a copy is kept as {backup}"
                )
            return None

    def _same_text_file(self) -> Path | None:
        """A notes file for exactly this text saved under another slug, or None.

        The slug comes from the title, so a change in how a title is found renames
        the file an article's notes are looked for in; the text's sha256, stored in
        the file, says whose notes they are whatever the name.
        """
        sha8 = self.article.sha256[:8]
        try:
            candidates = sorted(self.path.parent.glob(f"*-{sha8}.md"))
        except OSError:
            return None
        for candidate in candidates:
            try:
                parsed = parse_notes_file(candidate.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, NotesFormatError):
                continue
            if parsed.sha256 == self.article.sha256:
                return candidate
        return None

    def _find_earlier_version(self) -> tuple[Path, NotesFile] | None:
        """The newest notes file for another version of this article (same slug, same
        article by ``same_article``). Never for standard input: its text is all that
        identifies it, and another text is another article."""
        if not self.article.source or is_stdin(self.article.source):
            return None
        found: list[tuple[str, float, Path, NotesFile]] = []
        slug = article_slug(self.article)
        try:
            candidates = list(self.path.parent.glob(f"{slug}-*.md"))
        except OSError:
            return None
        for candidate in candidates:
            if not re.fullmatch(re.escape(slug) + r"-[0-9a-f]{8}\.md", candidate.name):
                continue
            try:
                parsed = parse_notes_file(candidate.read_text(encoding="utf-8"))
                mtime = candidate.stat().st_mtime
            except (OSError, UnicodeDecodeError, NotesFormatError):
                continue
            if same_article(parsed.title, parsed.source, self.article):
                found.append((parsed.updated, mtime, candidate, parsed))
        if not found:
            return None
        _, _, path, parsed = max(found, key=lambda item: (item[0], item[1]))
        return path, parsed

    def _detach_missing_from_text(self, notes: list[Note]) -> None:
        """Detach actor and claim notes whose anchor text is not in the article any more (a
        claim's parts, joined with " … " where its cue interrupts it, each in it)."""
        article_text = normalised(self.article.text)
        for note in notes:
            if note.anchor_kind == "actor":
                note.detached = normalised(note.anchor_text) not in article_text
            elif note.anchor_kind == "claim":
                parts = note.anchor_text.split(PART_JOINER.strip())
                note.detached = any(normalised(p) not in article_text for p in parts)

    # -- reading and editing

    def note_for(self, anchor_kind: AnchorKind, anchor_id: str | None) -> Note | None:
        """The attached note on this anchor (``anchor_id`` None for the article), or None."""
        if anchor_kind == "article":
            anchor_id = None
        for note in self.notes:
            if self._is_main_note(note, anchor_kind, anchor_id):
                return note
        return None

    def conflicts_for(self, anchor_kind: AnchorKind, anchor_id: str | None) -> list[Note]:
        """Conflict copies attached to this anchor, left by merging another instance's edits."""
        return [
            note
            for note in self.notes
            if note.conflict
            and not note.detached
            and note.anchor_kind == anchor_kind
            and note.anchor_id == anchor_id
        ]

    @property
    def detached_notes(self) -> list[Note]:
        """Notes whose anchor is gone from the current article."""
        return [note for note in self.notes if note.detached]

    def noted_ids(self, anchor_kind: AnchorKind) -> set[str]:
        """The ids of the items of this kind that have an attached note (for the lists' marks)."""
        return {
            note.anchor_id
            for note in self.notes
            if note.anchor_id is not None
            and note.anchor_kind == anchor_kind
            and not note.detached
            and note.body.strip()
        }

    @staticmethod
    def _is_main_note(note: Note, anchor_kind: str, anchor_id: str | None) -> bool:
        return (
            not note.detached
            and not note.beside
            and note.anchor_kind == anchor_kind
            and note.anchor_id == anchor_id
        )

    def set_note(
        self, anchor_kind: AnchorKind, anchor_id: str | None, anchor_text: str, body: str
    ) -> Note:
        """Create or update the note on this anchor; a blank body removes it.

        Returns the stored note, or (when removing) a note with an empty body
        that is no longer in the store.
        """
        if anchor_kind not in ANCHOR_KINDS:
            raise ValueError(f"unknown anchor kind {anchor_kind!r}")
        if anchor_kind == "article":
            anchor_id = None
        existing = self.note_for(anchor_kind, anchor_id)
        if not body.strip():
            if existing is None:
                now = utc_now()
                return Note(anchor_kind, anchor_id, anchor_text, "", now, now)
            self.notes.remove(existing)
            self._dirty = True
            return replace(existing, body="")
        speaker = self._speakers.get(anchor_id or "", "") if anchor_kind == "claim" else ""
        if existing is not None:
            if existing.body != body or existing.anchor_text != anchor_text:
                existing.body = body
                existing.anchor_text = anchor_text
                existing.speaker = speaker or existing.speaker
                existing.updated = utc_now()
                self._dirty = True
            return existing
        now = utc_now()
        note = Note(anchor_kind, anchor_id, anchor_text, body, now, now, speaker=speaker)
        self.notes = in_file_order([*self.notes, note])
        self._dirty = True
        return note

    def update_note(self, note: Note, body: str) -> Note:
        """Change the body of a note already in the store (detached or conflict copies too).

        A blank body removes it. Returns the note, as ``set_note`` does.
        """
        stored = next((n for n in self.notes if n.uid == note.uid), None)
        if stored is None:
            raise ValueError("that note is not in this store")
        if not body.strip():
            self.notes.remove(stored)
            self._dirty = True
            return replace(stored, body="")
        if stored.body != body:
            stored.body = body
            stored.updated = utc_now()
            self._dirty = True
        return stored

    def reanchor(self, briefing: Briefing) -> None:
        """Attach notes to the ids of the current briefing by their anchor text.

        Ids can change between analysis versions; a note whose anchor text
        matches no actor (name or alias), claim or question becomes detached,
        and a detached note whose anchor is back is attached again. A claim's note takes
        the name of the claim's speaker for its heading. A file whose headings earlier
        versions wrote (naming ids) is marked for saving, so they are written anew.
        """
        candidates = anchor_candidates(briefing)
        self._speakers = claim_speakers(briefing)
        changed = False
        retitled = any(
            isinstance(segment, NoteSlot) and segment.old_heading
            for segment in self._written.layout
        )
        for note in self.notes:
            if note.anchor_kind == "article":
                matched_id, detached = None, False
            else:
                matched_id = match_anchor(note, candidates[note.anchor_kind])
                detached = matched_id is None
                if detached:
                    matched_id = note.anchor_id  # remembered for the reader, not used
            if (note.anchor_id, note.detached) != (matched_id, detached):
                note.anchor_id, note.detached = matched_id, detached
                changed = True
            speaker = self._speakers.get(matched_id or "") if note.anchor_kind == "claim" else None
            if speaker and not detached and speaker != note.speaker:
                note.speaker = speaker
                retitled = True
        if changed:
            self.notes = settle_duplicates(self.notes)
        if changed or retitled:
            self._dirty = True

    # -- saving

    def _notes_file(self, notes: list[Note], now: str) -> NotesFile:
        """The notes file to write: ours, in the text of the file as last read or written."""
        return replace(
            self._written,
            title=self.article.title,
            source=source_identity(self.article.source),
            sha256=self.article.sha256,
            created=self._created or now,
            updated=now,
            notes=in_file_order(notes),
        )

    def to_markdown(self) -> str:
        """The notes file as it would be saved now (for export or the clipboard)."""
        return render_notes_file(self._notes_file(self.notes, utc_now()))

    def export_notes(self, path: Path) -> None:
        """Write the notes, in the notes file format, to ``path`` (atomically).

        For when the data folder cannot be written. Does not change ``dirty``;
        raises ``NotesSaveError`` if ``path`` cannot be written either.
        """
        try:
            atomic_write_text(Path(path), self.to_markdown())
        except OSError as err:
            raise _save_error(Path(path), err) from err

    def save(self) -> None:
        """Write the notes file atomically, first merging what another instance saved.

        If the file changed on disk since this store loaded or saved it, the
        other side's changes are merged in (``notes`` is updated and
        ``merged_on_save`` set). Raises ``NotesSaveError`` if the file cannot be
        written; the notes in memory are kept and ``dirty`` stays True.
        """
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with _folder_lock(self.path.parent) as locked:
                if locked:
                    self._remove_orphaned_temp_files()
                self._save_locked()
        except OSError as err:
            self._dirty = True
            raise _save_error(self.path, err) from err

    def _save_locked(self) -> None:
        data = _read_bytes(self.path)
        merged = False
        notes_file = self._notes_file(self.notes, utc_now())
        if _digest(data) != self._disk_digest and data is not None:
            theirs = self._parse_or_set_aside(self.path, data)
            if theirs is not None:
                notes_file = merge_notes_files(self._base, notes_file, theirs)
                if not self._created and theirs.created:
                    notes_file.created = theirs.created
                merged = True
        if self._unbacked_corrupt == self.path:
            # A damaged file must be copied aside before it is replaced.
            _backup(self.path)
            self._unbacked_corrupt = None
        text = render_notes_file(notes_file)
        atomic_write_text(self.path, text)
        # Where each note now stands in the file, for the next save to keep.
        self._written = parse_notes_file(text)
        position = {note.uid: index for index, note in enumerate(self._written.notes)}
        self.notes = sorted(
            notes_file.notes, key=lambda note: position.get(note.uid, len(position))
        )
        self._created = notes_file.created
        self._base = [replace(note) for note in self.notes]
        self._disk_digest = _digest(text.encode("utf-8", "surrogatepass"))
        self.merged_on_save = merged
        self._dirty = False

    def _remove_orphaned_temp_files(self) -> None:
        """Delete temporary files a killed save left behind (only while holding the lock)."""
        for orphan in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                orphan.unlink()
