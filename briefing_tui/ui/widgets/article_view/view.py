"""The article pane: title, credits and paragraphs, with marked ranges.

A Markdown article's text is its plain words (see ``reading.markdown``); what
its Markdown styled (``Article.markup``: headings, emphasis, code, links,
quotes) is drawn in those styles, under the marks.

The pane is virtual (Textual's Line API): only the lines on screen are rendered.
Nothing is done for every paragraph when an article is shown. What the blocks
are, how they wrap and how high they are estimated is ``logic.article_layout``;
this widget wraps blocks when they first come into view (or are jumped to), as
far as they show, and keeps their lines until the width changes. So a 10 MB
article shows as fast as a short one, and marking ranges or filling the other
panes never re-wraps it. Scrolling down, or jumping to an offset, is exact; only
the lines above a jump's target keep estimated heights until they are scrolled
through.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from operator import attrgetter
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing_tui.model import Article, MarkupKind, Span
from briefing_tui.terminal_text import visible_controls
from briefing_tui.ui.logic.article_layout import (
    EAGER_WRAP_CHARS,
    ArticleBlocks,
    BlockHeights,
    WrappedLines,
    line_capacity,
    wrapped_height,
)
from briefing_tui.ui.logic.highlights import LAYERS, MarkLayer
from briefing_tui.ui.messages import ArticleClicked, ArticleJumped

_start_of = attrgetter("start")
#: The Markdown styles the view draws, by the component class that styles them (list
#: items are not styled: their bullets are in the text).
_MARKUP_STYLES = {
    MarkupKind.HEADING: "article-view--heading",
    MarkupKind.STRONG: "article-view--strong",
    MarkupKind.EMPHASIS: "article-view--emphasis",
    MarkupKind.CODE: "article-view--code",
    MarkupKind.LINK: "article-view--link",
    MarkupKind.QUOTE: "article-view--quote",
}


def _markup_layers(article: Article) -> dict[str, MarkLayer]:
    """The article's Markdown ranges, one layer per component class that styles them."""
    spans: dict[str, list[Span]] = {}
    for markup in article.markup:
        component = _MARKUP_STYLES.get(markup.kind)
        if component:
            spans.setdefault(component, []).append(Span(markup.start, markup.end))
    return {component: MarkLayer.from_spans(found) for component, found in spans.items()}


class Paragraph:
    """One paragraph of the article; knows its character range and where it is shown."""

    __slots__ = ("_view", "index", "span")

    def __init__(self, view: ArticleView, index: int, span: Span) -> None:
        self._view = view
        self.index = index
        self.span = span

    @property
    def virtual_region(self) -> Region:
        """Where the paragraph's lines are in the scrollable area (x, y, width, height),
        all its pieces for a long one.

        The height of a paragraph longer than a few screens is an estimate until it
        has been scrolled through.
        """
        return self._view._paragraph_region(self.index)

    def __repr__(self) -> str:
        return f"Paragraph({self.index}, {self.span!r})"


class ArticleView(ScrollView, can_focus=True):
    """The article text; other panes ask it to mark ranges and scroll to offsets.

    Article text always goes through ``rich.text.Text`` with ranges stylized,
    never through markup, so ``[bold]`` in an article is shown as written.
    The view is a list of blocks: the title line when the text does not open with it,
    then one block per paragraph (several for a very long one), laid out by ``ArticleBlocks``.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", id="article.down", show=False),
        Binding("k", "scroll_up", "Scroll up", id="article.up", show=False),
        Binding("g", "scroll_home", "Top", id="article.top", show=False),
        Binding("G", "scroll_end", "Bottom", id="article.bottom", show=False),
        # Paging as in less and vim.
        Binding(
            "space",
            "page_down",
            "Page down",
            id="article.page_down",
            show=False,
            tooltip="Scroll down a page",
        ),
        Binding(
            "b", "page_up", "Page up", id="article.page_up", show=False, tooltip="Scroll up a page"
        ),
        Binding(
            "ctrl+d",
            "half_page_down",
            "Half page down",
            id="article.half_down",
            show=False,
            tooltip="Scroll down half a page",
        ),
        Binding(
            "ctrl+u",
            "half_page_up",
            "Half page up",
            id="article.half_up",
            show=False,
            tooltip="Scroll up half a page",
        ),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"article-view--{layer}" for layer in LAYERS),
        "article-view--title",
        "article-view--credit",
        *_MARKUP_STYLES.values(),
    }

    # Markdown's own styles: text styles and the theme's text colours only, so they
    # read on any background and never look like a mark.
    DEFAULT_CSS = """
    ArticleView > .article-view--heading { text-style: bold; color: $text-accent; }
    ArticleView > .article-view--strong { text-style: bold; }
    ArticleView > .article-view--emphasis { text-style: italic; }
    ArticleView > .article-view--code { color: $text-secondary; }
    ArticleView > .article-view--link { text-style: underline; }
    ArticleView > .article-view--quote { color: $foreground-muted; text-style: italic; }
    ArticleView > .article-view--credit { text-style: italic dim; }
    """

    def __init__(self, article: Article, *, id: str | None = None, classes: str | None = None):
        super().__init__(id=id, classes=classes)
        self.article = article
        self.painted = False
        self._marks: dict[str, MarkLayer] = {layer: MarkLayer([]) for layer in LAYERS}
        self._layout = ArticleBlocks(article)
        # The title line and the credits first, so Markdown's styles are drawn over them.
        title = [self._layout.title_span] if self._layout.title_span else []
        self._markup = {
            "article-view--title": MarkLayer(title),
            "article-view--credit": MarkLayer.from_spans(self._layout.credit_spans),
            **_markup_layers(article),
        }
        self._pending_offset: int | None = None
        self._pending_centre = False
        self._pending_top = False
        self._style_cache: dict[str, Style] | None = None
        self._width = 0
        self._spans = self._layout.spans  # the paragraphs
        self._blocks = self._layout.paragraphs
        self._first_paragraph_block = self._layout.first_paragraph_block
        self._paragraph_objects: dict[int, Paragraph] = {}  # made when first asked for
        self._lines: dict[int, WrappedLines] = {}  # block -> its lines wrapped so far
        self._heights: BlockHeights | None = None  # laid out for ``_width`` once it is known
        #: (block, line in it, scroll y) at the top of the view when last drawn.
        self._reading: tuple[int, int, int] | None = None

    def _component(self, index: int) -> str:
        """The extra component style of a whole block ("" for none)."""
        role = self._layout.role(index)
        return f"article-view--{role}" if role else ""

    def _paragraph(self, index: int) -> Paragraph:
        paragraph = self._paragraph_objects.get(index)
        if paragraph is None:
            paragraph = Paragraph(self, index, self._spans[index])
            self._paragraph_objects[index] = paragraph
        return paragraph

    def on_mount(self) -> None:
        self.border_title = "Article"
        self.watch(self.app, "theme", self._theme_changed, init=False)
        self.call_after_refresh(self._mark_painted)

    def _mark_painted(self) -> None:
        self.painted = True

    def _theme_changed(self, _theme: str) -> None:
        # Component styles come from the theme's variables; repaint with the new ones.
        self.call_after_refresh(self.refresh_marks)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._style_cache = None

    # -- wrapping and heights ----------------------------------------------

    def _wrap(
        self, index: int, lines: int | None = None, offset: int | None = None
    ) -> WrappedLines:
        """Wrap block ``index`` as far as ``WrappedLines.wrap`` is asked to (all of it
        by default) and record its height; the lines are kept until the width changes."""
        wrapped = self._lines.get(index)
        if wrapped is None:
            text, start, end = self._layout.bounds(index)
            wrapped = WrappedLines(text, start, end, self._width)
            self._lines[index] = wrapped
        wrapped.wrap(lines, offset)
        if self._heights is not None:
            height = wrapped_height(wrapped, line_capacity(self._width))
            self._heights.set(index, height + self._layout.gap(index))
        return wrapped

    def _estimate_block(self, index: int) -> int:
        """A block's height before it is wrapped, at the current width."""
        return self._layout.estimate_block(index, line_capacity(self._width))

    def _estimate_chunk(self, lo: int, hi: int) -> int:
        """Blocks ``lo`` to ``hi``'s height before they are looked at, at the current width."""
        return self._layout.estimate_chunk(lo, hi, line_capacity(self._width))

    def _set_width(self, width: int) -> None:
        """Lay the blocks out for ``width`` cells (estimating long articles' heights)."""
        if width == self._width and self._heights is not None:
            return
        anchor = self._top_offset() if self._heights is not None else None
        self._width = width
        self._lines = {}
        self._reading = None  # every height is new
        heights = BlockHeights(self._layout.count, self._estimate_chunk, self._estimate_block)
        self._heights = heights
        if len(self.article.text) <= EAGER_WRAP_CHARS:
            for index in range(heights.count):
                self._wrap(index)
        self._update_virtual_size()
        if anchor is not None:
            self._bring_into_view(anchor, third=False)

    def _update_virtual_size(self) -> None:
        total = self._heights.total() - 1 if self._heights and self._heights.count else 0
        self.virtual_size = Size(self._width, max(0, total))

    def _prepare(self, top: int, height: int) -> None:
        """Wrap the blocks covering lines ``top`` to ``top + height`` (exact heights there)."""
        content_width = self.scrollable_content_region.width
        if content_width <= 0:
            return
        self._set_width(content_width)
        heights = self._heights
        if heights is None or not heights.count:
            return
        # Wrapping a block changes the positions of the blocks below it only, so one pass
        # down from the first block in view gives exact heights for the whole view.
        index = heights.index_at(top)
        y = heights.top(index)
        while index < heights.count and y < top + height:
            self._wrap(index, lines=top + height - y)
            y += heights.height(index)
            index += 1
        self._update_virtual_size()

    def _remember_reading_position(self) -> None:
        """Note which line of which block is at the top of the view, and where."""
        heights = self._heights
        if heights is None or not heights.count:
            return
        top = int(self.scroll_y)
        index = heights.index_at(top)
        self._reading = (index, top - heights.top(index), top)

    def _keep_reading_position(self) -> None:
        """Keep the text in place when blocks above the view get their real heights.

        After a jump the blocks above the view count with estimates; scrolling up
        into them wraps them, and they grow or shrink, which would move everything
        below (the text being read) by as much. So after a scroll of up to a screen,
        the view is put where the line last at its top is, plus the scroll.
        """
        heights, reading = self._heights, self._reading
        self._reading = None
        if heights is None or reading is None:
            return
        block, line, old_top = reading
        top = int(self.scroll_y)
        step = top - old_top
        if abs(step) > self.scrollable_content_region.height:
            return  # a jump: nothing on screen stays
        if self.scroll_y != self.scroll_target_y:
            return  # an animated scroll (the mouse wheel) is on its way: leave it be
        for _ in range(4):  # each pass may refine the block now at the top; it settles
            index = heights.index_at(top)
            if heights.top(index) < top:
                self._wrap(index)  # whole: its real height
            wanted = max(0, heights.top(block) + line + step)
            if wanted == top:
                break
            top = wanted
        if top != int(self.scroll_y):
            self._update_virtual_size()
            self.scroll_to(y=min(top, self.max_scroll_y), animate=False, immediate=True)

    def _paragraph_region(self, paragraph: int) -> Region:
        """Where paragraph ``paragraph``'s blocks are (without the blank line after)."""
        if self._heights is None:
            self._set_width(max(1, self.scrollable_content_region.width))
        heights = self._heights
        assert heights is not None
        first = self._first_paragraph_block + self._blocks.first_block(paragraph)
        last = first + self._blocks.pieces(paragraph) - 1
        # A screenful: all of a paragraph, unless it is very long (its height an estimate).
        self._wrap(first, lines=max(1, self.scrollable_content_region.height) + 1)
        self._update_virtual_size()
        top = heights.top(first)
        bottom = heights.top(last) + heights.height(last) - self._layout.gap(last)
        return Region(0, top, self._width, bottom - top)

    # -- rendering ---------------------------------------------------------

    def _layer_styles(self) -> dict[str, Style]:
        if self._style_cache is None:
            names = [*(f"article-view--{layer}" for layer in LAYERS)]
            names += ["article-view--title", "article-view--credit", *_MARKUP_STYLES.values()]
            self._style_cache = {
                name: self.get_component_rich_style(name, partial=True) for name in names
            }
        return self._style_cache

    def render_lines(self, crop: Region) -> list[Strip]:
        # Lay out for the width first: a new width scrolls back to the line being read.
        if self._ready_to_measure():
            self._keep_reading_position()
            self._prepare(self.scroll_offset.y + crop.y, crop.height)
            self._remember_reading_position()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        base = self.rich_style
        line_y = scroll_y + y
        strip = self._line_strip(line_y, base)
        if strip is None:
            return Strip.blank(width, base)
        return strip.crop_extend(scroll_x, scroll_x + width, base).apply_offsets(scroll_x, line_y)

    def _line_strip(self, y: int, base: Style) -> Strip | None:
        heights = self._heights
        if heights is None or not heights.count:
            return None
        index = heights.index_at(y)
        number = y - heights.top(index)
        if number < 0:
            return None
        wrapped = self._wrap(index, lines=number + 1)
        if number >= len(wrapped.starts):
            return None  # the blank line after a block
        start, end = wrapped.starts[number], wrapped.line_end(number)
        plain = wrapped.text[start:end].rstrip("\n")
        plain = plain.rstrip() if number + 1 < len(wrapped.starts) else plain
        styles = self._layer_styles()
        # The text has no control characters (the reader made them visible); the headers
        # (a file name, a URL) may: one visible character each, so the offsets hold.
        text = Text(visible_controls(plain), no_wrap=True, end="")
        component = self._component(index)
        if component:
            text.stylize(styles[component])
        if index >= self._first_paragraph_block:
            # The title line, credits and Markdown's styles first: the marks go over them.
            for component, markup in self._markup.items():
                for span in markup.overlapping(start, start + len(plain)):
                    text.stylize(styles[component], max(0, span.start - start), span.end - start)
            for layer in LAYERS:
                style = styles[f"article-view--{layer}"]
                for mark in self._marks[layer].overlapping(start, start + len(plain)):
                    text.stylize(style, max(0, mark.start - start), mark.end - start)
        segments = Segment.apply_style(text.render(self.app.console), base)
        return Strip(segments)

    # -- marks -------------------------------------------------------------

    def marks(self, layer: str) -> list[Span]:
        """The ranges currently marked in ``layer``."""
        return list(self._marks[layer].spans)

    def set_marks(self, layer: str, spans: Iterable[Span]) -> None:
        """Mark ``spans`` in ``layer`` (replacing what the layer marked before)."""
        self.show_marks({layer: spans})

    def show_marks(
        self, marks: Mapping[str, Iterable[Span] | MarkLayer], clear: Iterable[str] = ()
    ) -> None:
        """Empty the ``clear`` layers and replace the layers in ``marks`` (spans, or a
        layer built already), repainting once."""
        for layer in clear:
            self._marks[layer] = MarkLayer([])
        for layer, spans in marks.items():
            built = spans if isinstance(spans, MarkLayer) else MarkLayer.from_spans(spans)
            self._marks[layer] = built
        self.refresh_marks()

    def clear_marks(self, *layers: str) -> None:
        """Remove the marks of the given layers (all layers when none are given)."""
        for layer in layers or LAYERS:
            self._marks[layer] = MarkLayer([])
        self.refresh_marks()

    def paragraph_text(self, paragraph: Paragraph) -> Text:
        """The paragraph as styled Text with the current marks."""
        span = paragraph.span
        text = Text(visible_controls(self.article.text[span.start : span.end]))
        styles = self._layer_styles()
        for component, markup in self._markup.items():
            for found in markup.overlapping(span.start, span.end):
                start, end = max(found.start, span.start), min(found.end, span.end)
                text.stylize(styles[component], start - span.start, end - span.start)
        for layer in LAYERS:
            for mark in self._marks[layer].overlapping(span.start, span.end):
                start, end = max(mark.start, span.start), min(mark.end, span.end)
                text.stylize(styles[f"article-view--{layer}"], start - span.start, end - span.start)
        return text

    def refresh_marks(self) -> None:
        """Repaint the visible lines with the current marks (and the theme's styles)."""
        self._style_cache = None
        self.refresh()

    # -- geometry ----------------------------------------------------------

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph containing (or nearest before) a character offset."""
        if not self._spans:
            return None
        index = max(0, bisect.bisect_right(self._spans, offset, key=_start_of) - 1)
        return self._paragraph(index)

    @property
    def paragraphs(self) -> list[Paragraph]:
        """The paragraphs, in order."""
        return [self._paragraph(index) for index in range(len(self._spans))]

    def _line_of_offset(self, offset: int) -> int:
        """The virtual line (y) showing the character at ``offset``."""
        paragraph = self.paragraph_at(offset)
        if paragraph is None or self._heights is None:
            return 0
        # Only the piece holding the offset is wrapped (up to it), never those before.
        blocks = self._blocks
        piece = blocks.piece_holding(paragraph.index, offset)
        index = self._first_paragraph_block + blocks.first_block(paragraph.index) + piece
        starts = self._wrap(index, offset=offset).starts
        number = max(0, bisect.bisect_right(starts, offset) - 1)
        return self._heights.top(index) + number

    def _top_offset(self) -> int:
        """The article offset shown at the top of the pane."""
        heights = self._heights
        if heights is None:
            return 0
        index = max(heights.index_at(int(self.scroll_y)), self._first_paragraph_block)
        if index >= heights.count:
            return 0
        wrapped = self._lines.get(index)
        number = int(self.scroll_y) - heights.top(index)
        if wrapped is not None and 0 <= number < len(wrapped.starts):
            return wrapped.starts[number]
        return self._layout.bounds(index)[1]

    def _bring_into_view(self, offset: int, third: bool = True, centre: bool = False) -> None:
        """Scroll the line holding ``offset`` to a third of the way down (or to the top,
        or to the middle when ``centre``)."""
        height = self.scrollable_content_region.height
        # Wrap what will be on screen and just above it first; the line's place is then
        # fixed, as only the blocks' estimates above that can still change.
        y = self._line_of_offset(offset)
        self._prepare(max(0, y - height), 2 * height)
        y = self._line_of_offset(offset)
        target = max(0, y - (height // 2 if centre else height // 3 if third else 0))
        self._reading = None  # a jump: the text on screen before does not stay
        self.scroll_to(y=target, animate=False, immediate=True)

    def _ready_to_measure(self) -> bool:
        width = self.scrollable_content_region.width
        if width <= 0:
            return False
        self._set_width(width)
        return True

    def scroll_to_offset(self, offset: int, centre: bool = False, top: bool = False) -> None:
        """Scroll so that the character at ``offset`` is in view, a third of the way down
        (in the middle when ``centre``: a jump to it; at the top when ``top``: a reading
        position given back).

        Done after the next refresh, so a layout change (a pane shown) is taken into account.
        """
        self._pending_offset = offset
        self._pending_centre = centre
        self._pending_top = top
        self.call_after_refresh(self._scroll_to_pending)

    def _scroll_to_pending(self) -> None:
        offset, self._pending_offset = self._pending_offset, None
        if offset is None or self.paragraph_at(offset) is None:
            return
        if not self._ready_to_measure():
            return
        if self._pending_top and offset <= self._spans[0].start:
            # The start of the text: the title lines above it are shown too.
            self.scroll_to(y=0, animate=False, immediate=True)
            return
        self._bring_into_view(offset, third=not self._pending_top, centre=self._pending_centre)

    def reading_offset(self) -> int:
        """The article offset at the start of the line at the top of the pane (where the
        reader is, for the jump list)."""
        if not self._ready_to_measure():
            return 0
        return self._top_offset()

    def offset_at(self, x: int, y: int) -> int | None:
        """The article offset of the character drawn at cell (``x``, ``y``) of the pane's
        content (None on a title line, a blank line or past a line's end)."""
        heights = self._heights
        if heights is None or not heights.count or not self._ready_to_measure():
            return None
        line_y = int(self.scroll_y) + y
        index = heights.index_at(line_y)
        number = line_y - heights.top(index)
        if index < self._first_paragraph_block or number < 0:
            return None
        wrapped = self._wrap(index, lines=number + 1)
        if number >= len(wrapped.starts):
            return None  # the blank line after a block
        start, end = wrapped.starts[number], wrapped.line_end(number)
        cell = int(self.scroll_x) + x
        for offset in range(start, end):
            char = wrapped.text[offset]
            if char == "\n":
                return None
            cell -= cell_len(char)
            if cell < 0:
                return offset
        return None

    def on_click(self, event: events.Click) -> None:
        where = event.get_content_offset(self)
        if where is None:
            return
        offset = self.offset_at(where.x, where.y)
        if offset is not None:
            self.post_message(ArticleClicked(offset))

    def offset_in_view(self, offset: int) -> bool:
        """Whether the line holding ``offset`` is inside the visible part of the pane."""
        if self.paragraph_at(offset) is None or not self._ready_to_measure():
            return False
        y = self._line_of_offset(offset)
        return self.scroll_y <= y < self.scroll_y + self.scrollable_content_region.height

    def paragraph_in_view(self) -> Paragraph | None:
        """The first paragraph whose text shows at the top of the pane."""
        if not self._spans:
            return None
        if not self._ready_to_measure() or self._heights is None:
            return self._paragraph(0)
        heights = self._heights
        top = int(self.scroll_y)
        index = max(heights.index_at(top), self._first_paragraph_block)
        self._wrap(index, lines=top - heights.top(index) + 1)
        if heights.top(index) + heights.height(index) - self._layout.gap(index) <= top:
            index += 1  # the top line is the blank line after this paragraph
        index = min(index, heights.count - 1)
        return self._paragraph(self._layout.piece(index)[0])

    # The scroll keys move at once, as in a pager (Textual animates them): the text
    # is where the key put it, and keeping the reading position never fights an
    # animation.
    def action_scroll_up(self) -> None:
        """Scroll up a line."""
        self.scroll_up(animate=False)

    def action_scroll_down(self) -> None:
        """Scroll down a line."""
        self.scroll_down(animate=False)

    def action_page_up(self) -> None:
        """Scroll up a page."""
        self.scroll_page_up(animate=False)

    def action_page_down(self) -> None:
        """Scroll down a page."""
        self.scroll_page_down(animate=False)

    def action_half_page_down(self) -> None:
        """Scroll down half a page."""
        self.scroll_relative(y=max(1, self.scrollable_content_region.height // 2), animate=False)

    def action_half_page_up(self) -> None:
        """Scroll up half a page."""
        self.scroll_relative(y=-max(1, self.scrollable_content_region.height // 2), animate=False)

    def action_scroll_home(self) -> None:
        """Scroll to the top (a jump: the jump list keeps where the reader was)."""
        self.post_message(ArticleJumped(self.reading_offset()))
        self.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        """Scroll to the end (the last blocks wrapped first, so it is the true end: only
        the last pieces of a long paragraph, never all of it); the jump list keeps where
        the reader was."""
        self.post_message(ArticleJumped(self.reading_offset()))
        self._reading = None  # a jump: the text on screen before does not stay
        if self._ready_to_measure() and self._heights is not None and self._heights.count:
            heights = self._heights
            height = self.scrollable_content_region.height
            index = heights.count - 1
            covered = 0
            while index >= 0 and covered < height:
                self._wrap(index)
                covered += heights.height(index)
                index -= 1
            self._update_virtual_size()
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)
