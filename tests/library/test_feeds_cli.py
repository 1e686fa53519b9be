"""``briefing feed``: add (a feed or a page naming one), refresh, list, OPML, against a local
server serving feeds and pages written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from briefing_runner import assert_one_line_error, run_briefing
from reading.local_server import serving

from briefing_tui.store.library import open_library
from briefing_tui.store.library.articles import stored_article
from library.feeds_site import site


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def feed(home: Path, *args: str):
    return run_briefing("feed", *args, env={"BRIEFING_HOME": str(home)})


def test_add_refresh_list_and_read_offline(home: Path):
    routes: dict = {}
    log: list[str] = []
    with serving(routes, log=log) as base:
        routes.update(site(base))
        added = feed(home, "add", f"{base}/")  # a page whose <link rel="alternate"> names it
        assert added.returncode == 0, added.stderr
        assert f"<{base}/rss.xml>" in added.stdout
        assert feed(home, "add", f"{base}/atom.xml").returncode == 0
        refreshed = feed(home, "refresh", "--no-analyze")
        assert refreshed.returncode == 0, refreshed.stderr
        assert "3 new entries, 3 articles stored" in refreshed.stdout
        pages_fetched = [p for p in log if p.startswith("/story/")]
        assert sorted(pages_fetched) == ["/story/ferry", "/story/reservoir"]
        assert "/basin/1" not in log  # the Atom entry carried its text: no page fetched
        again = feed(home, "refresh", "--no-analyze")
        assert "0 new entries" in again.stdout
        assert "(1 unchanged)" in again.stdout  # the RSS feed answered 304 to its ETag
        assert [p for p in log if p.startswith("/story/")] == pages_fetched  # fetched once
    # The server is gone: the articles read offline.
    listing = feed(home, "list", "--json")
    data = json.loads(listing.stdout)
    titles = {f["title"]: [e["title"] for e in f["entries"]] for f in data["feeds"]}
    assert titles["Valley Wire"] == ["Ferry timetable changes", "Reservoir delayed"]  # newest first
    assert titles["Basin Notes"] == ["Reservoir costs reviewed"]
    assert all(e["stored"] and not e["read"] for f in data["feeds"] for e in f["entries"])
    text = feed(home, "list").stdout
    assert "Valley Wire" in text and "2 unread" in text
    with open_library(home) as library:
        article = stored_article(library, f"{base}/story/ferry")
        assert article is not None and "Ferry sailings." in article.text


def test_opml_export_and_import(home: Path, tmp_path: Path):
    routes: dict = {}
    with serving(routes) as base:
        routes.update(site(base))
        feed(home, "add", f"{base}/rss.xml")
        feed(home, "add", f"{base}/atom.xml")
    out = tmp_path / "feeds.opml"
    assert feed(home, "export", str(out)).returncode == 0
    assert out.read_text().count("xmlUrl=") == 2
    other = tmp_path / "other"
    imported = run_briefing("feed", "import", str(out), env={"BRIEFING_HOME": str(other)})
    assert "2 feeds" in imported.stdout and "2 added" in imported.stdout
    listing = json.loads(
        run_briefing("feed", "list", "--json", env={"BRIEFING_HOME": str(other)}).stdout
    )
    assert sorted(f["url"] for f in listing["feeds"]) == [f"{base}/atom.xml", f"{base}/rss.xml"]
    bad = tmp_path / "bad.opml"
    bad.write_text("<html>not opml</html>")
    refused = feed(home, "import", str(bad))
    assert refused.returncode == 1 and "is not an OPML file" in refused.stderr


def test_a_page_without_a_feed_and_a_broken_feed_are_refused(home: Path):
    routes: dict = {}
    with serving(routes) as base:
        routes.update(site(base))
        page = feed(home, "add", f"{base}/plain.html")
        assert page.returncode == 1
        assert "neither a feed nor a page naming one" in page.stderr
        broken = feed(home, "add", f"{base}/broken.xml")
        assert broken.returncode == 1 and "Traceback" not in broken.stderr
        assert feed(home, "add", "ftp://example.invalid/feed").returncode == 1
    assert json.loads(feed(home, "list", "--json").stdout) == {"feeds": []}


def test_the_start_screen_without_a_terminal_says_where_the_library_is_shown(home: Path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    env["BRIEFING_HOME"] = str(home)
    done = subprocess.run(
        [sys.executable, "-m", "briefing_tui"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=env,
        start_new_session=True,  # no controlling terminal, as in a cron job
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert_one_line_error(done.stderr.decode(), "no terminal", "briefing feed list")
