"""A feed's bytes parsed with feedparser into its title and entries, newest first.

Only what the library keeps is read: each entry's identity (its id, else its
link, else its title and summary), link, title, date, and whether it carries the
full text (``content`` long enough) or only a summary. A document that is not a
feed (an HTML page, broken XML with no entries) is refused with a clear message.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
import time
from dataclasses import dataclass

from briefing_tui.errors import InputError
from briefing_tui.reading.feeds.atom import AtomFeed, parse_atom

#: An entry whose content is shorter than this (in characters of text) carries only a
#: summary: its page is fetched for the full text.
FULL_TEXT_CHARS = 600
_TAG = re.compile(r"<[^>]+>")


class FeedError(InputError):
    """The document is not a feed Briefing can read."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry of a feed."""

    guid: str
    url: str | None
    title: str
    published: str | None
    summary: str
    content_html: str | None
    content_key: str

    @property
    def summary_only(self) -> bool:
        """Whether the feed carries only a summary (the page must be fetched)."""
        return self.content_html is None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A feed: its title, its site, its entries newest first."""

    title: str
    site: str | None
    entries: list[FeedEntry]


def plain_text(markup: str) -> str:
    """Text of an HTML fragment: tags dropped, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(_TAG.sub(" ", markup)).split())


def _date(entry: dict) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        # dict.get: feedparser's own lookup maps one key to the other with a warning.
        value = dict.get(entry, key)
        if value:
            try:
                return time.strftime("%Y-%m-%dT%H:%M:%SZ", value)
            except (TypeError, ValueError):
                continue
    return None


def _content(entry: dict) -> str | None:
    best = None
    for part in entry.get("content") or []:
        value = part.get("value") or ""
        if best is None or len(value) > len(best):
            best = value
    if best and len(plain_text(best)) >= FULL_TEXT_CHARS:
        return best
    summary = entry.get("summary") or ""
    if len(plain_text(summary)) >= FULL_TEXT_CHARS:
        return summary
    return None


def _entry(raw: dict) -> FeedEntry | None:
    url = (raw.get("link") or "").strip() or None
    title = " ".join((raw.get("title") or "").split())
    summary = plain_text(raw.get("summary") or "")
    if not (url or title or summary):
        return None
    # Identity of the content, whatever its address: a feed that moves an entry to a new
    # URL (and id) still gives the same key.
    content_key = hashlib.sha256(f"{title}\0{summary}".encode()).hexdigest()
    guid = (raw.get("id") or "").strip() or url or content_key
    return FeedEntry(
        guid=guid,
        url=url,
        title=title,
        published=_date(raw),
        summary=summary,
        content_html=_content(raw),
        content_key=content_key,
    )


def _is_malformed(reason: BaseException) -> bool:
    """Whether feedparser's complaint is broken XML (not a harmless charset correction)."""
    import xml.sax

    return isinstance(reason, xml.sax.SAXException)


def _feedparser():
    """feedparser, set to parse with the standard library's expat only: by default it
    first asks for the libxml2 driver on every parse, an import that fails (it is not
    installed) after searching the whole path, under the import lock that makes the
    threads parsing other feeds wait."""
    import feedparser
    import feedparser.api

    feedparser.api.PREFERRED_XML_PARSERS[:] = []
    return feedparser


def _from_atom(feed: AtomFeed, url: str) -> ParsedFeed:
    """A plain Atom feed's entries, read as feedparser's would be."""
    entries = []
    for atom_entry in feed.entries:
        raw = {
            "id": atom_entry.id,
            "link": atom_entry.link,
            "title": atom_entry.title,
            "summary": atom_entry.summary,
            "content": [{"value": atom_entry.content}] if atom_entry.content is not None else [],
            "published_parsed": atom_entry.published,
            "updated_parsed": atom_entry.updated,
        }
        entry = _entry(raw)
        if entry is not None:
            entries.append(entry)
    entries.sort(key=lambda e: e.published or "", reverse=True)
    return ParsedFeed(
        title=" ".join((feed.title or "").split()) or url,
        site=(feed.link or "").strip() or None,
        entries=entries,
    )


def parse_feed(data: bytes, url: str) -> ParsedFeed:
    """The feed in ``data`` (fetched from ``url``); FeedError if it is not one.

    A plain, well-formed Atom feed is read with the standard library (``parse_atom``,
    a fifth of feedparser's time); every other feed with feedparser.
    """
    atom = parse_atom(data, url)
    if atom is not None:
        return _from_atom(atom, url)
    feedparser = _feedparser()

    # Entries are read as text (their HTML goes through the page extraction), so
    # feedparser need not sanitise it or resolve its links: a third of its time.
    # As a stream: given bytes, feedparser first tries them as a file name to open (a
    # feed whose body is a local path would be read from this disk), and that costs time.
    parsed = feedparser.parse(
        io.BytesIO(data),
        response_headers={"content-location": url},
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    version = parsed.get("version") or ""
    entries = [e for e in (_entry(raw) for raw in parsed.get("entries", [])) if e is not None]
    if not version and not entries:
        head = data[:2048].decode("latin-1", "replace").lower()
        if "<html" in head or "<!doctype html" in head:
            raise FeedError(
                f"{url} is a web page, not a feed; 'briefing feed add' finds the feed a "
                "page names, or give the feed's own address"
            )
        reason = parsed.get("bozo_exception")
        detail = f" ({str(reason).splitlines()[0][:100]})" if reason else ""
        raise FeedError(f"{url} is not an RSS or Atom feed{detail}; check the address")
    reason = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if reason is not None and _is_malformed(reason):
        where = getattr(reason, "getLineNumber", lambda: None)()
        at = f" at line {where}" if where else ""
        raise FeedError(
            f"{url} is a malformed feed (not well-formed XML{at}); nothing was read from it "
            "this time, and what was stored before is kept"
        )
    feed = parsed.get("feed", {})
    entries.sort(key=lambda e: e.published or "", reverse=True)
    return ParsedFeed(
        title=" ".join((feed.get("title") or "").split()) or url,
        site=(feed.get("link") or "").strip() or None,
        entries=entries,
    )
