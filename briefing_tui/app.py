"""The Textual app: composes the panes, declares the key bindings and runs the analysis worker.

The article is painted first; the analysis (which imports spaCy) runs in a
thread worker after the first refresh and fills the list panes as results
arrive. Widgets live in ``briefing_tui.widgets``, modal screens in
``briefing_tui.screens``, styling in ``app.tcss``.
"""

from __future__ import annotations

import os
import queue
import sys
import threading
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header, OptionList
from textual.worker import Worker, get_current_worker

from briefing_tui.errors import BriefingError
from briefing_tui.messages import (
    ActorSelected,
    Anchor,
    ClaimSelected,
    NoteEditingDone,
    QuestionSelected,
    SearchChanged,
    SearchClosed,
)
from briefing_tui.model import Actor, Article, Briefing, Claim, Question, Span
from briefing_tui.widgets import (
    ActorList,
    ArticleView,
    ClaimList,
    ItemList,
    NotesPane,
    PaneBar,
    QuestionList,
    SearchBar,
)

if TYPE_CHECKING:
    from briefing_tui.notes import NotesStore
from briefing_tui.widgets.relations import (
    actor_matches,
    claim_involves,
    claim_matches,
    claim_source_name,
    find_matches,
    question_involves,
    question_matches,
)

#: The panes in Tab order; 1-5 choose them directly.
PANES: tuple[str, ...] = ("article", "actors", "claims", "questions", "notes")
PANE_LABELS: dict[str, str] = {
    "article": "Article",
    "actors": "Actors",
    "claims": "Claims",
    "questions": "Questions",
    "notes": "Notes",
}
#: Below this width (or height) the article is shown above one other pane, with a pane bar.
NARROW_WIDTH, NARROW_HEIGHT = 120, 30
EXIT_INTERRUPTED = 130
_DONE = object()


class BriefingApp(App[int]):
    """An article beside its actors, claims, open questions and the reader's notes."""

    CSS_PATH = "app.tcss"
    TITLE = "Briefing"
    ENABLE_COMMAND_PALETTE = True

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "next_pane", "Next pane", id="pane.next", show=False, priority=True),
        Binding(
            "shift+tab",
            "previous_pane",
            "Previous pane",
            id="pane.previous",
            show=False,
            priority=True,
        ),
        Binding("1", "show_pane('article')", "Article pane", id="pane.article", show=False),
        Binding("2", "show_pane('actors')", "Actors pane", id="pane.actors", show=False),
        Binding("3", "show_pane('claims')", "Claims pane", id="pane.claims", show=False),
        Binding("4", "show_pane('questions')", "Questions pane", id="pane.questions", show=False),
        Binding("5", "show_pane('notes')", "Notes pane", id="pane.notes", show=False),
        Binding("escape", "clear_filter", "Clear filter", id="filter.clear", show=False),
        Binding("n", "next_mark", "Next", id="mark.next", tooltip="Next mention or match"),
        Binding(
            "N",
            "previous_mark",
            "Previous",
            id="mark.previous",
            show=False,
            tooltip="Previous mention or match",
        ),
        Binding("slash", "search", "Search", id="search.open"),
        Binding(
            "a",
            "annotate",
            "Note",
            id="note.write",
            tooltip="Write a note on the selected item (or the article)",
        ),
        Binding("d", "actor_detail", "Actor", id="actor.detail", tooltip="Actor detail view"),
        Binding(
            "p",
            "paragraph_items",
            "Paragraph",
            id="article.paragraph",
            tooltip="Claims and actors of the paragraph in view",
        ),
        Binding(
            "y",
            "copy",
            "Copy",
            id="copy",
            tooltip="Copy the selected claim with its source, or the selected text",
        ),
        Binding(
            "e",
            "export",
            "Export",
            id="export",
            tooltip="Export the briefing and notes to a Markdown file",
        ),
        Binding("o", "open_file", "Open", id="file.open", tooltip="Open another article"),
        Binding(
            "r",
            "recent_files",
            "Recent",
            id="file.recent",
            show=False,
            tooltip="Reopen a recently opened article",
        ),
        Binding("t", "toggle_theme", "Light/dark", id="theme.toggle", show=False),
        Binding("question_mark", "help", "Keys", id="help", tooltip="Show every key"),
        Binding("q", "quit", "Quit", id="quit", tooltip="Save the notes and quit"),
        Binding(
            "ctrl+c",
            "interrupt",
            "Quit",
            id="quit.interrupt",
            show=False,
            priority=True,
            tooltip="Quit at once (exit code 130 while the analysis is running)",
        ),
    ]

    #: Actions that only make sense on the main screen (not under a modal).
    _MAIN_SCREEN_ACTIONS: ClassVar[frozenset[str]] = frozenset(
        {
            "next_pane",
            "previous_pane",
            "show_pane",
            "clear_filter",
            "next_mark",
            "previous_mark",
            "search",
            "annotate",
            "actor_detail",
            "paragraph_items",
            "copy",
            "export",
            "open_file",
            "recent_files",
        }
    )

    def __init__(
        self,
        article: Article,
        model_name: str | None = None,
        use_cache: bool = True,
        *,
        briefing: Briefing | None = None,
        home: Path | None = None,
    ) -> None:
        """``briefing`` skips the analysis (tests inject one); ``home`` replaces the data folder."""
        super().__init__()
        self.article = article
        self.model_name = model_name
        self.use_cache = use_cache
        self.briefing: Briefing | None = None
        self.analysis_error: str | None = None
        self.analysis_running = False
        self._injected_briefing = briefing
        self._home = home
        self._token = 0
        self._analysis_thread: threading.Thread | None = None
        self.active_pane = "article"
        self.selected_actor: Actor | None = None
        self.selected_claim: Claim | None = None
        self.selected_question: Question | None = None
        self.search_query = ""
        self._selection: Anchor | None = None
        self._targets: list[Span] = []
        self._target_index = -1
        self._pane_before_notes = "article"
        self._quit_despite_unsaved = False
        self._recent = None
        _start_process_helpers()

    # -- composition -------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="≡")
        yield PaneBar(id="pane-bar")
        with Container(id="panes"):
            yield ArticleView(self.article, id="article", classes="pane")
            yield ActorList(id="actors", classes="pane")
            yield ClaimList(id="claims", classes="pane")
            yield QuestionList(id="questions", classes="pane")
            yield NotesPane(id="notes", classes="pane")
        yield SearchBar(id="search")
        yield Footer()

    @property
    def article_view(self) -> ArticleView:
        return self._main().query_one(ArticleView)

    @property
    def actor_list(self) -> ActorList:
        return self._main().query_one(ActorList)

    @property
    def claim_list(self) -> ClaimList:
        return self._main().query_one(ClaimList)

    @property
    def question_list(self) -> QuestionList:
        return self._main().query_one(QuestionList)

    @property
    def notes_pane(self) -> NotesPane:
        return self._main().query_one(NotesPane)

    @property
    def lists(self) -> tuple[ItemList, ...]:
        return (self.actor_list, self.claim_list, self.question_list)

    def on_mount(self) -> None:
        self._main_screen = self.screen
        self.watch(self.screen, "focused", self._focus_changed)
        self._apply_layout(self.size.width, self.size.height)
        self._show_article_header()
        self._open_notes()
        self._remember_recent(self.article)
        self._set_active_pane("article")
        self.article_view.focus()
        # Paint the article first; the analysis (and spaCy) start after the first refresh.
        self.call_after_refresh(self._begin_analysis)

    def _show_article_header(self) -> None:
        article = self.article
        self.title = article.title or (Path(article.source).name if article.source else "Briefing")
        self.sub_title = article.source if article.title else ""

    # -- layout ------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._apply_layout(event.size.width, event.size.height)

    def _apply_layout(self, width: int, height: int) -> None:
        self.set_class(width < NARROW_WIDTH or height < NARROW_HEIGHT, "-narrow")
        if self._main().query(PaneBar):
            self._update_pane_bar()

    def _main(self) -> Screen:
        return getattr(self, "_main_screen", None) or self.screen

    @property
    def narrow(self) -> bool:
        """Whether one pane is shown at a time."""
        return self.has_class("-narrow")

    def _pane_widget(self, pane: str) -> Widget:
        return self._main().query_one(f"#{pane}")

    def _focus_target(self, pane: str) -> Widget:
        if pane == "notes":
            return self.notes_pane.editor
        return self._pane_widget(pane)

    def _focus_changed(self, focused: Widget | None) -> None:
        if focused is None:
            return
        for pane in PANES:
            widget = self._pane_widget(pane)
            if focused is widget or widget in focused.ancestors:
                if pane != self.active_pane:
                    self._set_active_pane(pane)
                return

    def _set_active_pane(self, pane: str) -> None:
        if pane == "notes" and self.active_pane != "notes":
            self._pane_before_notes = self.active_pane
        self.active_pane = pane
        self.set_class(pane != "article", "-side-active")
        for name in PANES:
            self._pane_widget(name).set_class(name == pane, "-active")
        self._update_pane_bar()

    def _update_pane_bar(self) -> None:
        labels = []
        for pane in PANES:
            label = PANE_LABELS[pane]
            widget = self._main().query(f"#{pane}")
            if widget and isinstance(widget.first(), ItemList):
                label = f"{label} {len(widget.first().visible_items)}"
            labels.append((pane, label))
        self._main().query_one(PaneBar).set_panes(labels, self.active_pane)

    def action_show_pane(self, pane: str) -> None:
        """Show (in narrow terminals) and focus a pane."""
        if pane not in PANES:
            return
        self._set_active_pane(pane)
        self._focus_target(pane).focus()

    def action_next_pane(self) -> None:
        """Move to the next pane."""
        index = PANES.index(self.active_pane)
        self.action_show_pane(PANES[(index + 1) % len(PANES)])

    def action_previous_pane(self) -> None:
        """Move to the previous pane."""
        index = PANES.index(self.active_pane)
        self.action_show_pane(PANES[(index - 1) % len(PANES)])

    def on_pane_bar_pane_chosen(self, event: PaneBar.PaneChosen) -> None:
        self.action_show_pane(event.pane)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Under a modal screen (help, prompts) the main screen's keys are off.
        return action not in self._MAIN_SCREEN_ACTIONS or self.screen is self._main()

    # -- analysis ----------------------------------------------------------

    def _begin_analysis(self) -> None:
        self._token += 1
        if self._injected_briefing is not None:
            briefing, self._injected_briefing = self._injected_briefing, None
            for item_list in self.lists:
                item_list.set_status("done")
            self._apply_briefing(briefing, done=True)
            return
        for item_list in self.lists:
            item_list.set_status("starting the analysis")
        self.analysis_running = True
        self.analysis_error = None
        self._run_analysis(self.article, self._token)

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def _run_analysis(self, article: Article, token: int) -> None:
        """Stream the analysis into the UI.

        The analysis runs in a daemon thread of its own and this worker relays
        its progress, so quitting never waits for spaCy to finish loading.
        """
        worker = get_current_worker()
        progress_queue: queue.Queue[object] = queue.Queue()
        model_name, use_cache = self.model_name, self.use_cache

        def produce() -> None:
            from briefing_tui.pipeline import analyze_stream

            try:
                for progress in analyze_stream(article, model_name=model_name, use_cache=use_cache):
                    progress_queue.put(progress)
            except BaseException as exc:  # shown in the app, never a crash
                progress_queue.put(exc)
            progress_queue.put(_DONE)

        thread = threading.Thread(target=produce, name="briefing-analysis", daemon=True)
        self._analysis_thread = thread
        thread.start()
        while not worker.is_cancelled:
            try:
                item = progress_queue.get(timeout=0.1)
            except queue.Empty:
                continue
            if item is _DONE:
                return
            try:
                if isinstance(item, BaseException):
                    self.call_from_thread(self._analysis_failed, token, item)
                else:
                    self.call_from_thread(self._analysis_progress, token, item)
            except RuntimeError:  # the app is shutting down
                return

    def _analysis_progress(self, token: int, progress) -> None:
        if token != self._token:
            return
        if not progress.done:
            for item_list in self.lists:
                item_list.set_status(progress.stage)
        if progress.briefing is not None:
            self._apply_briefing(progress.briefing, done=progress.done)
        if progress.done:
            self.analysis_running = False
            for item_list in self.lists:
                item_list.set_status("done")

    def _analysis_failed(self, token: int, error: BaseException) -> None:
        if token != self._token:
            return
        self.analysis_running = False
        if isinstance(error, BriefingError):
            message = str(error)
        else:
            message = f"internal error ({type(error).__name__}: {str(error)[:200]})"
        self.analysis_error = message
        for item_list in self.lists:
            item_list.set_status(f"analysis failed: {message}")
        self.notify(message, title="Analysis failed", severity="error", timeout=15)

    def _apply_briefing(self, briefing: Briefing, done: bool) -> None:
        previous = self.briefing
        self.briefing = briefing
        self.claim_list.briefing = briefing
        if previous is None or previous.actors is not briefing.actors:
            self.actor_list.set_items(briefing.actors)
        if previous is None or previous.claims is not briefing.claims:
            self.claim_list.set_items(briefing.claims)
        if previous is None or previous.questions is not briefing.questions:
            self.question_list.set_items(briefing.questions)
        self._apply_filters()
        if done:
            self.notes_pane.reanchor(briefing)

    # -- selection ---------------------------------------------------------

    def _text(self, span: Span) -> str:
        return self.article.text[span.start : span.end]

    def _panes_ready(self) -> bool:
        """Whether the main screen's panes exist (not while starting up or shutting down)."""
        return self.is_running and bool(self._main().query(ArticleView))

    def on_actor_selected(self, message: ActorSelected) -> None:
        if not self._panes_ready():
            return
        actor = message.actor
        self.selected_actor = actor
        view = self.article_view
        mentions = [Span(m.start, m.end) for m in actor.mentions]
        view.clear_marks("claim-content", "claim-source", "evidence")
        view.set_marks("mention", mentions)
        self._apply_filters()
        if not self.search_query:
            self._set_targets(mentions)
        self._select_anchor(Anchor("actor", actor.id, actor.name))

    def on_claim_selected(self, message: ClaimSelected) -> None:
        if not self._panes_ready():
            return
        claim = message.claim
        self.selected_claim = claim
        view = self.article_view
        view.clear_marks("evidence")
        view.set_marks("claim-content", [claim.content])
        view.set_marks("claim-source", [claim.source_span] if claim.source_span else [])
        start = claim.content.start
        if claim.source_span is not None:
            start = min(start, claim.source_span.start)
        view.scroll_to_offset(start)
        self._select_anchor(Anchor("claim", claim.id, self._text(claim.content)))

    def on_question_selected(self, message: QuestionSelected) -> None:
        if not self._panes_ready():
            return
        question = message.question
        self.selected_question = question
        view = self.article_view
        view.clear_marks("claim-content", "claim-source")
        view.set_marks("evidence", question.evidence)
        if question.evidence:
            view.scroll_to_offset(min(s.start for s in question.evidence))
        self._select_anchor(Anchor("question", question.id, question.question))

    def _select_anchor(self, anchor: Anchor) -> None:
        self._selection = anchor
        self._show_current_note()

    def _apply_filters(self) -> None:
        actor, query, briefing = self.selected_actor, self.search_query, self.briefing
        if briefing is None:
            return
        about = f"involving {actor.name}" if actor else ""
        matching = f"matching “{query}”" if query else ""
        label = " · ".join(part for part in (about, matching) if part)

        def claim_ok(claim: Claim) -> bool:
            if actor is not None and not claim_involves(claim, actor):
                return False
            return not query or claim_matches(briefing, claim, query)

        def question_ok(question: Question) -> bool:
            if actor is not None and not question_involves(question, actor):
                return False
            return not query or question_matches(briefing, question, query)

        def actor_ok(candidate: Actor) -> bool:
            return actor_matches(candidate, query)

        self.actor_list.set_filter(actor_ok if query else None, matching)
        self.claim_list.set_filter(claim_ok if label else None, label)
        self.question_list.set_filter(question_ok if label else None, label)
        self._update_pane_bar()

    def action_clear_filter(self) -> None:
        """Clear the actor filter, the search and the marks."""
        self.selected_actor = None
        self.search_query = ""
        search = self.query_one(SearchBar)
        search.value = ""
        search.remove_class("-visible")
        self.article_view.clear_marks()
        self._targets, self._target_index = [], -1
        self._apply_filters()

    # -- n / N -------------------------------------------------------------

    def _set_targets(self, spans: list[Span]) -> None:
        self._targets = sorted(spans, key=lambda s: (s.start, s.end))
        self._target_index = -1
        self.article_view.clear_marks("current")
        if self._targets:
            self._go_to_target(0)

    def _go_to_target(self, index: int) -> None:
        self._target_index = index % len(self._targets)
        target = self._targets[self._target_index]
        self.article_view.set_marks("current", [target])
        self.article_view.scroll_to_offset(target.start)

    @property
    def current_target(self) -> Span | None:
        """The mention or match that n / N last moved to."""
        if 0 <= self._target_index < len(self._targets):
            return self._targets[self._target_index]
        return None

    def action_next_mark(self) -> None:
        """Go to the next mention of the selected actor (or the next search match)."""
        if not self._targets:
            self.notify("Select an actor or search (/) first", severity="warning")
            return
        self._go_to_target(self._target_index + 1)

    def action_previous_mark(self) -> None:
        """Go to the previous mention (or search match)."""
        if not self._targets:
            self.notify("Select an actor or search (/) first", severity="warning")
            return
        self._go_to_target(self._target_index - 1)

    # -- search ------------------------------------------------------------

    def action_search(self) -> None:
        """Open the search bar."""
        search = self.query_one(SearchBar)
        search.add_class("-visible")
        search.focus()

    def on_search_changed(self, message: SearchChanged) -> None:
        self.search_query = message.query
        matches = find_matches(self.article.text, message.query)
        self.article_view.set_marks("match", matches)
        if message.query:
            self._set_targets(matches)
        elif self.selected_actor is not None:
            self._set_targets([Span(m.start, m.end) for m in self.selected_actor.mentions])
        else:
            self._set_targets([])
        self._apply_filters()

    def on_search_closed(self, message: SearchClosed) -> None:
        search = self.query_one(SearchBar)
        search.remove_class("-visible")
        if not message.keep:
            self.post_message(SearchChanged(""))
        self.action_show_pane(self.active_pane if self.active_pane != "notes" else "article")

    # -- detail views ------------------------------------------------------

    def _current_actor(self) -> Actor | None:
        if self.briefing is None:
            return None
        if self.focused is self.actor_list and self.actor_list.selected_item is not None:
            return self.actor_list.selected_item
        if self.selected_actor is not None:
            return self.selected_actor
        claim = self.selected_claim
        if claim is not None and self.briefing.actor(claim.source) is not None:
            return self.briefing.actor(claim.source)
        return self.actor_list.selected_item

    def action_actor_detail(self) -> None:
        """Show everything about the selected actor."""
        from briefing_tui.screens.actor_detail import ActorDetailScreen

        actor = self._current_actor()
        if actor is None or self.briefing is None:
            self.notify("Select an actor first (2 for the Actors pane)", severity="warning")
            return
        self.push_screen(ActorDetailScreen(self.briefing, actor))

    def action_paragraph_items(self) -> None:
        """List the actors and claims of the paragraph at the top of the article pane."""
        from briefing_tui.screens.paragraph import ParagraphScreen

        paragraph = self.article_view.paragraph_in_view()
        if paragraph is None or self.briefing is None:
            self.notify("The analysis has not finished yet", severity="warning")
            return
        self.push_screen(ParagraphScreen(self.briefing, paragraph.span), self._jump_to_item)

    def _jump_to_item(self, choice: tuple[str, str] | None) -> None:
        if choice is None:
            return
        kind, item_id = choice
        target = {"actor": self.actor_list, "claim": self.claim_list}[kind]
        if not target.select_item_id(item_id):
            self.action_clear_filter()
            target.select_item_id(item_id)
        self.action_show_pane("actors" if kind == "actor" else "claims")

    # -- copy --------------------------------------------------------------

    def copy_text_for_selection(self) -> str | None:
        """What ``y`` copies: selected text, else the selected claim with its source, or item."""
        selected = self.screen.get_selected_text()
        if selected:
            return selected
        briefing = self.briefing
        anchor = self._selection
        if briefing is None or anchor is None:
            return None
        if anchor.kind == "claim" and self.selected_claim is not None:
            claim = self.selected_claim
            content = " ".join(self._text(claim.content).split())
            source = claim_source_name(briefing, claim)
            where = self.article.title or self.article.source
            suffix = f", {where}" if where else ""
            return f"“{content}” — {source} ({claim.cue}){suffix}"
        if anchor.kind == "question" and self.selected_question is not None:
            question = self.selected_question
            quotes = [f"> {' '.join(self._text(s).split())}" for s in question.evidence]
            return "\n".join([question.question, *quotes])
        return anchor.text

    def action_copy(self) -> None:
        """Copy the selected claim with its source (or the selected text) to the clipboard."""
        text = self.copy_text_for_selection()
        if not text:
            self.notify("Nothing selected to copy", severity="warning")
            return
        self.copy_to_clipboard(text)
        self.notify("Copied to the clipboard")

    # -- notes -------------------------------------------------------------

    @property
    def store(self) -> NotesStore | None:
        """The notes of the current article (kept by the notes pane)."""
        return self.notes_pane.store

    def _open_notes(self) -> None:
        self._selection = None
        self.notes_pane.open_store(self.article, self._home)
        self._show_current_note()

    def _article_anchor(self) -> Anchor:
        return Anchor("article", "article", self.article.title or self.article.source)

    def _show_current_note(self) -> None:
        self.notes_pane.show(self._selection or self._article_anchor())

    def action_annotate(self) -> None:
        """Write a note on the selected actor, claim or question, or on the article."""
        if self.active_pane == "article" or self._selection is None:
            anchor = self._article_anchor()
        else:
            anchor = self._selection
        self.notes_pane.show(anchor)
        self.action_show_pane("notes")

    def on_note_editing_done(self, message: NoteEditingDone) -> None:
        if self._panes_ready() and self.notes_pane.editing:
            self.action_show_pane(self._pane_before_notes)

    def save_notes_now(self) -> bool:
        """Save what is typed at once; False (with a warning shown) if it could not be."""
        return self.notes_pane.save_now()

    # -- export ------------------------------------------------------------

    def export_markdown(self) -> str:
        """The briefing (as far as analysed) with the notes, as Markdown."""
        from briefing_tui import export

        briefing = self.briefing or Briefing(article=self.article)
        notes = list(self.store.notes) if self.store is not None else []
        try:
            return export.briefing_to_markdown(briefing, notes=notes)
        except TypeError:  # an export without notes support: append the notes file
            text = export.briefing_to_markdown(briefing)
            if notes and self.store is not None:
                text += "\n" + self.store.to_markdown()
            return text

    def default_export_path(self) -> Path:
        from briefing_tui.notes import article_slug

        return Path.cwd() / f"{article_slug(self.article)}-briefing.md"

    def action_export(self) -> None:
        """Export the briefing with the notes to a Markdown file the reader names."""
        from briefing_tui.screens.prompt import PromptScreen

        self.notes_pane.save_now(quiet=True)
        screen = PromptScreen(
            "Export the briefing and notes to",
            value=str(self.default_export_path()),
            hint="Enter to write the Markdown file, Esc to cancel",
        )
        self.push_screen(screen, self._export_to)

    def _export_to(self, location: str | None) -> None:
        from briefing_tui.fileio import atomic_write_text

        if not location:
            return
        path = Path(location).expanduser()
        try:
            atomic_write_text(path, self.export_markdown())
        except OSError as exc:
            self.notify(
                f"cannot write {path} ({exc.strerror or exc}); choose another path",
                title="Export failed",
                severity="error",
                timeout=10,
            )
            return
        self.notify(f"Exported to {path}", title="Export")

    # -- opening files -----------------------------------------------------

    def _recent_files(self):
        from briefing_tui.notes import notes_home
        from briefing_tui.screens.recent import RecentFiles

        if self._recent is None:
            self._recent = RecentFiles((self._home or notes_home()) / "recent.json")
        return self._recent

    def _remember_recent(self, article: Article) -> None:
        if article.source and article.source != "<stdin>":
            self._recent_files().add(article.source, article.title)

    def action_open_file(self) -> None:
        """Open another article (a path or URL)."""
        from briefing_tui.screens.prompt import PromptScreen

        screen = PromptScreen(
            "Open an article",
            placeholder="a file path or an http(s) URL",
            hint="Enter to open, Esc to cancel; r lists recent articles",
        )
        self.push_screen(screen, self.open_location)

    def action_recent_files(self) -> None:
        """Choose a recently opened article to reopen."""
        from briefing_tui.screens.recent import RecentScreen

        entries = self._recent_files().entries()
        if not entries:
            self.notify("No recent articles yet", severity="warning")
            return
        self.push_screen(RecentScreen(entries), self.open_location)

    def open_location(self, location: str | None) -> None:
        """Load and show the article at ``location``; errors are shown, the current one stays."""
        if location:
            self._load_article(location.strip())

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def _load_article(self, location: str) -> None:
        from briefing_tui.article import load_article

        try:
            article = load_article(location)
        except BriefingError as exc:
            self.call_from_thread(
                self.notify, str(exc), title="Cannot open", severity="error", timeout=10
            )
            return
        except Exception as exc:
            message = f"{location}: {type(exc).__name__}: {str(exc)[:200]}"
            self.call_from_thread(
                self.notify, message, title="Cannot open", severity="error", timeout=10
            )
            return
        self.call_from_thread(self.show_article, article)

    async def show_article(self, article: Article) -> None:
        """Replace the current article (saving its notes) and analyse the new one."""
        self.save_notes_now()
        self.workers.cancel_group(self, "analysis")
        self._token += 1
        self.article = article
        self.briefing = None
        self.selected_actor = self.selected_claim = self.selected_question = None
        self.search_query = ""
        self._targets, self._target_index = [], -1
        old_view = self.article_view
        new_view = ArticleView(article, id="article", classes="pane")
        await old_view.remove()
        await self.query_one("#panes").mount(new_view, before=0)
        for item_list in self.lists:
            item_list.set_filter(None)
            item_list.set_items([])
        self.claim_list.briefing = None
        self._show_article_header()
        self._open_notes()
        self._remember_recent(article)
        self._set_active_pane("article")
        new_view.focus()
        self.call_after_refresh(self._begin_analysis)

    # -- help, palette, theme, quit ----------------------------------------

    def action_help(self) -> None:
        """Show every key binding."""
        from briefing_tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
            return
        self.push_screen(HelpScreen(key_rows()))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if screen is not self._main():
            return
        seen: set[str] = set()
        for binding in self.BINDINGS:
            if not isinstance(binding, Binding) or binding.action in seen:
                continue
            if binding.action in ("interrupt", "quit", "help"):
                continue
            seen.add(binding.action)
            help_text = f"{binding.tooltip or binding.description} (key: {binding.key})"
            yield SystemCommand(
                binding.description, help_text, partial(self.run_action, binding.action)
            )
        yield SystemCommand("Show keys", "Every key binding (key: ?)", self.action_help)
        for entry in self._recent_files().entries()[:5]:
            location = entry["location"]
            name = entry.get("title") or Path(location).name
            yield SystemCommand(f"Reopen: {name}", location, partial(self.open_location, location))

    def action_toggle_theme(self) -> None:
        """Switch between the light and the dark theme."""
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    async def action_quit(self) -> None:
        """Save the notes and quit; if they cannot be saved, warn first (q again quits)."""
        self._request_exit(0)

    def action_interrupt(self) -> None:
        """Ctrl+C: quit at once (exit code 130 while the analysis is still running)."""
        self._request_exit(EXIT_INTERRUPTED if self.analysis_running else 0)

    def _request_exit(self, code: int) -> None:
        if not self.save_notes_now() and not self._quit_despite_unsaved:
            self._quit_despite_unsaved = True
            self.notify(
                "Notes could not be saved. Press e to export them elsewhere, "
                "or quit again to leave without saving.",
                title="Unsaved notes",
                severity="error",
                timeout=20,
            )
            return
        self.workers.cancel_group(self, "analysis")
        self.exit(code, return_code=code)

    @property
    def analysis_thread(self) -> threading.Thread | None:
        """The thread running the analysis, if one was started."""
        return self._analysis_thread

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "analysis" and event.worker.error is not None:
            self._analysis_failed(self._token, event.worker.error)


def key_display(key: str) -> str:
    """A key as the footer shows it (``ctrl+c`` as ``^c``, ``question_mark`` as ``?``)."""
    from textual.keys import format_key

    *modifiers, name = key.split("+")
    shown = format_key(name)
    if "ctrl" in modifiers:
        modifiers.remove("ctrl")
        shown = f"^{shown}"
    return "+".join([*modifiers, shown])


def key_rows() -> list[tuple[str, str, str]]:
    """(where, key, what it does) for every binding, read from the BINDINGS declarations."""
    groups: list[tuple[str, Iterable[BindingType]]] = [
        ("Everywhere", BriefingApp.BINDINGS),
        ("Article", ArticleView.BINDINGS),
        ("Lists", [*ItemList.BINDINGS, *OptionList.BINDINGS]),
        ("Notes", NotesPane.BINDINGS),
        ("Search", SearchBar.BINDINGS),
    ]
    rows: list[tuple[str, str, str]] = []
    for where, bindings in groups:
        for binding in bindings:
            if not isinstance(binding, Binding) or not binding.description:
                continue
            keys = ", ".join(key_display(key.strip()) for key in binding.key.split(","))
            rows.append((where, keys, binding.tooltip or binding.description))
    rows.append(("Everywhere", key_display("ctrl+p"), "Command palette: every action"))
    return rows


def _start_process_helpers() -> None:
    """Start multiprocessing's resource tracker while ``sys.stderr`` is still the real one.

    The analysis runs in a spawned child process. Spawning starts the tracker
    on first use and hands it ``sys.stderr.fileno()``, which is -1 once
    Textual has redirected standard error, so the first spawn from inside the
    running app would fail. Starting it here, before the app runs, avoids that.
    """
    try:
        from multiprocessing import resource_tracker

        resource_tracker.ensure_running()
    except (OSError, ValueError):  # no tracker: the analysis reports its own error
        pass


def _attach_terminal_to_stdin() -> None:
    """After ``briefing -`` read the article from a pipe, read keys from the terminal instead.

    The app reads keys from file descriptor 0, so /dev/tty is opened and put there.
    """
    try:
        if sys.stdin is not None and sys.stdin.isatty():
            return
    except (ValueError, OSError):
        pass
    try:
        tty = os.open("/dev/tty", os.O_RDWR)
    except OSError as exc:
        raise BriefingError(
            "no terminal to read keys from (standard input was the article); "
            "run 'briefing analyze -' for output without the app"
        ) from exc
    os.dup2(tty, 0)
    os.close(tty)
    sys.stdin = sys.__stdin__ = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115


def run_app(article: Article, model_name: str | None = None, use_cache: bool = True) -> int:
    """Run the app on ``article``; returns the exit code (130 for Ctrl+C during the analysis)."""
    _attach_terminal_to_stdin()
    app = BriefingApp(article, model_name=model_name, use_cache=use_cache)
    code = app.run()
    code = app.return_code if code is None else code
    code = int(code or 0)
    thread = app.analysis_thread
    if thread is not None and thread.is_alive():
        # The analysis is still running (quit during the model load): stop its child
        # process, if any, and leave without waiting for the thread relaying it.
        if "multiprocessing" in sys.modules:
            import multiprocessing

            for child in multiprocessing.active_children():
                child.terminate()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
