"""Refreshing the library's feeds: fetch them at once, keep new entries and their full text.

Feeds are fetched concurrently (``reading.feeds.refresh``); their new entries
are stored; an entry whose feed carries only a summary has its page fetched
once and extracted exactly as ``briefing URL`` does, and every new article is
kept in the library so it reads offline. ``analyze_stored`` then analyses what
is not in the cache yet (the command line runs it in the background), so
opening an entry is instant. Two refreshes at once take turns (a lock file).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from briefing_tui.errors import BriefingError
from briefing_tui.model import Article
from briefing_tui.reading.feeds.parse import FeedEntry
from briefing_tui.reading.feeds.refresh import (
    FEED_MAX_BYTES,
    FEED_TIMEOUT,
    MAX_CONNECTIONS,
    FeedRequest,
    FeedResult,
    fetch_feeds,
)
from briefing_tui.store.library import Library, LibraryError
from briefing_tui.store.library.articles import record_article, stored_article
from briefing_tui.store.library.feeds import (
    EntryRow,
    entries_without_text,
    link_entry,
    list_feeds,
    record_check,
    store_entries,
)

#: Seconds a refresh waits for another one (another Briefing) to finish.
LOCK_WAIT = 120.0


@dataclass(slots=True)
class RefreshReport:
    """What a refresh did: feeds checked, new entries, texts stored, and each failure."""

    feeds: int = 0
    not_modified: int = 0
    new_entries: int = 0
    stored: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)


@contextlib.contextmanager
def refresh_lock(home: Path, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Hold the data folder's refresh lock (waiting up to ``wait`` seconds for another)."""
    import fcntl

    path = home / "refresh.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise LibraryError(
                        "another Briefing has been refreshing the feeds for "
                        f"{wait:g} s; try again once it is done"
                    ) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)


def _entry_article(
    entry: EntryRow, parsed: FeedEntry | None, timeout: float, max_bytes: int
) -> Article | str:
    """The entry's article: from the feed's full content, else its page; or why not.

    A feed's plain content (paragraphs and inline markup) is read as it is
    (``plain_content_text``); richer content is extracted as a page is. Either way its
    title and date are the feed's (the content holds no metadata of its own).
    """
    from briefing_tui.reading.decode import normalise_text
    from briefing_tui.reading.feeds.content import plain_content_text
    from briefing_tui.reading.html import Extracted
    from briefing_tui.reading.load import article_from_extracted, article_from_html, fetch_article

    url = entry.url or ""
    content_html = parsed.content_html if parsed is not None else None
    try:
        if content_html is not None:
            published = parsed.published if parsed is not None else None
            date = published[:10] if published else None
            plain = plain_content_text(normalise_text(content_html))
            if plain is not None:  # plain markup: its paragraphs are the text
                extracted = Extracted(text=plain, title=entry.title, byline=None, date=date)
                return article_from_extracted(extracted, url)
            page = (
                f"<html><head><title>{_escape(entry.title)}</title></head>"
                f"<body><article>{content_html}</article></body></html>"
            )
            return article_from_html(page, url, title=entry.title, date=date)
        return fetch_article(url, max_bytes=max_bytes, timeout=timeout)
    except BriefingError as exc:
        return str(exc)
    except Exception as exc:  # one entry's surprise, not the refresh's
        return f"{url}: {type(exc).__name__}: {exc}"[:300]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


#: Threads extracting the texts feeds carry: the work is the CPU's, so more threads
#: only take turns (and their start costs time); pages to fetch get ``limit`` threads.
EXTRACTING_THREADS = 2


class _Texts:
    """The entries' texts, fetched and extracted in pools of threads while the other
    feeds are still coming in; each page once, however many entries name it."""

    def __init__(self, library: Library, timeout: float, max_bytes: int, limit: int):
        self.library = library
        self.pages = ThreadPoolExecutor(max_workers=max(1, limit))
        self.contents = ThreadPoolExecutor(max_workers=EXTRACTING_THREADS)
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.by_url: dict[str, Future] = {}
        self.waiting: list[tuple[EntryRow, Future]] = []

    def __enter__(self) -> _Texts:
        return self

    def __exit__(self, *exc: object) -> None:
        self.pages.shutdown(cancel_futures=True)
        self.contents.shutdown(cancel_futures=True)

    def start(self, feed_id: int, parsed: dict[str, FeedEntry]) -> None:
        """Start on the feed's entries without a text (new ones, and those that failed before)."""
        for entry in entries_without_text(self.library, feed_id):
            url = entry.url or ""
            job = self.by_url.get(url)
            if job is None:
                known = stored_article(self.library, url)
                if known is not None:  # the same page under another entry, fetched already
                    link_entry(self.library, entry.id, sha256=known.sha256, error=None)
                    continue
                content = parsed.get(url)
                pool = self.pages if content is None or content.summary_only else self.contents
                args = (entry, content, self.timeout, self.max_bytes)
                job = self.by_url[url] = pool.submit(_entry_article, *args)
            self.waiting.append((entry, job))

    def store(self, report: RefreshReport) -> None:
        """Wait for every text, then keep them all in one transaction."""
        done = [(entry, job.result()) for entry, job in self.waiting]
        with self.library.transaction():
            for entry, outcome in done:
                if isinstance(outcome, str):
                    link_entry(self.library, entry.id, sha256=None, error=outcome)
                    report.errors.append((entry.url or entry.title, outcome))
                    continue
                if record_article(self.library, outcome, opened=False):
                    report.articles.append(outcome)
                report.stored += 1
                link_entry(self.library, entry.id, sha256=outcome.sha256, error=None)


def refresh_feeds(
    library: Library,
    *,
    feed_ids: set[int] | None = None,
    timeout: float = FEED_TIMEOUT,
    max_bytes: int = FEED_MAX_BYTES,
    article_max_bytes: int = 20 * 1024 * 1024,
    limit: int = MAX_CONNECTIONS,
    fetch_text: bool = True,
    on_feed: Callable[[str, str | None], object] | None = None,
) -> RefreshReport:
    """Refresh the feeds (all, or ``feed_ids``); nothing already stored is lost on a failure.

    Each feed's entries are stored as soon as it is in, and their texts are fetched
    and extracted at once, while the other feeds are still on their way.
    """
    report = RefreshReport()
    with refresh_lock(library.home), _Texts(library, timeout, article_max_bytes, limit) as texts:
        feeds = [f for f in list_feeds(library) if feed_ids is None or f.id in feed_ids]
        requests = [FeedRequest(f.id, f.url, f.etag, f.last_modified) for f in feeds]
        for result in fetch_feeds(requests, timeout=timeout, max_bytes=max_bytes, limit=limit):
            report.feeds += 1
            parsed = _record_result(library, result, report)
            if fetch_text:
                texts.start(result.request.key, parsed)
            if on_feed is not None:
                on_feed(result.request.url, result.error)
        texts.store(report)
    return report


def _record_result(library: Library, result: FeedResult, report: RefreshReport):
    """Keep one feed's answer (its new entries, validators, or error), in one transaction;
    returns its entries by address."""
    key = result.request.key
    with library.transaction():
        if result.error is not None:
            report.errors.append((result.request.url, result.error))
            record_check(library, key, error=result.error)
            return {}
        if result.feed is None:
            report.not_modified += 1
            record_check(library, key, error=None)
            return {}
        response = result.response
        assert response is not None
        added = store_entries(library, key, result.feed)
        report.new_entries += len(added)
        record_check(
            library,
            key,
            error=None,
            etag=response.etag,
            last_modified=response.last_modified,
            title=result.feed.title,
            site=result.feed.site,
        )
    return {entry.url or "": entry for entry in result.feed.entries}


def articles_to_analyse(library: Library, model_name: str | None = None) -> list[Article]:
    """The library's stored (web) articles whose analysis is not in the cache."""
    from briefing_tui.engine.cache import cached_briefing

    rows = library.query("SELECT sha256 FROM articles WHERE stored IS NOT NULL")
    missing = []
    for row in rows:
        article = stored_article(library, row["sha256"])
        if article is not None and cached_briefing(article, model_name) is None:
            missing.append(article)
    return missing


def analyze_stored(library: Library, model_name: str | None = None) -> int:
    """Analyse every stored article not in the cache yet (one model load); returns how many."""
    from briefing_tui.engine.batch import analyze_many

    articles = articles_to_analyse(library, model_name)
    for _briefing in analyze_many(articles, model_name=model_name, use_cache=True):
        pass
    return len(articles)


def add_feed_at(library: Library, url: str) -> tuple[str, str, bool]:
    """Add the feed at ``url``, or the first feed the page at ``url`` names with
    ``<link rel="alternate">``; returns its title, its address, and whether it is new.

    InputError (one line) when it is neither a feed nor a page naming one.
    """
    from briefing_tui.errors import InputError
    from briefing_tui.reading.feeds.discover import feed_links
    from briefing_tui.reading.feeds.http import fetch_feed
    from briefing_tui.reading.feeds.parse import FeedError, parse_feed
    from briefing_tui.store.library.feeds import add_feed

    url = url.strip()
    if not url.lower().startswith(("http://", "https://")):
        raise InputError(f"{url}: give a feed's http(s):// address")
    response = fetch_feed(url, timeout=FEED_TIMEOUT, max_bytes=FEED_MAX_BYTES)
    data = response.data or b""
    try:
        feed = parse_feed(data, url)
    except FeedError:
        links = feed_links(data.decode("utf-8", "replace"), response.url)
        if not links:
            raise InputError(
                f'{url} is neither a feed nor a page naming one (no <link rel="alternate"> '
                "to RSS or Atom); give the feed's address"
            ) from None
        url = links[0]
        found = fetch_feed(url, timeout=FEED_TIMEOUT, max_bytes=FEED_MAX_BYTES)
        feed = parse_feed(found.data or b"", url)
    return feed.title, url, add_feed(library, url, feed.title, feed.site)


def analyse_in_background() -> None:
    """Start ``briefing feed analyze`` as a process of its own, which outlives this one:
    the stored articles not analysed yet are analysed (one model load) into the cache."""
    import subprocess
    import sys

    subprocess.Popen(
        [sys.executable, "-m", "briefing_tui", "feed", "analyze"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
