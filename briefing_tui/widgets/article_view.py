"""The article pane: title, source and paragraphs, with marked ranges."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from briefing_tui.model import Article, Span

#: Mark layers, painted in this order (later layers win where they overlap).
LAYERS: tuple[str, ...] = (
    "evidence",
    "claim-content",
    "claim-source",
    "mention",
    "match",
    "current",
)


class Paragraph(Static):
    """One paragraph of the article; knows its character range."""

    def __init__(self, span: Span, **kwargs) -> None:
        super().__init__(**kwargs)
        self.span = span


class ArticleView(VerticalScroll, can_focus=True):
    """The article text; other panes ask it to mark ranges and scroll to offsets.

    Article text always goes through ``rich.text.Text`` with ranges stylized,
    never through markup, so ``[bold]`` in an article is shown as written.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", id="article.down", show=False),
        Binding("k", "scroll_up", "Scroll up", id="article.up", show=False),
        Binding("g", "scroll_home", "Top", id="article.top", show=False),
        Binding("G", "scroll_end", "Bottom", id="article.bottom", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {f"article-view--{layer}" for layer in LAYERS}

    def __init__(self, article: Article, *, id: str | None = None, classes: str | None = None):
        super().__init__(id=id, classes=classes)
        self.article = article
        self.painted = False
        self._marks: dict[str, list[Span]] = {layer: [] for layer in LAYERS}
        self._paragraphs: list[Paragraph] = []
        self._starts: list[int] = []
        self._pending_offset: int | None = None

    # -- building ----------------------------------------------------------

    def _paragraph_spans(self) -> list[Span]:
        spans = list(self.article.paragraphs)
        if not spans and self.article.text.strip():
            spans = [Span(0, len(self.article.text))]
        return spans

    def compose(self):
        article = self.article
        spans = self._paragraph_spans()
        first_text = article.text[spans[0].start : spans[0].end].strip() if spans else ""
        title_is_first = bool(article.title) and first_text == article.title.strip()
        if not title_is_first:
            yield Static(Text(article.title or "Untitled article"), classes="article-title")
        if article.source:
            yield Static(Text(article.source), classes="article-source")
        self._paragraphs = []
        for index, span in enumerate(spans):
            classes = "paragraph article-title" if index == 0 and title_is_first else "paragraph"
            paragraph = Paragraph(span, classes=classes)
            self._paragraphs.append(paragraph)
            yield paragraph
        self._starts = [p.span.start for p in self._paragraphs]

    def on_mount(self) -> None:
        self.border_title = "Article"
        self.watch(self.app, "theme", self._theme_changed, init=False)
        self.refresh_marks()
        self.call_after_refresh(self._mark_painted)

    def _mark_painted(self) -> None:
        self.painted = True

    def _theme_changed(self, _theme: str) -> None:
        # Component styles come from the theme's variables; repaint with the new ones.
        self.call_after_refresh(self.refresh_marks)

    # -- marks -------------------------------------------------------------

    def marks(self, layer: str) -> list[Span]:
        """The ranges currently marked in ``layer``."""
        return list(self._marks[layer])

    def set_marks(self, layer: str, spans: Iterable[Span]) -> None:
        """Mark ``spans`` in ``layer`` (replacing what the layer marked before)."""
        self.show_marks({layer: spans})

    def show_marks(self, marks: Mapping[str, Iterable[Span]], clear: Iterable[str] = ()) -> None:
        """Empty the ``clear`` layers and replace the layers in ``marks``, repainting once."""
        for layer in clear:
            self._marks[layer] = []
        for layer, spans in marks.items():
            self._marks[layer] = sorted(spans, key=lambda s: (s.start, s.end))
        self.refresh_marks()

    def clear_marks(self, *layers: str) -> None:
        """Remove the marks of the given layers (all layers when none are given)."""
        for layer in layers or LAYERS:
            self._marks[layer] = []
        self.refresh_marks()

    def paragraph_text(self, paragraph: Paragraph) -> Text:
        """The paragraph as styled Text with the current marks."""
        span = paragraph.span
        text = Text(self.article.text[span.start : span.end])
        for layer in LAYERS:
            style = self.get_component_rich_style(f"article-view--{layer}", partial=True)
            for mark in self._marks[layer]:
                start, end = max(mark.start, span.start), min(mark.end, span.end)
                if start < end:
                    text.stylize(style, start - span.start, end - span.start)
        return text

    def refresh_marks(self) -> None:
        """Repaint every paragraph with the current marks."""
        for paragraph in self._paragraphs:
            paragraph.update(self.paragraph_text(paragraph))

    # -- geometry ----------------------------------------------------------

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph containing (or nearest before) a character offset."""
        if not self._paragraphs:
            return None
        index = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return self._paragraphs[index]

    @property
    def paragraphs(self) -> list[Paragraph]:
        """The paragraph widgets, in order."""
        return list(self._paragraphs)

    def _line_of(self, paragraph: Paragraph, offset: int) -> int:
        """Which wrapped line of the paragraph holds ``offset`` (an estimate from Rich's wrap)."""
        width = paragraph.content_region.width or paragraph.size.width
        if width <= 0:
            return 0
        lines = self.paragraph_text(paragraph).wrap(self.app.console, width)
        consumed = paragraph.span.start
        for number, line in enumerate(lines):
            consumed += len(line.plain)
            if offset < consumed:
                return number
            consumed += 1  # the space dropped at the wrap point
        return max(0, len(lines) - 1)

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that the character at ``offset`` is in view, a third of the way down.

        Done after the next refresh, so a layout change (a pane shown) is taken into account.
        """
        self._pending_offset = offset
        self.call_after_refresh(self._scroll_to_pending)

    def _scroll_to_pending(self) -> None:
        offset, self._pending_offset = self._pending_offset, None
        if offset is None:
            return
        paragraph = self.paragraph_at(offset)
        if paragraph is None:
            return
        top = paragraph.virtual_region.y + self._line_of(paragraph, offset)
        self.scroll_to(y=max(0, top - self.scrollable_content_region.height // 3), animate=False)

    def offset_in_view(self, offset: int) -> bool:
        """Whether the line holding ``offset`` is inside the visible part of the pane."""
        paragraph = self.paragraph_at(offset)
        if paragraph is None:
            return False
        y = paragraph.virtual_region.y + self._line_of(paragraph, offset)
        return self.scroll_y <= y < self.scroll_y + self.scrollable_content_region.height

    def paragraph_in_view(self) -> Paragraph | None:
        """The first paragraph whose text shows at the top of the pane."""
        top = self.scroll_y
        for paragraph in self._paragraphs:
            region = paragraph.virtual_region
            if region.y + region.height > top:
                return paragraph
        return self._paragraphs[-1] if self._paragraphs else None
