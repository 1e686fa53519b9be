"""The Textual app: the main screen, the workers that analyse and open, help and quit.

The article is painted first; the analysis (which imports spaCy) runs in a
thread worker after the first refresh and fills the list panes as results
arrive; ``BriefingReady`` is posted once they show the final analysis. The
panes, their keys and what ties them together live in ``screens.main``,
widgets in ``briefing_tui.ui.widgets``, modal screens in ``briefing_tui.ui.screens``,
styling in ``app.tcss``.
"""

from __future__ import annotations

import gc
import queue
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.theme import Theme
from textual.worker import Worker, get_current_worker

from briefing_tui.errors import BriefingError
from briefing_tui.model import Article, Briefing
from briefing_tui.settings import load_settings
from briefing_tui.store.preferences import Preferences
from briefing_tui.store.recent import entry_name
from briefing_tui.ui.actions import FileActions, export_markdown, open_article
from briefing_tui.ui.library_link import LibraryLink, Reading, StartAt
from briefing_tui.ui.logic.contrast import legible_variables
from briefing_tui.ui.logic.header import article_credits, header_line
from briefing_tui.ui.logic.panes import LAYOUTS, layout_for
from briefing_tui.ui.messages import ArticleShown, BriefingReady
from briefing_tui.ui.signals import install_exit_signals, signal_exit_code
from briefing_tui.ui.terminal import stop_analysis

if TYPE_CHECKING:
    from briefing_tui.analysis.dossier.model import Dossier
    from briefing_tui.engine.progress import Progress
    from briefing_tui.engine.session import AnalysisSession
    from briefing_tui.ui.dossier_actions import DossierBuild
    from briefing_tui.ui.screens.dossier import DossierScreen
    from briefing_tui.ui.screens.main import MainScreen
    from briefing_tui.ui.screens.start import Choice

EXIT_INTERRUPTED = 130
_DONE = object()
#: Partial results are applied at most this often (seconds); the final one at once.
PARTIAL_INTERVAL = 0.5


class BriefingApp(App[int]):
    """An article beside its actors, claims, open questions and the reader's notes."""

    # Absolute: Textual resolves a relative path beside the module of the app's class,
    # which for a subclass defined elsewhere is not this one.
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "Briefing"
    ENABLE_COMMAND_PALETTE = True

    #: The app's own keys: theme, help and quit. The panes' keys are ``MainScreen.BINDINGS``.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t", "toggle_theme", "Light/dark", id="theme.toggle", show=False),
        Binding("question_mark", "help", "Keys", id="help", tooltip="Show every key"),
        # Before quit: with an article opened from the start screen, q goes back to it.
        Binding(
            "q",
            "back_to_start",
            "Library",
            id="start.back",
            tooltip="Back to the start screen (an article opened from it; else q quits)",
        ),
        Binding("q", "quit", "Quit", id="quit", tooltip="Save the notes and quit"),
        Binding("D", "dossier", "Dossier", id="dossier", show=False, tooltip="Show the dossier"),
        Binding(
            "ctrl+c",
            "interrupt",
            "Quit",
            id="quit.interrupt",
            show=False,
            priority=True,
            tooltip="Quit at once (exit code 130 while the analysis is running)",
        ),
        Binding(
            "right_square_bracket",
            "step_article(1)",
            "Next article",
            id="article.next",
            show=False,
            tooltip="The next article of the command line, the feed or the search results",
        ),
        Binding(
            "left_square_bracket",
            "step_article(-1)",
            "Previous article",
            id="article.previous",
            show=False,
            tooltip="The previous article of the command line, the feed or the search results",
        ),
    ]

    def __init__(
        self,
        article: Article,
        model_name: str | None = None,
        use_cache: bool = True,
        *,
        briefing: Briefing | None = None,
        home: Path | None = None,
        cached: Briefing | None = None,
        session: AnalysisSession | None = None,
        locations: list[str] | None = None,
        start_at: StartAt | None = None,
        reading_index: int = 0,
        dossier: Dossier | DossierBuild | None = None,
        from_start: bool = False,
    ) -> None:
        """``briefing`` skips the analysis (tests inject one); ``home`` replaces the data folder.

        ``from_start``: the article was chosen on the start screen, and q (or Escape
        with nothing to clear) goes back to it rather than quitting.

        ``session`` is the article's analysis as the command line started it
        (by default one is made here). ``cached`` is the article's analysis found
        in the cache before the app started (as is that of a session whose lookup
        found it): the lists show it from the first frame and nothing is analysed.
        """
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
        self._cached_for = -1
        self._analysis_thread: threading.Thread | None = None
        self._quit_despite_unsaved = False
        self.files = FileActions(self, home)
        self._main_screen: MainScreen | None = None
        #: The current article's analysis; made when first needed (``_session_for``): a
        #: dossier's first frame has no use for it, nor for the cache's fingerprint.
        self._session: AnalysisSession | None = session
        if cached is None and session is not None and session.looked_up:
            cached = session.cached()
        self._cached_at_start = cached
        #: The articles read together (``briefing dossier``; analysed, or still to), or None.
        self.dossier: Dossier | DossierBuild | None = dossier
        #: The dossier's screen: with a dossier, the first screen shown (under the main one).
        self.dossier_screen: DossierScreen | None = None
        self._after_ready: Callable[[], object] | None = None
        self.preferences = Preferences.in_folder(home or load_settings().data_dir)
        #: The articles ] and [ walk (the command line's, a feed's, the search results).
        self.reading = Reading(list(locations or [article.source]), reading_index)
        self.library = LibraryLink(home)
        self._start_at = start_at
        self._place_to_restore = None
        #: The articles beside the current one in the reading list, read ahead of ] and [.
        self._read_ahead: dict[str, Article] = {}
        #: Whether q goes back to the start screen (the article was chosen there).
        self.from_start = from_start
        #: Whether feeds refreshed on the start screen have their new articles analysed
        #: in the background (tests turn it off).
        self.analyse_feeds = True
        self._use_remembered_theme()

    # -- composition -------------------------------------------------------

    def get_default_screen(self) -> Screen:
        if self.dossier is not None:
            # The dossier is the first screen painted; the main screen is composed (and
            # its modules imported) only when an article is opened (``show_main``).
            from briefing_tui.ui.dossier_actions import dossier_screen

            self.dossier_screen = dossier_screen(self, self.dossier)
            return self.dossier_screen
        return self._compose_main(self._cached_at_start)

    def _compose_main(self, briefing: Briefing | None) -> MainScreen:
        from briefing_tui.ui.screens.main import MainScreen

        self._main_screen = MainScreen(self.article, self.files, self._home, briefing=briefing)
        return self._main_screen

    @property
    def has_main(self) -> bool:
        """Whether the main screen was composed (with a dossier, once an article is opened)."""
        return self._main_screen is not None

    def show_main(self, briefing: Briefing | None = None) -> None:
        """Bring the main screen up over the dossier's; composed the first time, on
        ``briefing``'s article (analysed already) or else on the current article."""
        if self._main_screen is None:
            if briefing is not None:
                self.article = briefing.article
                self._cached_at_start = briefing
                self._injected_briefing = None
            screen = self._compose_main(self._cached_at_start)
            self.install_screen(screen, name="main")
            self._show_article_header()
            self._start_article()
        if self.screen is not self._main_screen:
            self.push_screen(self._main_screen)

    @property
    def main(self) -> MainScreen:
        """The main screen, with the panes (whatever modal is shown above it)."""
        assert self._main_screen is not None, "the app is not running"
        return self._main_screen

    def on_mount(self) -> None:
        if self.handles_exit_signals:
            install_exit_signals(self._exit_on_signal)
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self._apply_layout(self.size.width, self.size.height)
        self._show_article_header()
        if self.dossier is not None:
            from briefing_tui.ui.dossier_actions import start_dossier

            start_dossier(self)
        else:
            self._start_article()

    def _start_article(self) -> None:
        """Record the article, and show its analysis from the cache (or look it up)."""
        # Not before the first paint: it writes a file.
        self.call_after_refresh(self._remember_article, self.article)
        cached, self._cached_at_start = self._cached_at_start, None
        if cached is not None:  # the main screen shows it as it mounts
            self.briefing = cached
            self._cached_for = self._token
            self._analysis_ready()
        elif self._injected_briefing is None:
            session = self._session_for(self.article)
            if not session.looked_up:
                self._look_up_cache(session, self._token)

    def _remember_article(self, article: Article) -> None:
        self._record_in_library(article)

    # A thread: both writes (the recent list's fsync, the library's commit) would
    # otherwise hold up the UI, and the analysis's results behind them.
    @work(thread=True, group="remember", exit_on_error=False, description="remember")
    def _record_in_library(self, article: Article) -> None:
        """Add the article to the recent list and the library, then go back to where it
        was left (or to the place a search hit named)."""
        self.files.recent.remember(article)
        offset, place = self.library.record(article)
        try:
            self.call_from_thread(self._go_back_to, article, offset, place)
        except RuntimeError:  # the app has gone
            return

    def _go_back_to(self, article: Article, offset: int, place, tries: int = 50) -> None:
        """Scroll to where ``article`` was left; its selection comes back once the
        analysis is shown."""
        if article is not self.article or self._main_screen is None:
            return  # left already
        if self.main.article_view.article is not article and tries > 0:
            # the article pane is still being replaced: come back once it is
            self.call_after_refresh(self._go_back_to, article, offset, place, tries - 1)
            return
        if len(self.reading.locations) > 1:
            self._read_neighbours(self.reading.index)
        start, self._start_at = self._start_at, None
        if start is not None and start.offset is not None:
            offset, place = start.offset, None
        self._place_to_restore = (article, place, start.note_uid if start else None)
        if offset > 0:
            self.main.article_view.scroll_to_offset(offset, top=start is None)
        if self.briefing is not None and self._main_screen.lists_filled:
            self._restore_place()

    def _restore_place(self) -> None:
        pending, self._place_to_restore = self._place_to_restore, None
        if pending is None or pending[0] is not self.article or self.briefing is None:
            return
        _article, place, note_uid = pending
        if note_uid is not None:
            self.main._go_to_note(note_uid)
        elif place is not None and (place.actor_id or place.claim_id or place.question_id):
            self.main._go_to_place(place)

    def _save_place(self) -> None:
        """Remember where the current article was left, in the library."""
        if self._main_screen is not None and self._main_screen.panes_mounted:
            self.library.save(self.article, self.main.current_place())

    async def action_step_article(self, delta: int) -> None:
        """Open the next (1) or previous (-1) article of the reading list."""
        location = self.reading.step(delta)
        if location is None:
            where = "last" if delta > 0 else "first"
            self.notify(f"This is the {where} article", timeout=2)
            return
        article = self._read_ahead.get(location)
        if article is None:
            self.open_location(location)
            return
        self.workers.cancel_group(self, "open")
        await self.show_article(article)

    @work(thread=True, exclusive=True, group="read-ahead", exit_on_error=False)
    def _read_neighbours(self, index: int) -> None:
        """Read the articles before and after ``index`` in the reading list (from the
        library or their files; not URLs, which are fetched only when asked for)."""
        from briefing_tui.reading.fetch import is_url
        from briefing_tui.reading.load import is_stdin

        locations = self.reading.locations
        wanted = {locations[i] for i in (index - 1, index + 1) if 0 <= i < len(locations)}
        ready = {k: v for k, v in self._read_ahead.items() if k in wanted}
        for location in wanted - ready.keys():
            if is_stdin(location):
                continue
            article = self.library.stored(location)
            if article is None and not is_url(location):
                opened = open_article(location)
                article = opened if isinstance(opened, Article) else None
            if article is not None:
                ready[location] = article
        self._read_ahead = ready

    # An explicit description: by default the worker's would be the repr of the article.
    @work(thread=True, exclusive=True, group="cache", exit_on_error=False, description="cache")
    def _look_up_cache(self, session: AnalysisSession, token: int) -> None:
        """Fill the panes from the cache, if the article was analysed before (no spaCy).

        Runs while the article is first painted; the analysis proper only starts
        after that paint (and waits for this lookup, which the session does once).
        """
        briefing = session.cached()
        if briefing is not None:
            self.call_from_thread(self._cache_hit, token, briefing)

    def _cache_hit(self, token: int, briefing: Briefing) -> None:
        if token != self._token or self.briefing is not None or self._main_screen is None:
            return
        if not self._main_screen.panes_mounted:
            self._main_screen.when_panes_mounted(partial(self._cache_hit, token, briefing))
            return
        self._cached_for = token
        self.cancel_analysis()  # no analysis is needed
        self.workers.cancel_group(self, "analysis")
        self.analysis_running = False
        self.main.set_status("done")
        self._apply_briefing(briefing, done=True)
        self._analysis_ready()

    def _show_article_header(self) -> None:
        """Put the headline in the header, and who wrote it, where, when and where from."""
        article = self.article
        self.title = article.title or (Path(article.source).name if article.source else "Briefing")
        self.sub_title = " · ".join(article_credits(article))

    def format_title(self, title: str, sub_title: str) -> Content:
        """The header's line: the title, then the credits (and summary) dimmed.

        Built as Rich ``Text``, never markup, with control characters made spaces,
        since both come from the article.
        """
        return Content.from_rich_text(header_line(title, sub_title))

    def on_briefing_ready(self, message: BriefingReady) -> None:
        """The analysis is done and shown: add its one-line summary to the header."""
        if self.briefing is None:
            return
        self._restore_place()
        if self._after_ready is not None:
            then, self._after_ready = self._after_ready, None
            self.call_after_refresh(then)
        self._show_article_header()
        from briefing_tui.ui.logic.summary import briefing_summary

        summary = briefing_summary(self.briefing)
        self.sub_title = f"{self.sub_title} · {summary}" if self.sub_title else summary

    def on_resize(self, event: events.Resize) -> None:
        self._apply_layout(event.size.width, event.size.height)

    def _apply_layout(self, width: int, height: int) -> None:
        layout = layout_for(width, height)
        for name in LAYOUTS:
            self.set_class(name == layout, f"-{name}")
        if self._main_screen is not None:
            self._main_screen.update_pane_bar()

    @property
    def narrow(self) -> bool:
        """Whether one pane is shown at a time."""
        return self.has_class("-narrow")

    def save_notes_now(self, quiet: bool = False) -> bool:
        """Save what is typed at once; False (with a warning shown unless ``quiet``) if it
        could not be."""
        if self._main_screen is None:
            return True  # no article opened yet (the dossier's screen): nothing typed
        return self.main.save_notes_now(quiet=quiet)

    # -- analysis ----------------------------------------------------------

    def on_article_shown(self, message: ArticleShown) -> None:
        # The start-up's objects stay: keep them out of every later collection
        # (``cli.run_open`` turned the collector off while they were made).
        gc.freeze()
        gc.enable()
        self._begin_analysis()

    def _begin_analysis(self) -> None:
        if self._cached_for == self._token:
            return  # the panes were filled from the cache already
        self._token += 1
        if self._injected_briefing is not None:
            briefing, self._injected_briefing = self._injected_briefing, None
            self.main.set_status("done")
            self._apply_briefing(briefing, done=True)
            self._analysis_ready()
            return
        self.main.set_status("starting the analysis")
        self._quiet_gc(True)
        self.analysis_running = True
        self.analysis_error = None
        self._run_analysis(self._session_for(self.article), self._token)

    def _session_for(self, article: Article) -> AnalysisSession:
        """The analysis session of ``article`` (a new one for an article opened in the app)."""
        if self._session is None or self._session.article is not article:
            from briefing_tui.engine.session import AnalysisSession

            self._session = AnalysisSession(article, self.model_name, self.use_cache)
        return self._session

    @work(
        thread=True,
        exclusive=True,
        group="analysis",
        exit_on_error=False,
        description="analysis",
    )
    def _run_analysis(self, session: AnalysisSession, token: int) -> None:
        """Stream the session's analysis into the UI.

        The analysis runs in a daemon thread of its own and this worker relays
        its progress, so quitting never waits for spaCy to finish loading.
        """
        worker = get_current_worker()
        progress_queue: queue.Queue[object] = queue.Queue()

        def produce() -> None:
            stream = session.progress()
            try:
                for progress in stream:
                    progress_queue.put(progress)
            except BaseException as exc:  # shown in the app, never a crash
                progress_queue.put(exc)
            finally:
                # Stops the analysis's child process when the worker was cancelled.
                stream.close()
            progress_queue.put(_DONE)

        thread = threading.Thread(target=produce, name="briefing-analysis", daemon=True)
        self._analysis_thread = thread
        thread.start()
        # Partial results come at most every PARTIAL_INTERVAL seconds (applying one
        # re-fills the lists); the latest waits, and the final one goes at once.
        pending = None
        last_applied = 0.0
        try:
            while not worker.is_cancelled:
                timeout = 0.1
                if pending is not None:
                    timeout = max(0.0, min(0.1, last_applied + PARTIAL_INTERVAL - time.monotonic()))
                try:
                    item = progress_queue.get(timeout=timeout)
                except queue.Empty:
                    item = None
                if item is _DONE:
                    return
                if isinstance(item, BaseException):
                    self.call_from_thread(self._analysis_failed, token, item)
                    continue
                if item is not None:
                    if item.done:
                        pending = None
                        self.call_from_thread(self._analysis_progress, token, item)
                        continue
                    pending = _merge_pending(pending, item)
                if pending is not None and time.monotonic() - last_applied >= PARTIAL_INTERVAL:
                    progress, pending = pending, None
                    last_applied = time.monotonic()
                    self.call_from_thread(self._analysis_progress, token, progress)
        except RuntimeError:  # the app is shutting down
            return
        finally:
            session.cancel()
            if token == self._token or not self.analysis_running:
                gc.enable()  # cancelled or the app is gone: the collector must not stay off

    def _analysis_progress(self, token: int, progress: Progress) -> None:
        if token != self._token:
            return
        if not progress.done:
            self.main.set_status(progress.stage)
        if progress.briefing is not None:
            self._apply_briefing(progress.briefing, done=progress.done)
        if progress.done:
            self.analysis_running = False
            self._quiet_gc(False)
            self.main.set_status("done")
            self._analysis_ready()

    def _quiet_gc(self, quiet: bool) -> None:
        """Keep the garbage collector from stalling the UI while partial results pour in.

        Each partial Briefing is thousands of objects (freed by reference counting:
        they hold no cycles); with the collector on, the collections they trigger
        scan the heap (the app's widgets included) and stalled key presses for
        100-250 ms. What exists once the article is painted is frozen out of
        later scans, and the collector is off until the analysis ends.
        """
        if quiet:
            gc.freeze()
            gc.disable()
        else:
            gc.enable()

    def _analysis_ready(self) -> None:
        """Every pane shows the final analysis: post ``BriefingReady`` once it is painted."""
        self.call_after_refresh(self._post_ready_once_filled, self.article)

    def _post_ready_once_filled(self, article: Article) -> None:
        """Post ``BriefingReady`` once the lists' last options are painted (not if
        another article was opened meanwhile).

        This runs after a refresh: lists filled now were filled before it, and so
        are on screen.
        """
        if article is not self.article:
            return
        if self._main_screen is None or not self._main_screen.lists_filled:
            self.call_after_refresh(self._post_ready_once_filled, article)
            return
        self.post_message(BriefingReady())

    def _analysis_failed(self, token: int, error: BaseException) -> None:
        if token != self._token:
            return
        self.analysis_running = False
        self._quiet_gc(False)
        if isinstance(error, BriefingError):
            message = str(error)
        else:
            message = f"internal error ({type(error).__name__}: {str(error)[:200]})"
        self.analysis_error = message
        self.main.set_status(f"analysis failed: {message}")
        self.notify(message, title="Analysis failed", severity="error", timeout=15)

    def _apply_briefing(self, briefing: Briefing, done: bool) -> None:
        self.briefing = briefing
        self.main.show_briefing(briefing, done)

    def cancel_analysis(self) -> None:
        """Stop the current article's analysis (its child process), if one runs, and a
        dossier's still running."""
        if self._session is not None:
            self._session.cancel()
        cancel = getattr(self.dossier, "cancel", None)
        if cancel is not None:
            cancel()

    @property
    def analysis_thread(self) -> threading.Thread | None:
        """The thread running the analysis, if one was started."""
        return self._analysis_thread

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "analysis" and event.worker.error is not None:
            self._analysis_failed(self._token, event.worker.error)

    # -- files -------------------------------------------------------------

    def export_markdown(self) -> str:
        """The briefing (as far as analysed) with the notes, as Markdown."""
        return export_markdown(self.article, self.briefing, self.main.store)

    def open_location(self, location: str | None) -> None:
        """Load and show the article at ``location``; errors are shown, the current one stays."""
        if location:
            self._load_article(location.strip())

    @work(thread=True, exclusive=True, group="open", exit_on_error=False, description="open")
    def _load_article(self, location: str) -> None:
        """Open ``location`` in a daemon thread of its own and show what it gives.

        Textual joins its worker threads when the app exits, so the network is not
        waited on here: this worker only polls, a cancelled one (quitting, opening
        another) returns at once, and the abandoned fetch ends by its deadline.
        """
        worker = get_current_worker()
        result: queue.Queue[Article | str] = queue.Queue(maxsize=1)
        thread = threading.Thread(
            target=lambda: result.put(self.library.stored(location) or open_article(location)),
            name="briefing-open",
            daemon=True,
        )
        thread.start()
        opened: Article | str | None = None
        while opened is None and not worker.is_cancelled:
            try:
                opened = result.get(timeout=0.1)
            except queue.Empty:
                continue
        if opened is None:
            return
        if isinstance(opened, str):
            self.call_from_thread(
                self.notify, opened, title="Cannot open", severity="error", timeout=10
            )
            return
        self.call_from_thread(self.show_article, opened)

    async def show_article(self, article: Article) -> None:
        """Replace the current article (saving its notes) and analyse the new one."""
        self.save_notes_now()
        self._save_place()
        self.workers.cancel_group(self, "analysis")
        self._token += 1
        self.article = article
        self.briefing = None
        # Recorded at once (a thread's work), before the pane is replaced: a record left
        # until after it was lost when the next ] came first.
        self._remember_article(article)
        await self.main.show_article(article)
        self._show_article_header()

    async def show_analysed(self, briefing: Briefing, then: Callable[[], object]) -> None:
        """Show an article analysed already (one of the dossier's) and call ``then`` once
        its panes are filled; at once if it is the article shown."""
        if self.briefing is not None and self.article.sha256 == briefing.article.sha256:
            then()
            return
        self._after_ready = then
        self._injected_briefing = briefing
        await self.show_article(briefing.article)

    async def open_analysed(self, briefing: Briefing, then: Callable[[], object]) -> None:
        """Bring the main screen up on an article analysed already (one of the dossier's)
        and call ``then`` once its panes are filled."""
        if self._main_screen is None:
            self._after_ready = then
            self.show_main(briefing)
            return
        self.show_main()
        await self.show_analysed(briefing, then)

    def action_dossier(self) -> None:
        """Show the dossier screen (when articles are read as a dossier)."""
        if self.dossier is None:
            self.notify("No dossier: open several articles with 'briefing dossier'.")
            return
        from briefing_tui.ui.dossier_actions import show_dossier

        show_dossier(self)

    # -- back to the start screen ------------------------------------------

    @property
    def on_start_screen(self) -> bool:
        """Whether the start screen is shown (over the article it was left from)."""
        from briefing_tui.ui.screens.start import StartScreen

        return any(isinstance(screen, StartScreen) for screen in self.screen_stack)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # q goes back to the start screen from an article opened on it, else quits;
        # ] and [ are the article's, not the start screen's.
        if action == "back_to_start":
            return self.from_start and self.has_main and self.screen is self._main_screen
        if action == "quit" and self.from_start and self.screen is self._main_screen:
            return False
        if action == "step_article" and self.on_start_screen:
            return False
        return super().check_action(action, parameters)

    def action_back_to_start(self) -> None:
        """Save the notes and the place, and show the start screen (its lists read again:
        what is read now, the notes just written)."""
        from briefing_tui.ui.screens.start import StartScreen

        if not self.from_start or self.on_start_screen:
            return
        if not self.save_notes_now():
            return  # said why; the article stays so the notes can be exported (e)
        self._save_place()
        # Recorded here too (the worker that records it may not have run yet, when q
        # comes right after opening): the list shows it read.
        self.library.record(self.article)
        library = self.library.library
        if library is not None:
            from briefing_tui.store.library.notes_index import sync_notes_index

            try:
                sync_notes_index(library)
            except BriefingError as exc:
                self.notify(str(exc), title="Library", severity="warning", timeout=5)
        screen = StartScreen(library, self.library.error, analyse=self.analyse_feeds)
        self.push_screen(screen, self._chosen_on_start)

    def _chosen_on_start(self, choice: Choice | None) -> None:
        """Open what was chosen on the start screen (with its list for ] and [); None quits."""
        if choice is None:
            self._request_exit(0)
            return
        if choice.dossier:
            # the marked articles as a dossier: the caller (``run_start``) opens it
            self.chosen_dossier = choice
            self._request_exit(0)
            return
        self.reading = Reading(list(choice.locations), choice.index)
        self._read_ahead = {}
        self._start_at = choice.start_at
        self.open_location(choice.locations[choice.index])

    # -- help, palette, theme, quit ----------------------------------------

    @classmethod
    def key_bindings(cls) -> list[BindingType]:
        """The main screen's bindings, then the app's: what the key help, the command
        palette and docs/keys.md list."""
        from briefing_tui.ui.screens.main import MainScreen

        return [*MainScreen.BINDINGS, *cls.BINDINGS]

    def action_help(self) -> None:
        """Show every key binding."""
        from briefing_tui.ui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
            return
        from briefing_tui.ui.keys import key_rows

        self.push_screen(HelpScreen(key_rows(self.key_bindings())))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's commands but its own key panel and quit, then every action of the keys,
        the key help and the recent articles."""
        for command in super().get_system_commands(screen):
            # Its "Keys" panel would be a second, different key help beside ``?``; its
            # "Quit" does not say that the notes are saved.
            if command.title not in ("Keys", "Quit"):
                yield command
        quit_key = next(b for b in self.BINDINGS if isinstance(b, Binding) and b.id == "quit")
        yield SystemCommand(
            quit_key.description, f"{quit_key.tooltip} (key: {quit_key.key})", self.action_quit
        )
        yield SystemCommand("Show keys", "Every key binding (key: ?)", self.action_help)
        if screen is not self._main_screen:
            return
        from briefing_tui.ui.keys import palette_entries
        from briefing_tui.ui.screens.main import MainScreen

        for bindings, namespace in ((MainScreen.BINDINGS, screen), (self.BINDINGS, self)):
            for title, help_text, action in palette_entries(bindings):
                yield SystemCommand(title, help_text, partial(self.run_action, action, namespace))
        for entry in self.files.recent.entries()[:5]:
            location = entry["location"]
            name = entry_name(entry)
            yield SystemCommand(f"Reopen: {name}", location, partial(self.open_location, location))

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables and the ``$briefing-*`` colours made legible from them."""
        variables = super().get_css_variables()
        return {**variables, **legible_variables(variables)}

    def action_toggle_theme(self) -> None:
        """Switch between the light and the dark theme."""
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def _use_remembered_theme(self) -> None:
        """Start in the theme chosen last time (with t or the palette), if it still exists."""
        theme = self.preferences.get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme

    def _remember_theme(self, theme: Theme) -> None:
        self.preferences.set("theme", theme.name)

    async def action_quit(self) -> None:
        """Save the notes and quit; if they cannot be saved, warn first (q again quits)."""
        self.back_to_start = False  # quitting, not going back (after a refused Esc too)
        self._request_exit(0)

    def action_interrupt(self) -> None:
        """Ctrl+C: quit at once (exit code 130 while the analysis is still running)."""
        self._request_exit(EXIT_INTERRUPTED if self.analysis_running else 0)

    #: Whether the dossier was opened from the start screen (its Esc and D go back there).
    dossier_from_start: bool = False
    #: Whether the reader left for the start screen (the caller shows it again).
    back_to_start: bool = False
    #: Articles marked on the start screen shown in this app, to open as a dossier (the
    #: caller opens it once the app has ended).
    chosen_dossier: Choice | None = None

    def action_quit_to_start(self) -> None:
        """Save the notes and leave for the start screen (``back_to_start``); stays, the
        flag down, when the notes could not be saved (the warning says what to do)."""
        self.back_to_start = True
        if not self._request_exit(0):
            self.back_to_start = False

    #: Whether SIGTERM and SIGHUP save the notes and exit (``run_app`` sets it; tests
    #: running the app inside another program leave that program's signals alone).
    handles_exit_signals: bool = False

    def _exit_on_signal(self, signum: int) -> None:
        """SIGTERM or SIGHUP: save the notes and exit with 128 + ``signum``, asking nothing
        (there may be no one, or no terminal, to answer)."""
        self._request_exit(signal_exit_code(signum), ask=False)

    def _request_exit(self, code: int, ask: bool = True) -> bool:
        """Save the notes and exit with ``code``; False (and still running) when the notes
        could not be saved and the reader is warned first."""
        if not self.save_notes_now(quiet=not ask) and ask and not self._quit_despite_unsaved:
            self._quit_despite_unsaved = True
            self.notify(
                "Notes could not be saved. Press e to export them elsewhere, "
                "or quit again to leave without saving.",
                title="Unsaved notes",
                severity="error",
                timeout=20,
            )
            return False
        self._save_place()
        self.library.close()
        self.workers.cancel_group(self, "analysis")
        self.workers.cancel_group(self, "open")
        self.exit(code, return_code=code)
        return True


def _merge_pending(pending: Progress | None, progress: Progress) -> Progress:
    """The progress to apply next: ``progress``, keeping a waiting partial Briefing."""
    if progress.briefing is None and pending is not None and pending.briefing is not None:
        return replace(pending, stage=progress.stage, fraction=progress.fraction)
    return progress


@dataclass(frozen=True)
class AppExit:
    """How a run of the app ended: its exit code, and the articles marked on the start
    screen to open as a dossier (``None`` unless the reader chose that there)."""

    code: int
    dossier: Choice | None = None


def run_app(
    article: Article,
    *,
    session: AnalysisSession,
    locations: list[str] | None = None,
    start_at: StartAt | None = None,
    reading_index: int = 0,
    from_start: bool = False,
) -> AppExit:
    """Run the app on ``article``; returns how it ended: the exit code (130 for Ctrl+C
    during the analysis, 128 + the signal's number after SIGTERM or SIGHUP) and, when
    ``from_start`` (the article was chosen on the start screen, q goes back to it), the
    articles marked there to open as a dossier, if any.

    ``session`` is the article's analysis, started (``AnalysisSession.start``):
    its cached result fills the first frame, or its child loads spaCy on the
    other core while the article paints.
    """
    app = BriefingApp(
        article,
        model_name=session.model_name,
        use_cache=session.use_cache,
        session=session,
        locations=locations,
        start_at=start_at,
        reading_index=reading_index,
        from_start=from_start,
    )
    app.handles_exit_signals = True
    try:
        code = app.run()
    finally:
        session.cancel()
    code = app.return_code if code is None else code
    code = int(code or 0)
    thread = app.analysis_thread
    if thread is not None and thread.is_alive():
        # The analysis is still running (quit during the model load): leave without
        # waiting for the thread relaying it.
        stop_analysis(code)
    return AppExit(code, app.chosen_dossier)
