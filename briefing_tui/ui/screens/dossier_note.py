"""Writing a note on a dossier: the article notes' editor, in a dialog, saved as one types.

The note is Markdown of any number of lines, typed in the same editor as an
article's note (``NoteEditor``: Enter is a new line). It is saved in the
dossier notes file a moment after each pause in typing (and within a bound
however steady the typing), again when Esc closes the dialog, and when the app
closes with the dialog open; it keeps its identity, so each save replaces only
this note. A save that fails keeps the dialog open with the note in it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static, TextArea

from briefing_tui.ui.screens.dialog import Dialog
from briefing_tui.ui.widgets.notes_pane import AutosaveTimers, NoteEditor

if TYPE_CHECKING:
    from briefing_tui.store.dossier_notes import DossierNote

#: Saves a note in the dossier notes file; False if it could not be (the caller says why).
NoteSaver = Callable[["DossierNote"], bool]


class DossierNoteScreen(Dialog[str]):
    """A multi-line note on the dossier; Esc saves it and closes (returns its text)."""

    DEFAULT_CSS = """
    DossierNoteScreen .dialog { height: 60%; }
    DossierNoteScreen NoteEditor { height: 1fr; border: round $accent; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "done", "Save and close", id="dossier-note.done", priority=True),
        Binding("ctrl+s", "save", "Save", id="dossier-note.save", priority=True),
    ]

    def __init__(self, note: DossierNote, save: NoteSaver, where: str = "") -> None:
        """``note`` is the note to write (its identity, and any text it has already);
        ``save`` writes it; ``where`` names the file, for the hint."""
        super().__init__()
        self.note = note
        self._save = save
        self._where = where
        self._saved_body = note.body
        self._autosave = AutosaveTimers(self, self.save_now)
        self.editor = NoteEditor(note.body, id="dossier-note-editor", soft_wrap=True)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("Note on the dossier", style="bold"), classes="dialog-title")
            yield self.editor
            hint = "Markdown, any number of lines · saved as you type · Esc saves and closes"
            if self._where:
                hint += f"\nin {self._where}"
            yield Static(Text(hint), classes="dialog-hint")

    def on_mount(self) -> None:
        super().on_mount()
        self.editor.focus()
        self.editor.move_cursor(self.editor.document.end)

    def on_unmount(self) -> None:
        self._autosave.stop()
        self.save_now()  # the app closing with the dialog open

    @property
    def body(self) -> str:
        """The note as typed so far."""
        return self.editor.text

    @property
    def unsaved(self) -> bool:
        """Whether what is typed differs from what was last saved."""
        return self.body.rstrip() != self._saved_body.rstrip()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        self._autosave.changed()

    def save_now(self) -> bool:
        """Save what is typed if it changed; False if it could not be saved."""
        from dataclasses import replace

        if not self.unsaved:
            return True
        body = self.body
        if not self._save(replace(self.note, body=body)):
            return False
        self._saved_body = body
        return True

    def action_save(self) -> None:
        """Save now (the dialog stays open)."""
        self._autosave.stop()
        if self.save_now():
            self.notify("Dossier note saved", timeout=3)

    def action_done(self) -> None:
        """Save and close; a failed save keeps the dialog (and the note) open."""
        self._autosave.stop()
        if self.save_now():
            self.dismiss(self.body.strip() or None)
