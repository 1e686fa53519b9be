"""The main screen: the article beside its actors, claims, questions and notes, kept in step.

Moving the cursor in a list previews the item: it is marked in the article and
its note shown. Enter selects it: an actor then narrows the other lists, a
claim or question is shown in the middle of the article pane. The search
marks matches and narrows the lists too. A click on a name in the article
selects that actor, on a claim's words the claim. Each selection and jump is
recorded in a jump list (``jumps``) that Ctrl+O and Ctrl+N walk back and
forward. What to mark and what to list is computed by ``highlights`` and
``selection``; this screen applies it to the panes.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual import events
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Container
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Header

from briefing_tui.model import Actor, Anchor, Article, Briefing, Claim, Question, Span
from briefing_tui.ui.logic.highlights import (
    Highlight,
    MarkCycle,
    actor_highlight,
    claim_highlight,
    mention_spans,
    question_highlight,
)
from briefing_tui.ui.logic.jumps import JumpList, Place
from briefing_tui.ui.logic.panes import PANES, pane_after, pane_bar_labels
from briefing_tui.ui.logic.relations import (
    FoldedText,
    actor_named_at,
    claim_at,
)
from briefing_tui.ui.logic.selection import copy_text, detail_actor, item_anchor, list_filters
from briefing_tui.ui.messages import (
    ActorSelected,
    ArticleClicked,
    ArticleJumped,
    ArticleShown,
    ClaimSelected,
    ItemChosen,
    QuestionSelected,
)
from briefing_tui.ui.screens.held_keys import HeldKeys
from briefing_tui.ui.screens.main_jumps import JumpsMixin
from briefing_tui.ui.screens.main_keys import MAIN_BINDINGS
from briefing_tui.ui.screens.main_notes import NotesMixin
from briefing_tui.ui.screens.main_search import SearchMixin
from briefing_tui.ui.widgets.article_view import ArticleView
from briefing_tui.ui.widgets.key_bar import KeyBar
from briefing_tui.ui.widgets.pane_bar import PaneBar

if TYPE_CHECKING:
    from collections.abc import Callable

    from briefing_tui.ui.actions import FileActions
    from briefing_tui.ui.widgets.actor_list import ActorList
    from briefing_tui.ui.widgets.claim_list import ClaimList
    from briefing_tui.ui.widgets.item_list import ItemList
    from briefing_tui.ui.widgets.notes_pane import NotesPane
    from briefing_tui.ui.widgets.question_list import QuestionList


def _lists() -> list[Widget]:
    """The three lists beside the article: actors, claims, open questions."""
    from briefing_tui.ui.widgets.actor_list import ActorList
    from briefing_tui.ui.widgets.claim_list import ClaimList
    from briefing_tui.ui.widgets.question_list import QuestionList

    return [
        ActorList(id="actors", classes="pane"),
        ClaimList(id="claims", classes="pane"),
        QuestionList(id="questions", classes="pane"),
    ]


def _notes_pane() -> Widget:
    from briefing_tui.ui.widgets.notes_pane import NotesPane

    return NotesPane(id="notes", classes="pane")


def _search_bar() -> Widget:
    from briefing_tui.ui.widgets.search_bar import SearchBar

    return SearchBar(id="search")


class MainScreen(SearchMixin, NotesMixin, JumpsMixin, Screen[None]):
    """The five panes, which one is active, the selection, the search and the n / N marks.

    The search, the notes and the jump list are in mixins of their own modules
    (``main_search``, ``main_notes``, ``main_jumps``); the keys in ``main_keys``.
    """

    #: The panes' keys (the app adds theme, help and quit).
    BINDINGS: ClassVar[list[BindingType]] = MAIN_BINDINGS

    #: Actions of keys that move the focus. Their bindings have priority: they are
    #: handled before the focused widget sees the key, so the focus has moved before
    #: the next key is routed, and what is typed right after "/" or "2" goes to the
    #: search or the list. In a text field (``takes_text``) they are letters.
    _FOCUS_KEY_ACTIONS: ClassVar[frozenset[str]] = frozenset({"show_pane", "search", "annotate"})

    def __init__(
        self,
        article: Article,
        files: FileActions,
        home: Path | None = None,
        briefing: Briefing | None = None,
    ) -> None:
        """``files`` exports and opens (e, o, r); ``home`` replaces the data folder the
        notes are kept in; ``briefing``, known already (from the cache), is in the lists
        from the first frame on."""
        super().__init__()
        self.article = article
        self.files = files
        self.home = home
        self.briefing: Briefing | None = None
        self._initial_briefing = briefing
        self.active_pane = "article"
        self.selected_actor: Actor | None = None
        self.selected_claim: Claim | None = None
        self.selected_question: Question | None = None
        self.search_query = ""
        #: The item the notes pane shows and ``a`` writes on (None: the article).
        self._selection: Anchor | None = None
        #: The cursors of the lists when a search began, put back when it is cancelled.
        self._cursors_before_search: dict[str, str] | None = None
        self._mark_cycle = MarkCycle()
        self._mark_kind = "mention"  # what n / N walk: "mention" or "match"
        self._pane_before_notes = "article"
        self.panes_mounted = False
        self._after_panes: list[Callable[[], object]] = []
        self._held_keys = HeldKeys()  # typed while ``_after_panes`` waited
        self._folded: tuple[Article, FoldedText | None] | None = None
        self._jumps = JumpList()
        #: Where the reader was before the list cursors began previewing (they move the
        #: article): the place a selection made from the lists leaves.
        self._place_before_preview: Place | None = None

    def compose(self) -> ComposeResult:
        # The first frame is the article, and the lists when a briefing is known
        # already (from the cache). The rest (the lists otherwise, the notes editor,
        # the search bar) is mounted right after it, into grid cells already laid
        # out, so nothing moves when it arrives.
        yield Header(show_clock=False, icon="≡")
        yield PaneBar(id="pane-bar")
        with Container(id="panes"):
            yield ArticleView(self.article, id="article", classes="pane")
            if self._initial_briefing is not None:
                yield from _lists()
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self.watch(self, "focused", self._focus_changed)
        self._watch_article_position(self.article_view)
        self._set_active_pane("article")
        self.article_view.focus()
        if self._initial_briefing is not None:
            self.set_status("done")
            self.show_briefing(self._initial_briefing, done=False)
        self.call_after_refresh(self._mount_panes)

    async def _mount_panes(self) -> None:
        """Mount the lists (unless shown already), the notes and the search bar."""
        if not self.is_attached:
            return
        panes = self.query_one("#panes")
        if not self.query("#actors"):
            await panes.mount_all(_lists())
        await panes.mount(_notes_pane())
        await self.mount(_search_bar(), before=self.query_one(KeyBar))
        self._panes_now_mounted()

    def _panes_now_mounted(self) -> None:
        self.panes_mounted = True
        self._open_notes()
        if self._initial_briefing is not None:
            self._initial_briefing = None
            if self.briefing is not None:
                self.notes_pane.reanchor(self.briefing)
        self._set_active_pane(self.active_pane)
        waiting, self._after_panes = self._after_panes, []
        for callback in waiting:
            callback()
        self._held_keys.release(self.app)  # to the pane the waiting keys chose
        self._article_shown()

    def on_key(self, event: events.Key) -> None:
        """Hold a key typed while an earlier one waits for the panes (it is for them)."""
        if not self.panes_mounted and self._after_panes:
            self._held_keys.hold(event)

    def when_panes_mounted(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` now if the panes are mounted, else as soon as they are."""
        if self.panes_mounted:
            callback()
        else:
            self._after_panes.append(callback)

    @property
    def lists_filled(self) -> bool:
        """Whether every list shows all of its items (they are added a batch per turn)."""
        return self.panes_mounted and all(item_list.filled for item_list in self.lists)

    def _article_shown(self) -> None:
        # Paint the article first; the analysis (and spaCy) start after the first refresh.
        self.call_after_refresh(self.post_message, ArticleShown())

    # -- the keys ----------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action not in self._FOCUS_KEY_ACTIONS or not getattr(
            self.focused, "takes_text", False
        )

    # A key pressed during the first frames waits for the panes (``when_panes_mounted``)
    # instead of being lost.

    def action_show_pane(self, pane: str) -> None:
        """Show (in narrow terminals) and focus a pane."""
        self.when_panes_mounted(lambda: self.show_pane(pane))

    def action_next_pane(self) -> None:
        """Move to the next pane."""
        self.when_panes_mounted(lambda: self.step_pane(1))

    def action_previous_pane(self) -> None:
        """Move to the previous pane."""
        self.when_panes_mounted(lambda: self.step_pane(-1))

    def action_toggle_zoom(self) -> None:
        """Maximise the focused pane, or show every pane again."""
        panes = self.query_one("#panes")
        panes.set_class(not panes.has_class("-zoomed"), "-zoomed")

    @property
    def zoomed(self) -> bool:
        """Whether the active pane is maximised (z)."""
        return self.query_one("#panes").has_class("-zoomed")

    def action_clear_filter(self) -> None:
        """Clear the selection (and the note target with it), the search and the marks;
        with none of them, go back to the start screen (an article opened from it)."""
        if (
            self.panes_mounted
            and not self.has_filter
            and self.app.check_action("back_to_start", ())
        ):
            self.app.action_back_to_start()
            return
        self.when_panes_mounted(self.clear_filter)

    @property
    def has_filter(self) -> bool:
        """Whether Escape has something to clear: a selection, a search, marks."""
        search = self.query("#search")
        return bool(
            self.selected_actor
            or self.selected_claim
            or self.selected_question
            or self.search_query
            or self._mark_cycle.spans
            or (search and search.first().has_class("-visible"))
        )

    def action_next_mark(self) -> None:
        """Go to the next mention of the selected actor (or the next search match)."""
        self.when_panes_mounted(lambda: self.step_mark(1))

    def action_previous_mark(self) -> None:
        """Go to the previous mention (or search match)."""
        self.when_panes_mounted(lambda: self.step_mark(-1))

    def action_search(self) -> None:
        """Open the search bar."""
        self.when_panes_mounted(self.open_search)

    def action_annotate(self) -> None:
        """Write a note on the item the notes pane names (or on the article)."""
        self.when_panes_mounted(self.annotate)

    def action_notes_overview(self) -> None:
        """List every note of the article and go to what the chosen one is on."""
        self.when_panes_mounted(self.show_notes_overview)

    def action_actor_detail(self) -> None:
        """Show everything about the selected actor."""
        self.when_panes_mounted(self.show_actor_detail)

    def action_paragraph_items(self) -> None:
        """List the actors and claims of the paragraph at the top of the article pane."""
        self.when_panes_mounted(self.show_paragraph_items)

    def action_copy(self) -> None:
        """Copy the selected claim with its source (or the selected text) to the clipboard."""
        self.when_panes_mounted(self.copy_selection)

    def action_jump_back(self) -> None:
        """Go back to where the last selection or jump left (vim's Ctrl+O)."""
        self.when_panes_mounted(lambda: self.jump_back())

    def action_jump_forward(self) -> None:
        """Go forward again, after Ctrl+O (vim's Ctrl+I)."""
        self.when_panes_mounted(lambda: self.jump_forward())

    def action_export(self) -> None:
        """Export the briefing with the notes to a Markdown file the reader names."""
        self.files.export()

    def action_open_file(self) -> None:
        """Open another article (a path or URL)."""
        self.files.open()

    def action_recent_files(self) -> None:
        """Choose a recently opened article to reopen."""
        self.files.choose_recent()

    # -- the panes ---------------------------------------------------------

    @property
    def article_view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def actor_list(self) -> ActorList:
        return cast("ActorList", self.query_one("#actors"))

    @property
    def claim_list(self) -> ClaimList:
        return cast("ClaimList", self.query_one("#claims"))

    @property
    def question_list(self) -> QuestionList:
        return cast("QuestionList", self.query_one("#questions"))

    @property
    def notes_pane(self) -> NotesPane:
        return cast("NotesPane", self.query_one("#notes"))

    @property
    def lists(self) -> tuple[ItemList, ...]:
        return (self.actor_list, self.claim_list, self.question_list)

    def _panes_ready(self) -> bool:
        """Whether the panes exist (not while starting up or shutting down)."""
        return self.app.is_running and self.panes_mounted and bool(self.query(ArticleView))

    def _focus_target(self, pane: str) -> Widget:
        if pane == "notes":
            return self.notes_pane.editor
        return self.query_one(f"#{pane}")

    def _focus_changed(self, focused: Widget | None) -> None:
        if focused is None:
            return
        for pane in PANES:
            found = self.query(f"#{pane}")
            if not found:
                continue  # not mounted yet
            widget = found.first()
            if focused is widget or widget in focused.ancestors:
                if pane != self.active_pane:
                    self._set_active_pane(pane)
                return

    def _set_active_pane(self, pane: str) -> None:
        if pane == "notes" and self.active_pane != "notes":
            self._pane_before_notes = self.active_pane
        if pane == "article":
            self._place_before_preview = None  # back to reading: where it is now counts
        self.active_pane = pane
        self.app.set_class(pane != "article", "-side-active")
        for name in PANES:
            for widget in self.query(f"#{name}"):  # none before the panes are mounted
                widget.set_class(name == pane, "-active")
        self.update_pane_bar()

    def update_pane_bar(self) -> None:
        """Show the pane names, with the lists' counts, in the pane bar."""
        counts = {}
        if self.query("#actors"):  # the lists' ids are their panes' names
            counts = {str(item_list.id): len(item_list.visible_items) for item_list in self.lists}
        for pane_bar in self.query(PaneBar):  # none before the screen is composed
            pane_bar.set_panes(pane_bar_labels(counts), self.active_pane)

    def show_pane(self, pane: str) -> None:
        """Show (in narrow terminals) and focus a pane."""
        if pane not in PANES:
            return
        self._set_active_pane(pane)
        # At once, not after the keys already waiting (as Widget.focus would): a key
        # typed right after this one goes to the pane it chose.
        self.set_focus(self._focus_target(pane))

    def step_pane(self, step: int) -> None:
        """Move ``step`` panes on in Tab order (back when negative), past the notes:
        only ``a`` or ``5`` start editing a note."""
        pane = pane_after(self.active_pane, step)
        if pane == "notes":
            pane = pane_after(pane, 1 if step > 0 else -1)
        self.show_pane(pane)

    def on_pane_bar_pane_chosen(self, event: PaneBar.PaneChosen) -> None:
        self.show_pane(event.pane)

    # -- the article and its analysis --------------------------------------

    async def show_article(self, article: Article) -> None:
        """Show another article: a new article pane, empty lists, its notes."""
        self.article = article
        self.briefing = None
        self.selected_actor = self.selected_claim = self.selected_question = None
        self.search_query = ""
        self._mark_cycle = MarkCycle()
        self._jumps = JumpList()
        self._place_before_preview = None
        old_view = self.article_view
        new_view = ArticleView(article, id="article", classes="pane")
        await old_view.remove()
        await self.query_one("#panes").mount(new_view, before=0)
        self._watch_article_position(new_view)
        for item_list in self.lists:
            item_list.set_filter(None)
            item_list.set_items([])
        self.claim_list.briefing = None
        self._open_notes()
        self._set_active_pane("article")
        new_view.focus()
        self._article_shown()

    def set_status(self, status: str) -> None:
        """Say in the lists what the analysis is doing ("done" once it is)."""
        for item_list in self.lists:
            item_list.set_status(status)

    def show_briefing(self, briefing: Briefing, done: bool) -> None:
        """Fill the lists with what the analysis found so far."""
        previous = self.briefing
        self.briefing = briefing
        self.claim_list.briefing = briefing
        if previous is None or previous.actors is not briefing.actors:
            self.actor_list.set_items(briefing.actors)
        if previous is None or previous.claims is not briefing.claims:
            self.claim_list.set_items(briefing.claims)
        if (
            previous is None
            or previous.questions is not briefing.questions
            or previous.held_back_questions is not briefing.held_back_questions
        ):
            self.question_list.set_questions(briefing.questions, briefing.held_back_questions)
        self._apply_filters()
        if done:
            self.notes_pane.reanchor(briefing)

    # -- preview and selection ---------------------------------------------

    def _highlight(self, highlight: Highlight, centre: bool = False) -> None:
        view = self.article_view
        view.show_marks(highlight.marks, clear=highlight.clear)
        if highlight.scroll_to is not None:
            self._scroll_article_to(highlight.scroll_to, centre)

    def _scroll_article_to(self, offset: int, centre: bool = False) -> None:
        """Bring ``offset`` into view: a third of the way down, or (a jump) in the middle."""
        if centre:
            # A jump usually shows the article pane first (narrow terminals give it the
            # whole height then): measure the middle once that layout is in place.
            self.call_after_refresh(self.article_view.scroll_to_offset, offset, True)
        else:
            self.article_view.scroll_to_offset(offset)

    # The cursor moving in a list previews: it marks the item in the article and
    # shows its note, and narrows nothing (re-filtering thousands of claims at each
    # step would make the cursor lag). Enter (ItemChosen) selects.

    def on_actor_selected(self, message: ActorSelected) -> None:
        if self._panes_ready():
            self._keep_place_before_preview()
            self._preview_actor(message.actor)

    def on_claim_selected(self, message: ClaimSelected) -> None:
        if self._panes_ready():
            self._keep_place_before_preview()
            self._preview_claim(message.claim)

    def on_question_selected(self, message: QuestionSelected) -> None:
        if self._panes_ready():
            self._keep_place_before_preview()
            self._preview_question(message.question)

    def _preview_actor(self, actor: Actor) -> None:
        self._highlight(actor_highlight(actor))
        if not self.search_query:
            self._walk(mention_spans(actor))
        self._select_anchor(item_anchor(self.article, actor))

    def _preview_claim(self, claim: Claim, centre: bool = False) -> None:
        self.selected_claim = claim
        self._highlight(claim_highlight(claim), centre=centre)
        self._select_anchor(item_anchor(self.article, claim))

    def _preview_question(self, question: Question, centre: bool = False) -> None:
        self.selected_question = question
        self._highlight(question_highlight(question), centre=centre)
        self._select_anchor(item_anchor(self.article, question))

    def on_item_chosen(self, message: ItemChosen) -> None:
        if not self._panes_ready():
            return
        self.record_jump()
        item = message.item
        if isinstance(item, Actor):
            self.select_actor(item)
        elif isinstance(item, Claim):
            self.go_to_claim(item)
        elif isinstance(item, Question):
            self.go_to_question(item)

    def select_actor(self, actor: Actor) -> None:
        """Select ``actor``: mark its mentions and narrow Claims and Questions to it."""
        self.selected_actor = actor
        self._preview_actor(actor)
        self._apply_filters()

    def go_to_claim(self, claim: Claim) -> None:
        """Show ``claim`` in the middle of the article pane, marked, and focus the article."""
        self.show_pane("article")
        self._preview_claim(claim, centre=True)

    def go_to_question(self, question: Question) -> None:
        """Show ``question``'s evidence in the middle of the article pane and focus it."""
        self.show_pane("article")
        self._preview_question(question, centre=True)

    def _select_anchor(self, anchor: Anchor | None) -> None:
        self._selection = anchor
        self._show_current_note()

    def _apply_filters(self) -> None:
        if self.briefing is None:
            return
        filters = list_filters(self.briefing, self.selected_actor, self.search_query)
        self.actor_list.set_filter(filters.actors, filters.actors_label)
        self.claim_list.set_filter(filters.claims, filters.label)
        self.question_list.set_filter(filters.questions, filters.label)
        self.update_pane_bar()

    def clear_filter(self) -> None:
        """Clear the selection (and the note target with it), the search and the marks."""
        self.selected_actor = self.selected_claim = self.selected_question = None
        self.search_query = ""
        self._cursors_before_search = None
        search = self.query_one("#search")
        search.value = ""
        search.remove_class("-visible")
        self.article_view.clear_marks()
        self._mark_cycle = MarkCycle()
        self.update_article_status()
        self._apply_filters()
        self._select_anchor(None)

    def on_article_jumped(self, message: ArticleJumped) -> None:
        if self._panes_ready():
            self.record_jump(replace(self.current_place(), offset=message.left))

    def on_article_clicked(self, message: ArticleClicked) -> None:
        """Select the actor named, or else the claim said, where the article was clicked."""
        if not self._panes_ready() or self.briefing is None:
            return
        offset = message.offset
        actor = actor_named_at(self.briefing, offset)
        claim = claim_at(self.briefing, offset) if actor is None else None
        if actor is None and claim is None:
            return
        self.record_jump()
        here = self.article_view.reading_offset()
        if actor is not None:
            self.actor_list.select_item_id(actor.id)
            self.select_actor(actor)
            if not self.search_query:  # n / N go on from the mention clicked
                cycle = self._mark_cycle
                clicked = next(
                    (n for n, s in enumerate(cycle.spans) if s.start <= offset < s.end), 0
                )
                span = cycle.go(clicked)
                self.article_view.set_marks("current", [span] if span else [])
                self.update_article_status()
        elif claim is not None:
            self.claim_list.select_item_id(claim.id)
            self._preview_claim(claim)
        # What was clicked is on screen: the text stays where it is.
        self.article_view.scroll_to_offset(here, top=True)

    # -- n / N -------------------------------------------------------------

    def _walk(
        self, spans: list[Span], cycle: MarkCycle | None = None, kind: str = "mention"
    ) -> None:
        """Let n / N walk ``spans`` (or ``cycle``, made of them already), from the first;
        ``kind`` ("mention" or "match") names them in the counter."""
        self._mark_cycle = cycle if cycle is not None else MarkCycle(spans)
        self._mark_kind = kind
        self.article_view.clear_marks("current")
        self._go_to_mark(self._mark_cycle.go(0))
        self.update_article_status()

    def _go_to_mark(self, span: Span | None, centre: bool = False) -> None:
        if span is not None:
            self.article_view.set_marks("current", [span])
            self._scroll_article_to(span.start, centre)

    @property
    def current_target(self) -> Span | None:
        """The mention or match that n / N last moved to."""
        return self._mark_cycle.current

    def step_mark(self, delta: int) -> None:
        """Go ``delta`` mentions of the selected actor (or search matches) on; say so when
        the walk wraps around the end of the article."""
        cycle = self._mark_cycle
        if not cycle.spans:
            if self.search_query:
                self.notify(f"No matches for “{self.search_query}”", severity="warning")
            else:
                self.notify("Select an actor or search (/) first", severity="warning")
            return
        self.record_jump()
        before = cycle.index
        span = cycle.step(delta)
        if (delta > 0 and cycle.index <= before) or (delta < 0 and cycle.index >= before):
            where = "first" if delta > 0 else "last"
            self.notify(
                f"Wrapped around to the {where} {self._mark_kind}", title="n / N", timeout=2
            )
        self._go_to_mark(span)
        self.update_article_status()

    def update_article_status(self) -> None:
        """Say in the article's border where n / N are ("match 3/17") and how far down the
        pane is read (a percentage)."""
        if not self.query(ArticleView):
            return  # shutting down
        view = self.article_view
        parts = []
        cycle = self._mark_cycle
        if cycle.spans and cycle.current is not None:
            parts.append(f"{self._mark_kind} {cycle.index + 1}/{len(cycle.spans)}")
        elif self.search_query and self._mark_kind == "match":
            parts.append("no matches")
        if view.max_scroll_y <= 0:
            parts.append("all")
        else:
            parts.append(f"{round(100 * view.scroll_y / view.max_scroll_y)}%")
        view.border_subtitle = " · ".join(parts)

    def _watch_article_position(self, view: ArticleView) -> None:
        for attribute in ("scroll_y", "virtual_size"):
            self.watch(view, attribute, lambda _value: self.update_article_status(), init=False)

    # -- detail views ------------------------------------------------------

    def show_actor_detail(self) -> None:
        """Show everything about the selected actor."""
        from briefing_tui.ui.screens.actor_detail import ActorDetailScreen

        highlighted = self.actor_list.selected_item
        actor = detail_actor(
            self.briefing,
            focused=highlighted if self.focused is self.actor_list else None,
            selected=self.selected_actor,
            claim=self.selected_claim,
            highlighted=highlighted,
        )
        if actor is None or self.briefing is None:
            self.notify("Select an actor first (2 for the Actors pane)", severity="warning")
            return
        self.app.push_screen(ActorDetailScreen(self.briefing, actor), self._jump_to_item)

    def show_paragraph_items(self) -> None:
        """List the actors and claims of the paragraph at the top of the article pane."""
        from briefing_tui.ui.screens.paragraph import ParagraphScreen

        paragraph = self.article_view.paragraph_in_view()
        if paragraph is None or self.briefing is None:
            self.notify("The analysis has not finished yet", severity="warning")
            return
        span = paragraph.span
        self.app.push_screen(
            ParagraphScreen(self.briefing, span), lambda choice: self._jump_to_item(choice, span)
        )

    def _jump_to_item(self, choice: tuple[str, str] | None, paragraph: Span | None = None) -> None:
        """Show the item chosen in a dialog in the middle of the article pane: a claim or
        question marked, an actor selected at its first mention in ``paragraph``."""
        if choice is None or self.briefing is None:
            return
        self.record_jump()
        kind, item_id = choice
        briefing = self.briefing
        if kind == "actor" and (actor := briefing.actor(item_id)) is not None:
            self.actor_list.select_item_id(item_id)
            self.show_pane("article")
            self.select_actor(actor)
            cycle = self._mark_cycle
            start = paragraph.start if paragraph is not None else 0
            first = next((n for n, s in enumerate(cycle.spans) if s.start >= start), 0)
            self._go_to_mark(cycle.go(first), centre=True)
        elif kind == "claim":
            claim = next((c for c in briefing.claims if c.id == item_id), None)
            if claim is not None:
                self.claim_list.select_item_id(item_id)
                self.go_to_claim(claim)
        elif kind == "question":
            question = briefing.question(item_id)
            if question is not None:
                self.question_list.select_item_id(item_id)
                self.go_to_question(question)

    # -- copy --------------------------------------------------------------

    def copy_text_for_selection(self) -> str | None:
        """What ``y`` copies: selected text, else the selected claim with its source, or item."""
        selected = self.get_selected_text()
        if selected:
            return selected
        return copy_text(
            self.article,
            self.briefing,
            self._selection,
            claim=self.selected_claim,
            question=self.selected_question,
        )

    def copy_selection(self) -> None:
        """Copy the selected claim with its source (or the selected text) to the clipboard."""
        text = self.copy_text_for_selection()
        if not text:
            self.notify("Nothing selected to copy", severity="warning")
            return
        self.app.copy_to_clipboard(text)
        self.notify("Copied to the clipboard")
