"""The library's index of the notes, rebuilt from the Markdown notes files.

The files stay the source of truth: each sync reads the files whose size or time
changed since the last one (and drops those gone), so the index is never ahead
of or behind the folder for long, and a lost library is rebuilt from them.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefing_tui.store.library.db import Library


def _notes_files(folder: Path) -> dict[str, os.stat_result]:
    found: dict[str, os.stat_result] = {}
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return found
    for entry in entries:
        if entry.name.endswith(".md") and not entry.name.startswith("."):
            try:
                found[entry.path] = entry.stat()
            except OSError:
                continue
    return found


def sync_notes_index(library: Library) -> int:
    """Bring the notes index up to date with the notes folder; returns the files re-read."""
    on_disk = _notes_files(library.notes_dir)
    known = {
        r["path"]: (r["mtime_ns"], r["size"])
        for r in library.query("SELECT path, mtime_ns, size FROM note_files")
    }
    changed = [p for p, st in on_disk.items() if known.get(p) != (st.st_mtime_ns, st.st_size)]
    gone = [p for p in known if p not in on_disk]
    if not changed and not gone:
        return 0
    from briefing_tui.store.notes.format import NotesFormatError, parse_notes_file

    parsed = {}
    for path in changed:
        try:
            text = Path(path).read_text(encoding="utf-8")
            parsed[path] = parse_notes_file(text)
        except (OSError, UnicodeDecodeError, NotesFormatError):
            parsed[path] = None  # indexed as a file with no notes; the file is untouched
    with library.transaction() as conn:
        for path in [*gone, *changed]:
            _forget(conn, path)
        for path in changed:
            stat = on_disk[path]
            notes_file = parsed[path]
            conn.execute(
                "INSERT INTO note_files (path, mtime_ns, size, sha256, title, source)"
                " VALUES (?,?,?,?,?,?)",
                (
                    path,
                    stat.st_mtime_ns,
                    stat.st_size,
                    notes_file.sha256 if notes_file else "",
                    notes_file.title if notes_file else "",
                    notes_file.source if notes_file else "",
                ),
            )
            if notes_file is None:
                continue
            for note in notes_file.notes:
                cursor = conn.execute(
                    "INSERT INTO notes (path, uid, sha256, anchor_kind, anchor_text, body,"
                    " updated) VALUES (?,?,?,?,?,?,?)",
                    (
                        path,
                        note.uid,
                        notes_file.sha256,
                        note.anchor_kind,
                        note.anchor_text,
                        note.body,
                        note.updated,
                    ),
                )
                conn.execute(
                    "INSERT INTO note_text (rowid, anchor, body, title) VALUES (?,?,?,?)",
                    (cursor.lastrowid, note.anchor_text, note.body, notes_file.title),
                )
    return len(changed) + len(gone)


def _forget(conn, path: str) -> None:
    ids = [r[0] for r in conn.execute("SELECT id FROM notes WHERE path = ?", (path,))]
    conn.executemany("DELETE FROM note_text WHERE rowid = ?", [(i,) for i in ids])
    conn.execute("DELETE FROM notes WHERE path = ?", (path,))
    conn.execute("DELETE FROM note_files WHERE path = ?", (path,))


def note_count(library: Library) -> int:
    """How many notes the index holds."""
    return library.query("SELECT count(*) FROM notes")[0][0]
