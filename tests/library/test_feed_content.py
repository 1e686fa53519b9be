"""A feed entry's plain HTML content read as paragraphs without the page extraction:
the same text the extraction gives (paragraphs, no markup, no link lines), and richer
content still extracted as a page."""

from __future__ import annotations

from pathlib import Path

import pytest
from reading.local_server import serving

from briefing_tui.engine.feeds import refresh_feeds
from briefing_tui.reading.feeds.content import plain_content_text
from briefing_tui.reading.load import article_from_html
from briefing_tui.store.library import open_library
from briefing_tui.store.library.articles import stored_article
from briefing_tui.store.library.feeds import add_feed

FIRST = "The harbour council voted on Monday to rebuild the old ferry pier within a year."
SECOND = "Fishers on the north quay said they would ask the council to pay for the delay."
LIST = "<ul><li>The pier closes in May for the works.</li><li>Ferries use the east quay.</li></ul>"

PLAIN = {
    "paragraphs": f"<p>{FIRST}</p><p>{SECOND}</p>",
    "inline markup": f"<p>The <b>council</b> said <a href='/x'>on Monday</a>: {FIRST}</p>"
    f"<h2>Costs</h2><p><em>{SECOND}</em></p>",
    "a link line": f"<p>{FIRST}</p><p>Read more: <a href='/y'>The pier's long history on the "
    f"north quay</a></p><p>{SECOND}</p>",
    "a list": f"<p>{FIRST}</p>{LIST}<p>{SECOND}</p>",
    "paragraphs in list items": f"<p>{FIRST}</p><ol><li><p>The pier closes in May.</p></li>"
    f"<li>Ferries use the east quay.</li></ol><p>{SECOND}</p>",
    "a line break": f"<p>{FIRST}<br>{SECOND}</p>",
    "a quotation": f"<p>{FIRST}</p><blockquote><p>{SECOND}</p></blockquote>",
    "text without blocks": f"{FIRST} {SECOND}",
    "entities": f"<p>Hale &amp; Sons said &ldquo;no&rdquo; again. {FIRST}</p>",
    "a repeated paragraph": f"<p>{FIRST}</p><p>{SECOND}</p><p>{SECOND}</p>",
}


def _extracted(content: str) -> str:
    """The body the page extraction gives for ``content`` (without the title line)."""
    page = f"<html><head><title>T</title></head><body><article>{content}</article></body></html>"
    return article_from_html(page, "http://example.invalid/a", title="T").text.split("\n", 1)[1]


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_plain_content_reads_as_the_page_extraction_does(name: str) -> None:
    assert plain_content_text(PLAIN[name]) == _extracted(PLAIN[name])


def test_plain_content_is_paragraphs_without_markup_or_link_lines() -> None:
    text = plain_content_text(PLAIN["a link line"] + LIST)
    assert text == "\n".join(
        [FIRST, SECOND, "- The pier closes in May for the works.", "- Ferries use the east quay."]
    )


def test_links_trailing_a_sentence_are_left_out() -> None:
    content = f"<p>{FIRST} <a href='/s'>Share</a> <a href='/m'>More</a></p><p>{SECOND}</p>"
    assert plain_content_text(content) == f"{FIRST}\n{SECOND}"


@pytest.mark.parametrize(
    "rich",
    [
        f"<p>{FIRST}</p><figure><img src='/a.png'><figcaption>The pier</figcaption></figure>",
        f"<p>{FIRST}</p><table><tr><td>Cost</td><td>4m</td></tr></table>",
        f"<p>{FIRST}</p><script>track()</script>",
        f"<p>{FIRST}</p><iframe src='/video'></iframe>",
        f"<p>{FIRST}</p><pre>line one\nline two</pre>",  # lines of its own to keep
        "<p>Pier</p><p>Ferry</p>",  # no sentence: the extraction decides
    ],
)
def test_richer_content_is_left_to_the_page_extraction(rich: str) -> None:
    assert plain_content_text(rich) is None


def _atom(base: str, content: str) -> bytes:
    escaped = content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Harbour Notes</title><link href='{base}/'/><id>urn:harbour</id>"
        "<updated>2026-06-03T09:00:00Z</updated>"
        "<entry><id>urn:harbour:1</id><title>Pier to be rebuilt</title>"
        f"<link href='{base}/pier'/><updated>2026-06-03T09:00:00Z</updated>"
        f"<content type='html'>{escaped}</content></entry></feed>"
    ).encode()


@pytest.mark.parametrize("kind", ["plain", "rich"])
def test_a_refresh_stores_the_feed_s_text_as_paragraphs(tmp_path: Path, kind: str) -> None:
    body = "".join(f"<p>Part {n}: {FIRST} {SECOND}</p>" for n in range(1, 6))
    extra = (
        "<p>Read more: <a href='/old'>Earlier stories about the pier</a></p>"
        if kind == "plain"
        else "<figure><img src='/a.png'><figcaption>The pier at dawn</figcaption></figure>"
    )
    routes: dict = {}
    with serving(routes) as base, open_library(tmp_path / "home") as library:
        routes["/atom.xml"] = (200, "application/atom+xml", _atom(base, body + extra))
        add_feed(library, f"{base}/atom.xml")
        report = refresh_feeds(library)
        assert report.stored == 1 and not report.errors
        article = stored_article(library, f"{base}/pier")
    assert article is not None
    lines = article.text.split("\n")
    assert lines[0] == "Pier to be rebuilt" and article.date == "2026-06-03"
    assert "<" not in article.text and "Read more" not in article.text
    assert lines[1:6] == [f"Part {n}: {FIRST} {SECOND}" for n in range(1, 6)]
    assert len(article.paragraphs) >= 2
