"""The app's widgets, one per module."""

from briefing_tui.widgets.actor_list import ActorList
from briefing_tui.widgets.article_view import ArticleView
from briefing_tui.widgets.claim_list import ClaimList
from briefing_tui.widgets.item_list import ItemList
from briefing_tui.widgets.notes_pane import NotesPane
from briefing_tui.widgets.pane_bar import PaneBar
from briefing_tui.widgets.question_list import QuestionList
from briefing_tui.widgets.search_bar import SearchBar

__all__ = [
    "ActorList",
    "ArticleView",
    "ClaimList",
    "ItemList",
    "NotesPane",
    "PaneBar",
    "QuestionList",
    "SearchBar",
]
