"""Markdown to the plain text the analysis reads, with where the Markdown styled it.

``markdown-it-py`` parses the source (CommonMark, with tables); ``render_markdown``
walks its tokens and writes the words only: heading marks, emphasis marks and
link targets go, each list item gets one bullet ("•", "◦" nested, or its number),
escapes and entities are decoded. Every block (heading, paragraph, list item,
quote, code block, table) becomes one paragraph, blocks apart by a blank line;
a paragraph's soft line breaks become spaces. The styled ranges (``Markup``)
are offsets into that plain text, so the analysis's offsets and the view's
marks agree. Raw HTML is left out (comments, mostly).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.model import Markup, MarkupKind

if TYPE_CHECKING:  # markdown-it is imported only when a Markdown text is read (20 ms)
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})

#: Signs of Markdown in a text that does not say it is Markdown (one line each).
_FEATURES = (
    re.compile(r"(?m)^#{1,6}[^\S\n]+\S"),  # a heading
    re.compile(r"(?<![\w*])\*\*\S[^*\n]*?\*\*(?![\w*])|(?<!\w)__\S[^_\n]*?__(?!\w)"),  # bold
    # an inline link; its text holds no bracket, so the scan stays linear on "[[[["
    re.compile(r"\[[^\[\]\n]{1,500}\]\((?:https?://|/|#)[^)\s]*\)"),
    re.compile(r"(?m)^```"),  # a fenced code block
    re.compile(r"(?m)^[-*+][^\S\n]+\S.*\n[-*+][^\S\n]+\S"),  # two bulleted lines in a row
)
_INLINE_KINDS = {
    "strong_open": MarkupKind.STRONG,
    "em_open": MarkupKind.EMPHASIS,
    "link_open": MarkupKind.LINK,
}


def looks_like_markdown(text: str) -> bool:
    """Whether ``text`` is clearly Markdown: it opens with a ``# `` heading, or shows two
    different kinds of Markdown (headings, bold, links, code fences, bulleted lists)."""
    head = text[:200_000]
    if re.match(r"\s*#[^\S\n]+\S", head):
        return True
    return sum(1 for feature in _FEATURES if feature.search(head)) >= 2


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


@dataclass
class MarkdownText:
    """The plain text of a Markdown source and the ranges its Markdown styled."""

    text: str
    markup: list[Markup] = field(default_factory=list)

    @property
    def title(self) -> str:
        """The text of a level-one heading that opens the article, else ""."""
        first = self.markup[0] if self.markup else None
        if first and first.kind is MarkupKind.HEADING and first.level == 1 and first.start == 0:
            return self.text[first.start : first.end]
        return ""


class _Writer:
    """Builds the plain text block by block, noting the styled ranges as it goes."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.markup: list[Markup] = []
        self.lists: list[list[int]] = []  # the open lists: [next number] or [] for bullets
        self.item_starts: list[int] = []  # the open list items' starts
        self.bullet: str | None = None  # the bullet the next block opens with
        self.quote_starts: list[int] = []
        self.row: list[str] | None = None  # the cells of the table row being read
        self.rows: list[str] = []

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def start_block(self) -> None:
        """Open a block: a blank line after the last one, then the list bullet if any."""
        if self.length:
            self.write("\n\n")
        if self.bullet is not None:
            self.write(self.bullet)
            self.bullet = None

    def note(self, start: int, kind: MarkupKind, level: int = 0) -> None:
        if self.length > start:
            self.markup.append(Markup(start, self.length, kind, level))

    def inline(self, tokens: list[Token]) -> None:
        """Write an inline run's words, noting emphasis, code and links."""
        opened: list[tuple[int, MarkupKind]] = []
        for token in tokens:
            kind = token.type
            if kind == "text":
                self.write(token.content)
            elif kind == "code_inline":
                start = self.length
                self.write(token.content)
                self.note(start, MarkupKind.CODE)
            elif kind == "softbreak":
                self.write(" ")
            elif kind == "hardbreak":
                self.write("\n")
            elif kind == "image":
                self.write(token.content)  # its alt text
            elif kind in _INLINE_KINDS:
                opened.append((self.length, _INLINE_KINDS[kind]))
            elif kind.endswith("_close") and opened:
                start, markup = opened.pop()
                self.note(start, markup)
            # html_inline: left out

    def block(self, tokens: list[Token]) -> None:
        """Write the blocks of a token stream."""
        index = 0
        while index < len(tokens):
            token = tokens[index]
            kind = token.type
            if kind in ("heading_open", "paragraph_open"):
                inline = tokens[index + 1]
                self.start_block()
                start = self.length
                self.inline(inline.children or [])
                if kind == "heading_open":
                    self.note(start, MarkupKind.HEADING, int(token.tag[1:]))
                index += 3  # open, inline, close
                continue
            if kind in ("bullet_list_open", "ordered_list_open"):
                first = int(token.attrGet("start") or 1) if kind == "ordered_list_open" else 0
                self.lists.append([first] if kind == "ordered_list_open" else [])
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "list_item_open":
                numbers = self.lists[-1] if self.lists else []
                if numbers:
                    self.bullet = f"{numbers[0]}. "
                    numbers[0] += 1
                else:
                    self.bullet = "• " if len(self.lists) <= 1 else "◦ "
                self.item_starts.append(self.length + (2 if self.length else 0))
            elif kind == "list_item_close":
                start = self.item_starts.pop()
                if self.bullet is not None:  # an empty item: show its bullet all the same
                    self.start_block()
                self.note(start, MarkupKind.LIST_ITEM, len(self.lists))
            elif kind == "blockquote_open":
                self.quote_starts.append(self.length + (2 if self.length else 0))
            elif kind == "blockquote_close":
                self.note(self.quote_starts.pop(), MarkupKind.QUOTE)
            elif kind in ("fence", "code_block"):
                self.start_block()
                start = self.length
                self.write(token.content.rstrip("\n"))
                self.note(start, MarkupKind.CODE)
            elif kind == "tr_open":
                self.row = []
            elif kind == "inline" and self.row is not None:
                cell = _Writer()
                cell.inline(token.children or [])
                self.row.append("".join(cell.parts).strip())
            elif kind == "tr_close" and self.row is not None:
                self.rows.append(" | ".join(self.row))
                self.row = None
            elif kind == "table_close":
                self.start_block()
                self.write("\n".join(self.rows))
                self.rows = []
            # hr, html_block and the other tokens write nothing
            index += 1


def render_markdown(source: str) -> MarkdownText:
    """The plain text of Markdown ``source`` (ending in a newline) and its styled ranges."""
    writer = _Writer()
    writer.block(_parser().parse(source))
    text = "".join(writer.parts)
    markup = sorted(writer.markup, key=lambda m: (m.start, -m.end))
    return MarkdownText(text + "\n" if text else "", markup)
