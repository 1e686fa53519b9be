"""The main screen's notes: writing on the item in view (a), the overview (A), saving.

The notes pane's store, the item a note is written on, and every note listed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.export import claim_words
from briefing_tui.model import Anchor
from briefing_tui.ui.messages import NoteEditingDone, NotesChanged

if TYPE_CHECKING:
    from briefing_tui.store.notes import NotesStore
    from briefing_tui.ui.screens.main import MainScreen

    _Base = MainScreen
else:
    _Base = object


class NotesMixin(_Base):
    """The notes' part of ``MainScreen``."""

    @property
    def store(self) -> NotesStore | None:
        """The notes of the current article (kept by the notes pane)."""
        return self.notes_pane.store if self.panes_mounted else None

    def _open_notes(self) -> None:
        self._selection = None
        self.notes_pane.open_store(self.article, self.home)
        self._show_current_note()

    def _article_anchor(self) -> Anchor:
        return Anchor("article", "article", self.article.title or self.article.source)

    def _show_current_note(self) -> None:
        anchor = self._selection or self._article_anchor()
        self.notes_pane.show(anchor, self._shown_words(anchor))

    def _shown_words(self, anchor: Anchor) -> str | None:
        """A claim's words as the Claims pane shows them (its text is what notes attach by)."""
        if anchor.kind != "claim" or self.briefing is None:
            return None
        claim = next((c for c in self.briefing.claims if c.id == anchor.id), None)
        return claim_words(self.article.text, claim) if claim is not None else None

    def annotate(self) -> None:
        """Write a note on the item the notes pane names: the one last previewed or selected,
        or the article when there is none (Esc clears it)."""
        self._show_current_note()
        self.show_pane("notes")

    def show_notes_overview(self) -> None:
        """List every note of the article (Detached ones too); Enter goes to its item."""
        from briefing_tui.ui.screens.notes_overview import NotesOverviewScreen

        self.save_notes_now(quiet=True)
        notes = list(self.store.notes) if self.store is not None else []
        self.app.push_screen(NotesOverviewScreen(notes), self._go_to_note)

    def _go_to_note(self, uid: str | None) -> None:
        store = self.store
        note = next((n for n in store.notes if n.uid == uid), None) if store else None
        if note is None:
            return
        if note.detached or (note.anchor_id is None and note.anchor_kind != "article"):
            what = " ".join(note.anchor_text.split())
            self.notify(
                f"What this note was on is no longer in the article: “{what}”. "
                "The note is kept under Detached in the notes file.",
                title="Detached note",
                severity="warning",
                timeout=10,
            )
            return
        if note.anchor_kind == "article":
            self.clear_filter()
            self.show_pane("article")
            return
        self._jump_to_item((note.anchor_kind, str(note.anchor_id)))

    def on_notes_changed(self, message: NotesChanged) -> None:
        self.when_panes_mounted(self._mark_noted_rows)

    def _mark_noted_rows(self) -> None:
        """Mark the list rows of the items that have a note."""
        store = self.store
        if store is None:
            return
        for item_list, kind in zip(self.lists, ("actor", "claim", "question"), strict=True):
            item_list.set_noted(store.noted_ids(kind))

    def on_note_editing_done(self, message: NoteEditingDone) -> None:
        if self._panes_ready() and self.notes_pane.editing:
            self.show_pane(self._pane_before_notes)

    def save_notes_now(self, quiet: bool = False) -> bool:
        """Save what is typed at once; False (with a warning shown) if it could not be."""
        if not self.panes_mounted:
            return True  # nothing can have been typed yet
        return self.notes_pane.save_now(quiet=quiet)
