"""OPML: reading a list of feeds from a file and writing one."""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree import ElementTree
from xml.sax.saxutils import quoteattr

from briefing_tui.errors import InputError


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    """One feed of an OPML file: its address and title."""

    url: str
    title: str = ""


def read_opml(data: bytes, source: str) -> list[OpmlFeed]:
    """Every feed (``outline`` with an ``xmlUrl``) of an OPML document, in order, once."""
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise InputError(
            f"{source} is not an OPML file ({exc}); export one from your reader"
        ) from exc
    if root.tag.lower() != "opml":
        raise InputError(f"{source} is not an OPML file (its root is <{root.tag}>)")
    feeds: list[OpmlFeed] = []
    seen = set()
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if not url.lower().startswith(("http://", "https://")) or url in seen:
            continue
        seen.add(url)
        title = outline.get("title") or outline.get("text") or ""
        feeds.append(OpmlFeed(url, " ".join(title.split())))
    return feeds


def write_opml(feeds: list[OpmlFeed], title: str = "Briefing feeds") -> str:
    """An OPML 2.0 document listing ``feeds``."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        f"  <head><title>{_text(title)}</title></head>",
        "  <body>",
    ]
    for feed in feeds:
        name = quoteattr(feed.title or feed.url)
        lines.append(
            f'    <outline type="rss" text={name} title={name} xmlUrl={quoteattr(feed.url)}/>'
        )
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
