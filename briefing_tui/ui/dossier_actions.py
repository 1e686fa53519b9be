"""Showing the dossier screen, and opening one of its articles at a place (Enter)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from briefing_tui.terminal_text import one_line
from briefing_tui.ui.logic.dossier_rows import DossierPlace
from briefing_tui.ui.screens.dossier import DossierScreen

if TYPE_CHECKING:  # the dossier's analysis is not imported before its screen is painted
    from briefing_tui.analysis.dossier.model import Dossier
    from briefing_tui.engine.dossier import DossierStep
    from briefing_tui.model import Article
    from briefing_tui.store.dossier_notes import DossierNote
    from briefing_tui.ui.app import BriefingApp


class StepwiseAnalysis(Protocol):
    """An analysis that reports each article (``engine.dossier.DossierAnalysis``)."""

    def steps(self) -> Iterator[DossierStep]:
        """The steps; the last one holds the dossier."""
        ...

    def cancel(self) -> None:
        """Stop it (its child process)."""
        ...


class DossierBuild:
    """A dossier still to analyse: its articles, and how to analyse them.

    ``analysis`` reports article by article (the app's: the uncached articles are
    analysed in the analysis child process); ``build`` is a plain function run in
    a thread (tests).
    """

    def __init__(
        self,
        articles: list[Article],
        build: Callable[[], Dossier] | None = None,
        *,
        analysis: StepwiseAnalysis | None = None,
    ) -> None:
        self.articles = articles
        self.build = build
        self.analysis = analysis
        #: Whether its analysis has been started (once, whatever starts it first).
        self.started = False

    def cancel(self) -> None:
        """Stop the analysis (the app is closing)."""
        if self.analysis is not None:
            self.analysis.cancel()

    def run(self, report: Callable[[DossierStep], object]) -> Dossier:
        """Analyse the dossier, passing each step to ``report``; returns the dossier."""
        if self.analysis is None:
            assert self.build is not None, "a dossier to build needs build or analysis"
            return self.build()
        dossier = None
        for step in self.analysis.steps():
            report(step)
            dossier = step.dossier or dossier
        if dossier is None:
            raise RuntimeError("the analysis was stopped")
        return dossier


def analysed(dossier: Dossier | DossierBuild | None) -> Dossier | None:
    """The dossier if its analysis is done (None while it is still to analyse)."""
    return None if dossier is None or isinstance(dossier, DossierBuild) else dossier


def dossier_screen(app: BriefingApp, dossier: Dossier | DossierBuild) -> DossierScreen:
    """The dossier's screen, the app's first: a dossier still to analyse lists its
    articles first and fills the rest when its analysis is done (``start_dossier``)."""

    def opener(place: DossierPlace) -> None:
        done = analysed(app.dossier)
        if done is not None:
            app.run_worker(open_place(app, done, place), group="dossier", exclusive=True)

    def with_dossier(act: Callable[[Dossier], object]) -> None:
        done = analysed(app.dossier)
        if done is not None:
            act(done)

    return DossierScreen(
        analysed(dossier),
        opener,
        notes=lambda: with_dossier(lambda d: write_note(app, d)),
        export=lambda: with_dossier(lambda d: export(app, d)),
        articles=dossier.articles if isinstance(dossier, DossierBuild) else None,
        close=lambda: close_dossier(app),
    )


def start_dossier(app: BriefingApp) -> None:
    """Once the dossier's screen is painted, analyse a dossier still to analyse (in a
    thread: the analysis holds the interpreter meanwhile)."""
    job, screen = app.dossier, app.dossier_screen

    def painted() -> None:
        # The start-up's objects stay: out of every later collection, which is back on
        # (``cli.run_dossier`` turned it off while they were made).
        gc.freeze()
        gc.enable()
        if isinstance(job, DossierBuild) and screen is not None:
            _analyse(app, screen, job)

    app.call_after_refresh(painted)


def show_dossier(app: BriefingApp) -> None:
    """D: back to the dossier's screen, under the main one; on the dossier's screen, as
    Esc (to the start screen when the dossier was opened there)."""
    screen = app.dossier_screen
    if screen is None or screen not in app.screen_stack:
        return
    if app.screen is screen:
        close_dossier(app)
        return
    while app.screen is not screen:
        app.pop_screen()


def close_dossier(app: BriefingApp) -> None:
    """Esc on the dossier: back to the start screen when the dossier was opened there,
    else to the article."""
    if app.dossier_from_start:
        back_to_start(app)
    else:
        back_to_article(app)


def back_to_start(app: BriefingApp) -> None:
    """Leave the app for the start screen (its caller shows it again)."""
    app.action_quit_to_start()
    if app.back_to_start and isinstance(app.dossier, DossierBuild):
        app.dossier.cancel()  # leaving: its analysis is not needed (a refused leave keeps it)


def back_to_article(app: BriefingApp) -> None:
    """Esc on the dossier: the main screen, composed the first time on the current
    article (with its analysis when the dossier has it)."""
    job, screen = app.dossier, app.dossier_screen
    if isinstance(job, DossierBuild) and screen is not None:
        # Esc before the painted-callback ran (it is lost when the screen changes first)
        _analyse(app, screen, job)
    briefing = None
    done = analysed(app.dossier)
    if not app.has_main and done is not None:
        sha = app.article.sha256
        briefing = next((b for b in done.briefings if b.article.sha256 == sha), None)
    app.show_main(briefing)


def _analyse(app: BriefingApp, screen: DossierScreen, job: DossierBuild) -> None:
    """Analyse the dossier (once): a thread relays its steps (the heavy work is in the
    analysis child) to the screen, and fills the screen when it is done."""
    if job.started:
        return
    job.started = True

    def report(step: DossierStep) -> None:
        app.call_from_thread(screen.show_step, step)

    def run() -> None:
        try:
            built = job.run(report)
        except Exception as exc:  # shown, never a traceback
            with contextlib.suppress(RuntimeError):  # the app has gone
                app.call_from_thread(screen.show_failure, one_line(str(exc))[:200])
            return
        try:
            app.call_from_thread(_ready, built)
        except RuntimeError:  # the app has gone
            return

    def _ready(built: Dossier) -> None:
        app.dossier = built
        screen.set_dossier(built)

    app.run_worker(run, thread=True, group="dossier-analysis", exit_on_error=False)


def _home(app: BriefingApp) -> Path | None:
    return getattr(app, "_home", None)


def write_note(app: BriefingApp, dossier: Dossier) -> None:
    """Open the notes' editor on a new note on the dossier; it is saved as it is typed."""
    from briefing_tui.store.dossier_notes import dossier_notes_path, new_dossier_note
    from briefing_tui.ui.screens.dossier_note import DossierNoteScreen

    app.save_notes_now(quiet=True)  # the articles' notes go into the dossier file too
    articles = [b.article for b in dossier.briefings]
    where = str(dossier_notes_path(articles, _home(app)))
    screen = DossierNoteScreen(
        new_dossier_note(), lambda note: save_note(app, dossier, note) is not None, where=where
    )

    def closed(text: str | None) -> None:
        if text:
            app.notify(f"Dossier notes: {where}", timeout=4)

    app.push_screen(screen, closed)


def save_note(app: BriefingApp, dossier: Dossier, note: DossierNote | None) -> Path | None:
    """Save the dossier notes file with ``note`` in it (replacing its earlier save);
    None, with the reason shown, if it could not be written."""
    from briefing_tui.store.dossier_notes import save_dossier_note

    articles = [b.article for b in dossier.briefings]
    try:
        saved = save_dossier_note(articles, note, home=_home(app))
    except OSError as exc:
        app.notify(
            f"{exc}. The note stays in the editor: try again, or copy it elsewhere.",
            title="Dossier note not saved",
            severity="error",
            timeout=10,
        )
        return None
    if saved.kept_copy is not None:
        app.notify(
            f"The dossier notes file had been edited by hand: a copy was kept as {saved.kept_copy}",
            title="Dossier notes",
            severity="warning",
            timeout=10,
        )
    return saved.path


def export(app: BriefingApp, dossier: Dossier) -> None:
    """Ask where to write the dossier (with its notes) as Markdown, then write it."""
    from briefing_tui.dossier_export import dossier_to_markdown
    from briefing_tui.store.dossier_notes import dossier_notes_path, read_dossier_notes
    from briefing_tui.ui.actions import exported_notice, write_export
    from briefing_tui.ui.screens.prompt import PromptScreen

    folder = app.files.export_folder.get() or Path.cwd()
    articles = [b.article for b in dossier.briefings]

    def write(location: str | None) -> None:
        if not location:
            return
        own = read_dossier_notes(dossier_notes_path(articles, _home(app)))
        path, error = write_export(location, dossier_to_markdown(dossier, own))
        if error is not None:
            app.notify(error, title="Export failed", severity="error", timeout=10)
        else:
            app.notify(exported_notice(path, app.size.width), timeout=4)

    screen = PromptScreen(
        "Export the dossier to",
        value=str(folder / "dossier-briefing.md"),
        hint="Enter to write the Markdown file, Esc to cancel",
    )
    app.push_screen(screen, write)


async def open_place(app: BriefingApp, dossier: Dossier, place: DossierPlace) -> None:
    """Show the place's article over the dossier's screen and go to the place in it."""
    briefing = dossier.briefings[place.article]
    await app.open_analysed(briefing, lambda: go_to_place(app, place))


def go_to_place(app: BriefingApp, place: DossierPlace) -> None:
    """Select what the place names in the main screen (a claim, a question, an actor's
    mention) or bring its offset into view."""
    main = app.main
    briefing = app.briefing
    if briefing is None:
        return
    main.record_jump()
    claim = next((c for c in briefing.claims if c.id == place.claim_id), None)
    question = briefing.question(place.question_id)
    actor = briefing.actor(place.actor_id)
    if claim is not None:
        main.go_to_claim(claim)
    elif question is not None:
        main.go_to_question(question)
    else:
        if actor is not None:
            main.select_actor(actor)
        main.show_pane("article")
        main.article_view.focus()
        app.call_after_refresh(main.article_view.scroll_to_offset, place.offset, True)
