"""The main text, title and byline of an HTML page, with navigation and boilerplate dropped.

Extraction is trafilatura's; this module only decides what counts as "no article"
and keeps trafilatura's log chatter off the user's terminal. A page refused by
trafilatura's default (precise) mode is read again in its recall mode before it
is called a menu: article text in many small blocks among links is dropped by the
first and kept by the second, while a page of links stays links in both. trafilatura is
imported here, on first use, so plain-text articles never pay for it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_tui.errors import InputError

if TYPE_CHECKING:
    from lxml.etree import _Element

#: trafilatura and the libraries it calls log "discarding data" and the like.
_NOISY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "readability")
#: A page whose longest line has fewer words than this holds menus, not an article.
_MIN_SENTENCE_WORDS = 5
_SENTENCE_LINE = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
#: A block whose links hold more than this share of its text links elsewhere (when it
#: is no sentence); trafilatura already drops blocks that are nothing but a link.
_MAX_LINK_SHARE = 0.5
#: The blocks of trafilatura's XML that hold a line of text.
_TEXT_BLOCKS = ("p", "item")
_NEEDS_SCRIPT = re.compile(
    r"\b(enable|turn on|requires?|need)\b.{0,40}\bjavascript\b", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Extracted:
    """What was found in a page: the article body (one paragraph per line) and metadata."""

    text: str
    title: str
    byline: str | None
    outlet: str | None = None
    """The site's name, from the page's metadata."""
    date: str | None = None
    """The publication date the page's metadata gives (ISO form, as trafilatura reads it)."""


_QUIETED: list[bool] = []


def _quiet_logs() -> None:
    """Silence trafilatura's loggers, once per process (setting a level clears every
    logger's cache: a millisecond each time, which fifty feed entries paid fifty times)."""
    if _QUIETED:
        return
    for name in _NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    _QUIETED.append(True)


def _field(document: object, name: str) -> str:
    """One metadata field or the text of trafilatura's result, stripped; "" when absent."""
    return (getattr(document, name, None) or "").strip() if document else ""


def _is_link_line(block: _Element) -> bool:
    """Whether a paragraph or list item is mostly the text of its links and no sentence:
    "Read more: <link>", "Profile: <link>", a related headline."""
    text = " ".join("".join(block.itertext()).split())
    linked = sum(len(" ".join("".join(ref.itertext()).split())) for ref in block.iter("ref"))
    return bool(text) and linked > _MAX_LINK_SHARE * len(text) and not _SENTENCE_LINE.search(text)


def _drop_trailing_links(block: _Element) -> None:
    """Remove the links that follow a block's last sentence ("... residents. More Share"):
    its buttons, not its text. A block that does not end in a sentence without them
    keeps them."""
    trailing: list[_Element] = []
    for child in reversed(block):
        if child.tag != "ref" or (child.tail or "").strip():
            break
        trailing.append(child)
    if not trailing:
        return
    for ref in trailing:
        block.remove(ref)
    if not _SENTENCE_LINE.search("".join(block.itertext())):
        for ref in reversed(trailing):
            block.append(ref)


def _prose_text(document: object) -> str:
    """The article body trafilatura found, one block a line, without its link lines."""
    from lxml.etree import strip_tags
    from trafilatura.xml import delete_element, xmltotxt

    tree = getattr(document, "body", None) if document else None
    if tree is None:
        return _field(document, "text")
    for block in [b for b in tree.iter(*_TEXT_BLOCKS) if _is_link_line(b)]:
        delete_element(block, keep_tail=True)
    for block in tree.iter(*_TEXT_BLOCKS):
        _drop_trailing_links(block)
    strip_tags(tree, "ref")
    return xmltotxt(tree, include_formatting=False).strip()


def _looks_like_article(body: str) -> bool:
    """True when ``body`` holds at least one sentence of prose, not just menu words."""
    for line in body.split("\n"):
        words = line.split()
        if len(words) >= _MIN_SENTENCE_WORDS and _SENTENCE_LINE.search(line):
            return True
    return False


def _extract(html: str, *, recall: bool, metadata: bool = True) -> tuple[object, str]:
    """trafilatura's result for ``html`` and its prose, in precision or recall mode
    (with the page's title, byline, site and date unless ``metadata`` is False)."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        with_metadata=metadata,
        include_comments=False,
        include_tables=True,
        include_links=True,  # to tell link lines from prose; the text keeps no link
        favor_recall=recall,
    )
    return document, _prose_text(document)


def _is_script_notice(body: str) -> bool:
    return len(body.split()) < 40 and bool(_NEEDS_SCRIPT.search(body))


def extract_html(html: str, source: str, *, metadata: bool = True) -> Extracted:
    """Extract the article from ``html``; raise InputError when the page holds none.

    ``metadata=False`` skips reading the title, byline, site and date from the page
    (a third of the time): for HTML whose metadata is known otherwise, as a feed
    entry's content is. The text is the same either way.
    """
    _quiet_logs()
    try:
        document, body = _extract(html, recall=False, metadata=metadata)
        if _is_script_notice(body) or not _looks_like_article(body):
            second = _extract(html, recall=True, metadata=metadata)
            if not _is_script_notice(second[1]) and _looks_like_article(second[1]):
                document, body = second
    except Exception as exc:  # malformed markup can make lxml raise almost anything
        raise InputError(
            f"{source}: the HTML could not be parsed ({type(exc).__name__}); "
            "save the article as text and open that"
        ) from exc
    title = " ".join(_field(document, "title").split())
    author = _field(document, "author")
    if _is_script_notice(body) or not _looks_like_article(body):
        if _NEEDS_SCRIPT.search(body) or not body:
            hint = "the page may build its text with JavaScript, or hold no article at all"
        else:
            hint = "it looks like a menu or index page"
        raise InputError(
            f"{source}: no article text found in the HTML ({hint}); "
            "open the article's own page, or save its text and open that"
        )
    return Extracted(
        text=body,
        title=title,
        byline=author.replace("; ", ", ") or None,
        outlet=" ".join(_field(document, "sitename").split()) or None,
        date=_field(document, "date") or None,
    )
