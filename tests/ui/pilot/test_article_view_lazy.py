"""The article view wraps lazily: long articles and very long paragraphs, end to end.

Unit tests check that wrapping a piece at a time gives the lines of a whole wrap,
that the chunked heights agree with a plain list, and that a very long paragraph
is cut into pieces at sentence ends (else spaces, else anywhere) that cover it and
are found wherever one asks; the Pilot tests open made-up long articles and reach
their end, search near it, show marks there and look up the paragraph on screen,
also when the article is one paragraph of megabytes.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from itertools import accumulate, pairwise

from hypothesis import given, settings
from hypothesis import strategies as st
from rich._wrap import divide_line

from briefing_tui.model import Briefing, Span
from briefing_tui.ui.app import BriefingApp
from briefing_tui.ui.logic.article_layout import (
    EAGER_WRAP_CHARS,
    PIECE_CHARS,
    SPLIT_CHARS,
    WrappedLines,
    piece_count,
    split_paragraph,
)
from briefing_tui.ui.logic.article_layout import BlockHeights as _Heights
from briefing_tui.ui.logic.article_layout import ParagraphBlocks as _ParagraphBlocks
from briefing_tui.ui.logic.article_layout import long_paragraphs as _long_paragraphs
from briefing_tui.ui.screens.paragraph import ParagraphScreen

from ..support import (
    WIDE,
    screen_rows,
    screen_text,
    styles_at,
    text_article,
    wait_analysed,
    wait_for,
)

# -- wrapping a piece at a time ---------------------------------------------------------


def whole_wrap(text: str, start: int, end: int, width: int) -> list[int]:
    """Line starts of ``text[start:end]`` wrapped all at once (each newline starts a line)."""
    lines: list[int] = []
    while True:
        newline = text.find("\n", start, end)
        stop = end if newline < 0 else newline
        lines.append(start)
        lines.extend(start + cut for cut in divide_line(text[start:stop], width))
        if newline < 0:
            return lines
        start = newline + 1


_pieces = st.sampled_from(
    ["the", "council", "met", "on", "Tuesday", "a", "x" * 23, "会议", "ÉTÉ", ",", "."]
)
_gaps = st.sampled_from([" ", " ", " ", "  ", "\t", "\n", " \n ", "   "])
_texts = st.lists(st.tuples(_pieces, _gaps), max_size=120).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)


@settings(max_examples=400, deadline=None)
@given(
    _texts,
    st.integers(min_value=1, max_value=30),
    st.integers(min_value=1, max_value=60),
    st.lists(st.integers(min_value=0, max_value=40), max_size=4),
)
def test_wrapping_a_piece_at_a_time_gives_the_whole_wrap(
    text: str, width: int, piece: int, steps: list[int]
) -> None:
    text = "lead " + text
    expected = whole_wrap(text, 0, len(text), width)
    wrapped = WrappedLines(text, 0, len(text), width, piece=piece)
    for lines in steps:  # partial wraps on the way change nothing
        wrapped.wrap(lines=lines)
        assert wrapped.done or len(wrapped.starts) > lines
        assert wrapped.starts == expected[: len(wrapped.starts)]
    wrapped.wrap()
    assert wrapped.done
    assert wrapped.starts == expected


@settings(max_examples=200, deadline=None)
@given(_texts, st.integers(min_value=1, max_value=30), st.data())
def test_wrapping_to_an_offset_completes_its_line(text: str, width: int, data) -> None:
    text = "lead " + text + "end"
    expected = whole_wrap(text, 0, len(text), width)
    offset = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
    wrapped = WrappedLines(text, 0, len(text), width, piece=7)
    wrapped.wrap(offset=offset)
    number = bisect.bisect_right(wrapped.starts, offset) - 1
    expected_number = bisect.bisect_right(expected, offset) - 1
    assert number == expected_number
    assert wrapped.line_end(number) == (
        expected[number + 1] if number + 1 < len(expected) else len(text)
    )


def test_a_long_paragraph_is_wrapped_only_as_far_as_asked() -> None:
    text = "word " * 200_000
    wrapped = WrappedLines(text, 0, len(text), 80)
    wrapped.wrap(lines=50)
    assert not wrapped.done
    assert 50 < len(wrapped.starts) < 200
    assert wrapped.starts == whole_wrap(text, 0, 20_000, 80)[: len(wrapped.starts)]


# -- chunked heights --------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=1, max_value=400),
    st.lists(st.tuples(st.integers(0, 399), st.integers(1, 9)), max_size=60),
    st.lists(st.integers(-3, 3000), max_size=20),
)
def test_chunked_heights_agree_with_a_plain_list(
    count: int, changes: list[tuple[int, int]], ys: list[int]
) -> None:
    def estimate(index: int) -> int:
        return 2 + index % 3

    model = [estimate(index) for index in range(count)]
    heights = _Heights(count, lambda lo, hi: sum(map(estimate, range(lo, hi))), estimate)
    for index, height in changes:
        index %= count
        assert heights.set(index, height) == (model[index] != height)
        model[index] = height
    tops = [0, *accumulate(model)]
    assert heights.total() == tops[-1]
    for index in range(0, count, 7):
        assert heights.top(index) == tops[index]
        assert heights.height(index) == model[index]
    for y in ys:
        expected = min(max(bisect.bisect_right(tops, y) - 1, 0), count - 1)
        assert heights.index_at(y) == expected


def test_unseen_chunks_count_with_one_estimate_until_opened() -> None:
    sizes = []
    heights = _Heights(10_000, lambda lo, hi: sizes.append((lo, hi)) or 3 * (hi - lo), lambda i: 2)
    assert heights.chunk == 100
    assert len(sizes) == 100
    assert heights.total() == 30_000
    assert heights.index_at(15_000) in range(5_000, 5_100)  # within the chunk there
    assert heights.height(9_999) == 2  # its chunk opened: every block's own estimate


# -- very long paragraphs in pieces -----------------------------------------------------

_SPLIT, _PIECE = 60, 30  # small sizes, so that short texts are cut
_sentence_words = st.sampled_from(
    ["the", "council", "met", "x" * 40, "e\u0301t\u00e9", "会议。", ".", "?", "!", "。", "a.b"]
)
_sentence_gaps = st.sampled_from([" ", " ", "", "  ", "\n", "\t"])
_sentence_texts = st.lists(st.tuples(_sentence_words, _sentence_gaps), max_size=80).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)
#: A sentence end as the cuts look for it (the generated texts have no closing quotes).
_ANY_SENTENCE_END = re.compile(r"[.?!]\s|[。！？]")


@settings(max_examples=400, deadline=None)
@given(_sentence_texts, st.data())
def test_pieces_cover_a_paragraph_end_to_end(text: str, data) -> None:
    text = "lead " + text + " end"
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    pieces = split_paragraph(text, start, end, _SPLIT, _PIECE)
    assert len(pieces) == piece_count(end - start, _SPLIT, _PIECE)
    assert pieces[0].start == start
    assert pieces[-1].end == end
    for before, after in pairwise(pieces):
        assert before.start < before.end == after.start < after.end  # no gap, no overlap
    if end - start <= _SPLIT:
        assert len(pieces) == 1


@settings(max_examples=400, deadline=None)
@given(_sentence_texts, st.data())
def test_pieces_are_cut_at_a_sentence_end_else_after_a_space_near_their_place(
    text: str, data
) -> None:
    text = "lead " + text + " end"
    start = data.draw(st.integers(0, len(text) // 3))
    end = len(text)
    pieces = split_paragraph(text, start, end, _SPLIT, _PIECE)
    count = len(pieces)
    for number, piece in enumerate(pieces[1:], start=1):
        cut = piece.start
        target = start + (end - start) * number // count
        reach = max(1, (end - start) // count // 6)
        low, high = target - reach, target + reach
        assert low <= cut <= high  # near its nominal place
        window = text[low:high]
        if _ANY_SENTENCE_END.search(window):
            assert text[start:cut].rstrip()[-1] in ".?!。！？"
            if _ANY_SENTENCE_END.search(text[target:high]):  # the first one from there on
                assert len(re.findall(r"[.?!](?=\s)|[。！？]", text[target:cut])) == 1
        elif any(char.isspace() for char in window):
            assert text[cut - 1].isspace()
        else:  # no space near: cut where it falls, but never off a letter's accent
            assert cut >= target
            assert not unicodedata.combining(text[cut])


def test_a_paragraph_is_cut_at_the_sentence_end_nearest_after_its_place() -> None:
    sentences = [f"Sentence {i} is here." for i in range(4_000)]
    text = " ".join(sentences)
    pieces = split_paragraph(text, 0, len(text))
    assert len(pieces) == -(-len(text) // PIECE_CHARS) > 1
    for piece in pieces:
        assert text[piece.start : piece.end].startswith("Sentence ")
        assert text[piece.start : piece.end].rstrip().endswith(" is here.")
        assert PIECE_CHARS * 2 // 3 <= piece.end - piece.start <= PIECE_CHARS * 4 // 3


def test_a_paragraph_without_spaces_is_cut_where_it_falls() -> None:
    text = "{" + '"k":1,' * 20_000 + "}"  # minified: no space, no sentence end
    pieces = split_paragraph(text, 0, len(text))
    count = piece_count(len(text))
    assert [piece.start for piece in pieces] == [len(text) * k // count for k in range(count)]


def test_a_paragraph_up_to_the_threshold_is_one_piece() -> None:
    text = "word " * (SPLIT_CHARS // 5)
    assert split_paragraph(text, 0, SPLIT_CHARS) == [Span(0, SPLIT_CHARS)]
    assert len(split_paragraph(text + "more", 0, SPLIT_CHARS + 4)) == 3


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(min_value=1, max_value=260), max_size=40),
    st.lists(st.integers(min_value=0, max_value=10_000), max_size=10),
)
def test_paragraph_blocks_agree_with_every_paragraph_split(
    lengths: list[int], probes: list[int]
) -> None:
    text, spans = "", []
    for length in lengths:
        text += "\n\n"
        spans.append(Span(len(text), len(text) + length))
        text += ("Ab cd. efg h " * 30)[:length]
    blocks = _ParagraphBlocks(text, spans, _SPLIT, _PIECE)
    expected = [
        (paragraph, number, piece)
        for paragraph, span in enumerate(spans)
        for number, piece in enumerate(split_paragraph(text, span.start, span.end, _SPLIT, _PIECE))
    ]
    assert _long_paragraphs(spans, _SPLIT) == [
        index for index, span in enumerate(spans) if span.end - span.start > _SPLIT
    ]
    assert blocks.count == len(expected)
    for block, (paragraph, number, piece) in enumerate(expected):
        assert blocks.locate(block) == (paragraph, number)
        assert blocks.piece_range(paragraph, number) == (piece.start, piece.end)
        if number == 0:
            assert blocks.first_block(paragraph) == block
            span = spans[paragraph]
            assert blocks.pieces(paragraph) == piece_count(span.end - span.start, _SPLIT, _PIECE)
    for probe in probes:
        if not spans:
            break
        paragraph = probe % len(spans)
        span = spans[paragraph]
        offset = span.start + probe % (span.end - span.start)
        piece_start, piece_end = blocks.piece_range(
            paragraph, blocks.piece_holding(paragraph, offset)
        )
        assert piece_start <= offset < piece_end


# -- long articles in the app -----------------------------------------------------------

PARAGRAPHS = 12_000  # about 1.3 MB


def _long_text(paragraphs: int = PARAGRAPHS) -> str:
    return "\n\n".join(
        f"Report {i}: the water board of ward {i % 89} met on Monday and voted, after a "
        f"debate on pipes{', pumps and meters' * (i % 4)}, to publish its accounts."
        for i in range(paragraphs)
    )


def _app(text: str, width: int = 100) -> BriefingApp:
    article = text_article(text, source="long.txt")
    return BriefingApp(article, use_cache=False, briefing=Briefing(article=article))


def _visible_reports(app) -> list[int]:
    """The numbers of the reports whose opening shows in the article pane."""
    region = app.main.article_view.region
    numbers = []
    for row in screen_rows(app)[region.y : region.bottom]:
        line = "".join(row[region.x : region.right])
        if "Report " in line:
            number = line.split("Report ", 1)[1].split(":", 1)[0]
            if number.isdigit():
                numbers.append(int(number))
    return numbers


def _pane_words(app) -> str:
    """The words shown in the article pane, in order, one space apart (lines joined)."""
    region = app.main.article_view.content_region
    rows = screen_rows(app)[region.y : region.bottom]
    return " ".join(" ".join("".join(row[region.x : region.right]).split()) for row in rows)


def _row_showing(app, needle: str) -> tuple[int, int]:
    """The screen row and column where ``needle`` shows in the article pane."""
    region = app.main.article_view.region
    rows = screen_rows(app)
    for y in range(region.y, region.bottom):
        line = "".join(rows[y][: region.right])
        if needle in line[region.x :]:
            return y, line.index(needle, region.x)
    raise AssertionError(f"{needle!r} is not on screen")


async def test_a_long_article_wraps_only_what_is_shown():
    text = _long_text()
    assert len(text) > 20 * EAGER_WRAP_CHARS
    app = _app(text)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        view = app.main.article_view
        assert _visible_reports(app)[:2] == [0, 1]
        assert len(view._lines) < 60  # the first screen, not the article
        assert view.max_scroll_y > 2 * PARAGRAPHS  # yet every paragraph counts in the height


async def test_the_end_key_reaches_the_last_paragraph_and_home_comes_back():
    app = _app(_long_text())
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        view = app.main.article_view
        await pilot.press("1", "end")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y
        assert _visible_reports(app)[-1] == PARAGRAPHS - 1
        assert "to publish its accounts." in screen_text(app).rsplit("Report", 1)[1]
        await pilot.press("home")
        await pilot.pause()
        assert view.scroll_y == 0
        assert _visible_reports(app)[0] == 0


async def test_paging_down_through_the_end_shows_every_paragraph_in_order():
    app = _app(_long_text())
    async with app.run_test(size=NARROW_TALL) as pilot:
        await wait_analysed(pilot)
        view = app.main.article_view
        await pilot.press("1")
        page = view.scrollable_content_region.height
        view.scroll_to(y=view.max_scroll_y - 12 * page, animate=False)
        await pilot.pause()
        seen: list[int] = []
        last_y = -1.0
        while view.scroll_y != last_y:
            last_y = view.scroll_y
            seen += _visible_reports(app)
            await pilot.press("pagedown")
            await pilot.pause()
        seen += _visible_reports(app)
        assert seen[-1] == PARAGRAPHS - 1
        numbers = sorted(set(seen))
        assert numbers == list(range(numbers[0], PARAGRAPHS))  # none skipped
        assert view.scroll_y == view.max_scroll_y


NARROW_TALL = (90, 40)


async def test_a_search_near_the_end_scrolls_to_its_matches_and_marks_them():
    text = _long_text() + "\n\nFinally the zanzibar clause was read, and zanzibar again."
    middle = text.index("Report 6000:")
    text = text[:middle] + "A zanzibar note. " + text[middle:]
    app = _app(text)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        view = app.main.article_view
        await pilot.press("slash", *"zanzibar")
        await wait_for(pilot, lambda: len(view.marks("match")) == 3)
        first, near_end, _last = view.marks("match")
        assert first.start == middle + 2
        await pilot.press("enter")
        await pilot.pause()
        assert view.marks("current") == [first]
        assert view.offset_in_view(first.start)
        await pilot.press("n")
        await pilot.pause()
        assert view.marks("current") == [near_end]
        assert view.offset_in_view(near_end.start)
        assert not view.offset_in_view(first.start)
        row, x = _row_showing(app, "zanzibar clause")
        _, plain_x = _row_showing(app, "Finally")
        current, plain = styles_at(app, row, (x, plain_x))
        assert current.bgcolor != plain.bgcolor  # the mark near the end is painted
        await pilot.press("N")
        await pilot.pause()
        assert view.marks("current") == [first]
        assert view.offset_in_view(first.start)


async def test_marks_near_the_end_are_painted():
    text = _long_text()
    start = text.rindex("water board")
    app = _app(text)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        view = app.main.article_view
        view.set_marks("mention", [Span(start, start + len("water board"))])
        view.scroll_to_offset(start)
        await pilot.pause()
        await pilot.pause()
        assert view.offset_in_view(start)
        opening = f"Report {PARAGRAPHS - 1}: the "
        row, plain_x = _row_showing(app, opening + "water board")
        marked, plain = styles_at(app, row, (plain_x + len(opening), plain_x))
        assert marked.bgcolor != plain.bgcolor
        assert marked.bold


async def test_the_paragraph_key_far_down_a_long_article_lists_the_paragraph_on_screen():
    text = _long_text()
    target = text.index(f"Report {PARAGRAPHS - 40}:")
    app = _app(text)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        view = app.main.article_view
        paragraph = view.paragraph_at(target)
        assert paragraph.span.start == target
        await pilot.press("1")
        view.scroll_to(y=paragraph.virtual_region.y, animate=False)
        await pilot.pause()
        assert _visible_reports(app)[0] == PARAGRAPHS - 40
        assert view.paragraph_in_view() is paragraph
        await pilot.press("p")
        await wait_for(pilot, lambda: isinstance(app.screen, ParagraphScreen))
        assert app.screen.span == paragraph.span


async def test_resizing_a_long_article_keeps_the_paragraph_being_read():
    text = _long_text()
    target = text.index("Report 9000:")
    app = _app(text)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        view = app.main.article_view
        await pilot.press("1")
        view.scroll_to(y=view.paragraph_at(target).virtual_region.y, animate=False)
        await pilot.pause()
        assert _visible_reports(app)[0] == 9000
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await pilot.pause()
        assert _visible_reports(app)[0] == 9000


async def test_a_paragraph_of_a_megabyte_opens_at_once_and_reaches_its_end():
    words = [f"w{i % 1000}" for i in range(220_000)]
    body = " ".join(words[:110_000]) + " needle " + " ".join(words[110_000:]) + " the end."
    text = "One very long paragraph\n\n" + body
    assert len(text) > 1_000_000
    app = _app(text)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        view = app.main.article_view
        assert "w0 w1 w2 w3" in screen_text(app)
        assert max(len(wrapped.starts) for wrapped in view._lines.values()) < 1_000
        await pilot.press("slash", *"needle", "enter")
        await pilot.pause()
        needle = text.index(" needle ") + 1
        assert view.marks("current") == [Span(needle, needle + len("needle"))]
        assert view.offset_in_view(needle)
        _row_showing(app, "needle")
        await pilot.press("escape", "1", "end")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y
        assert "w999 the end." in screen_text(app)


def _clauses(count: int) -> str:
    """One paragraph of ``count`` sentences, each numbered twice so any shows uniquely."""
    return " ".join(f"Clause {i} was read aloud as item {i}." for i in range(count))


async def test_the_end_of_a_paragraph_of_megabytes_is_reached_without_wrapping_the_rest():
    count = 80_000
    body = _clauses(count)
    near_end = body.index(f"Clause {count - 4_000} ")  # some pieces before the last
    body = body[:near_end] + "A zanzibar rider was added. " + body[near_end:]
    text = "One very long paragraph\n\n" + body + " The last words."
    assert len(text) > 3_000_000
    app = _app(text)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        view = app.main.article_view
        assert len(view.paragraphs) == 2
        await pilot.press("1", "end")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y
        assert f"item {count - 1}. The last words." in _pane_words(app)
        # Only the last pieces were wrapped: a whole wrap would be some 25,000 lines.
        assert max(len(wrapped.starts) for wrapped in view._lines.values()) < 1_000
        await pilot.press("slash", *"zanzibar", "enter")
        await pilot.pause()
        match = text.index("zanzibar")
        assert view.marks("current") == [Span(match, match + len("zanzibar"))]
        assert view.offset_in_view(match)
        row, x = _row_showing(app, "zanzibar rider")
        current, plain = styles_at(app, row, (x, x + len("zanzibar ")))
        assert current.bgcolor != plain.bgcolor
        assert max(len(wrapped.starts) for wrapped in view._lines.values()) < 1_000
        await pilot.press("escape", "1", "home")
        await pilot.pause()
        assert view.scroll_y == 0
        assert "Clause 0 was read aloud as item 0." in screen_text(app)


def _article_with_a_long_paragraph() -> tuple[str, Span]:
    """Short reports, one paragraph of about 120,000 characters, short reports again."""
    long = _clauses(3_000)
    text = _long_text(40) + "\n\n" + long + "\n\n" + _long_text(40)
    start = text.index(long)
    return text, Span(start, start + len(long))


async def test_a_long_paragraph_reads_on_from_piece_to_piece_and_is_one_paragraph():
    text, long = _article_with_a_long_paragraph()
    app = _app(text)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        view = app.main.article_view
        await pilot.press("1")
        paragraph = view.paragraph_at(long.start + 50_000)
        assert paragraph.span == long
        pieces = view._blocks.pieces(paragraph.index)
        assert pieces == piece_count(long.end - long.start) > 5
        # Its region covers all its pieces: the next paragraph starts after a blank line.
        region = paragraph.virtual_region
        following = view.paragraphs[paragraph.index + 1].virtual_region
        assert following.y == region.bottom + 1
        # A mark over the first cut is painted on both sides, and the second piece reads
        # on at the start of the next line (no blank line between pieces).
        cut = view._blocks.piece_range(paragraph.index, 0)[1]
        last = int(text[:cut].rsplit("Clause ", 1)[1].split(" ", 1)[0])
        first = int(text[cut:].split(" ", 2)[1])
        assert first == last + 1
        mark = Span(text.rindex("Clause ", 0, cut), cut + len(f"Clause {first}"))
        view.set_marks("mention", [mark])
        view.scroll_to_offset(cut)
        await pilot.pause()
        await pilot.pause()
        end_row, end_x = _row_showing(app, f"item {last}.")
        next_row, next_x = _row_showing(app, f"Clause {first} ")
        assert next_row == end_row + 1
        assert next_x == view.content_region.x
        [marked_end] = styles_at(app, end_row, (end_x,))
        marked_next, plain = styles_at(app, next_row, (next_x, next_x + len(f"Clause {first} ")))
        assert marked_end.bgcolor == marked_next.bgcolor != plain.bgcolor
        # The paragraph in view is the long one, and p lists it whole.
        assert view.paragraph_in_view() is paragraph
        await pilot.press("p")
        await wait_for(pilot, lambda: isinstance(app.screen, ParagraphScreen))
        assert app.screen.span == long


async def test_resizing_keeps_the_line_being_read_deep_in_a_long_paragraph():
    text, long = _article_with_a_long_paragraph()
    app = _app(text)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        view = app.main.article_view
        await pilot.press("1")
        target = text.index("Clause 2000 ")
        view.scroll_to(y=view._line_of_offset(target), animate=False)
        await pilot.pause()
        anchor = view._top_offset()
        assert anchor <= target < anchor + 200
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await pilot.pause()
        assert view._line_of_offset(anchor) == int(view.scroll_y)
        assert view.paragraph_in_view().span == long
        # The words may wrap apart at the new width: read the top rows as one text.
        top_text = " ".join(" ".join(_article_rows(app)[:4]).split())
        assert "Clause 2000 " in top_text


def _article_rows(app) -> list[str]:
    """The text rows of the article pane's content (not its scrollbar), as on screen."""
    region = app.main.article_view.scrollable_content_region
    return [
        "".join(row[region.x : region.right]).rstrip()
        for row in screen_rows(app)[region.y : region.bottom]
    ]


async def test_scrolling_up_after_a_jump_moves_the_text_one_line_a_key():
    # Paragraphs of varied lengths, so that the estimates above the end are off.
    text = _long_text()
    app = _app(text)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("1", "G")
        await pilot.pause()
        before = _article_rows(app)
        for _ in range(60):  # up through a dozen paragraphs never wrapped before
            await pilot.press("k")
            await pilot.pause()
            after = _article_rows(app)
            assert after[1:] == before[:-1]  # everything one row down, nothing jumped
            before = after
