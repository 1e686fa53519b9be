"""The notes pane: the note on the current selection, edited in place and kept saved."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import Static, TextArea

from briefing_tui.model import Anchor, Article, Briefing
from briefing_tui.terminal_text import one_line, visible_controls
from briefing_tui.ui.logic.selection import anchor_label
from briefing_tui.ui.messages import NoteEditingDone, NotesChanged

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.message_pump import MessagePump

    from briefing_tui.store.notes import NotesStore

#: Seconds after the last keystroke before the notes are saved.
AUTOSAVE_DELAY = 0.6
#: Longest a change waits to be saved while the reader keeps typing (the delay above
#: restarts on every keystroke; without a bound steady typing would never be saved).
AUTOSAVE_MAX_WAIT = 2.0


class AutosaveTimers:
    """The two timers of a note's autosave, shared by the notes pane and the dossier's
    note editor: a delay that each change restarts (``AUTOSAVE_DELAY``), and a maximum
    wait from the first unsaved change (``AUTOSAVE_MAX_WAIT``), so steady typing is saved
    too. ``save`` runs when either is due; both are then stopped."""

    def __init__(self, owner: MessagePump, save: Callable[[], object]) -> None:
        self._owner = owner
        self._save = save
        self._delay: Timer | None = None
        self._max_wait: Timer | None = None

    def changed(self) -> None:
        """A change not saved yet: restart the delay, start the maximum wait if not running."""
        if self._delay is not None:
            self._delay.stop()
        self._delay = self._owner.set_timer(AUTOSAVE_DELAY, self._due)
        if self._max_wait is None:
            self._max_wait = self._owner.set_timer(AUTOSAVE_MAX_WAIT, self._due)

    def stop(self) -> None:
        """Stop both timers (a save is made now, or none is needed)."""
        for timer in (self._delay, self._max_wait):
            if timer is not None:
                timer.stop()
        self._delay = self._max_wait = None

    def _due(self) -> None:
        self.stop()
        self._save()


class NoteEditor(TextArea):
    """The text area of the notes pane."""

    #: Keys the app binds to move the focus ("/", "1" to "5", "a") are typed here.
    takes_text: ClassVar[bool] = True

    def on_blur(self, event: events.Blur) -> None:
        self.post_message(NoteEditingDone())


class NotesPane(Vertical):
    """Shows the note on whatever is selected; focusing the editor edits it.

    Owns the article's NotesStore: every keystroke updates the store and
    (re)starts a short timer after which the notes file is saved, and a change
    is saved within ``AUTOSAVE_MAX_WAIT`` however steady the typing; ``save_now``
    flushes at once (on quit, or before another article is opened). A failed
    save keeps the notes in memory and shows a warning.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "done", "Done", id="notes.done", tooltip="Stop editing the note"),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.anchor = Anchor("article", "article", "")
        self._shown_words: str | None = None  # the header's words for the anchor
        self.store: NotesStore | None = None
        self.save_error: str | None = None
        self._loading = False
        self._autosave = AutosaveTimers(self, self.save)
        # Kept as an attribute: on unmount the editor is already gone from the DOM,
        # and what it holds must still be saved.
        self._editor = NoteEditor(id="note-editor", soft_wrap=True, tab_behavior="focus")

    def compose(self) -> ComposeResult:
        yield Static(id="notes-anchor")
        yield self._editor

    def on_mount(self) -> None:
        self._update_labels()

    def on_unmount(self) -> None:
        self.save_now(quiet=True)

    # -- the store ---------------------------------------------------------

    def open_store(self, article: Article, home: Path | None = None) -> None:
        """Load the notes of ``article`` (saving the previous article's first)."""
        from briefing_tui.store.notes import NotesStore

        if self.store is not None:
            self.save_now()
        self.store = NotesStore(article, home)
        self.store.load()
        self.save_error = None
        self.set_class(False, "-warning")
        if self.store.warning:
            self.notify(self.store.warning, title="Notes", severity="warning", timeout=10)
        if self.store.adopted_from is not None:
            # Notes of an earlier version of this article: keep them with this version now.
            self.save(force=True)
        self._update_labels()
        self.post_message(NotesChanged())

    def reanchor(self, briefing: Briefing) -> None:
        """Attach the notes to the ids of a (new) analysis of the article."""
        if self.store is None:
            return
        self.store.reanchor(briefing)
        if self.store.dirty:
            self._autosave.changed()
        self.show(self.anchor)
        self.post_message(NotesChanged())

    def body_for(self, anchor: Anchor) -> str:
        """The stored note on ``anchor`` ("" if none)."""
        if self.store is None:
            return ""
        anchor_id = None if anchor.kind == "article" else anchor.id
        note = self.store.note_for(anchor.kind, anchor_id)
        return note.body if note is not None else ""

    def _store(self, anchor: Anchor, body: str) -> None:
        if self.store is None:
            return
        anchor_id = None if anchor.kind == "article" else anchor.id
        had_note = self.store.note_for(anchor.kind, anchor_id) is not None
        self.store.set_note(anchor.kind, anchor_id, anchor.text, body)
        self._update_labels()
        if had_note != (self.store.note_for(anchor.kind, anchor_id) is not None):
            self.post_message(NotesChanged())  # an item gained or lost its note

    def save(self, quiet: bool = False, force: bool = False) -> bool:
        """Save the notes if they changed; False (with a visible warning) if they could not be."""
        from briefing_tui.store.notes import NotesSaveError

        if self.store is None or not (self.store.dirty or force):
            return True
        try:
            self.store.save()
        except NotesSaveError as exc:
            self.save_error = str(exc)
            if not quiet:
                self.set_class(True, "-warning")
                self._update_labels()
                self.notify(
                    f"{exc}. Your notes are kept in memory; press e to export them elsewhere.",
                    title="Notes not saved",
                    severity="error",
                    timeout=15,
                )
            return False
        if self.save_error is not None:
            self.save_error = None
            self.set_class(False, "-warning")
            self._update_labels()
            self.notify("Notes saved")
        return True

    def save_now(self, quiet: bool = False) -> bool:
        """Put what is typed into the store and save at once."""
        self._autosave.stop()
        if self.body != self.body_for(self.anchor):
            # The editor may hold keystrokes whose Changed events are not handled yet.
            self._store(self.anchor, self.body)
        return self.save(quiet=quiet)

    # -- the editor ----------------------------------------------------------

    @property
    def editor(self) -> NoteEditor:
        """The text area holding the note."""
        return self._editor

    @property
    def editing(self) -> bool:
        """Whether the reader is typing in the note."""
        return self.editor.has_focus

    @property
    def body(self) -> str:
        """The note's text as typed so far."""
        return self.editor.text

    def show(self, anchor: Anchor, words: str | None = None) -> None:
        """Show the note on ``anchor`` (ignored while the reader is editing another note);
        ``words`` are what the header shows of it (a claim as the Claims pane writes it),
        by default its text."""
        if self.editing and anchor != self.anchor:
            return
        if words is not None or anchor != self.anchor:
            self._shown_words = words
        self.anchor = anchor
        # A hand-edited notes file may hold escapes: shown (and saved) as visible characters.
        body = visible_controls(self.body_for(anchor))
        self._loading = True
        try:
            if self.editor.text != body:
                self.editor.load_text(body)
            if not self.editing:
                # Opening a note (again) goes on where it ends.
                self.editor.move_cursor(self.editor.document.end)
        finally:
            self._loading = False
        self._update_labels()

    def _update_labels(self) -> None:
        if not self.is_mounted:
            return
        count = len(self.store.notes) if self.store is not None else 0
        self.border_title = f"Notes ({count})"
        self.border_subtitle = "⚠ not saved: press e to export" if self.save_error else ""
        prefix = "a writes on " if not self.editing else "on "
        hint = "  (A: all notes)" if not self.editing else ""
        header = self.query_one("#notes-anchor", Static)
        width = header.content_size.width or 80  # not laid out yet
        room = width - len(prefix) - len(self.anchor.kind) - 1 - len(hint)
        shown = self.anchor
        if self._shown_words is not None:
            shown = replace(shown, text=self._shown_words)
        whole = anchor_label(shown, width)
        if len(prefix) + len(whole) + len(hint) > width and room < 24:
            hint, room = "", room + len(hint)  # a narrow pane: the item's words first
        label = Text(prefix, style="dim")
        label.append(one_line(anchor_label(shown, max(room, 12))))
        if hint:
            label.append(hint, style="dim")
        header.update(label)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        if not self._loading:
            self._store(self.anchor, self.editor.text)
            self._autosave.changed()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self._update_labels()

    def on_resize(self, event: events.Resize) -> None:
        self._update_labels()  # the header's item is cut to the width there is

    def on_note_editing_done(self, event: NoteEditingDone) -> None:
        self._update_labels()

    def action_done(self) -> None:
        self.post_message(NoteEditingDone())
