"""The article pane: title, source and paragraphs, with marked ranges.

The pane is virtual (Textual's Line API): only the lines on screen are rendered.
Nothing is done for every paragraph when an article is shown. The view is a list
of blocks: the title and source lines, then one block per paragraph. Blocks are
wrapped lazily, when they first come into view (or are jumped to), as far as
they show (a long one a piece at a time, see ``WrappedLines``), and their lines
are kept until the width changes. Heights are kept in chunks of blocks (see
``_Heights``): a chunk nobody has looked at counts with one estimate from its
length in characters, and its blocks' heights are refined as they are wrapped.
So a 10 MB article shows as fast as a short one, and marking ranges or filling
the other panes never re-wraps it. Scrolling down, or jumping to an offset, is
exact; only the lines above a jump's target keep estimated heights until they
are scrolled through.

A paragraph longer than ``SPLIT_CHARS`` (a text with no blank lines, a minified
file) is shown as several blocks, its *pieces*, of about ``PIECE_CHARS`` each
(see ``_ParagraphBlocks``): otherwise reaching its end, or an offset deep in it,
would mean wrapping everything before, seconds for megabytes. The number of
pieces follows from the length alone, and piece ``k``'s cut is looked for only
near ``k / count`` of the way through, when it is first needed (see
``piece_cut``): at a sentence end, else after a space, else anywhere. So the
cuts do not depend on each other, and opening the article costs nothing per
character. Each piece is wrapped on its own and only the last has the blank line
after it; a piece's first line starts a new screen line, a small raggedness once
every few screens that is the price of reaching any place at once. Paragraphs
under ``SPLIT_CHARS`` are one block each and show as they always have.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping
from itertools import accumulate, pairwise
from math import isqrt
from operator import attrgetter
from typing import ClassVar

from rich._wrap import divide_line
from rich.cells import cell_len
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
#: Blocks per chunk of heights, at least (more for articles of very many paragraphs).
MIN_CHUNK = 64
#: Paragraphs longer than this many characters are shown as several blocks ("pieces").
SPLIT_CHARS = 32_000
#: The length a long paragraph's pieces aim at (they come out within a third of it).
PIECE_CHARS = 12_000

_start_of = attrgetter("start")


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


class MarkLayer:
    """One layer's spans, sorted, with a running maximum of their ends for overlap lookups.

    Building one for a million spans (a one-letter search in 10 MB) takes a few
    tenths of a second, so the search builds it in a thread (``from_spans``) and
    hands it to ``ArticleView.show_marks`` ready.
    """

    __slots__ = ("max_ends", "spans", "starts")

    @classmethod
    def from_spans(cls, spans: Iterable[Span]) -> MarkLayer:
        """The layer of ``spans``, in any order."""
        return cls(sorted(spans, key=lambda s: (s.start, s.end)))

    def __init__(self, spans: list[Span]) -> None:
        """``spans`` must be sorted by start, then end."""
        self.spans = spans
        self.starts = [s.start for s in spans]
        self.max_ends = list(accumulate((s.end for s in spans), max))

    def overlapping(self, start: int, end: int) -> Iterable[Span]:
        """The spans that overlap ``start`` to ``end``, the last starting first."""
        index = bisect.bisect_left(self.starts, end) - 1
        while index >= 0 and self.max_ends[index] > start:
            span = self.spans[index]
            if span.end > start:
                yield span
            index -= 1


class _Heights:
    """The heights (in lines) of ``count`` blocks, kept in chunks of consecutive blocks.

    A chunk starts as one estimate for all its blocks (``chunk_estimate(lo, hi)``);
    the first time one of its blocks is asked for, each gets its own estimate
    (``block_estimate(index)``), which ``set`` replaces with the real height. So
    nothing is done for every block, and a lookup or a change costs a pass over one
    chunk and over the chunks' sizes, not over all the blocks.
    """

    def __init__(
        self,
        count: int,
        chunk_estimate: Callable[[int, int], int],
        block_estimate: Callable[[int], int],
    ) -> None:
        self.count = count
        self.chunk = max(MIN_CHUNK, isqrt(count))
        self._block_estimate = block_estimate
        self._sizes = [
            chunk_estimate(lo, min(lo + self.chunk, count)) for lo in range(0, count, self.chunk)
        ]
        self._opened: dict[int, list[int]] = {}  # chunk -> its blocks' heights
        self._inner_tops: dict[int, list[int]] = {}  # chunk -> its blocks' tops in it
        self._tops: list[int] | None = None  # each chunk's top, then the total

    def _heights_of(self, chunk: int) -> list[int]:
        heights = self._opened.get(chunk)
        if heights is None:
            lo = chunk * self.chunk
            hi = min(lo + self.chunk, self.count)
            heights = [self._block_estimate(index) for index in range(lo, hi)]
            self._opened[chunk] = heights
            self._sizes[chunk] = sum(heights)
            self._tops = None
        return heights

    def _chunk_tops(self) -> list[int]:
        if self._tops is None:
            self._tops = [0, *accumulate(self._sizes)]
        return self._tops

    def _tops_in(self, chunk: int) -> list[int]:
        tops = self._inner_tops.get(chunk)
        if tops is None:
            tops = [0, *accumulate(self._heights_of(chunk))]
            self._inner_tops[chunk] = tops
        return tops

    def total(self) -> int:
        """The height of all the blocks."""
        return self._chunk_tops()[-1]

    def height(self, index: int) -> int:
        """Block ``index``'s height (estimated until set)."""
        chunk, position = divmod(index, self.chunk)
        return self._heights_of(chunk)[position]

    def top(self, index: int) -> int:
        """The line block ``index`` starts on."""
        chunk, position = divmod(index, self.chunk)
        inner = self._tops_in(chunk)[position]  # first: it may open the chunk
        return self._chunk_tops()[chunk] + inner

    def set(self, index: int, height: int) -> bool:
        """Record block ``index``'s real height; True if that changed it."""
        chunk, position = divmod(index, self.chunk)
        heights = self._heights_of(chunk)
        change = height - heights[position]
        if not change:
            return False
        heights[position] = height
        self._inner_tops.pop(chunk, None)
        self._sizes[chunk] += change
        self._tops = None
        return True

    def index_at(self, y: int) -> int:
        """The block on line ``y`` (the first or the last block for lines outside)."""
        if not self._sizes:
            return 0
        while True:  # opening a chunk refines its size, so look again until it is open
            tops = self._chunk_tops()
            chunk = min(max(bisect.bisect_right(tops, y) - 1, 0), len(self._sizes) - 1)
            if chunk in self._opened:
                break
            self._heights_of(chunk)
        inner = self._tops_in(chunk)
        position = bisect.bisect_right(inner, y - tops[chunk]) - 1
        return chunk * self.chunk + min(max(position, 0), len(inner) - 2)


class WrappedLines:
    """The lines ``text[start:end]`` wraps to in ``width`` cells, made as far as asked for.

    Each newline starts a line, and long lines are cut as Rich cuts them (the
    words that fit, greedily). A long paragraph is wrapped a piece of about
    ``piece`` characters at a time: the cuts within a piece that ends at a word
    are the whole line's, and wrapping resumes at the last cut that starts a word,
    where a line starts afresh. So a paragraph of megabytes shows its first lines
    at once, and lines come out the same however far it was wrapped before.
    """

    __slots__ = ("done", "end", "piece", "starts", "text", "width")

    def __init__(self, text: str, start: int, end: int, width: int, piece: int = 4096) -> None:
        self.text = text
        self.end = end
        self.width = max(1, width)
        self.piece = piece
        #: The start offset of each line made; the last one's end is known once ``done``.
        self.starts = [start]
        self.done = False

    def line_end(self, number: int) -> int:
        """Where line ``number`` ends (the next line's start, or the block's end)."""
        return self.starts[number + 1] if number + 1 < len(self.starts) else self.end

    def wrap(self, lines: int | None = None, offset: int | None = None) -> None:
        """Wrap until ``lines`` lines are complete and the line holding ``offset`` is
        (everything when neither is given)."""
        starts = self.starts
        while not self.done and (
            (lines is None and offset is None)
            or (lines is not None and len(starts) <= lines)
            or (offset is not None and starts[-1] <= offset)
        ):
            self._step()

    def _step(self) -> None:
        """Complete the line being made and perhaps more: the rest of its text line, or
        the lines of one more piece of a long text line."""
        text, start, starts = self.text, self.starts[-1], self.starts
        newline = text.find("\n", start, self.end)
        stop = self.end if newline < 0 else newline
        if stop - start > self.piece:
            cuts = self._piece_cuts(start, stop)
            if cuts:
                starts.extend(start + cut for cut in cuts)
                return
        starts.extend(start + cut for cut in divide_line(text[start:stop], self.width))
        if newline < 0:
            self.done = True
        else:
            starts.append(newline + 1)

    def _piece_cuts(self, start: int, stop: int) -> list[int]:
        """The cuts of the line from ``start`` up to the last one starting a word in a piece
        ending at a word (none if the piece has no such cut)."""
        text = self.text
        space = _SPACES.search(text, start + self.piece, stop)
        if space is None or space.end() >= stop:
            return []
        cuts = divide_line(text[start : space.end()], self.width)
        # A cut that starts a word, after the first (which takes any leading spaces), is
        # where Rich broke the line before the word; cuts inside words come from folding.
        first_word = _WORD.match(text, start, stop)
        first_word_end = first_word.end() if first_word else stop
        for index in range(len(cuts) - 1, -1, -1):
            at = start + cuts[index]
            if at < first_word_end:
                break
            if text[at - 1].isspace() and not text[at].isspace():
                return cuts[: index + 1]
        return []


_SPACES = re.compile(r"\s+")
#: A word as Rich's wrapping sees it: spaces before it (at a line's start), spaces after.
_WORD = re.compile(r"\s*\S+\s*")

# -- long paragraphs in pieces ---------------------------------------------------------

_CLOSERS = "\"')\\]\u201d\u2019\u00bb\u300d\u300f"
#: A sentence's end: ". ", "? ", "! " (closing quotes or brackets allowed before the
#: space), or a CJK full stop, which needs no space after it.
_SENTENCE_END = re.compile(rf"[.?!][{_CLOSERS}]*(?=\s)|[\u3002\uff01\uff1f][{_CLOSERS}]*")
_ZERO_WIDTH_JOINER = "\u200d"


def piece_count(length: int, split_chars: int = SPLIT_CHARS, piece_chars: int = PIECE_CHARS) -> int:
    """How many pieces a paragraph of ``length`` characters is shown in (1: not split)."""
    if length <= split_chars:
        return 1
    return -(-length // piece_chars)


def piece_cut(text: str, start: int, end: int, count: int, number: int) -> int:
    """Where piece ``number`` (1 to ``count - 1``) of ``text[start:end]`` starts.

    The cut is looked for within a sixth of a piece of its nominal place, ``number /
    count`` of the way through: right after the first sentence end from that place on
    (else the last one before it) and the spaces after it; failing one, after the first
    spaces from there on (else the last before); failing those, at the nominal place
    itself (moved past any zero-width characters, so a letter keeps its accents). The
    windows of two cuts never meet, so each cut is found on its own and the cuts always
    come in order.
    """
    length = end - start
    target = start + length * number // count
    reach = max(1, length // count // 6)
    low, high = max(start + 1, target - reach), min(end, target + reach)
    for pattern in (_SENTENCE_END, _SPACES):
        cut = _cut_after(pattern, text, target, low, high)
        if cut is not None:
            return cut
    return _hard_cut(text, target, high)


def _cut_after(pattern: re.Pattern[str], text: str, target: int, low: int, high: int) -> int | None:
    """Just after the spaces that follow the first ``pattern`` match from ``target`` on
    (else the last one before it), all within ``low`` to ``high``; None if there is none."""
    match = pattern.search(text, target, high)
    if match is None:
        before = list(pattern.finditer(text, low, target + 1))
        if not before:
            return None
        match = before[-1]
    spaces = _SPACES.match(text, match.end(), high)
    return spaces.end() if spaces else match.end()


def _hard_cut(text: str, target: int, high: int) -> int:
    """``target``, moved on past characters that belong to the one before them."""
    cut = target
    while cut < high and (cell_len(text[cut]) == 0 or text[cut - 1] == _ZERO_WIDTH_JOINER):
        cut += 1
    return cut


def split_paragraph(
    text: str,
    start: int,
    end: int,
    split_chars: int = SPLIT_CHARS,
    piece_chars: int = PIECE_CHARS,
) -> list[Span]:
    """The pieces ``text[start:end]`` is shown in: all of it if it is at most
    ``split_chars`` long, else ``piece_count`` consecutive spans cut by ``piece_cut``."""
    count = piece_count(end - start, split_chars, piece_chars)
    cuts = [start, *(piece_cut(text, start, end, count, k) for k in range(1, count)), end]
    return [Span(a, b) for a, b in pairwise(cuts)]


def _long_paragraphs(spans: list[Span], split_chars: int) -> list[int]:
    """The indices of the spans longer than ``split_chars``, in order.

    Halves the list of spans, and only the halves that reach over more than
    ``split_chars`` characters are halved again: a few thousand steps for a 10 MB
    article however many its paragraphs, none for one under ``split_chars``.
    """
    found: list[int] = []
    ranges = [(0, len(spans))] if spans else []
    while ranges:
        low, high = ranges.pop()
        if spans[high - 1].end - spans[low].start <= split_chars:
            continue
        if high - low == 1:
            found.append(low)
            continue
        middle = (low + high) // 2
        ranges += [(middle, high), (low, middle)]  # the first half is taken next
    return found


class _ParagraphBlocks:
    """The paragraph blocks: one per paragraph, ``piece_count`` for a long one.

    Blocks are counted from the first paragraph's. Only the long paragraphs are
    listed, so a lookup is a bisection over them, and for an article with none
    block ``i`` is paragraph ``i``. Cuts are found when first needed and kept.
    """

    __slots__ = ("_counts", "_cuts", "_firsts", "_long", "count", "spans", "text")

    def __init__(
        self,
        text: str,
        spans: list[Span],
        split_chars: int = SPLIT_CHARS,
        piece_chars: int = PIECE_CHARS,
    ) -> None:
        self.text = text
        self.spans = spans
        self._long = _long_paragraphs(spans, split_chars)
        self._counts = [
            piece_count(spans[p].end - spans[p].start, split_chars, piece_chars) for p in self._long
        ]
        self._firsts: list[int] = []  # each long paragraph's first block
        extra = 0
        for paragraph, count in zip(self._long, self._counts, strict=True):
            self._firsts.append(paragraph + extra)
            extra += count - 1
        #: How many blocks the paragraphs take.
        self.count = len(spans) + extra
        self._cuts: dict[tuple[int, int], int] = {}

    def locate(self, block: int) -> tuple[int, int]:
        """The paragraph ``block`` shows and which of its pieces (0 for a whole one)."""
        k = bisect.bisect_right(self._firsts, block) - 1
        if k < 0:
            return block, 0
        piece = block - self._firsts[k]
        if piece < self._counts[k]:
            return self._long[k], piece
        return self._long[k] + 1 + piece - self._counts[k], 0

    def pieces(self, paragraph: int) -> int:
        """How many blocks ``paragraph`` is shown in."""
        k = bisect.bisect_left(self._long, paragraph)
        long = k < len(self._long) and self._long[k] == paragraph
        return self._counts[k] if long else 1

    def first_block(self, paragraph: int) -> int:
        """The block ``paragraph`` starts in."""
        k = bisect.bisect_left(self._long, paragraph)
        if k == len(self._long):
            return paragraph + self.count - len(self.spans)
        return paragraph + self._firsts[k] - self._long[k]

    def piece_range(self, paragraph: int, piece: int) -> tuple[int, int]:
        """The text range of ``paragraph``'s piece ``piece`` (the pieces meet end to start)."""
        return self._cut(paragraph, piece), self._cut(paragraph, piece + 1)

    def piece_holding(self, paragraph: int, offset: int) -> int:
        """The piece of ``paragraph`` holding ``offset`` (the first or last one outside)."""
        count = self.pieces(paragraph)
        if count == 1:
            return 0
        span = self.spans[paragraph]
        # Cuts stray at most a sixth of a piece from their nominal place: a step or two.
        piece = min(max((offset - span.start) * count // (span.end - span.start), 0), count - 1)
        while piece > 0 and self._cut(paragraph, piece) > offset:
            piece -= 1
        while piece + 1 < count and self._cut(paragraph, piece + 1) <= offset:
            piece += 1
        return piece

    def _cut(self, paragraph: int, number: int) -> int:
        """Where piece ``number`` of ``paragraph`` starts (its end for ``number == count``)."""
        span = self.spans[paragraph]
        count = self.pieces(paragraph)
        if number <= 0:
            return span.start
        if number >= count:
            return span.end
        cut = self._cuts.get((paragraph, number))
        if cut is None:
            cut = piece_cut(self.text, span.start, span.end, count, number)
            self._cuts[paragraph, number] = cut
        return cut


class ArticleView(ScrollView, can_focus=True):
    """The article text; other panes ask it to mark ranges and scroll to offsets.

    Article text always goes through ``rich.text.Text`` with ranges stylized,
    never through markup, so ``[bold]`` in an article is shown as written.
    The view is a list of blocks: the title and source lines when shown, then one
    block per paragraph (several for a very long one, see ``_ParagraphBlocks``);
    each block is its wrapped lines and a blank line after (but a long paragraph's
    pieces before its last).
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
        self._marks: dict[str, MarkLayer] = {layer: MarkLayer([]) for layer in LAYERS}
        self._pending_offset: int | None = None
        self._style_cache: dict[str, Style] | None = None
        self._width = 0
        self._headers: list[tuple[str, str]] = []  # (text, component) above the paragraphs
        self._spans: list[Span] = []  # the paragraphs
        self._blocks = _ParagraphBlocks(article.text, [])
        self._title_is_first = False
        self._paragraph_objects: dict[int, Paragraph] = {}
        self._first_paragraph_block = 0
        self._lines: dict[int, WrappedLines] = {}  # block -> its lines wrapped so far
        self._heights: _Heights | None = None  # laid out for ``_width`` once it is known
        #: (block, line in it, scroll y) at the top of the view when last drawn.
        self._reading: tuple[int, int, int] | None = None
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
        self._title_is_first = bool(article.title) and first_text == article.title.strip()
        headers: list[tuple[str, str]] = []
        if not self._title_is_first:
            headers.append((article.title or "Untitled article", "article-view--title"))
        if article.source:
            headers.append((article.source, "article-view--source"))
        self._headers = headers
        self._first_paragraph_block = len(headers)
        self._spans = spans
        self._blocks = _ParagraphBlocks(article.text, spans)
        self._paragraph_objects = {}  # made when first asked for
        self._lines = {}
        self._heights = None

    @property
    def _block_count(self) -> int:
        return self._first_paragraph_block + self._blocks.count

    def _piece(self, index: int) -> tuple[int, int]:
        """The paragraph block ``index`` shows and which of its pieces."""
        return self._blocks.locate(index - self._first_paragraph_block)

    def _extent(self, index: int) -> tuple[int, int]:
        """The article range of paragraph block ``index`` (a long paragraph's pieces meet)."""
        return self._blocks.piece_range(*self._piece(index))

    def _bounds(self, index: int) -> tuple[str, int, int]:
        """The text block ``index`` shows and the range of it that is wrapped."""
        if index < self._first_paragraph_block:
            text = self._headers[index][0]
            return text, 0, len(text)
        paragraph, piece = self._piece(index)
        start, end = self._blocks.piece_range(paragraph, piece)
        text = self.article.text
        # Between pieces the spaces are left out, so no line starts or ends with them.
        if piece > 0:
            spaces = _SPACES.match(text, start, end)
            start = spaces.end() if spaces else start
        if piece + 1 < self._blocks.pieces(paragraph):
            end = start + len(text[start:end].rstrip())
        return text, start, end

    def _gap(self, index: int) -> int:
        """The blank lines after block ``index``: one, but none after a piece that is not
        its paragraph's last."""
        if index < self._first_paragraph_block:
            return 1
        paragraph, piece = self._piece(index)
        return 1 if piece + 1 == self._blocks.pieces(paragraph) else 0

    def _component(self, index: int) -> str:
        """The extra component style of a whole block ("" for none)."""
        if index < self._first_paragraph_block:
            return self._headers[index][1]
        first = self._piece(index)[0] == 0
        return "article-view--title" if first and self._title_is_first else ""

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
            text, start, end = self._bounds(index)
            wrapped = WrappedLines(text, start, end, self._width)
            self._lines[index] = wrapped
        wrapped.wrap(lines, offset)
        if self._heights is not None:
            self._heights.set(index, self._height_of(wrapped) + self._gap(index))
        return wrapped

    def _height_of(self, wrapped: WrappedLines) -> int:
        """A block's lines, estimating what is not wrapped yet."""
        if wrapped.done:
            return len(wrapped.starts)
        capacity = self._estimate_capacity()
        rest = wrapped.end - wrapped.starts[-1]
        return len(wrapped.starts) - 1 + (rest + capacity) // capacity

    def _estimate_capacity(self) -> int:
        """Characters a wrapped line holds on average (a little under the width)."""
        return max(1, int(self._width * _FILL))

    def _estimate_block(self, index: int) -> int:
        """A block's height before it is wrapped (a little high): its text over the width."""
        _text, start, end = self._bounds(index)
        capacity = self._estimate_capacity()
        return (end - start + capacity) // capacity + self._gap(index)

    def _estimate_chunk(self, lo: int, hi: int) -> int:
        """Blocks ``lo`` to ``hi``'s height before they are looked at, from their extent."""
        if lo < self._first_paragraph_block:
            return sum(self._estimate_block(index) for index in range(lo, hi))
        start = self._extent(lo)[0]
        end = self._extent(hi - 1)[1]
        count = hi - lo
        # The blank lines: one per paragraph ending in the chunk (all its blocks, unless
        # long paragraphs are cut into pieces there).
        first_paragraph = self._piece(lo)[0]
        last_paragraph = self._piece(hi - 1)[0]
        blanks = last_paragraph - first_paragraph + self._gap(hi - 1)
        # As the blocks' own estimates: their lines (half a line rounded up each) and blanks.
        return (end - start) // self._estimate_capacity() + (count + 1) // 2 + blanks

    def _set_width(self, width: int) -> None:
        """Lay the blocks out for ``width`` cells (estimating long articles' heights)."""
        if width == self._width and self._heights is not None:
            return
        anchor = self._top_offset() if self._heights is not None else None
        self._width = width
        self._lines = {}
        self._reading = None  # every height is new
        heights = _Heights(self._block_count, self._estimate_chunk, self._estimate_block)
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
        bottom = heights.top(last) + heights.height(last) - self._gap(last)
        return Region(0, top, self._width, bottom - top)

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
        text = Text(plain, no_wrap=True, end="")
        component = self._component(index)
        if component:
            text.stylize(styles[component])
        if index >= self._first_paragraph_block:
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
        return self._bounds(index)[1]

    def _bring_into_view(self, offset: int, third: bool = True) -> None:
        """Scroll the line holding ``offset`` to a third of the way down (or to the top)."""
        height = self.scrollable_content_region.height
        # Wrap what will be on screen and just above it first; the line's place is then
        # fixed, as only the blocks' estimates above that can still change.
        y = self._line_of_offset(offset)
        self._prepare(max(0, y - height), 2 * height)
        y = self._line_of_offset(offset)
        target = max(0, y - height // 3) if third else y
        self._reading = None  # a jump: the text on screen before does not stay
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
        self._bring_into_view(offset)

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
        if heights.top(index) + heights.height(index) - self._gap(index) <= top:
            index += 1  # the top line is the blank line after this paragraph
        index = min(index, heights.count - 1)
        return self._paragraph(self._piece(index)[0])

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

    def action_scroll_home(self) -> None:
        """Scroll to the top."""
        self.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        """Scroll to the end (the last blocks wrapped first, so it is the true end: only
        the last pieces of a long paragraph, never all of it)."""
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
