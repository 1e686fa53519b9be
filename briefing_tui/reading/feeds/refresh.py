"""Fetching many feeds at once: a bounded pool of connections, each feed on its own deadline.

Each feed is fetched in a worker thread (at most ``MAX_CONNECTIONS`` at a time),
so fifty feeds that each take a fifth of a second take about a fifth of a second
together. A feed that fails gives its message; the others are not held up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from briefing_tui.errors import BriefingError
from briefing_tui.reading.feeds.http import FeedResponse, fetch_feed
from briefing_tui.reading.feeds.parse import ParsedFeed, parse_feed

if TYPE_CHECKING:
    import httpx

#: Connections open at once, over all feeds.
MAX_CONNECTIONS = 64
#: Seconds allowed to each feed (connecting, headers and body together).
FEED_TIMEOUT = 15.0
#: Largest feed document, in bytes (after decompression).
FEED_MAX_BYTES = 10 * 1024 * 1024

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class FeedRequest:
    """A feed to fetch, with the validators its last answer gave."""

    key: int
    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class FeedResult:
    """What fetching one feed gave: a parsed feed, "not modified", or an error message."""

    request: FeedRequest
    response: FeedResponse | None = None
    feed: ParsedFeed | None = None
    error: str | None = None


def fetch_one(
    request: FeedRequest, *, timeout: float, max_bytes: int, client: httpx.Client | None = None
) -> FeedResult:
    """Fetch and parse one feed (through ``client``, a ``shared_client``, if given);
    never raises for the feed's own faults."""
    return parse_result(
        fetch_unparsed(request, timeout=timeout, max_bytes=max_bytes, client=client)
    )


def fetch_unparsed(
    request: FeedRequest, *, timeout: float, max_bytes: int, client: httpx.Client | None = None
) -> FeedResult:
    """Fetch one feed without parsing it (``parse_result`` does); never raises for the
    feed's own faults."""
    try:
        response = fetch_feed(
            request.url,
            timeout=timeout,
            max_bytes=max_bytes,
            etag=request.etag,
            last_modified=request.last_modified,
            client=client,
        )
        return FeedResult(request, response)
    except BriefingError as exc:
        return FeedResult(request, error=str(exc))
    except Exception as exc:  # a library's surprise: this feed only
        return FeedResult(request, error=f"{request.url}: {type(exc).__name__}: {exc}"[:300])


def parse_result(fetched: FeedResult) -> FeedResult:
    """The fetched feed parsed (an error, or "not modified", stays as it is)."""
    response = fetched.response
    if fetched.error is not None or response is None or response.not_modified:
        return fetched
    assert response.data is not None
    try:
        return FeedResult(fetched.request, response, parse_feed(response.data, fetched.request.url))
    except BriefingError as exc:
        return FeedResult(fetched.request, error=str(exc))
    except Exception as exc:  # a parser's surprise: this feed only
        url = fetched.request.url
        return FeedResult(fetched.request, error=f"{url}: {type(exc).__name__}: {exc}"[:300])


def in_parallel(
    items: Iterable[T], work: Callable[[T], R], limit: int = MAX_CONNECTIONS
) -> Iterator[R]:
    """``work`` over ``items`` in up to ``limit`` threads; results as they finish."""
    items = list(items)
    if not items:
        return
    with ThreadPoolExecutor(max_workers=max(1, min(limit, len(items)))) as pool:
        futures = [pool.submit(work, item) for item in items]
        for future in as_completed(futures):
            yield future.result()


def fetch_feeds(
    requests: Iterable[FeedRequest],
    *,
    timeout: float = FEED_TIMEOUT,
    max_bytes: int = FEED_MAX_BYTES,
    limit: int = MAX_CONNECTIONS,
) -> Iterator[FeedResult]:
    """Fetch every feed concurrently (one client, ``limit`` connections at most); each
    result as soon as it is in.

    The threads only fetch; each feed is parsed in the caller's thread as it arrives.
    Parsing is the CPU's work: done in fifty threads at once, they take turns at the
    interpreter with the threads still reading answers, and all are slower.
    """
    from briefing_tui.reading.feeds.http import shared_client

    requests = list(requests)
    if not requests:
        return
    with shared_client(limit, timeout) as client:
        fetched = in_parallel(
            requests,
            lambda r: fetch_unparsed(r, timeout=timeout, max_bytes=max_bytes, client=client),
            limit,
        )
        for result in fetched:
            yield parse_result(result)
