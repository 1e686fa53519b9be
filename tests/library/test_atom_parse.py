"""Plain Atom feeds read with the standard library give the very entries feedparser
gives; anything else goes to feedparser."""

from __future__ import annotations

import pytest

from briefing_tui.reading.feeds import parse
from briefing_tui.reading.feeds.atom import parse_atom
from library.feeds_site import PARAGRAPH, atom_full

URL = "http://news.example.invalid/feed.xml"
HEAD = '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'


def _escaped(html: str) -> str:
    return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _feed(*entries: str, title: str = "<title>Harbour Notes</title>") -> bytes:
    return (
        f"{HEAD}{title}<link href='/'/><link rel='self' href='/feed.xml'/><id>urn:h</id>"
        f"<updated>2026-06-03T09:00:00Z</updated>{''.join(entries)}</feed>"
    ).encode()


LONG = "".join(f"<p>Part {n}. {PARAGRAPH}</p>" for n in range(3))
PLAIN = {
    "full text": _feed(
        "<entry><id>urn:h:1</id><title>Pier rebuilt</title><link href='/pier'/>"
        f"<updated>2026-06-03T09:00:00Z</updated><content type='html'>{_escaped(LONG)}"
        "</content></entry>"
    ),
    "summary and offsets": _feed(
        "<entry><id> urn:h:2 </id><title type='text'>Ferry  times</title>"
        "<link rel='alternate' type='text/html' href='http://other.example.invalid/f'/>"
        "<link rel='enclosure' href='/a.mp3'/><published>2026-06-02T23:30:00+02:00</published>"
        "<updated>2026-06-04T08:00:00-05:00</updated>"
        "<summary type='html'>A &lt;b&gt;short&lt;/b&gt; summary.</summary></entry>",
        "<entry><title>No id or date</title><link href='pier/2'/>"
        "<summary>Plain summary text.</summary></entry>",
    ),
    "benchmark feed": atom_full("http://news.example.invalid/base"),
    "summary and content": _feed(
        "<entry><id>urn:h:3</id><title>Both</title><link href='/both'/>"
        "<updated>2026-06-03T09:00:00Z</updated><summary>Short one.</summary>"
        f"<content type='html'>{_escaped(LONG)}</content></entry>"
    ),
}
NOT_PLAIN = {
    "rss": b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>',
    "xhtml content": _feed(
        "<entry><id>x</id><title>X</title><content type='xhtml'>"
        "<div xmlns='http://www.w3.org/1999/xhtml'><p>Text</p></div></content></entry>"
    ),
    "markup in a text title": _feed("<entry><id>x</id><title>Smith &amp; Sons</title></entry>"),
    "a date without a zone": _feed(
        "<entry><id>x</id><title>X</title><updated>2026-06-03T09:00:00</updated></entry>"
    ),
    "xml:base": _feed("<entry xml:base='http://a.invalid/'><id>x</id><title>X</title></entry>"),
    "broken xml": _feed("<entry><id>x</id><title>X</entry>"),
    "two alternate links": _feed(
        "<entry><id>x</id><title>X</title><link href='/a'/><link href='/b'/></entry>"
    ),
}


def _by_feedparser(monkeypatch: pytest.MonkeyPatch, data: bytes) -> parse.ParsedFeed:
    with monkeypatch.context() as patched:
        patched.setattr(parse, "parse_atom", lambda *_args: None)
        return parse.parse_feed(data, URL)


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_a_plain_atom_feed_reads_as_feedparser_reads_it(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert parse_atom(PLAIN[name], URL) is not None
    assert parse.parse_feed(PLAIN[name], URL) == _by_feedparser(monkeypatch, PLAIN[name])


@pytest.mark.parametrize("name", sorted(NOT_PLAIN))
def test_anything_else_is_left_to_feedparser(name: str) -> None:
    assert parse_atom(NOT_PLAIN[name], URL) is None
