"""The article view wraps lazily: long articles and very long paragraphs, end to end.

Unit tests check that wrapping a piece at a time gives the lines of a whole wrap
and that the chunked heights agree with a plain list; the Pilot tests open
made-up long articles and reach their end, search near it, show marks there and
look up the paragraph on screen.
"""

from __future__ import annotations

import bisect
from itertools import accumulate

from hypothesis import given, settings
from hypothesis import strategies as st
from rich._wrap import divide_line

from briefing_tui.app import BriefingApp
from briefing_tui.model import Briefing, Span
from briefing_tui.screens.paragraph import ParagraphScreen
from briefing_tui.widgets.article_view import EAGER_WRAP_CHARS, WrappedLines, _Heights

from .conftest import (
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
