"""Opening another article and exporting the briefing from the app (o, r and e).

The functions need no Textual; ``FileActions`` asks the reader through prompts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from briefing_tui.errors import BriefingError
from briefing_tui.model import Article, Briefing
from briefing_tui.store.preferences import ExportFolder, Preferences
from briefing_tui.store.recent import RecentFiles
from briefing_tui.terminal_text import folded_path, one_line

if TYPE_CHECKING:
    from textual.screen import Screen

    from briefing_tui.store.notes import NotesStore


def export_markdown(article: Article, briefing: Briefing | None, store: NotesStore | None) -> str:
    """The briefing (as far as analysed) with the notes, as Markdown."""
    from briefing_tui import export

    briefing = briefing or Briefing(article=article)
    notes = list(store.notes) if store is not None else []
    try:
        return export.briefing_to_markdown(briefing, notes=notes)
    except TypeError:  # an export without notes support: append the notes file
        text = export.briefing_to_markdown(briefing)
        if notes and store is not None:
            text += "\n" + store.to_markdown()
        return text


def default_export_path(article: Article, folder: Path | None = None) -> Path:
    """Where the export is offered: ``<article slug>-briefing.md`` in ``folder`` (the one
    last exported to), else in the working folder."""
    from briefing_tui.store.notes import article_slug

    return (folder or Path.cwd()) / f"{article_slug(article)}-briefing.md"


def write_export(
    location: str, text: str, article: Article | None = None
) -> tuple[Path, str | None]:
    """Write ``text`` to ``location``; the path written and, if it failed, why.

    ``store.output.write_output`` decides how (the same rules as ``analyze -o``);
    the file ``article`` was read from is refused as a target.
    """
    from briefing_tui.store.output import OutputError, write_output

    path = Path(location).expanduser()
    inputs = [article.source] if article is not None and article.source else []
    try:
        write_output(location, text, inputs, stdout_ok=False)
    except OutputError as exc:
        return path, str(exc)
    return path, None


def toast_width(screen_width: int) -> int:
    """The characters a line of a notification holds on a screen this wide (Textual's
    toasts are 60 cells, at most half the screen, less a border and two cells of padding)."""
    return min(60, screen_width // 2) - 3


def exported_notice(path: Path, screen_width: int) -> str:
    """The notice of an export: "Exported to", then the path broken after a "/" to fit the
    notification, so it is never wrapped in the middle of a name."""
    return "Exported to\n" + folded_path(one_line(str(path)), toast_width(screen_width))


#: Why an article read from standard input (listed in Recent) cannot be opened again.
STDIN_GONE = (
    "Standard input cannot be read again: pipe the article in once more "
    "(its notes are found by its text and title)"
)


def open_article(location: str) -> Article | str:
    """The article at ``location``, or (as a string) why it could not be opened."""
    from briefing_tui.reading import load_article
    from briefing_tui.reading.load import is_stdin

    if is_stdin(location):
        return STDIN_GONE

    try:
        return load_article(location)
    except BriefingError as exc:
        return str(exc)
    except Exception as exc:
        return f"{location}: {type(exc).__name__}: {str(exc)[:200]}"


class FileHost(Protocol):
    """What ``FileActions`` needs of the app: the article shown, its export, a way to
    open another, and the app's prompts and notifications."""

    article: Article

    @property
    def size(self) -> Any:
        """The terminal's size (``width``, ``height``)."""
        ...

    def export_markdown(self) -> str:
        """The briefing with the notes, as Markdown."""
        ...

    def open_location(self, location: str | None) -> None:
        """Load and show the article at ``location``."""
        ...

    def save_notes_now(self, quiet: bool = False) -> bool:
        """Save what is typed at once; False if it could not be."""
        ...

    def push_screen(self, screen: Screen[Any], callback: Callable[[Any], object]) -> Any:
        """Show ``screen``; ``callback`` gets what it is dismissed with."""
        ...

    def notify(
        self, message: str, *, title: str = ..., severity: Any = ..., timeout: Any = ...
    ) -> None:
        """Show ``message`` for a while."""
        ...


class FileActions:
    """What e, o and r do: ask where to export or what to open, and report how it went.

    Loading an article is the app's worker (``open_location``); this class asks
    for locations and keeps the recent files list.
    """

    def __init__(self, app: FileHost, home: Path | None = None) -> None:
        """``home`` replaces the data folder the recent files list is kept in."""
        self.app = app
        self._home = home
        self._recent: RecentFiles | None = None

    @property
    def export_folder(self) -> ExportFolder:
        """The folder the last export went to (read and written on use)."""
        from briefing_tui.store.notes import notes_home

        return ExportFolder(Preferences.in_folder(self._home or notes_home()))

    @property
    def recent(self) -> RecentFiles:
        """The recently opened articles (read and written on use)."""
        from briefing_tui.store.notes import notes_home

        if self._recent is None:
            self._recent = RecentFiles((self._home or notes_home()) / "recent.json")
        return self._recent

    def export(self) -> None:
        """Ask where to export the briefing with the notes, then write the Markdown file."""
        from briefing_tui.ui.screens.prompt import PromptScreen

        self.app.save_notes_now(quiet=True)
        screen = PromptScreen(
            "Export the briefing and notes to",
            value=str(default_export_path(self.app.article, self.export_folder.get())),
            hint="Enter to write the Markdown file, Esc to cancel",
        )
        self.app.push_screen(screen, self._export_to)

    def _export_to(self, location: str | None) -> None:
        from briefing_tui.ui.screens.confirm import ConfirmScreen

        if not location:
            return
        path = Path(location).expanduser()
        if path.exists():
            question = f"{path} exists. Overwrite it?"
            self.app.push_screen(
                ConfirmScreen(question), lambda yes: self._write_export(location) if yes else None
            )
            return
        self._write_export(location)

    def _write_export(self, location: str) -> None:
        path, error = write_export(location, self.app.export_markdown(), self.app.article)
        if error is not None:
            self.app.notify(error, title="Export failed", severity="error", timeout=10)
            return
        self.export_folder.remember(path.parent)
        self.app.notify(exported_notice(path, self.app.size.width), title="Export")

    def open(self) -> None:
        """Ask for a path or URL and open it."""
        from briefing_tui.ui.screens.prompt import PromptScreen

        screen = PromptScreen(
            "Open an article",
            placeholder="a file path or an http(s) URL",
            hint="Enter to open, Esc to cancel; Ctrl+R lists recent articles",
            recent=self.recent.entries,
        )
        self.app.push_screen(screen, self.app.open_location)

    def choose_recent(self) -> None:
        """List the recent articles and open the one chosen."""
        from briefing_tui.ui.screens.recent import RecentScreen

        entries = self.recent.entries()
        if not entries:
            self.app.notify("No recent articles yet", severity="warning")
            return
        self.app.push_screen(RecentScreen(entries), self._reopen)

    def _reopen(self, location: str | None) -> None:
        from briefing_tui.reading.load import is_stdin

        if location is not None and is_stdin(location):
            # Said at once, without the loading worker's round trip.
            self.app.notify(STDIN_GONE, title="Recent", severity="warning", timeout=10)
            return
        self.app.open_location(location)
