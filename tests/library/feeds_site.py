"""Feeds and pages invented for the library tests, served by ``reading.local_server``."""

from __future__ import annotations

from reading.local_server import Routes

PARAGRAPH = (
    "The county water board voted on Tuesday to delay the new reservoir by two years. "
    "Its chair, Ilse Varga, said the board needed more time to review the costs. "
    "Farmers in the lower valley said they would appeal the decision at the next session. "
)


def page(title: str, words: str) -> bytes:
    """An article page whose text repeats ``words`` into a few paragraphs."""
    body = "".join(f"<p>{words} {PARAGRAPH}</p>" for _ in range(4))
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        f"<article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


def rss(base: str, items: list[tuple[str, str, str]], title: str = "Valley Wire") -> bytes:
    """An RSS 2.0 feed of summary-only items (guid, title, path)."""
    entries = "".join(
        f"<item><guid>{guid}</guid><title>{name}</title><link>{base}{path}</link>"
        f"<description>A short summary of {name}.</description>"
        f"<pubDate>Mon, 0{i + 1} Jun 2026 10:00:00 GMT</pubDate></item>"
        for i, (guid, name, path) in enumerate(items)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>{base}/</link>{entries}</channel></rss>"
    ).encode()


def atom_full(base: str) -> bytes:
    """An Atom feed whose one entry carries its whole text."""
    content = "".join(f"&lt;p&gt;Full text entry. {PARAGRAPH}&lt;/p&gt;" for _ in range(3))
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Basin Notes</title><link href='{base}/'/><id>urn:basin</id>"
        "<updated>2026-06-03T09:00:00Z</updated>"
        f"<entry><id>urn:basin:1</id><title>Reservoir costs reviewed</title>"
        f"<link href='{base}/basin/1'/><updated>2026-06-03T09:00:00Z</updated>"
        f"<content type='html'>{content}</content></entry></feed>"
    ).encode()


def site(base: str) -> Routes:
    """A small site: an RSS feed of two summary-only items, their pages, an Atom feed
    with full text, and a home page naming the RSS feed."""
    items = [
        ("wire-1", "Reservoir delayed", "/story/reservoir"),
        ("wire-2", "Ferry timetable changes", "/story/ferry"),
    ]
    return {
        "/rss.xml": (200, "application/rss+xml", rss(base, items), {"ETag": '"v1"'}),
        "/atom.xml": (200, "application/atom+xml", atom_full(base)),
        "/story/reservoir": (200, "text/html", page("Reservoir delayed", "Reservoir vote.")),
        "/story/ferry": (200, "text/html", page("Ferry timetable changes", "Ferry sailings.")),
        "/": (
            200,
            "text/html",
            b'<html><head><title>Valley Wire</title><link rel="alternate" '
            b'type="application/rss+xml" href="/rss.xml"></head><body>Home</body></html>',
        ),
        "/plain.html": (
            200,
            "text/html",
            b"<html><head><title>x</title></head><body>No feed</body></html>",
        ),
        "/broken.xml": (200, "application/rss+xml", b"<rss><channel><item><title>unterminated"),
    }
