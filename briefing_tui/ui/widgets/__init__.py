"""The app's widgets, one per module.

Imported lazily (PEP 562): the first frame needs only the article view and the
pane bar, so the lists, the notes editor and the search bar (and the Textual
widgets behind them) are imported when the panes are mounted, after it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing_tui.ui.widgets.actor_list import ActorList
    from briefing_tui.ui.widgets.article_view import ArticleView
    from briefing_tui.ui.widgets.claim_list import ClaimList
    from briefing_tui.ui.widgets.item_list import ItemList
    from briefing_tui.ui.widgets.key_bar import KeyBar
    from briefing_tui.ui.widgets.notes_pane import NotesPane
    from briefing_tui.ui.widgets.pane_bar import PaneBar
    from briefing_tui.ui.widgets.question_list import QuestionList
    from briefing_tui.ui.widgets.search_bar import SearchBar

#: Each widget's module.
_MODULES = {
    "ActorList": "actor_list",
    "ArticleView": "article_view",
    "ClaimList": "claim_list",
    "ItemList": "item_list",
    "KeyBar": "key_bar",
    "NotesPane": "notes_pane",
    "PaneBar": "pane_bar",
    "QuestionList": "question_list",
    "SearchBar": "search_bar",
}

__all__ = [
    "ActorList",
    "ArticleView",
    "ClaimList",
    "ItemList",
    "KeyBar",
    "NotesPane",
    "PaneBar",
    "QuestionList",
    "SearchBar",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
