"""Finding a page's feeds: the ``<link rel="alternate">`` elements naming RSS or Atom."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")


class _LinkFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link":
            return
        values = {k.lower(): (v or "") for k, v in attrs}
        rel = values.get("rel", "").lower().split()
        kind = values.get("type", "").lower().split(";")[0].strip()
        if "alternate" in rel and kind in FEED_TYPES[:2] and values.get("href"):
            self.links.append((values["href"].strip(), kind))


def feed_links(page: str, base_url: str) -> list[str]:
    """The absolute addresses of the RSS and Atom feeds ``page`` names, in page order."""
    finder = _LinkFinder()
    try:
        finder.feed(page)
        finder.close()
    except Exception:  # a broken page: the links found so far
        pass
    seen: list[str] = []
    for href, _kind in finder.links:
        url = urljoin(base_url, href)
        if url.lower().startswith(("http://", "https://")) and url not in seen:
            seen.append(url)
    return seen
