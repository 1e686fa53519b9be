"""The reader's notes on an article: the Markdown file format, merging, the store on disk."""

from briefing_tui.store.notes.format import (
    Note,
    NotesFile,
    NotesFormatError,
    parse_notes_file,
    render_notes_file,
    said_by,
)
from briefing_tui.store.notes.merge import merge_notes
from briefing_tui.store.notes.store import (
    NotesSaveError,
    NotesStore,
    article_slug,
    notes_home,
    notes_path,
    slugify,
    utc_now,
)

__all__ = [
    "Note",
    "NotesFile",
    "NotesFormatError",
    "NotesSaveError",
    "NotesStore",
    "article_slug",
    "merge_notes",
    "notes_home",
    "notes_path",
    "parse_notes_file",
    "render_notes_file",
    "said_by",
    "slugify",
    "utc_now",
]
