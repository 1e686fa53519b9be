"""Refreshing feeds when things go wrong: each fault gives a clear message and loses nothing
already stored."""

from __future__ import annotations

import gzip
import threading
from pathlib import Path

import pytest
from cli.hostile_servers import gzip_of_zeros, slow_headers_server
from cli.odd_servers import free_port
from reading.local_server import serving

from briefing_tui.engine.feeds import refresh_feeds
from briefing_tui.store.library import open_library
from briefing_tui.store.library.feeds import add_feed, feed_entries, list_feeds
from library.feeds_site import rss, site


@pytest.fixture
def library(tmp_path: Path):
    with open_library(tmp_path / "home") as opened:
        yield opened


def _entries(library) -> list[str]:
    return [e.title for f in list_feeds(library) for e in feed_entries(library, f.id)]


def test_a_feed_that_breaks_keeps_its_stored_entries(library):
    routes: dict = {}
    with serving(routes) as base:
        routes.update(site(base))
        add_feed(library, f"{base}/rss.xml")
        first = refresh_feeds(library, timeout=5)
        assert first.new_entries == 2 and not first.errors
        routes["/rss.xml"] = (200, "application/rss+xml", b"<rss><channel><item><title>x")
        broken = refresh_feeds(library, timeout=5)
    [(where, message)] = broken.errors
    assert where == f"{base}/rss.xml"
    assert message.startswith(f"{base}/rss.xml is a malformed feed (not well-formed XML at line")
    assert message.endswith("what was stored before is kept")
    assert sorted(_entries(library)) == ["Ferry timetable changes", "Reservoir delayed"]
    assert "malformed" in list_feeds(library)[0].error


def test_an_html_page_instead_of_a_feed(library):
    routes: dict = {}
    with serving(routes) as base:
        routes.update(site(base))
        add_feed(library, f"{base}/plain.html")
        report = refresh_feeds(library, timeout=5)
    assert "is a web page, not a feed" in report.errors[0][1]


def test_an_unreachable_host_and_a_stalled_server_do_not_hold_up_the_others(library):
    routes: dict = {}
    with serving(routes) as base, slow_headers_server(seconds=30) as stalled:
        routes.update(site(base))
        add_feed(library, f"{base}/rss.xml")
        add_feed(library, f"http://127.0.0.1:{free_port()}/feed.xml")
        add_feed(library, stalled)
        report = refresh_feeds(library, timeout=1.5, fetch_text=False)
    messages = sorted(m for _u, m in report.errors)
    assert len(messages) == 2
    assert any("connection refused" in m for m in messages)
    assert any("no answer from" in m and "within 1.5 s" in m for m in messages)
    assert report.new_entries == 2


def test_a_redirect_loop_and_a_gzip_bomb(library):
    bomb = b"".join(gzip_of_zeros(64))
    routes: dict = {}
    with serving(routes) as base:
        routes["/loop"] = (302, "text/plain", b"", {"Location": "/loop"})
        routes["/bomb.xml"] = (200, "application/rss+xml", bomb, {"Content-Encoding": "gzip"})
        add_feed(library, f"{base}/loop")
        add_feed(library, f"{base}/bomb.xml")
        report = refresh_feeds(library, timeout=10, max_bytes=1024 * 1024)
    messages = sorted(m for _u, m in report.errors)
    assert any("redirects more than 5 times" in m for m in messages)
    assert any("compression bomb" in m for m in messages)


def test_a_gzipped_feed_is_read(library):
    routes: dict = {}
    with serving(routes) as base:
        routes.update(site(base))
        plain = routes["/rss.xml"][2]
        routes["/rss.xml"] = (
            200,
            "application/rss+xml",
            gzip.compress(plain, mtime=0),
            {"Content-Encoding": "gzip"},
        )
        add_feed(library, f"{base}/rss.xml")
        assert refresh_feeds(library, timeout=5, fetch_text=False).new_entries == 2


def test_an_entry_republished_under_a_new_address_is_listed_once(library):
    routes: dict = {}
    with serving(routes) as base:
        routes.update(site(base))
        add_feed(library, f"{base}/rss.xml")
        refresh_feeds(library, timeout=5)
        moved = rss(
            base,
            [
                ("wire-1", "Reservoir delayed", "/story/reservoir"),
                ("wire-2-moved", "Ferry timetable changes", "/story/ferry-v2"),
            ],
        )
        routes["/rss.xml"] = (200, "application/rss+xml", moved)
        report = refresh_feeds(library, timeout=5)
    assert report.new_entries == 0
    assert sorted(_entries(library)) == ["Ferry timetable changes", "Reservoir delayed"]


def test_two_refreshes_at_once_store_each_entry_once(tmp_path: Path):
    home = tmp_path / "home"
    routes: dict = {}
    with serving(routes, delay=0.2) as base:
        routes.update(site(base))
        with open_library(home) as library:
            add_feed(library, f"{base}/rss.xml")
            add_feed(library, f"{base}/atom.xml")
        reports = []

        def refresh() -> None:
            with open_library(home) as own:
                reports.append(refresh_feeds(own, timeout=5))

        threads = [threading.Thread(target=refresh) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    assert sorted(r.new_entries for r in reports) == [0, 3]
    assert all(not r.errors for r in reports)
    with open_library(home) as library:
        assert len(_entries(library)) == 3


def test_a_feed_of_ten_thousand_entries(library):
    items = [(f"id-{i}", f"Item number {i}", f"/item/{i}") for i in range(10_000)]
    routes: dict = {}
    with serving(routes) as base:
        routes["/big.xml"] = (200, "application/rss+xml", rss(base, items))
        add_feed(library, f"{base}/big.xml")
        report = refresh_feeds(library, timeout=60, fetch_text=False)
    assert report.new_entries == 10_000 and not report.errors
    assert list_feeds(library)[0].unread == 10_000
