"""The main screen's jump list (Ctrl+O, Ctrl+N): the places jumps leave, and going back.

Recording the place a jump leaves, and going back to it with its selection, marks and
reading position.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.model import Span
from briefing_tui.ui.logic.highlights import MarkCycle, claim_highlight, mention_spans
from briefing_tui.ui.logic.jumps import Place
from briefing_tui.ui.logic.selection import item_anchor

if TYPE_CHECKING:
    from briefing_tui.ui.screens.main import MainScreen

    _Base = MainScreen
else:
    _Base = object


class JumpsMixin(_Base):
    """The jump list's part of ``MainScreen``."""

    def current_place(self) -> Place:
        """Where the reader is: the article's reading position and the selection."""
        return Place(
            offset=self.article_view.reading_offset(),
            actor_id=self.selected_actor.id if self.selected_actor else None,
            claim_id=self.selected_claim.id if self.selected_claim else None,
            question_id=self.selected_question.id if self.selected_question else None,
            note_target=self._selection,
            mark_index=self._mark_cycle.index,
        )

    def _keep_place_before_preview(self) -> None:
        if self._place_before_preview is None:
            self._place_before_preview = self.current_place()

    def record_jump(self, place: Place | None = None) -> None:
        """Record in the jump list the place a selection or jump is leaving (``place``, or
        where the reader was before the list cursors began previewing, or is now)."""
        if place is None:
            place = self._place_before_preview or self.current_place()
        self._place_before_preview = None
        self._jumps.record(place)

    def jump_back(self) -> None:
        """Go back to the place and selection the last jump left."""
        if self.briefing is None:
            return  # a place's selection names items of the analysis
        current = self._place_before_preview or self.current_place()
        place = self._jumps.back(current)
        if place is None:
            self.notify("No earlier place to go back to", title="Ctrl+O", timeout=2)
            return
        self._go_to_place(place)

    def jump_forward(self) -> None:
        """Go forward to the place Ctrl+O came back from."""
        place = self._jumps.forward()
        if place is None:
            self.notify("No later place to go forward to", title="Ctrl+N", timeout=2)
            return
        self._go_to_place(place)

    def _go_to_place(self, place: Place) -> None:
        """Put back ``place``: its selection, marks and mention, and its reading position."""
        briefing = self.briefing
        if briefing is None:
            return
        self.show_pane("article")
        actor = briefing.actor(place.actor_id) if place.actor_id else None
        claim = next((c for c in briefing.claims if c.id == place.claim_id), None)
        question = briefing.question(place.question_id)
        self.selected_actor, self.selected_claim = actor, claim
        self.selected_question = question
        claim_marks = claim_highlight(claim).marks if claim else {}
        marks: dict[str, list[Span]] = {
            "mention": mention_spans(actor) if actor else [],
            "claim-content": claim_marks.get("claim-content", []),
            "claim-source": claim_marks.get("claim-source", []),
            "evidence": list(question.evidence) if question else [],
        }
        self.article_view.show_marks(marks)
        if actor is not None and not self.search_query:
            self._mark_cycle = MarkCycle(mention_spans(actor))
            self._mark_kind = "mention"
        elif not self.search_query:
            self._mark_cycle = MarkCycle()
        cycle = self._mark_cycle
        cycle.index = place.mark_index if place.mark_index < len(cycle.spans) else -1
        current = cycle.current
        self.article_view.set_marks("current", [current] if current else [])
        self._apply_filters()
        for item_list, item in zip(self.lists, (actor, claim, question), strict=True):
            if item is not None:
                item_list.select_item_id(item.id)
        # A place kept in the library has no note target: the item it selected is the one
        # the notes header names (and a writes on), as when it was selected.
        self._select_anchor(
            place.note_target or item_anchor(self.article, claim or question or actor)
        )
        self.article_view.scroll_to_offset(place.offset, top=True)
        self.update_article_status()
