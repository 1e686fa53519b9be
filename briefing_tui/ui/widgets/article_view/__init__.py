"""The article pane: the widget (``view``) and what it uses from the Textual-free layout."""

from __future__ import annotations

from briefing_tui.ui.logic.article_layout import (
    EAGER_WRAP_CHARS,
    PIECE_CHARS,
    SPLIT_CHARS,
    WrappedLines,
    piece_count,
    piece_cut,
    split_paragraph,
)
from briefing_tui.ui.logic.highlights import LAYERS, MarkLayer
from briefing_tui.ui.widgets.article_view.view import ArticleView, Paragraph

__all__ = [
    "EAGER_WRAP_CHARS",
    "LAYERS",
    "PIECE_CHARS",
    "SPLIT_CHARS",
    "ArticleView",
    "MarkLayer",
    "Paragraph",
    "WrappedLines",
    "piece_count",
    "piece_cut",
    "split_paragraph",
]
