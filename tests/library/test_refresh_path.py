"""The refresh's own path: texts fetched while other feeds are still coming in, the
feed's title and date kept for the text it carries, writes committed together, and a
feed's body never taken for a file name."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from reading.local_server import serving

from briefing_tui.engine.feeds import refresh_feeds
from briefing_tui.reading.feeds.parse import FeedError, parse_feed
from briefing_tui.store.library import LibraryError, open_library
from briefing_tui.store.library.articles import article_count, stored_article
from briefing_tui.store.library.feeds import add_feed
from library.feeds_site import atom_full, page, rss

SLOW = 3.0


@pytest.fixture
def library(tmp_path: Path):
    with open_library(tmp_path / "home") as opened:
        yield opened


def test_a_page_is_fetched_while_a_slow_feed_is_still_on_its_way(library):
    """The fast feed's summary-only entry has its page fetched at once, not after the
    slow feed is in: the texts overlap the feed fetches."""
    routes: dict = {}
    requested: dict[str, float] = {}
    log: list[str] = []

    class Timed(list):
        def append(self, path: str) -> None:
            requested.setdefault(path, time.monotonic())
            log.append(path)

    with serving(routes, log=Timed(), delays={"/slow.xml": SLOW}) as base:
        routes["/fast.xml"] = (
            200,
            "application/rss+xml",
            rss(base, [("f-1", "Harbour dues", "/story/harbour")]),
        )
        routes["/slow.xml"] = (200, "application/atom+xml", atom_full(base))
        routes["/story/harbour"] = (200, "text/html", page("Harbour dues", "Harbour dues."))
        add_feed(library, f"{base}/fast.xml")
        add_feed(library, f"{base}/slow.xml")
        started = time.monotonic()
        report = refresh_feeds(library, timeout=10)
    assert not report.errors and report.stored == 2
    assert requested["/story/harbour"] - started < SLOW / 2, log
    assert stored_article(library, f"{base}/story/harbour").title == "Harbour dues"


def test_a_feed_s_full_text_keeps_the_feed_s_title_and_date(library):
    routes: dict = {}
    with serving(routes) as base:
        routes["/atom.xml"] = (200, "application/atom+xml", atom_full(base))
        add_feed(library, f"{base}/atom.xml")
        report = refresh_feeds(library, timeout=5)
    assert not report.errors
    article = stored_article(library, f"{base}/basin/1")
    assert article.title == "Reservoir costs reviewed"
    assert article.text.startswith("Reservoir costs reviewed\nFull text entry.")
    assert article.date == "2026-06-03"


def test_writes_inside_a_transaction_commit_with_it(library):
    """A transaction opened inside another is part of it: a refresh's many writes
    commit once, and a failure keeps none of them."""
    from briefing_tui.store.library.feeds import list_feeds

    with pytest.raises(RuntimeError), library.transaction():
        add_feed(library, "https://example.invalid/one.xml")
        raise RuntimeError("stop")
    assert list_feeds(library) == []
    with library.transaction():
        add_feed(library, "https://example.invalid/one.xml")
        add_feed(library, "https://example.invalid/two.xml")
    assert len(list_feeds(library)) == 2
    with pytest.raises(LibraryError), library.transaction() as conn:
        add_feed(library, "https://example.invalid/three.xml")
        conn.execute("INSERT INTO no_such_table VALUES (1)")
    assert len(list_feeds(library)) == 2
    assert article_count(library) == 0


def test_a_feed_whose_body_names_a_local_file_is_not_read_from_disk(tmp_path: Path):
    local = tmp_path / "local.xml"
    local.write_bytes(atom_full("http://127.0.0.1:9"))
    with pytest.raises(FeedError):
        parse_feed(str(local).encode(), "http://127.0.0.1:9/feed.xml")


def test_a_page_two_feeds_name_is_fetched_once(library):
    routes: dict = {}
    log: list[str] = []
    with serving(routes, log=log) as base:
        story = [("s-1", "Harbour dues", "/story/harbour")]
        routes["/one.xml"] = (200, "application/rss+xml", rss(base, story, "Coast Wire"))
        routes["/two.xml"] = (200, "application/rss+xml", rss(base, story, "Harbour Daily"))
        routes["/story/harbour"] = (200, "text/html", page("Harbour dues", "Harbour dues."))
        add_feed(library, f"{base}/one.xml")
        add_feed(library, f"{base}/two.xml")
        report = refresh_feeds(library, timeout=5)
    assert not report.errors and report.new_entries == 2
    assert log.count("/story/harbour") == 1, log
    assert len(report.articles) == 1 and report.articles[0].title == "Harbour dues"
