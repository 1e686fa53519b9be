"""Merging two edits of one notes file, so that no note body and no hand edit is ever dropped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing_tui.store.notes.anchors import normalised
from briefing_tui.store.notes.format import Note, NotesFile, in_file_order, new_uid


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
            merged.append(replace(other, uid=new_uid(), conflict=True))
    for other in theirs:
        if other.uid in ours_uids:
            continue
        old = base_by_uid.get(other.uid)
        # We deleted it: honour that unless they edited it since.
        if old is None or old.body != other.body:
            merged.append(other)
    return settle_duplicates(merged)


def merge_notes_files(base: Sequence[Note], ours: NotesFile, theirs: NotesFile) -> NotesFile:
    """Three-way merge of two edits of a notes file: the notes by ``merge_notes``, and
    the text around them (front matter keys, sections of the user's own) as ``theirs``
    has it.

    The app never changes the text it does not own, so whatever differs there between
    ours and theirs is a hand edit made on disk since we read the file: theirs is kept.
    """
    return replace(
        ours,
        notes=merge_notes(base, ours.notes, theirs.notes),
        front_matter=theirs.front_matter,
        layout=theirs.layout,
        newline=theirs.newline,
    )


def settle_duplicates(notes: list[Note]) -> list[Note]:
    """One main note per anchor: identical twins are dropped; a different note on the same
    words becomes a conflict copy, one on other words (another part of a quote now read as
    one claim) a second note beside the main one (``Note.joined``)."""
    main_by_anchor: dict[tuple[str, str | None], Note] = {}
    settled: list[Note] = []
    for note in notes:
        if note.detached or note.beside:
            settled.append(note)
            continue
        key = (note.anchor_kind, note.anchor_id)
        main = main_by_anchor.get(key)
        if main is None:
            main_by_anchor[key] = note
            settled.append(note)
        elif main.body != note.body:
            # Two notes on different words (parts of a quote now read as one claim) are two
            # notes on it, not two edits of one note.
            joined = normalised(main.anchor_text) != normalised(note.anchor_text)
            settled.append(replace(note, joined=True) if joined else replace(note, conflict=True))
    return in_file_order(settled)
