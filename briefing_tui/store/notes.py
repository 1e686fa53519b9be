"""The notes store: the reader's notes on one article, kept as Markdown on disk.

One file per article, ``<home>/notes/<slug>-<sha8>.md``: YAML-style front matter
(title, source, sha256, created, updated), then one section per note. Each
section sits between hidden HTML comment markers, so parsing never depends on
what a note says while the file still reads well in any Markdown editor::

    <!-- note uid="3f2a9c1b7d4e" kind="claim" id="c3" created="…" updated="…" -->
    ## Claim c3

    > the claim text the note is attached to

    the note itself, any Markdown at all

    <!-- /note -->

Notes whose anchor is gone from the current article follow a ``# Detached``
heading. Body lines that begin with ``<!--`` are written with one extra
leading backslash (which Markdown also renders as the plain text), so a note
can never close its own section.

Writes are atomic (``fileio.atomic_write_text``), a save merges whatever
another process saved since we read the file (nothing is silently dropped),
and a file that cannot be parsed is copied to ``.bak`` before anything
replaces it.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
import unicodedata
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from briefing_tui.errors import BriefingError
from briefing_tui.model import ANCHOR_KINDS, AnchorKind, Article, Briefing
from briefing_tui.settings import load_settings
from briefing_tui.store.atomic import atomic_write_text

try:  # POSIX only; elsewhere saves go unlocked.
    import fcntl
except ImportError:  # pragma: no cover - not exercised on Linux
    fcntl = None  # type: ignore[assignment]

FORMAT = "briefing-notes/1"
DETACHED_HEADING = "# Detached"
_END_MARKER = "<!-- /note -->"
_OPEN_MARKER = re.compile(r"<!-- note (?P<attrs>.*) -->")
_ATTR = re.compile(r'(?P<key>[a-z]+)=(?P<value>"(?:[^"\\]|\\.)*"|null|true)')
_ESCAPED_COMMENT = re.compile(r"\\*<!--")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_YAML_UNSAFE = re.compile(r"[\ud800-\udfff\u2028\u2029\x85]")
_SLUG_MAX = 60
_HEADING_MAX = 80


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


def _new_uid() -> str:
    return uuid.uuid4().hex[:12]


@dataclass(slots=True)
class Note:
    """One note, attached to the article or to an actor, claim or question of it."""

    anchor_kind: AnchorKind
    anchor_id: str | None  # id in the current Briefing; None for the article
    anchor_text: str  # what it is attached to: actor name, claim text, question
    body: str
    created: str
    updated: str
    detached: bool = False  # the anchor is gone from the current article/briefing
    conflict: bool = False  # another instance's edit kept beside ours by a merge
    uid: str = field(default_factory=_new_uid)  # stable identity, used when merging


@dataclass(slots=True)
class NotesFile:
    """The parsed contents of a notes file."""

    title: str = ""
    source: str = ""
    sha256: str = ""
    created: str = ""
    updated: str = ""
    notes: list[Note] = field(default_factory=list)


class NotesFormatError(ValueError):
    """The text is not a notes file this version can read."""


# --- naming -----------------------------------------------------------------


def slugify(text: str) -> str:
    """A short lowercase ASCII file-name fragment for ``text`` ("article" if nothing is left)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:_SLUG_MAX].rstrip("-") or "article"


def article_slug(article: Article) -> str:
    """The slug naming an article's notes: from its title, else its source's file name."""
    if article.title.strip():
        return slugify(article.title)
    source = article.source
    if "://" in source:
        url = urlsplit(source)
        if not url.path.strip("/"):
            return slugify(url.netloc)
        source = url.path
    name = re.split(r"[\\/]", source.rstrip("/\\"))[-1]
    stem = name.rsplit(".", 1)[0] if "." in name.strip(".") else name
    return slugify(stem)


def notes_path(article: Article, home: Path | None = None) -> Path:
    """The notes file for exactly this article text: ``<home>/notes/<slug>-<sha8>.md``."""
    folder = (home if home is not None else notes_home()) / "notes"
    return folder / f"{article_slug(article)}-{article.sha256[:8]}.md"


# --- the file format --------------------------------------------------------


def _quote_string(value: str) -> str:
    """A double-quoted string valid as both JSON and YAML, on one line."""
    quoted = json.dumps(value, ensure_ascii=False)
    # Lone surrogates cannot be written as UTF-8 and YAML reads these as line breaks.
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _attr_value(value: str | None) -> str:
    """A marker attribute value that cannot end the HTML comment it sits in."""
    if value is None:
        return "null"
    return json.dumps(value).replace("--", "-\\u002d").replace(">", "\\u003e")


def _one_line(text: str, limit: int = _HEADING_MAX) -> str:
    folded = " ".join(text.split())
    return folded if len(folded) <= limit else folded[: limit - 1].rstrip() + "…"


def _heading(note: Note) -> str:
    label = note.anchor_kind.capitalize()
    if note.anchor_kind == "actor":
        heading = f"## {label}: {_one_line(note.anchor_text)}"
    elif note.anchor_id and note.anchor_kind != "article":
        heading = f"## {label} {_one_line(note.anchor_id, 20)}"
    else:
        heading = f"## {label}"
    return heading + (" (conflict copy)" if note.conflict else "")


def _escape_body_line(line: str) -> str:
    return "\\" + line if _ESCAPED_COMMENT.match(line) else line


def _unescape_body_line(line: str) -> str:
    return line[1:] if line.startswith("\\") and _ESCAPED_COMMENT.match(line) else line


def _note_lines(note: Note) -> list[str]:
    attrs = [
        f"uid={_attr_value(note.uid)}",
        f"kind={_attr_value(note.anchor_kind)}",
        f"id={_attr_value(note.anchor_id)}",
        f"created={_attr_value(note.created)}",
        f"updated={_attr_value(note.updated)}",
    ]
    if note.conflict:
        attrs.append("conflict=true")
    lines = [f"<!-- note {' '.join(attrs)} -->", _heading(note), ""]
    lines += [f"> {line}" for line in note.anchor_text.split("\n")]
    lines.append("")
    lines += [_escape_body_line(line) for line in note.body.split("\n")]
    lines += ["", _END_MARKER, ""]
    return lines


def render_notes_file(notes_file: NotesFile) -> str:
    """The Markdown text of a notes file; ``parse_notes_file`` reads it back exactly.

    Attached notes come first, in order, then the detached ones under ``# Detached``.
    """
    lines = [
        "---",
        f"format: {FORMAT}",
        f"title: {_quote_string(notes_file.title)}",
        f"source: {_quote_string(notes_file.source)}",
        f"sha256: {_quote_string(notes_file.sha256)}",
        f"created: {_quote_string(notes_file.created)}",
        f"updated: {_quote_string(notes_file.updated)}",
        "---",
        "",
        f"# Notes: {_one_line(notes_file.title) or 'Untitled article'}",
        "",
    ]
    for note in notes_file.notes:
        if not note.detached:
            lines += _note_lines(note)
    detached = [note for note in notes_file.notes if note.detached]
    if detached:
        lines += [DETACHED_HEADING, ""]
        for note in detached:
            lines += _note_lines(note)
    # Lone surrogates (from undecodable input) cannot be stored as UTF-8.
    return _SURROGATE.sub("\ufffd", "\n".join(lines))


def _parse_front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """The front matter's fields and the index of the first line after it."""
    if not lines or lines[0].rstrip("\r") != "---":
        raise NotesFormatError("no front matter")
    fields: dict[str, str] = {}
    for index in range(1, len(lines)):
        line = lines[index].rstrip("\r")
        if line == "---":
            return fields, index + 1
        key, sep, raw = line.partition(":")
        if not sep:
            continue
        raw = raw.strip()
        if raw.startswith('"'):
            try:
                value = json.loads(raw)
            except json.JSONDecodeError as err:
                raise NotesFormatError(f"bad front matter value for {key!r}") from err
        else:
            value = raw
        fields[key.strip()] = str(value)
    raise NotesFormatError("unterminated front matter")


def _parse_attrs(text: str) -> dict[str, str | bool | None]:
    attrs: dict[str, str | bool | None] = {}
    for match in _ATTR.finditer(text):
        raw = match["value"]
        try:
            attrs[match["key"]] = True if raw == "true" else json.loads(raw)
        except json.JSONDecodeError as err:
            raise NotesFormatError(f"bad note marker attribute {match['key']!r}") from err
    return attrs


def _parse_note(attrs: dict[str, str | bool | None], block: list[str], detached: bool) -> Note:
    kind = attrs.get("kind")
    if kind not in ANCHOR_KINDS:
        raise NotesFormatError(f"unknown note kind {kind!r}")
    index = 0
    if index < len(block) and block[index].startswith("#"):
        index += 1
    if index < len(block) and block[index] == "":
        index += 1
    quoted: list[str] = []
    while index < len(block) and block[index].startswith(">"):
        line = block[index]
        quoted.append(line[2:] if line.startswith("> ") else line[1:])
        index += 1
    if index < len(block) and block[index] == "":
        index += 1
    body_lines = block[index:]
    if body_lines and body_lines[-1] == "":
        body_lines = body_lines[:-1]

    def text_attr(key: str) -> str:
        value = attrs.get(key)
        return value if isinstance(value, str) else ""

    anchor_id = attrs.get("id")
    return Note(
        anchor_kind=kind,  # type: ignore[arg-type]
        anchor_id=anchor_id if isinstance(anchor_id, str) else None,
        anchor_text="\n".join(quoted),
        body="\n".join(_unescape_body_line(line) for line in body_lines),
        created=text_attr("created"),
        updated=text_attr("updated"),
        detached=detached,
        conflict=attrs.get("conflict") is True,
        uid=text_attr("uid") or _new_uid(),
    )


def parse_notes_file(text: str) -> NotesFile:
    """Read the text of a notes file; raises ``NotesFormatError`` if it is not one.

    Text outside the note markers (other than the ``# Detached`` heading) is ignored.
    """
    if text.count("\r\n") == text.count("\n"):
        # An editor converted every line ending; ours never end the front matter with \r.
        text = text.replace("\r\n", "\n")
    lines = text.split("\n")
    fields, index = _parse_front_matter(lines)
    notes: list[Note] = []
    detached = False
    while index < len(lines):
        line = lines[index].rstrip("\r")
        index += 1
        if line == DETACHED_HEADING:
            detached = True
            continue
        opening = _OPEN_MARKER.fullmatch(line)
        if opening is None:
            continue
        attrs = _parse_attrs(opening["attrs"])
        start = index
        while index < len(lines) and lines[index].rstrip("\r") != _END_MARKER:
            index += 1
        if index >= len(lines):
            raise NotesFormatError("a note section is not closed")
        notes.append(_parse_note(attrs, lines[start:index], detached))
        index += 1
    return NotesFile(
        title=fields.get("title", ""),
        source=fields.get("source", ""),
        sha256=fields.get("sha256", ""),
        created=fields.get("created", ""),
        updated=fields.get("updated", ""),
        notes=notes,
    )


# --- merging ----------------------------------------------------------------


def merge_notes(base: Sequence[Note], ours: Sequence[Note], theirs: Sequence[Note]) -> list[Note]:
    """Three-way merge of two edits of the same notes file, never dropping a note body.

    ``base`` is what both sides started from. A note only one side added is kept;
    a note only one side changed (or deleted) takes that side's version; a note
    both sides changed differently keeps ours and theirs beside it as a conflict
    copy; a note one side deleted and the other edited is kept. Ours come first.
    """
    base_by_uid = {note.uid: note for note in base}
    theirs_by_uid = {note.uid: note for note in theirs}
    ours_uids = {note.uid for note in ours}
    merged: list[Note] = []
    for mine in ours:
        old = base_by_uid.get(mine.uid)
        other = theirs_by_uid.get(mine.uid)
        if other is None:
            # They deleted it: honour that unless we edited it since.
            if old is None or old.body != mine.body:
                merged.append(mine)
        elif other.body == mine.body or (old is not None and other.body == old.body):
            merged.append(mine)
        elif old is not None and mine.body == old.body:
            merged.append(other)
        else:
            merged.append(mine)
            merged.append(replace(other, uid=_new_uid(), conflict=True))
    for other in theirs:
        if other.uid in ours_uids:
            continue
        old = base_by_uid.get(other.uid)
        # We deleted it: honour that unless they edited it since.
        if old is None or old.body != other.body:
            merged.append(other)
    return _settle_duplicates(merged)


def _settle_duplicates(notes: list[Note]) -> list[Note]:
    """One main note per anchor: identical twins are dropped, different ones become conflicts."""
    main_by_anchor: dict[tuple[str, str | None], Note] = {}
    settled: list[Note] = []
    for note in notes:
        if note.detached or note.conflict:
            settled.append(note)
            continue
        key = (note.anchor_kind, note.anchor_id)
        main = main_by_anchor.get(key)
        if main is None:
            main_by_anchor[key] = note
            settled.append(note)
        elif main.body != note.body:
            settled.append(replace(note, conflict=True))
    return _in_file_order(settled)


def _in_file_order(notes: list[Note]) -> list[Note]:
    """Attached notes first, then detached ones, each keeping its order (as the file has them)."""
    return [n for n in notes if not n.detached] + [n for n in notes if n.detached]


# --- matching anchors -------------------------------------------------------


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


def _anchor_candidates(briefing: Briefing) -> dict[str, list[tuple[str, list[str]]]]:
    """For each anchor kind, the (id, texts that identify it) of every item in the briefing."""
    text = briefing.article.text
    return {
        "actor": [(a.id, [a.name, *a.aliases]) for a in briefing.actors],
        "claim": [(c.id, [text[c.content.start : c.content.end]]) for c in briefing.claims],
        "question": [(q.id, [q.question]) for q in briefing.questions],
    }


def _match_anchor(note: Note, candidates: list[tuple[str, list[str]]]) -> str | None:
    """The id of the item whose text is the note's anchor text (same id preferred), or None."""
    wanted = _normalised(note.anchor_text)
    if not wanted:
        return None
    exact = [item_id for item_id, texts in candidates if wanted in map(_normalised, texts)]
    if not exact and note.anchor_kind == "claim":
        # Claim boundaries move a little between analysis versions.
        exact = [
            item_id
            for item_id, texts in candidates
            if any(wanted in t or (t and t in wanted) for t in map(_normalised, texts))
        ]
    if note.anchor_id in exact:
        return note.anchor_id
    return exact[0] if exact else None


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
        self._base: list[Note] = []  # the notes as last loaded or saved
        self._disk_digest: str | None = None  # hash of self.path as last loaded or saved
        self._unbacked_corrupt: Path | None = None  # corrupt file not yet copied to .bak
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
        no notes file, the newest file with the same slug and the same source
        (an earlier version of the article) is used, and notes whose anchor text
        no longer occurs in the article are marked detached.
        """
        self.warning = None
        self.adopted_from = None
        self._unbacked_corrupt = None
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
        self.notes = _in_file_order(parsed.notes) if parsed else []
        self._created = parsed.created if parsed and parsed.created else ""
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

    def _find_earlier_version(self) -> tuple[Path, NotesFile] | None:
        """The newest notes file for another version of this article (same slug and source)."""
        if not self.article.source:
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
            if parsed.source == self.article.source:
                found.append((parsed.updated, mtime, candidate, parsed))
        if not found:
            return None
        _, _, path, parsed = max(found, key=lambda item: (item[0], item[1]))
        return path, parsed

    def _detach_missing_from_text(self, notes: list[Note]) -> None:
        """Detach actor and claim notes whose anchor text is not in the article any more."""
        article_text = _normalised(self.article.text)
        for note in notes:
            if note.anchor_kind in ("actor", "claim"):
                note.detached = _normalised(note.anchor_text) not in article_text

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

    @staticmethod
    def _is_main_note(note: Note, anchor_kind: str, anchor_id: str | None) -> bool:
        return (
            not note.detached
            and not note.conflict
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
        if existing is not None:
            if existing.body != body or existing.anchor_text != anchor_text:
                existing.body = body
                existing.anchor_text = anchor_text
                existing.updated = utc_now()
                self._dirty = True
            return existing
        now = utc_now()
        note = Note(anchor_kind, anchor_id, anchor_text, body, now, now)
        self.notes = _in_file_order([*self.notes, note])
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
        and a detached note whose anchor is back is attached again.
        """
        candidates = _anchor_candidates(briefing)
        changed = False
        for note in self.notes:
            if note.anchor_kind == "article":
                matched_id, detached = None, False
            else:
                matched_id = _match_anchor(note, candidates[note.anchor_kind])
                detached = matched_id is None
                if detached:
                    matched_id = note.anchor_id  # remembered for the reader, not used
            if (note.anchor_id, note.detached) != (matched_id, detached):
                note.anchor_id, note.detached = matched_id, detached
                changed = True
        if changed:
            self.notes = _settle_duplicates(self.notes)
            self._dirty = True

    # -- saving

    def _notes_file(self, notes: list[Note], now: str) -> NotesFile:
        return NotesFile(
            title=self.article.title,
            source=self.article.source,
            sha256=self.article.sha256,
            created=self._created or now,
            updated=now,
            notes=_in_file_order(notes),
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
        notes = self.notes
        if _digest(data) != self._disk_digest and data is not None:
            theirs = self._parse_or_set_aside(self.path, data)
            if theirs is not None:
                notes = merge_notes(self._base, self.notes, theirs.notes)
                if not self._created:
                    self._created = theirs.created
                merged = True
        if self._unbacked_corrupt == self.path:
            # A damaged file must be copied aside before it is replaced.
            _backup(self.path)
            self._unbacked_corrupt = None
        notes_file = self._notes_file(notes, utc_now())
        text = render_notes_file(notes_file)
        atomic_write_text(self.path, text)
        self.notes = notes_file.notes
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
