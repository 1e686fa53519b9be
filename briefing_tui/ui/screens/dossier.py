"""The dossier screen (D): several articles read as one story.

The articles, the actors merged across them, the claims by speaker with where
the accounts differ, the questions still open and the timeline. Moving in Actors
shows, per article, the actor's mentions and claims in Detail; Enter on a row
opens that article at that place; ``]`` and ``[`` step through the articles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing_tui.ui.logic.dossier_rows import (
    DossierPlace,
    Row,
    actor_rows,
    article_rows,
    claim_rows,
    detail_rows,
    progress_title,
    question_rows,
    timeline_rows,
    waiting_article_rows,
)
from briefing_tui.ui.widgets.key_bar import KeyBar

if TYPE_CHECKING:  # painted before the dossier's modules are loaded
    from briefing_tui.analysis.dossier.model import Dossier, DossierActor
    from briefing_tui.engine.dossier import DossierStep
    from briefing_tui.model import Article

#: Opens a place of the dossier: the app shows that article there.
Opener = Callable[[DossierPlace], object]


class DossierScreen(Screen[None]):
    """Articles, actors across them, claims, questions and timeline, side by side."""

    DEFAULT_CSS = """
    DossierScreen { layout: vertical; }
    DossierScreen #dossier-columns { height: 1fr; }
    DossierScreen .dossier-column { width: 1fr; height: 1fr; }
    DossierScreen OptionList {
        height: 1fr;
        border: round $panel-lighten-2;
        border-title-color: $foreground;
    }
    DossierScreen OptionList:focus { border: round $accent; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right_square_bracket", "step(1)", "Next article", id="dossier.next"),
        Binding("left_square_bracket", "step(-1)", "Previous article", id="dossier.previous"),
        Binding("j", "move('down')", "Down", id="dossier.down", show=False),
        Binding("k", "move('up')", "Up", id="dossier.up", show=False),
        Binding("n", "note", "Note", id="dossier.note", tooltip="Write a note on the dossier"),
        Binding("e", "export", "Export", id="dossier.export", tooltip="Export the dossier"),
        Binding(
            "escape",
            "close",
            "Back",
            id="dossier.close",
            tooltip="Back (to the article, or the start screen)",
        ),
    ]

    def __init__(
        self,
        dossier: Dossier | None,
        opener: Opener,
        notes: Callable[[], object] | None = None,
        export: Callable[[], object] | None = None,
        articles: list[Article] | None = None,
        close: Callable[[], object] | None = None,
    ) -> None:
        """``opener`` opens a place; ``notes`` opens the editor for a new note on the
        dossier; ``export`` asks where to write the dossier as Markdown; ``close`` goes
        back to the article (by default the screen is dismissed). Without a
        ``dossier`` yet, the screen lists ``articles`` and waits for ``set_dossier``."""
        super().__init__()
        self.dossier = dossier
        self.articles = articles or ([b.article for b in dossier.briefings] if dossier else [])
        self.opener = opener
        self._notes = notes
        self._export = export
        self._back = close
        self.current_article = 0
        self.selected_actor: DossierActor | None = None
        self._rows: dict[str, list[Row]] = {}
        self._actors: list[tuple[DossierActor, str]] = []
        #: Each article's state while the dossier is analysed (waiting, parsing, ready).
        self.article_states = ["waiting"] * len(self.articles)
        #: The last step of the analysis shown ("" before any).
        self.stage = ""

    def compose(self) -> ComposeResult:
        waiting = "" if self.dossier else " (analysing…)"
        with Horizontal(id="dossier-columns"):
            with Vertical(classes="dossier-column"):
                yield self._pane("dossier-articles", "Articles")
                yield self._pane("dossier-timeline", "Timeline" + waiting)
            with Vertical(classes="dossier-column"):
                yield self._pane("dossier-actors", "Actors across articles" + waiting)
                yield self._pane("dossier-questions", "Questions" + waiting)
            with Vertical(classes="dossier-column"):
                yield self._pane("dossier-detail", "Detail")
                yield self._pane("dossier-claims", "Claims by speaker" + waiting)
        yield KeyBar(id="dossier-keys", app_keys=False)

    @staticmethod
    def _pane(list_id: str, title: str) -> OptionList:
        widget = OptionList(id=list_id)
        widget.border_title = title
        return widget

    def _fill(self, list_id: str, title: str, rows: list[Row]) -> None:
        self._rows[list_id] = rows
        widget = self.query_one(f"#{list_id}", OptionList)
        widget.clear_options()
        widget.add_options(self._options(list_id, rows))
        widget.border_title = f"{title} ({sum(r.place is not None for r in rows)})"

    @staticmethod
    def _options(list_id: str, rows: list[Row]) -> list[Option]:
        return [
            Option(
                Text(row.text, style="" if row.place else "bold"),
                id=f"{list_id}-{n}",
                disabled=row.place is None,
            )
            for n, row in enumerate(rows)
        ]

    def on_mount(self) -> None:
        self.query_one("#dossier-actors", OptionList).focus()
        states = self.article_states if self.dossier is None else None
        self._fill("dossier-articles", "Articles", waiting_article_rows(self.articles, states))
        if self.dossier is not None:
            # After the first frame: the lists of a large dossier take a moment to fill.
            self.call_after_refresh(self.set_dossier, self.dossier)

    def set_dossier(self, dossier: Dossier) -> None:
        """Fill every list from ``dossier`` (the analysis is done)."""
        self.dossier = dossier
        self._fill("dossier-articles", "Articles", article_rows(dossier))
        self._fill("dossier-timeline", "Timeline", timeline_rows(dossier))
        self._fill("dossier-questions", "Questions", question_rows(dossier))
        self._fill("dossier-claims", "Claims by speaker", claim_rows(dossier))
        self._actors = actor_rows(dossier)
        actors = self.query_one("#dossier-actors", OptionList)
        actors.clear_options()
        actors.add_options([Option(Text(text), id=actor.id) for actor, text in self._actors])
        actors.border_title = f"Actors across articles ({len(self._actors)})"
        if self._actors:
            actors.highlighted = 0
            self.show_actor(self._actors[0][0].id)

    def show_step(self, step: DossierStep) -> None:
        """Show how far the analysis is: each article's state, and the stage."""
        if self.dossier is not None or not self.is_mounted:
            return
        changed = [i for i in step.articles if 0 <= i < len(self.article_states)]
        for index in changed:
            self.article_states[index] = step.status
        self.stage = step.stage
        rows = waiting_article_rows(self.articles, self.article_states)
        self._rows["dossier-articles"] = rows
        listed = self.query_one("#dossier-articles", OptionList)
        for index in changed:  # only the rows whose state changed are drawn again
            if index < listed.option_count:
                listed.replace_option_prompt_at_index(index, Text(rows[index].text))
        listed.border_title = progress_title(step.ready, step.total, step.stage)

    def show_failure(self, message: str) -> None:
        """Say in the lists that the dossier could not be analysed."""
        for list_id in ("dossier-actors", "dossier-claims", "dossier-questions"):
            self.query_one(f"#{list_id}", OptionList).border_title = f"not analysed: {message}"

    # -- selection --------------------------------------------------------------

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "dossier-actors" and event.option.id is not None:
            self.show_actor(event.option.id)
        elif event.option_list.id == "dossier-articles":
            self.current_article = event.option_index

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        list_id = event.option_list.id or ""
        if list_id == "dossier-actors":
            detail = self.query_one("#dossier-detail", OptionList)
            detail.focus()
            self._highlight_first_of_article(detail, self.current_article)
            return
        place = self.place_of(list_id, event.option_index)
        if place is not None:
            self.opener(place)

    def place_of(self, list_id: str, index: int) -> DossierPlace | None:
        """Where row ``index`` of list ``list_id`` leads, or None."""
        rows = self._rows.get(list_id, [])
        return rows[index].place if 0 <= index < len(rows) else None

    def show_actor(self, actor_id: str) -> None:
        """Fill Detail with the actor's mentions and claims, article by article."""
        actor = next((a for a, _ in self._actors if a.id == actor_id), None)
        if actor is None or self.dossier is None:
            return
        self.selected_actor = actor
        rows = detail_rows(self.dossier, actor)
        self._rows["dossier-detail"] = rows
        detail = self.query_one("#dossier-detail", OptionList)
        detail.clear_options()
        detail.add_options(self._options("dossier-detail", rows))
        detail.border_title = f"Detail: {actor.name}"

    # -- keys -------------------------------------------------------------------

    def action_step(self, step: int) -> None:
        """Make the next (or previous) article the current one, in Articles and in Detail."""
        count = len(self.articles)
        if not count:
            return
        self.current_article = (self.current_article + step) % count
        self.query_one("#dossier-articles", OptionList).highlighted = self.current_article
        detail = self.query_one("#dossier-detail", OptionList)
        self._highlight_first_of_article(detail, self.current_article)

    def _highlight_first_of_article(self, detail: OptionList, article: int) -> None:
        for n, row in enumerate(self._rows.get("dossier-detail", [])):
            if row.place is not None and row.place.article == article:
                detail.highlighted = n
                return
        if detail.option_count:
            first = next((n for n, r in enumerate(self._rows["dossier-detail"]) if r.place), None)
            detail.highlighted = first

    def action_move(self, direction: str) -> None:
        focused = self.focused
        if isinstance(focused, OptionList):
            (focused.action_cursor_down if direction == "down" else focused.action_cursor_up)()

    def action_note(self) -> None:
        """Write a note on the dossier as a whole, in the notes' editor (several lines,
        Markdown), saved in the dossier notes file as it is typed."""
        if self._notes is not None:
            self._notes()

    def action_export(self) -> None:
        if self._export is not None:
            self._export()

    def action_close(self) -> None:
        if self._back is not None:
            self._back()
        else:
            self.dismiss(None)
