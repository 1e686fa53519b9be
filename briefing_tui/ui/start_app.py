"""``briefing`` with no article: the start screen, then the article chosen on it.

The start screen is a small app of its own (no spaCy, no analysis): it is up
as fast as an empty Textual app. What it hands back is opened in the main app,
with the other articles of its list for ``]`` and ``[``.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import App

from briefing_tui.errors import BriefingError
from briefing_tui.store.library import open_library
from briefing_tui.ui.screens.start import Choice, StartScreen


class StartApp(App[Choice | None]):
    """The start screen alone; exits with what the reader chose (None: quit)."""

    TITLE = "Briefing"

    def __init__(self, home: Path | None = None, *, analyse: bool = True) -> None:
        """``home`` replaces the data folder; ``analyse`` False leaves a refresh's new
        articles unanalysed (no background process)."""
        super().__init__()
        self._home = home
        self._analyse = analyse
        self.library = None
        self.library_error: str | None = None

    def on_mount(self) -> None:
        try:
            self.library = open_library(self._home)
        except BriefingError as exc:
            self.library_error = str(exc)
        self.push_screen(
            StartScreen(self.library, self.library_error, analyse=self._analyse), self._chosen
        )

    def _chosen(self, choice: Choice | None) -> None:
        if self.library is not None:
            self.library.close()
        self.exit(choice)


def run_start(model_name: str | None = None, use_cache: bool = True) -> int:
    """Run the start screen, then open what it chose (the marked articles as a dossier,
    coming back to the start screen when the dossier is left); returns the exit code."""
    from briefing_tui.ui.terminal import attach_terminal_to_stdin

    try:
        attach_terminal_to_stdin()
    except BriefingError:
        raise BriefingError(
            "no terminal to show the start screen in; 'briefing feed list' and "
            "'briefing notes' show the library, 'briefing analyze FILE' analyses an article"
        ) from None
    choice: Choice | None = None
    while True:
        if choice is None:
            choice = StartApp().run()
        if choice is None:
            return 0
        if choice.dossier:
            code, back = open_dossier_choice(choice, model_name, use_cache)
            if back:
                choice = None
                continue
            return code
        code, choice = _open_choice(choice, model_name, use_cache)
        if choice is None:
            return code


def _open_choice(
    choice: Choice, model_name: str | None, use_cache: bool
) -> tuple[int, Choice | None]:
    """Open the article chosen on the start screen, with its list for ] and [; returns
    the exit code and the articles marked as a dossier on the start screen shown again
    from the article (q), if the reader left that way."""
    from briefing_tui.engine.session import AnalysisSession
    from briefing_tui.reading import load_article
    from briefing_tui.ui.app import run_app
    from briefing_tui.ui.library_link import LibraryLink

    location = choice.locations[choice.index]
    link = LibraryLink()
    article = link.stored(location) or load_article(location)
    link.close()
    session = AnalysisSession.start(article, model_name, use_cache=use_cache)
    ended = run_app(
        article,
        session=session,
        locations=list(choice.locations),
        start_at=choice.start_at,
        reading_index=choice.index,
        from_start=True,
    )
    return ended.code, ended.dossier


def open_dossier_choice(
    choice: Choice, model_name: str | None, use_cache: bool, home: Path | None = None
) -> tuple[int, bool]:
    """Open the articles marked on the start screen as a dossier; returns the exit code
    and whether the reader went back to the start screen (D or Esc on the dossier)."""
    from briefing_tui.reading import load_article
    from briefing_tui.ui.dossier_app import run_dossier_app
    from briefing_tui.ui.library_link import LibraryLink

    link = LibraryLink(home)
    try:
        articles = [link.stored(loc) or load_article(loc) for loc in choice.locations]
    finally:
        link.close()
    return run_dossier_app(articles, model_name, use_cache, from_start=True)
