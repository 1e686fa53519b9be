"""``paragraph_spans`` (regex scans of the whole text) gives what the line-by-line rules give.

``reference_paragraph_spans`` is the original implementation, one Python step per
line; the fast one must agree with it on any text, including odd whitespace,
Markdown marks, hard-wrapped blocks and lines at the 120-character limit.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.model import Span
from briefing_tui.reading import article_from_text, paragraph_spans

_ENDS_SENTENCE = re.compile(r"[.!?:;…][\"'”’)\]]*\s*$")
_BLOCK_MARK = re.compile(r"^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\|)")


def _reference_is_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2 or any(_BLOCK_MARK.match(line) for line in lines):
        return False
    inner = lines[:-1]
    open_ended = sum(1 for line in inner if not _ENDS_SENTENCE.search(line))
    widest = max(len(line) for line in lines)
    even_width = widest <= 120 and all(len(line) * 2 >= widest for line in inner)
    return even_width and open_ended * 2 > len(inner)


def reference_paragraph_spans(text: str) -> list[Span]:
    """The original line-by-line implementation."""
    spans: list[Span] = []
    block: list[re.Match[str]] = []

    def flush() -> None:
        if _reference_is_wrapped([m.group() for m in block]):
            spans.append(Span(block[0].start(), block[-1].end()))
        else:
            spans.extend(Span(m.start(), m.end()) for m in block)
        block.clear()

    for line in re.finditer(r"[^\n]+", text):
        if line.group().isspace():
            continue
        if block and text.count("\n", block[-1].end(), line.start()) > 1:
            flush()
        block.append(line)
    if block:
        flush()
    return spans


# Made-up pieces: words, sentence ends, closing quotes, Markdown marks, odd whitespace.
WORDS = ["the", "council", "voted", "bridge", "Mayor", "on", "Tuesday", "2024", "roads"]
PUNCTUATION = [".", "!", "?", ":", ";", "…", ",", ".”", ".'", ".)", ".]", ".\u2019", ""]
MARKS = ["# ", "## ", "####### ", "- ", "* ", "+ ", "1. ", "12) ", "3.", "> ", "| ", "-", "#"]
SPACES = [" ", "  ", "\t", "\u00a0", "\u2003", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\r"]

_line = st.builds(
    lambda indent, mark, words, end, trail: indent + mark + " ".join(words) + end + trail,
    st.sampled_from(["", "", "", " ", "  ", "\t", "\u00a0"]),
    st.sampled_from(["", "", "", "", *MARKS]),
    st.lists(st.sampled_from(WORDS), min_size=0, max_size=26),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(["", "", "", " ", "  ", "\t", "\u2003"]),
)
_blank_line = st.lists(st.sampled_from(SPACES), max_size=3).map("".join)
_lines = st.lists(st.one_of(_line, _line, _line, _blank_line), max_size=30)


@settings(max_examples=600, deadline=None)
@given(_lines, st.sampled_from(["", "\n", "\n\n", " ", "\n  "]))
def test_same_paragraphs_as_the_line_by_line_rules(lines: list[str], tail: str) -> None:
    text = "\n".join(lines) + tail
    assert paragraph_spans(text) == reference_paragraph_spans(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"ab.?,#-*1)>| \n\t”’\u00a0\u2028\x85\r"]), max_size=300))
def test_same_paragraphs_on_any_small_text(text: str) -> None:
    assert paragraph_spans(text) == reference_paragraph_spans(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from([59, 60, 61, 119, 120, 121]), st.integers(1, 130)),
        min_size=2,
        max_size=8,
    ),
    st.lists(st.sampled_from([".", ",", "", "”", ". "]), min_size=8, max_size=8),
)
def test_same_paragraphs_around_the_wrap_width(widths: list[int], ends: list[str]) -> None:
    # Lines of given lengths, near 120 characters and half the widest, in one block.
    pairs = zip(widths, ends[: len(widths)], strict=True)
    lines = [("x" * width)[: max(1, width - len(end))] + end for width, end in pairs]
    text = "Headline\n\n" + "\n".join(lines) + "\n\nLast line.\n"
    assert paragraph_spans(text) == reference_paragraph_spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "ab\n#\ncd",  # a mark needs a space after it on its own line, not the newline
        "ab\n-\ncd\n",
        "ab\n12.\ncd",
        "ab\ncd\n#",
        "  \nab\ncd\n  ",
        "\n\nab\n \ncd\n\n",
        "ab.\ncd.\nef",
        "ab\ncd.\nef",
        "abc\n>\nabc",
        "x\u2028y\nzz\n",
        "word\x85\nword\n",
    ],
)
def test_same_paragraphs_on_edge_cases(text: str) -> None:
    assert paragraph_spans(text) == reference_paragraph_spans(text)


def _hard_wrapped(paragraphs: int, width: int = 60) -> str:
    words = ["the", "council", "agreed", "on", "Tuesday", "to", "close", "the", "old", "bridge"]
    blocks = []
    for index in range(paragraphs):
        line, lines = "", []
        for word in (words * 3)[index % 5 :]:
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line + ".")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def test_same_paragraphs_on_long_made_up_texts() -> None:
    news = "\n".join(
        f"Paragraph {i} says the council of district {i % 13} met again"
        + (" and agreed to meet later, after a long debate on roads and schools." * (i % 4))
        for i in range(3_000)
    )
    wrapped = _hard_wrapped(2_000)
    mixed = "\n\n".join([news[:20_000], "# Heading\n- one\n- two", wrapped[:30_000], news])
    for text in (news, wrapped, mixed, "one line " * 20_000):
        assert paragraph_spans(text) == reference_paragraph_spans(text)


def test_hard_wrapped_blocks_are_one_paragraph_each() -> None:
    text = _hard_wrapped(50)
    spans = paragraph_spans(text)
    assert len(spans) == 50
    assert [text[s.start : s.end] for s in spans] == text.split("\n\n")


def test_a_long_article_reads_the_same_paragraphs() -> None:
    text = "\n\n".join(f"Line {i} of the made-up report, said the clerk." for i in range(5_000))
    article = article_from_text("\ufeff" + text.replace("\n", "\r\n"), "long.txt")
    assert article.text == text
    assert article.paragraphs == reference_paragraph_spans(text)
