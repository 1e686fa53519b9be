"""Every note of the library: listed with its article and anchor, filtered, exported.

Exported as one Markdown file (a front matter block per article) or as one file
per article into a folder (an Obsidian vault). An export never overwrites a file
that changed since Briefing wrote it: ``.briefing-export.json`` in the folder
remembers the digest of each file written, and a file whose content no longer
has it is left alone (and reported).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from briefing_tui.store.atomic import atomic_write_text
from briefing_tui.store.library.db import Library
from briefing_tui.store.notes.store import slugify

MANIFEST = ".briefing-export.json"


@dataclass(frozen=True, slots=True)
class LibraryNote:
    """One note, with the article it is on."""

    uid: str
    sha256: str
    title: str
    source: str
    anchor_kind: str
    anchor_text: str
    body: str
    updated: str


def library_notes(
    library: Library, actor: str | None = None, text: str | None = None
) -> list[LibraryNote]:
    """Every indexed note (by article, then as written), those on actors named like
    ``actor`` and holding ``text`` only, when given (both case-insensitive)."""
    sql = (
        "SELECT n.uid, n.sha256, f.title, f.source, n.anchor_kind, n.anchor_text, n.body,"
        " n.updated FROM notes n JOIN note_files f ON f.path = n.path WHERE 1"
    )
    parameters: list[str] = []
    if actor:
        sql += " AND n.anchor_kind = 'actor' AND n.anchor_text LIKE ? ESCAPE '\\'"
        parameters.append(f"%{_like(actor)}%")
    if text:
        sql += " AND (n.body LIKE ? ESCAPE '\\' OR n.anchor_text LIKE ? ESCAPE '\\')"
        parameters += [f"%{_like(text)}%"] * 2
    sql += " ORDER BY lower(f.title), f.path, n.id"
    return [LibraryNote(*row) for row in library.query(sql, tuple(parameters))]


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _by_article(notes: list[LibraryNote]) -> dict[str, list[LibraryNote]]:
    grouped: dict[str, list[LibraryNote]] = {}
    for note in notes:
        grouped.setdefault(note.sha256, []).append(note)
    return grouped


def _quoted(value: str) -> str:
    return json.dumps(" ".join(value.split()), ensure_ascii=False)


def article_markdown(notes: list[LibraryNote]) -> str:
    """One article's notes: a front matter block, then each note under its anchor."""
    first = notes[0]
    lines = [
        "---",
        f"title: {_quoted(first.title)}",
        f"source: {_quoted(first.source)}",
        f"sha256: {first.sha256}",
        f"notes: {len(notes)}",
        "---",
        "",
        f"# {' '.join((first.title or first.source or 'Untitled').split())}",
        "",
    ]
    for note in notes:
        heading = (
            "The article"
            if note.anchor_kind == "article"
            else f"{note.anchor_kind.capitalize()}: {' '.join(note.anchor_text.split())}"
        )
        lines += [f"## {heading}", "", note.body.rstrip(), ""]
    return "\n".join(lines)


def notes_markdown(notes: list[LibraryNote]) -> str:
    """All the notes as one Markdown file, each article's with its own front matter."""
    return "\n".join(article_markdown(group) for group in _by_article(notes).values())


@dataclass(slots=True)
class ExportReport:
    """Files written, left as they were (unchanged), and kept because they were edited."""

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _write_guarded(path: Path, text: str, manifest: dict[str, str], report: ExportReport) -> None:
    try:
        current = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        current = None
    except (OSError, UnicodeDecodeError):
        report.kept.append(path)
        return
    if current is not None:
        if current == text:
            manifest[path.name] = _digest(text)
            report.unchanged.append(path)
            return
        if manifest.get(path.name) != _digest(current):
            report.kept.append(path)  # edited since it was exported (or not ours)
            return
    atomic_write_text(path, text)
    manifest[path.name] = _digest(text)
    report.written.append(path)


def _load_manifest(folder: Path) -> dict[str, str]:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, str)} if isinstance(data, dict) else {}


def export_file(notes: list[LibraryNote], path: Path) -> ExportReport:
    """Write every note to one Markdown file (not over a file edited since)."""
    report = ExportReport()
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    manifest = _load_manifest(folder)
    _write_guarded(path, notes_markdown(notes), manifest, report)
    atomic_write_text(folder / MANIFEST, json.dumps(manifest, indent=2) + "\n")
    return report


def export_vault(notes: list[LibraryNote], folder: Path) -> ExportReport:
    """Write one Markdown file per article into ``folder`` (not over files edited since)."""
    report = ExportReport()
    folder.mkdir(parents=True, exist_ok=True)
    manifest = _load_manifest(folder)
    for sha, group in _by_article(notes).items():
        name = f"{slugify(group[0].title or group[0].source)}-{sha[:8]}.md"
        _write_guarded(folder / name, article_markdown(group), manifest, report)
    atomic_write_text(folder / MANIFEST, json.dumps(manifest, indent=2) + "\n")
    return report
