"""The main screen's search (/): its matches marked, the lists narrowed.

A long article is searched in a thread, so typing stays answered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from briefing_tui.model import Article, Span
from briefing_tui.ui.logic.highlights import MarkCycle, MarkLayer, mention_spans
from briefing_tui.ui.logic.relations import FoldedText, find_matches, folded_text
from briefing_tui.ui.messages import SearchChanged, SearchClosed

#: Articles longer than this are searched in a thread, so typing a query stays
#: answered: one letter can match a million times in 10 MB (over a second).
SEARCH_IN_THREAD_CHARS = 200_000

if TYPE_CHECKING:
    from briefing_tui.ui.screens.main import MainScreen

    _Base = MainScreen
else:
    _Base = object


class SearchMixin(_Base):
    """The search's part of ``MainScreen``."""

    def open_search(self) -> None:
        """Open the search bar."""
        search = self.query_one("#search")
        search.add_class("-visible")
        if not self.search_query:
            self._cursors_before_search = self._list_cursors()
            self.record_jump()  # the search moves to its matches
        self.set_focus(search)  # at once: what is typed right after / is the query

    def on_search_changed(self, message: SearchChanged) -> None:
        self.search_query = message.query
        if message.query and len(self.article.text) > SEARCH_IN_THREAD_CHARS:
            # The marks of the previous query stay until this one's are found.
            self._search_in_thread(self.article, message.query)
        else:
            matches = find_matches(self.article.text, message.query)
            self._show_matches(message.query, matches)
        self._apply_filters()

    def _show_matches(
        self,
        query: str,
        matches: list[Span],
        layer: MarkLayer | None = None,
        cycle: MarkCycle | None = None,
    ) -> None:
        self.article_view.show_marks({"match": layer if layer is not None else matches})
        if query:
            self._walk(matches, cycle, kind="match")
        elif self.selected_actor is not None:
            self._walk(mention_spans(self.selected_actor))
        else:
            self._walk([])

    @work(thread=True, exclusive=True, group="search", exit_on_error=False, description="search")
    def _search_in_thread(self, article: Article, query: str) -> None:
        """Find ``query`` in a long article and build its marks, off the UI thread."""
        from textual.worker import get_current_worker

        worker = get_current_worker()
        folded = self._folded_text(article)
        matches = (
            find_matches(article.text, query, folded, should_stop=lambda: worker.is_cancelled)
            if folded is not None
            else []
        )
        if worker.is_cancelled:
            return  # a newer query replaced this one
        layer, cycle = MarkLayer(matches), MarkCycle(matches)
        self.app.call_from_thread(self._matches_found, article, query, matches, layer, cycle)

    def _folded_text(self, article: Article) -> FoldedText | None:
        """``article``'s text folded for searching, made once per article."""
        cached = self._folded
        if cached is None or cached[0] is not article:
            cached = (article, folded_text(article.text))
            self._folded = cached
        return cached[1]

    def _matches_found(
        self, article: Article, query: str, matches: list[Span], layer: MarkLayer, cycle: MarkCycle
    ) -> None:
        if article is self.article and query == self.search_query and self._panes_ready():
            self._show_matches(query, matches, layer, cycle)

    def on_search_closed(self, message: SearchClosed) -> None:
        self.query_one("#search").remove_class("-visible")
        if not message.keep:
            self.on_search_changed(SearchChanged(""))
            # The lists show all again: their cursors go back to where they were before
            # the search narrowed them (not to whatever row the narrowing left them on).
            for item_list in self.lists:
                item_id = (self._cursors_before_search or {}).get(str(item_list.id))
                if item_id is not None:
                    item_list.select_item_id(item_id)
            self._cursors_before_search = None
        self.show_pane(self.active_pane if self.active_pane != "notes" else "article")

    def _list_cursors(self) -> dict[str, str]:
        """The id of the item under each list's cursor, by list id."""
        cursors = {}
        for item_list in self.lists:
            item = item_list.selected_item
            if item is not None:
                cursors[str(item_list.id)] = item_list.item_id(item)
        return cursors
