"""The start screen: recent and unread articles, the feeds, opening a file or URL, and search.

``/`` searches the whole library (articles and notes) as one types; Enter opens
the hit at the matching place. Enter on a feed lists its entries; ``r``
refreshes the feeds; ``o`` opens a file or URL; ``s`` the sample. What is chosen
is handed back to the caller as a ``Choice`` (the app then opens it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from briefing_tui.errors import BriefingError
from briefing_tui.store.library import Library
from briefing_tui.store.library.articles import ArticleRow, recent_articles, unread_articles
from briefing_tui.store.library.feeds import EntryRow, feed_entries, list_feeds
from briefing_tui.store.library.search import Hit, indexed_text, match_offset, search
from briefing_tui.terminal_text import one_line
from briefing_tui.ui.library_link import StartAt
from briefing_tui.ui.logic.library_rows import (
    article_prompt,
    entry_prompt,
    feed_prompt,
    hit_prompt,
)
from briefing_tui.ui.logic.marks import (
    DOSSIER_MINIMUM,
    Marks,
    marked_prompt,
    marks_hint,
    too_few_message,
)

#: Rows of recent articles listed (the library may hold tens of thousands).
RECENT_ROWS = 200
#: Notes listed by n.
NOTE_ROWS = 500


@dataclass(frozen=True, slots=True)
class Choice:
    """What the reader chose: the articles to open, which one first, and where in it."""

    locations: list[str]
    index: int = 0
    start_at: StartAt | None = None
    #: Open the articles together as a dossier (marked with space, then d).
    dossier: bool = False


class StartScreen(Screen[Choice | None]):
    """The library at a glance, with search."""

    DEFAULT_CSS = """
    StartScreen #start-body { height: 1fr; }
    StartScreen #articles { width: 2fr; border: round $primary; }
    StartScreen #feeds { width: 1fr; border: round $secondary; }
    StartScreen Input { display: none; }
    StartScreen Input.-shown { display: block; }
    StartScreen #start-hint { height: 1; color: $text-muted; padding: 0 1; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        # Not a priority binding: in the open field a URL's "/" is typed, not a search.
        Binding("slash", "search", "Search"),
        Binding("o", "open", "Open file/URL"),
        Binding("s", "sample", "Sample"),
        Binding("r", "refresh", "Refresh feeds"),
        Binding("a", "add_feed", "Add feed"),
        Binding("n", "notes", "All notes"),
        Binding("i", "import_opml", "Import OPML"),
        Binding("e", "export_opml", "Export OPML"),
        # In the notes list (n): what its hint line says.
        Binding("f", "filter_notes('text')", "Filter notes by text", show=False),
        Binding("F", "filter_notes('actor')", "Filter notes by actor", show=False),
        Binding("escape", "back", "Back", show=False),
        Binding("tab", "switch", "Articles/feeds", show=False),
        Binding("q", "quit_start", "Quit"),
        Binding("space", "mark", "Mark", show=False),
        Binding("d", "dossier", "Dossier of the marked"),
        # From the search field (which types every other key) down to its results.
        Binding("down", "to_results", "Results", show=False),
    ]

    def __init__(
        self, library: Library | None, error: str | None = None, *, analyse: bool = True
    ) -> None:
        super().__init__()
        self.library = library
        self.error = error
        #: What the article list shows: "recent", "feed", or "search".
        self.mode = "recent"
        self._rows: list[tuple[str, str, object]] = []  # (location, sha256, row)
        self._hits: list[Hit] = []
        self._query = ""
        #: Whether a refresh's new articles are analysed in the background.
        self.analyse_after_refresh = analyse
        #: What the ``#start-ask`` field is asking for (``_ask``), and the notes' filters.
        self._asking: tuple[str, str] | None = None
        self.note_filters: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Search the library (articles and notes)", id="search")
        yield Input(placeholder="A file path or an http(s) URL to open", id="open")
        yield Input(placeholder="A feed's address, or a page that names one", id="add-feed")
        yield Input(id="start-ask")  # OPML paths, the notes' filters (``_ask``)
        yield Static("", id="start-hint")
        with Horizontal(id="start-body"):
            yield OptionList(id="articles")
            with Vertical(id="feeds-column", classes="-feeds"):
                yield OptionList(id="feeds")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Briefing"
        self.sub_title = "library"
        self.query_one("#articles", OptionList).border_title = "Recent and unread"
        self.query_one("#feeds", OptionList).border_title = "Feeds"
        self.show_recent()
        self.show_feeds()
        self.query_one("#articles", OptionList).focus()
        if self.error:
            self.notify(self.error, title="Library", severity="error", timeout=15)

    # -- lists -------------------------------------------------------------

    @property
    def article_list(self) -> OptionList:
        """The middle list: recent articles, a feed's entries, or search hits."""
        return self.query_one("#articles", OptionList)

    def _hint(self, text: str) -> None:
        self.query_one("#start-hint", Static).update(text)

    def show_recent(self) -> None:
        """List the unread articles, then the recently opened ones."""
        self.mode = "recent"
        rows: list[ArticleRow] = []
        if self.library is not None:
            try:
                unread = unread_articles(self.library, RECENT_ROWS // 2)
                seen = {r.sha256 for r in unread}
                recent = [
                    r for r in recent_articles(self.library, RECENT_ROWS) if r.sha256 not in seen
                ]
                rows = (unread + recent)[:RECENT_ROWS]
            except BriefingError as exc:
                self.notify(str(exc), title="Library", severity="error")
        self._rows = [(r.location, r.sha256, r) for r in rows]
        options = [Option(article_prompt(r)) for r in rows]
        self.article_list.set_options(options)
        self._highlight_first()
        self.article_list.border_title = "Recent and unread"
        if not rows:
            self._hint("No articles yet: o opens a file or URL, s the sample, / searches")
        else:
            self._hint("Enter opens · ] and [ move between these articles once open")

    def show_feeds(self) -> None:
        """List the feeds with their unread counts."""
        feeds_list = self.query_one("#feeds", OptionList)
        self._feeds = list_feeds(self.library) if self.library is not None else []
        feeds_list.set_options([Option(feed_prompt(f)) for f in self._feeds])
        if self._feeds:
            feeds_list.highlighted = 0
        else:
            feeds_list.set_options([Option("No feeds: briefing feed add URL", disabled=True)])

    def show_feed(self, index: int) -> None:
        """List one feed's entries (newest first)."""
        if self.library is None or not 0 <= index < len(self._feeds):
            return
        feed = self._feeds[index]
        self.mode = "feed"
        entries = feed_entries(self.library, feed.id, RECENT_ROWS)
        self._rows = [(e.url or "", e.article_sha or "", e) for e in entries]
        self.article_list.set_options([Option(entry_prompt(e)) for e in entries])
        self._highlight_first()
        self.article_list.border_title = feed.title
        self._hint(f"{feed.unread} unread · Escape: back to recent articles")
        self.article_list.focus()

    def action_notes(self) -> None:
        """List every note of the library with its article; Enter opens it at the note."""
        from briefing_tui.store.library.notes_export import library_notes

        if self.library is None:
            return
        try:
            notes = library_notes(
                self.library,
                actor=self.note_filters.get("actor"),
                text=self.note_filters.get("text"),
            )[:NOTE_ROWS]
        except BriefingError as exc:
            self._hint(str(exc))
            return
        hits = [
            Hit(
                "note",
                n.sha256,
                n.title,
                " ".join(n.body.split())[:200],
                self._note_location(n.sha256, n.source),
                note_uid=n.uid,
                anchor_kind=n.anchor_kind,
                anchor_text=n.anchor_text,
            )
            for n in notes
        ]
        self.mode = "notes"
        self._query = ""
        self._rows = [(h.location, h.sha256, h) for h in hits]
        self.article_list.set_options([Option(hit_prompt(h)) for h in hits])
        self.article_list.border_title = self._notes_title(len(hits))
        self._hint(
            "Enter opens the article at the note · f filters by text, F by actor · "
            "briefing notes exports"
        )
        self._highlight_first()
        self.article_list.focus()

    def _highlight_first(self) -> None:
        self._show_marks()
        if self.article_list.option_count:
            self.article_list.highlighted = 0

    def _note_location(self, sha256: str, source: str) -> str:
        from briefing_tui.store.library.articles import article_row

        row = article_row(self.library, sha256) if self.library is not None else None
        return row.location if row is not None else source

    # -- search ------------------------------------------------------------

    def action_search(self) -> None:
        """Open the search field."""
        field = self.query_one("#search", Input)
        field.add_class("-shown")
        field.focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    def run_search(self, query: str) -> None:
        """Show the library's hits for ``query`` (the recent articles when it is empty)."""
        self._query = query
        if not query.strip() or self.library is None:
            self.show_recent()
            return
        try:
            hits = search(self.library, query)
        except BriefingError as exc:
            self._hint(str(exc))
            return
        self.mode = "search"
        self._hits = hits
        self._rows = [(h.location, h.sha256, h) for h in hits]
        self.article_list.set_options([Option(hit_prompt(h)) for h in hits])
        self.article_list.border_title = f"{len(hits)} found"
        self._show_marks()
        self._hint("Enter opens the article at the match · ] and [ walk the results")

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self.article_list.focus()
        if self._rows:
            self.article_list.highlighted = 0
            self._open_row(0)

    # -- opening -----------------------------------------------------------

    @on(OptionList.OptionSelected, "#articles")
    def _article_chosen(self, event: OptionList.OptionSelected) -> None:
        self._open_row(event.option_index)

    @on(OptionList.OptionSelected, "#feeds")
    def _feed_chosen(self, event: OptionList.OptionSelected) -> None:
        self.show_feed(event.option_index)

    def _open_row(self, index: int) -> None:
        if not 0 <= index < len(self._rows):
            return
        location, sha, row = self._rows[index]
        if not location:
            self.notify("This article was read from standard input: pipe it in again", timeout=5)
            return
        start = None
        if isinstance(row, Hit):
            if row.kind == "note":
                start = StartAt(note_uid=row.note_uid)
            elif self.library is not None:
                text = indexed_text(self.library, sha)
                offset = match_offset(text, self._query) if text else None
                start = StartAt(offset=offset) if offset is not None else None
        locations = [loc for loc, _sha, _row in self._rows if loc]
        position = locations.index(location) if location in locations else 0
        self.dismiss(Choice(locations, position, start))

    def action_open(self) -> None:
        """Ask for a file or URL to open."""
        field = self.query_one("#open", Input)
        field.add_class("-shown")
        field.focus()

    @on(Input.Submitted, "#open")
    def _open_submitted(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.dismiss(Choice([event.value.strip()]))

    def action_sample(self) -> None:
        """Open the bundled sample article."""
        from briefing_tui.reading.samples import default_sample

        self.dismiss(Choice([str(default_sample())]))

    def action_back(self) -> None:
        """Escape: close a field, or go back to the recent articles."""
        for field in self.query(Input):
            if field.has_class("-shown"):
                field.remove_class("-shown")
                field.value = ""
                self.article_list.focus()
                if field.id == "search":
                    self.show_recent()
                return
        if self.mode != "recent":
            self.show_recent()

    def action_switch(self) -> None:
        """Move between the articles and the feeds."""
        feeds = self.query_one("#feeds", OptionList)
        (self.article_list if feeds.has_focus else feeds).focus()

    def action_quit_start(self) -> None:
        """Leave Briefing."""
        self.dismiss(None)

    # -- feeds -------------------------------------------------------------

    def action_add_feed(self) -> None:
        """Ask for a feed (or a page naming one) to add."""
        field = self.query_one("#add-feed", Input)
        field.add_class("-shown")
        field.focus()

    @on(Input.Submitted, "#add-feed")
    def _add_feed_submitted(self, event: Input.Submitted) -> None:
        event.input.remove_class("-shown")
        event.input.value = ""
        self.article_list.focus()
        if event.value.strip():
            self._hint(f"adding {event.value.strip()}…")
            self._add_feed(event.value.strip())

    @work(thread=True, exclusive=True, group="add-feed", exit_on_error=False)
    def _add_feed(self, url: str) -> None:
        from briefing_tui.engine.feeds import add_feed_at
        from briefing_tui.store.library import open_library

        try:
            with open_library(self.library.home if self.library else None, sync_notes=False) as own:
                title, _found, added = add_feed_at(own, url)
            message = f"{title}: {'added' if added else 'already there'}; r refreshes the feeds"
        except BriefingError as exc:
            message = str(exc)
        self.app.call_from_thread(self._refreshed, message)

    def action_refresh(self) -> None:
        """Refresh every feed in the background."""
        self._hint("refreshing the feeds…")
        self._refresh_feeds()

    @work(thread=True, exclusive=True, group="refresh", exit_on_error=False)
    def _refresh_feeds(self) -> None:
        from briefing_tui.engine.feeds import refresh_feeds
        from briefing_tui.store.library import open_library

        try:
            library = open_library(self.library.home if self.library else None, sync_notes=False)
            with library:
                report = refresh_feeds(library)
            if report.articles and self.analyse_after_refresh:
                from briefing_tui.engine.feeds import analyse_in_background

                analyse_in_background()
            message = f"{report.new_entries} new entries, {report.stored} stored" + (
                f", {len(report.errors)} problems" if report.errors else ""
            )
        except BriefingError as exc:
            message = str(exc)
        self.app.call_from_thread(self._refreshed, message)

    def _refreshed(self, message: str) -> None:
        self._hint(message)
        self.show_feeds()
        if self.mode == "recent":
            self.show_recent()

    # -- OPML, the notes' filters ------------------------------------------

    def _ask(self, purpose: str, placeholder: str, detail: str = "") -> None:
        """Show the one-line field asking for ``purpose`` (``_asked`` takes the answer)."""
        field = self.query_one("#start-ask", Input)
        self._asking = (purpose, detail)
        field.placeholder = placeholder
        field.value = ""
        field.add_class("-shown")
        field.focus()

    @on(Input.Submitted, "#start-ask")
    def _asked(self, event: Input.Submitted) -> None:
        asking, self._asking = self._asking, None
        event.input.remove_class("-shown")
        event.input.value = ""
        self.article_list.focus()
        if asking is None:
            return
        purpose, detail = asking
        answer = event.value.strip()
        if purpose == "import":
            self._import_opml(answer)
        elif purpose == "export":
            self._export_opml(answer)
        elif purpose == "overwrite":
            if answer.lower() in ("y", "yes"):
                self._write_opml(Path(detail))
            else:
                self._hint(f"{one_line(detail)} kept as it was; nothing written")
        elif purpose in ("actor", "text"):
            self.note_filters[purpose] = answer
            self.action_notes()

    def _say_error(self, message: str) -> None:
        """A fault in one line: on the hint line, and as a notification."""
        self._hint(one_line(message))
        self.notify(one_line(message), title="Library", severity="error", timeout=10)

    def _library_missing(self) -> bool:
        """Whether the library could not be opened; if so, says why."""
        if self.library is None:
            self._say_error(self.error or "the library could not be opened")
            return True
        return False

    def action_import_opml(self) -> None:
        """Ask for an OPML file (from another reader) whose feeds to add."""
        if self._library_missing():
            return
        self._ask("import", "An OPML file of feeds to add (Enter adds them, Esc cancels)")

    def _import_opml(self, answer: str) -> None:
        from briefing_tui.reading.feeds.opml import read_opml
        from briefing_tui.store.library.feeds import add_feed

        if not answer or self.library is None:
            return
        path = Path(answer).expanduser()
        try:
            feeds = read_opml(path.read_bytes(), str(path))
            with self.library.transaction():
                added = sum(add_feed(self.library, f.url, f.title) for f in feeds)
        except OSError as exc:
            self._say_error(f"cannot read {path} ({exc.strerror or exc}); nothing imported")
            return
        except BriefingError as exc:
            self._say_error(f"{exc}; nothing imported")
            return
        self.show_feeds()
        self._hint(
            f"{len(feeds)} feeds in {one_line(str(path))}: {added} added, "
            f"{len(feeds) - added} already there · r refreshes them"
        )

    def action_export_opml(self) -> None:
        """Ask where to write the feeds as OPML (a file there is kept unless confirmed)."""
        if self._library_missing():
            return
        self._ask("export", "Where to write the feeds as OPML, e.g. ~/feeds.opml")

    def _export_opml(self, answer: str) -> None:
        if not answer:
            return
        path = Path(answer).expanduser()
        if path.is_dir():
            self._say_error(f"{path} is a folder; give a file name such as {path / 'feeds.opml'}")
        elif path.exists() or path.is_symlink():
            question = f"{one_line(str(path))} exists: y and Enter replace it; Enter or Esc keep it"
            self._ask("overwrite", question, str(path))
            self._hint(question)
        else:
            self._write_opml(path)

    def _write_opml(self, path: Path) -> None:
        from briefing_tui.reading.feeds.opml import OpmlFeed, write_opml
        from briefing_tui.store.output import write_output

        if self.library is None:
            return
        try:
            feeds = list_feeds(self.library)
            write_output(
                str(path), write_opml([OpmlFeed(f.url, f.title) for f in feeds]), stdout_ok=False
            )
        except BriefingError as exc:
            self._say_error(str(exc))
            return
        self._hint(f"{len(feeds)} feeds written to {one_line(str(path))}")

    def action_filter_notes(self, by: str) -> None:
        """In the notes list: ask for the words (``by`` "text") or the actor's name
        (``by`` "actor") the notes listed must hold; empty clears that filter."""
        if self.mode != "notes":
            self._hint("f and F filter the notes list: n lists them first")
            return
        what = "on an actor named like" if by == "actor" else "holding the words"
        now = self.note_filters.get(by)
        now_said = f"now {one_line(now)!r}; " if now else ""
        self._ask(by, f"Only the notes {what}… ({now_said}empty: all; Esc cancels)")

    def _notes_title(self, count: int) -> str:
        """The notes list's title, with the filters it has."""
        shown = [
            f"{'actor' if by == 'actor' else 'text'} ~ {one_line(value)!r}"
            for by, value in sorted(self.note_filters.items())
            if value
        ]
        if not shown:
            return f"All notes ({count})"
        return f"Notes ({count}): " + ", ".join(shown)

    # -- marking articles for a dossier ------------------------------------

    @property
    def marks(self) -> Marks:
        """The articles marked with space, opened together by d."""
        marks = self.__dict__.get("_marks")
        if marks is None:
            marks = self.__dict__["_marks"] = Marks()
        return marks

    def action_mark(self) -> None:
        """Space: mark the highlighted article (or unmark it)."""
        if not self.article_list.has_focus:
            return
        index = self.article_list.highlighted
        if index is None or not 0 <= index < len(self._rows):
            return
        location, _sha, row = self._rows[index]
        if not location:
            self.notify("This article was read from standard input: pipe it in again", timeout=5)
            return
        self.marks.toggle(location, str(getattr(row, "title", "") or location))
        self._show_marks(location)
        self._hint(marks_hint(len(self.marks)))
        if index + 1 < self.article_list.option_count:
            self.article_list.highlighted = index + 1

    def _show_marks(self, changed: str | None = None) -> None:
        """Draw the mark in front of the marked rows of a list just filled (their prompts
        are unmarked), or, given the location whose mark ``changed``, redraw its rows."""
        if changed is None and not len(self.marks):
            return  # nothing to draw: the list was just filled without marks
        rows_shown = self.article_list.option_count
        for index, (location, _sha, row) in enumerate(self._rows[:rows_shown]):
            if not location or (location != changed if changed else location not in self.marks):
                continue
            prompt = _row_prompt(row)
            if prompt is not None:
                marked = location in self.marks
                self.article_list.replace_option_prompt_at_index(
                    index, marked_prompt(prompt) if marked else prompt
                )

    def action_dossier(self) -> None:
        """d: open the marked articles together as a dossier (two at least)."""
        if len(self.marks) < DOSSIER_MINIMUM:
            self.notify(too_few_message(len(self.marks)), title="Dossier", timeout=6)
            return
        self.dismiss(Choice(self.marks.locations, 0, None, dossier=True))

    def action_to_results(self) -> None:
        """Down in the search field: into its results (to mark them, or open one)."""
        if self.query_one("#search", Input).has_focus and self.article_list.option_count:
            self.article_list.focus()
            if self.article_list.highlighted is None:
                self.article_list.highlighted = 0


def _row_prompt(row: object) -> Text | None:
    """The unmarked prompt of a row of the article list."""
    if isinstance(row, ArticleRow):
        return article_prompt(row)
    if isinstance(row, EntryRow):
        return entry_prompt(row)
    if isinstance(row, Hit):
        return hit_prompt(row)
    return None
