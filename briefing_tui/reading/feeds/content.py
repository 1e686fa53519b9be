"""The text a feed entry carries, read straight from its plain HTML: one paragraph a line.

A feed's content is the article's body, without the page's menus and boilerplate
around it, so when it is plain markup (paragraphs, headings, lists, quotes, links
and inline styling) its paragraphs are its text: read here in a tenth of the time
the page extraction takes. Anything richer (a table, a figure, an embed, a script,
a form, preformatted text) returns None, and the entry goes through the page extraction
(``extract_html``) as a page would. As there, a paragraph that is mostly the text
of its links and no sentence ("Read more: ...") is left out, and so are the links
that trail a paragraph's last sentence; a list item starts with "- "; a paragraph
written again word for word is kept once.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: Blocks: each starts a line of its own.
_BLOCKS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "dl", "dt"}
    | {"dd", "section", "article", "hr", "br", "address"}
)
#: Inline markup: its text is part of the paragraph around it.
_INLINE = frozenset(
    {"a", "em", "strong", "b", "i", "u", "span", "q", "cite", "abbr", "sub", "sup", "small"}
    | {"code", "time", "mark", "s", "del", "ins", "bdi", "bdo", "dfn", "kbd", "var", "wbr"}
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_MIN_SENTENCE_WORDS = 5
_MAX_LINK_SHARE = 0.5
#: A paragraph this long (in characters) written again word for word is kept once.
_REPEAT_CHARS = 40


def _words(text: str) -> str:
    return " ".join(text.split())


#: What starts a list item's line.
_ITEM = "- "


def _holds_text(line: list[HtmlElement | str]) -> bool:
    """Whether a line has words yet (a list item's mark alone has none)."""
    return any(not isinstance(p, str) or (p is not _ITEM and p.strip()) for p in line)


def _lines(root: HtmlElement) -> list[list[HtmlElement | str]] | None:
    """The content's paragraphs, each a list of its pieces (text, or a link element);
    None when the content holds markup other than plain blocks and inline styling."""
    lines: list[list[HtmlElement | str]] = [[]]

    def walk(element: HtmlElement, in_link: bool) -> bool:
        tag = element.tag
        if not isinstance(tag, str):  # a comment or processing instruction
            if element.tail:
                lines[-1].append(element.tail)
            return True
        tag = tag.lower()
        block = tag in _BLOCKS
        if not block and tag not in _INLINE:
            return False
        if block:
            if in_link:
                return False
            if _holds_text(lines[-1]):
                lines.append([])
            if tag == "li" and not lines[-1]:
                lines[-1].append(_ITEM)
        if tag == "a" and not in_link:
            lines[-1].append(element)  # the whole link: its text, counted as linked
            for child in element:
                if not isinstance(child.tag, str):
                    continue
                if child.tag.lower() not in _INLINE or not walk(child, True):
                    return False
        else:
            if element.text:
                lines[-1].append(element.text)
            for child in element:
                if not walk(child, in_link):
                    return False
        if block:
            lines.append([])
        if element.tail and not in_link:
            lines[-1].append(element.tail)
        return True

    if root.text:
        lines[-1].append(root.text)
    for child in root:
        if not walk(child, False):
            return None
    return [line for line in lines if line]


def _text(piece: HtmlElement | str) -> str:
    return piece if isinstance(piece, str) else piece.text_content()


def _paragraph(pieces: list[HtmlElement | str]) -> str:
    """A paragraph's text, without a link line and without the links trailing its end."""
    text = _words("".join(_text(p) for p in pieces))
    if not text:
        return ""
    linked = sum(len(_words(p.text_content())) for p in pieces if not isinstance(p, str))
    if linked > _MAX_LINK_SHARE * len(text) and not _SENTENCE_END.search(text):
        return ""  # "Read more: <link>", a related headline
    end = len(pieces)
    while end and (not isinstance(pieces[end - 1], str) or not pieces[end - 1].strip()):
        end -= 1
    if end < len(pieces) and any(not isinstance(p, str) for p in pieces[end:]):
        kept = _words("".join(_text(p) for p in pieces[:end]))
        if _SENTENCE_END.search(kept):
            return kept  # "... residents. More Share": the buttons after the sentence
    return text


def _holds_a_sentence(lines: list[str]) -> bool:
    return any(
        len(line.split()) >= _MIN_SENTENCE_WORDS and _SENTENCE_END.search(line) for line in lines
    )


def plain_content_text(content_html: str) -> str | None:
    """The paragraphs of a feed entry's plain HTML content, one a line; None when the
    content holds richer markup or no sentence (the page extraction reads it then)."""
    from lxml import etree
    from lxml.html import fragment_fromstring

    try:
        root = fragment_fromstring(content_html, create_parent="div")
    except (etree.LxmlError, ValueError):
        return None
    pieces = _lines(root)
    if pieces is None:
        return None
    paragraphs: list[str] = []
    seen: set[str] = set()
    for line in pieces:
        text = _paragraph(line)
        if text in seen or text in ("", "-"):
            continue
        if len(text) >= _REPEAT_CHARS:
            seen.add(text)
        paragraphs.append(text)
    if not _holds_a_sentence(paragraphs):
        return None
    return "\n".join(paragraphs)
