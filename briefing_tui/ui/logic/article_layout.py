"""How the article pane lays an article out: blocks, their wrapped lines and heights.

Textual-free; the article view (``widgets.article_view``) draws what this lays
out. An article is a list of blocks (``ArticleBlocks``): a title line (unless the
text opens with the title), then one block per paragraph. Blocks are wrapped lazily, as far as they
show (a long one a piece at a time, see ``WrappedLines``). Heights are kept in
chunks of blocks (see ``BlockHeights``): a chunk nobody has looked at counts with
one estimate from its length in characters, and its blocks' heights are refined
as they are wrapped.

A paragraph longer than ``SPLIT_CHARS`` (a text with no blank lines, a minified
file) is shown as several blocks, its *pieces*, of about ``PIECE_CHARS`` each
(see ``ParagraphBlocks``): otherwise reaching its end, or an offset deep in it,
would mean wrapping everything before, seconds for megabytes. The number of
pieces follows from the length alone, and piece ``k``'s cut is looked for only
near ``k / count`` of the way through, when it is first needed (see
``piece_cut``): at a sentence end, else after a space, else anywhere. So the
cuts do not depend on each other, and opening the article costs nothing per
character. Each piece is wrapped on its own and only the last has the blank line
after it; a piece's first line starts a new screen line, a small raggedness once
every few screens that is the price of reaching any place at once. Paragraphs
under ``SPLIT_CHARS`` are one block each.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from itertools import accumulate, pairwise
from math import isqrt

from rich._wrap import divide_line
from rich.cells import cell_len

from briefing_tui.model import Article, Span, text_lines

#: Articles up to this many characters are wrapped whole at once (exact heights).
EAGER_WRAP_CHARS = 60_000
#: Estimated wrapped lines for a paragraph of n characters: n / (width * this).
FILL = 0.9
#: Blocks per chunk of heights, at least (more for articles of very many paragraphs).
MIN_CHUNK = 64
#: Paragraphs longer than this many characters are shown as several blocks ("pieces").
SPLIT_CHARS = 32_000
#: The length a long paragraph's pieces aim at (they come out within a third of it).
PIECE_CHARS = 12_000


class BlockHeights:
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


def long_paragraphs(spans: list[Span], split_chars: int) -> list[int]:
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


class ParagraphBlocks:
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
        self._long = long_paragraphs(spans, split_chars)
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


# -- the article's blocks and their estimated heights ------------------------------------


def line_capacity(width: int) -> int:
    """Characters a line wrapped to ``width`` cells holds on average (a little under it)."""
    return max(1, int(width * FILL))


def wrapped_height(wrapped: WrappedLines, capacity: int) -> int:
    """A block's lines, estimating what is not wrapped yet (``capacity`` characters a line)."""
    if wrapped.done:
        return len(wrapped.starts)
    rest = wrapped.end - wrapped.starts[-1]
    return len(wrapped.starts) - 1 + (rest + capacity) // capacity


#: How many paragraphs at the top may hold the byline, date and dateline.
CREDIT_PARAGRAPHS = 6
_DASH = re.compile(r"\s*(?:-{1,2}|–|—)")


def credit_spans(article: Article, spans: list[Span]) -> list[Span]:
    """Where the byline (a ``By ...`` line), a date line and the dateline (its place, date
    and agency, with the dash after them) are, among the first paragraphs."""
    text = article.text
    credits: list[Span] = []
    byline, dateline, date = article.byline, article.dateline, article.date
    for paragraph in spans[:CREDIT_PARAGRAPHS]:
        for line in text_lines(text, paragraph):
            words = text[line.start : line.end]
            if byline and words.split(maxsplit=1)[0] in ("By", "BY") and byline in words:
                credits.append(line)
                byline = None
            elif date and words == date:
                credits.append(line)
                date = None
            elif dateline and words.startswith(dateline):
                dash = _DASH.match(text, line.start + len(dateline), line.end)
                credits.append(Span(line.start, dash.end() if dash else line.start + len(dateline)))
                dateline = None
    return credits


class ArticleBlocks:
    """The blocks an article is shown in: a title line when the text does not open with
    the title, then one block per paragraph (several for a very long one, see
    ``ParagraphBlocks``).

    Each block is its wrapped lines and a blank line after (but a long paragraph's
    pieces before its last). A header's role is "title".

    The title is shown once. When the text opens with it (a headline line, or a
    Markdown ``# Title``, which reading turns into that line) that line is drawn as
    the heading (``title_span``) and no title line is added above it. It is kept
    rather than left out because it is analysed text: mentions and claims in a
    headline are marked there, and every offset keeps a line to show it on. So are
    the byline, date and dateline near the top (``credit_spans``): drawn as credits,
    not as body text. Where the article was read from is in the screen's header only.
    """

    __slots__ = (
        "article",
        "credit_spans",
        "first_paragraph_block",
        "headers",
        "paragraphs",
        "spans",
        "title_is_first",
        "title_span",
    )

    def __init__(self, article: Article) -> None:
        self.article = article
        spans = list(article.paragraphs)
        if not spans and article.text.strip():
            spans = [Span(0, len(article.text))]
        #: The text's first line when it is the title (drawn as the heading).
        self.title_span = article.title_line()
        self.title_is_first = self.title_span is not None
        headers: list[tuple[str, str]] = []  # (text, role) above the paragraphs
        if not self.title_is_first:
            headers.append((article.title or "Untitled article", "title"))
        self.headers = headers
        #: The byline, date and dateline lines (a dateline's words only) near the top.
        self.credit_spans = credit_spans(article, spans)
        #: The index of the first paragraph block (the number of header blocks).
        self.first_paragraph_block = len(headers)
        #: The paragraphs' text ranges.
        self.spans = spans
        self.paragraphs = ParagraphBlocks(article.text, spans)

    @property
    def count(self) -> int:
        """How many blocks there are."""
        return self.first_paragraph_block + self.paragraphs.count

    def piece(self, index: int) -> tuple[int, int]:
        """The paragraph block ``index`` shows and which of its pieces."""
        return self.paragraphs.locate(index - self.first_paragraph_block)

    def extent(self, index: int) -> tuple[int, int]:
        """The article range of paragraph block ``index`` (a long paragraph's pieces meet)."""
        return self.paragraphs.piece_range(*self.piece(index))

    def bounds(self, index: int) -> tuple[str, int, int]:
        """The text block ``index`` shows and the range of it that is wrapped."""
        if index < self.first_paragraph_block:
            text = self.headers[index][0]
            return text, 0, len(text)
        paragraph, piece = self.piece(index)
        start, end = self.paragraphs.piece_range(paragraph, piece)
        text = self.article.text
        # Between pieces the spaces are left out, so no line starts or ends with them.
        if piece > 0:
            spaces = _SPACES.match(text, start, end)
            start = spaces.end() if spaces else start
        if piece + 1 < self.paragraphs.pieces(paragraph):
            end = start + len(text[start:end].rstrip())
        return text, start, end

    def gap(self, index: int) -> int:
        """The blank lines after block ``index``: one, but none after a piece that is not
        its paragraph's last."""
        if index < self.first_paragraph_block:
            return 1
        paragraph, piece = self.piece(index)
        return 1 if piece + 1 == self.paragraphs.pieces(paragraph) else 0

    def role(self, index: int) -> str:
        """What a whole block is styled as: "title" for a header, "" for a paragraph (its
        title line and credits are ranges: ``title_span``, ``credit_spans``)."""
        if index < self.first_paragraph_block:
            return self.headers[index][1]
        return ""

    def estimate_block(self, index: int, capacity: int) -> int:
        """A block's height before it is wrapped (a little high): its text over the
        ``capacity`` of a line."""
        _text, start, end = self.bounds(index)
        return (end - start + capacity) // capacity + self.gap(index)

    def estimate_chunk(self, lo: int, hi: int, capacity: int) -> int:
        """Blocks ``lo`` to ``hi``'s height before they are looked at, from their extent."""
        if lo < self.first_paragraph_block:
            return sum(self.estimate_block(index, capacity) for index in range(lo, hi))
        start = self.extent(lo)[0]
        end = self.extent(hi - 1)[1]
        count = hi - lo
        # The blank lines: one per paragraph ending in the chunk (all its blocks, unless
        # long paragraphs are cut into pieces there).
        first_paragraph = self.piece(lo)[0]
        last_paragraph = self.piece(hi - 1)[0]
        blanks = last_paragraph - first_paragraph + self.gap(hi - 1)
        # As the blocks' own estimates: their lines (half a line rounded up each) and blanks.
        return (end - start) // capacity + (count + 1) // 2 + blanks
