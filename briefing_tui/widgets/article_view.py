"""The article pane: title, source and paragraphs, with marked ranges.

The pane is virtual (Textual's Line API): only the lines on screen are rendered.
Paragraphs are wrapped lazily, when they first come into view, and their wrapped
lines cached until the width changes; paragraphs not wrapped yet count with an
estimated height, refined as they are wrapped. So a 10 MB article shows as fast
as a short one, and marking ranges or filling the other panes never re-wraps it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from itertools import accumulate
from typing import ClassVar

from rich._wrap import divide_line
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

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

#: Articles up to this many characters are wrapped whole at once (exact heights).
EAGER_WRAP_CHARS = 60_000
#: Estimated wrapped lines for a paragraph of n characters: n / (width * this).
_FILL = 0.9


class Paragraph:
    """One paragraph of the article; knows its character range and where it is shown."""

    __slots__ = ("_view", "index", "span")

    def __init__(self, view: ArticleView, index: int, span: Span) -> None:
        self._view = view
        self.index = index
        self.span = span

    @property
    def virtual_region(self) -> Region:
        """Where the paragraph's lines are in the scrollable area (x, y, width, height)."""
        return self._view._block_region(self._view._first_paragraph_block + self.index)

    def __repr__(self) -> str:
        return f"Paragraph({self.index}, {self.span!r})"


class _Block:
    """A run of text shown as wrapped lines and a blank line after it."""

    __slots__ = ("component", "end", "lines", "start", "text")

    def __init__(self, start: int, end: int, component: str = "", text: str | None = None):
        self.start = start  # offsets into the article (or into ``text`` when given)
        self.end = end
        self.component = component  # extra component style for the whole block
        self.text = text  # own text (title/source), not part of the article
        self.lines: list[int] | None = None  # start offset of each wrapped line


class _Marks:
    """One layer's spans, sorted, with a running maximum of their ends for overlap lookups."""

    __slots__ = ("max_ends", "spans", "starts")

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self.starts = [s.start for s in spans]
        self.max_ends = list(accumulate((s.end for s in spans), max))

    def overlapping(self, start: int, end: int) -> Iterable[Span]:
        index = bisect.bisect_left(self.starts, end) - 1
        while index >= 0 and self.max_ends[index] > start:
            span = self.spans[index]
            if span.end > start:
                yield span
            index -= 1


class ArticleView(ScrollView, can_focus=True):
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

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"article-view--{layer}" for layer in LAYERS),
        "article-view--title",
        "article-view--source",
    }

    def __init__(self, article: Article, *, id: str | None = None, classes: str | None = None):
        super().__init__(id=id, classes=classes)
        self.article = article
        self.painted = False
        self._marks: dict[str, _Marks] = {layer: _Marks([]) for layer in LAYERS}
        self._pending_offset: int | None = None
        self._style_cache: dict[str, Style] | None = None
        self._width = 0
        self._blocks: list[_Block] = []
        self._spans: list[Span] = []
        self._paragraph_objects: dict[int, Paragraph] = {}
        self._first_paragraph_block = 0
        self._heights: list[int] = []
        self._tops: list[int] = []
        self._tops_dirty = True
        self._build_blocks()

    # -- building ----------------------------------------------------------

    def _paragraph_spans(self) -> list[Span]:
        spans = list(self.article.paragraphs)
        if not spans and self.article.text.strip():
            spans = [Span(0, len(self.article.text))]
        return spans

    def _build_blocks(self) -> None:
        article = self.article
        spans = self._paragraph_spans()
        first_text = article.text[spans[0].start : spans[0].end].strip() if spans else ""
        title_is_first = bool(article.title) and first_text == article.title.strip()
        blocks: list[_Block] = []
        if not title_is_first:
            title = article.title or "Untitled article"
            blocks.append(_Block(0, len(title), "article-view--title", title))
        if article.source:
            blocks.append(_Block(0, len(article.source), "article-view--source", article.source))
        self._first_paragraph_block = len(blocks)
        for index, span in enumerate(spans):
            component = "article-view--title" if index == 0 and title_is_first else ""
            blocks.append(_Block(span.start, span.end, component))
        self._blocks = blocks
        self._block_starts = [b.start for b in blocks[self._first_paragraph_block :]]
        self._spans = spans
        self._paragraph_objects: dict[int, Paragraph] = {}  # made when first asked for

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

    # -- wrapping ----------------------------------------------------------

    def _text_of(self, block: _Block) -> str:
        return block.text if block.text is not None else self.article.text

    def _wrap(self, block: _Block) -> list[int]:
        """The start offsets of the block's wrapped lines (cached until the width changes)."""
        if block.lines is None:
            text = self._text_of(block)
            width = max(1, self._width)
            lines: list[int] = []
            start = block.start
            while True:
                newline = text.find("\n", start, block.end)
                end = block.end if newline < 0 else newline
                lines.append(start)
                lines.extend(start + cut for cut in divide_line(text[start:end], width))
                if newline < 0:
                    break
                start = newline + 1
            block.lines = lines
        return block.lines

    def _set_width(self, width: int) -> None:
        """Lay the blocks out for ``width`` cells (estimating long articles' heights)."""
        if width == self._width and self._heights:
            return
        anchor = self._top_offset() if self._heights else None
        self._width = width
        eager = len(self.article.text) <= EAGER_WRAP_CHARS
        for block in self._blocks:
            block.lines = None
        first = self._first_paragraph_block
        heights = [len(self._wrap(block)) + 1 for block in self._blocks[:first]]
        if eager:
            heights += [len(self._wrap(block)) + 1 for block in self._blocks[first:]]
        else:
            # Estimated (a little high) until wrapped: characters over the width filled.
            cap = max(1, int(width * _FILL))
            heights += [(b.end - b.start + cap) // cap + 1 for b in self._blocks[first:]]
        self._heights = heights
        self._tops_dirty = True
        self._update_virtual_size()
        if anchor is not None:
            self._scroll_to_line(self._line_of_offset(anchor), third=False)

    def _update_virtual_size(self) -> None:
        tops = self._block_tops()
        total = tops[-1] + self._heights[-1] - 1 if tops else 0
        self.virtual_size = Size(self._width, max(0, total))

    def _block_tops(self) -> list[int]:
        if self._tops_dirty:
            self._tops = [0, *accumulate(self._heights)][:-1] if self._heights else []
            self._tops_dirty = False
        return self._tops

    def _ensure_wrapped(self, index: int) -> bool:
        """Wrap block ``index``; True if that changed its height."""
        block = self._blocks[index]
        if block.lines is not None:
            return False
        height = len(self._wrap(block)) + 1
        if height != self._heights[index]:
            self._heights[index] = height
            self._tops_dirty = True
            return True
        return False

    def _block_at_y(self, y: int) -> int:
        tops = self._block_tops()
        return max(0, bisect.bisect_right(tops, y) - 1)

    def _prepare(self, top: int, height: int) -> None:
        """Wrap the blocks covering lines ``top`` to ``top + height`` (exact heights there)."""
        content_width = self.scrollable_content_region.width
        if content_width <= 0:
            return
        self._set_width(content_width)
        if not self._blocks:
            return
        # Wrapping a block changes the positions of the blocks below it only, so one pass
        # down from the first block in view gives exact heights for the whole view.
        index = self._block_at_y(top)
        y = self._block_tops()[index]
        changed = False
        while index < len(self._blocks) and y < top + height:
            changed |= self._ensure_wrapped(index)
            y += self._heights[index]
            index += 1
        if changed:
            self._update_virtual_size()

    def _block_region(self, index: int) -> Region:
        if not self._heights:
            self._set_width(max(1, self.scrollable_content_region.width))
        self._ensure_wrapped(index)
        top = self._block_tops()[index]
        return Region(0, top, self._width, self._heights[index] - 1)

    # -- rendering ---------------------------------------------------------

    def _layer_styles(self) -> dict[str, Style]:
        if self._style_cache is None:
            names = [*(f"article-view--{layer}" for layer in LAYERS)]
            names += ["article-view--title", "article-view--source"]
            self._style_cache = {
                name: self.get_component_rich_style(name, partial=True) for name in names
            }
        return self._style_cache

    def render_lines(self, crop: Region) -> list[Strip]:
        self._prepare(self.scroll_offset.y + crop.y, crop.height)
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
        if not self._blocks or not self._heights:
            return None
        index = self._block_at_y(y)
        self._ensure_wrapped(index)
        block = self._blocks[index]
        lines = block.lines or []
        number = y - self._block_tops()[index]
        if number < 0 or number >= len(lines):
            return None  # the blank line after a block
        start = lines[number]
        end = lines[number + 1] if number + 1 < len(lines) else block.end
        source = self._text_of(block)
        plain = source[start:end].rstrip("\n")
        plain = plain.rstrip() if number + 1 < len(lines) else plain
        styles = self._layer_styles()
        text = Text(plain, no_wrap=True, end="")
        if block.component:
            text.stylize(styles[block.component])
        if block.text is None:
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

    def show_marks(self, marks: Mapping[str, Iterable[Span]], clear: Iterable[str] = ()) -> None:
        """Empty the ``clear`` layers and replace the layers in ``marks``, repainting once."""
        for layer in clear:
            self._marks[layer] = _Marks([])
        for layer, spans in marks.items():
            self._marks[layer] = _Marks(sorted(spans, key=lambda s: (s.start, s.end)))
        self.refresh_marks()

    def clear_marks(self, *layers: str) -> None:
        """Remove the marks of the given layers (all layers when none are given)."""
        for layer in layers or LAYERS:
            self._marks[layer] = _Marks([])
        self.refresh_marks()

    def paragraph_text(self, paragraph: Paragraph) -> Text:
        """The paragraph as styled Text with the current marks."""
        span = paragraph.span
        text = Text(self.article.text[span.start : span.end])
        styles = self._layer_styles()
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
        index = max(0, bisect.bisect_right(self._block_starts, offset) - 1)
        return self._paragraph(index)

    @property
    def paragraphs(self) -> list[Paragraph]:
        """The paragraphs, in order."""
        return [self._paragraph(index) for index in range(len(self._spans))]

    def _line_of_offset(self, offset: int) -> int:
        """The virtual line (y) showing the character at ``offset``."""
        paragraph = self.paragraph_at(offset)
        if paragraph is None:
            return 0
        index = self._first_paragraph_block + paragraph.index
        self._ensure_wrapped(index)
        lines = self._blocks[index].lines or [paragraph.span.start]
        number = max(0, bisect.bisect_right(lines, offset) - 1)
        return self._block_tops()[index] + number

    def _top_offset(self) -> int:
        """The article offset shown at the top of the pane."""
        index = self._block_at_y(self.scroll_y)
        index = max(index, self._first_paragraph_block)
        if index >= len(self._blocks):
            return 0
        block = self._blocks[index]
        lines = block.lines
        number = int(self.scroll_y) - self._block_tops()[index]
        if lines and 0 <= number < len(lines):
            return lines[number]
        return block.start

    def _scroll_to_line(self, y: int, third: bool = True) -> None:
        height = self.scrollable_content_region.height
        # Wrap what will be on screen first, so the estimate above it is all that can move.
        self._prepare(max(0, y - height), 2 * height)
        target = max(0, y - height // 3) if third else y
        self.scroll_to(y=target, animate=False, immediate=True)

    def _ready_to_measure(self) -> bool:
        width = self.scrollable_content_region.width
        if width <= 0:
            return False
        self._set_width(width)
        return True

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that the character at ``offset`` is in view, a third of the way down.

        Done after the next refresh, so a layout change (a pane shown) is taken into account.
        """
        self._pending_offset = offset
        self.call_after_refresh(self._scroll_to_pending)

    def _scroll_to_pending(self) -> None:
        offset, self._pending_offset = self._pending_offset, None
        if offset is None or self.paragraph_at(offset) is None:
            return
        if not self._ready_to_measure():
            return
        self._scroll_to_line(self._line_of_offset(offset))

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
        if not self._ready_to_measure():
            return self._paragraph(0)
        top = int(self.scroll_y)
        index = max(self._block_at_y(top), self._first_paragraph_block)
        self._ensure_wrapped(index)
        tops = self._block_tops()
        if tops[index] + self._heights[index] - 1 <= top:
            index += 1  # the top line is the blank line after this paragraph
        index = min(index, len(self._blocks) - 1)
        return self._paragraph(index - self._first_paragraph_block)

    def action_scroll_end(self) -> None:
        """Scroll to the end (the last paragraphs wrapped first, so it is the true end)."""
        if self._ready_to_measure() and self._blocks:
            height = self.scrollable_content_region.height
            changed = False
            index = len(self._blocks) - 1
            covered = 0
            while index >= 0 and covered < height:
                changed |= self._ensure_wrapped(index)
                covered += self._heights[index]
                index -= 1
            if changed:
                self._update_virtual_size()
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)
