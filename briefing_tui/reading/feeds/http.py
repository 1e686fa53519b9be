"""Fetching a feed: a conditional GET (ETag, Last-Modified), few redirects, a size and time limit.

The same limits as an article's fetch (``reading.fetch``): one deadline over the
whole exchange (``deadline``), the size counted on the decoded bytes as they are
decoded (``inflate``), addresses shown without passwords.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_tui.errors import InputError
from briefing_tui.reading.fetch import (
    _USER_AGENT,
    _reason,
    body_within,
    tls_context,
    without_credentials,
)
from briefing_tui.reading.inflate import ACCEPTED, EncodingError

if TYPE_CHECKING:
    import httpx

#: Redirects followed before a feed is said to loop.
MAX_REDIRECTS = 5
_FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
    "text/html;q=0.5, */*;q=0.1"
)


@dataclass(frozen=True, slots=True)
class FeedResponse:
    """What a feed's server answered: its body (None: not modified since), validators."""

    url: str
    data: bytes | None
    content_type: str
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        """The server said 304: the feed is as it was at the last refresh."""
        return self.data is None


def _client(timeout: float, connections: int) -> httpx.Client:
    import httpx

    return httpx.Client(
        timeout=httpx.Timeout(timeout),
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        headers={
            "User-Agent": _USER_AGENT,
            "Accept": _FEED_ACCEPT,
            "Accept-Encoding": ", ".join(ACCEPTED),
        },
        verify=tls_context(),
        limits=httpx.Limits(max_connections=connections, max_keepalive_connections=connections),
    )


@contextmanager
def shared_client(connections: int, timeout: float) -> Iterator[httpx.Client]:
    """One client for many feeds fetched from several threads: at most ``connections``
    open at once, each request on the deadline its thread sets (``fetch_feed`` does)."""
    from briefing_tui.reading.deadline import bound_by_thread_deadlines

    with _client(timeout, connections) as client:
        bound_by_thread_deadlines(client)
        yield client


def fetch_feed(
    url: str,
    *,
    timeout: float,
    max_bytes: int,
    etag: str | None = None,
    last_modified: str | None = None,
    client: httpx.Client | None = None,
) -> FeedResponse:
    """GET ``url`` conditionally; InputError (one line) for every failure.

    ``client`` is a ``shared_client``; without one, a client of its own is made.
    """
    import httpx

    from briefing_tui.reading.deadline import set_thread_deadline

    shown = without_credentials(url)
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        set_thread_deadline(time.monotonic() + timeout)
        if client is None:
            with shared_client(1, timeout) as own:
                return _get(own, url, headers, timeout, shown, max_bytes)
        return _get(client, url, headers, timeout, shown, max_bytes)
    except httpx.TimeoutException as exc:
        raise InputError(f"no answer from {shown} within {timeout:g} s; skipped this time") from exc
    except httpx.TooManyRedirects as exc:
        raise InputError(
            f"{shown} redirects more than {MAX_REDIRECTS} times (a redirect loop?); "
            "check the feed's address"
        ) from exc
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
        raise InputError(f"{shown}: not a valid http(s) address; check it") from exc
    except httpx.HTTPError as exc:
        raise InputError(f"cannot reach {shown} ({_reason(exc)})") from exc


def _get(client, url: str, headers: dict, timeout: float, shown: str, max_bytes: int):
    with client.stream("GET", url, headers=headers, timeout=timeout) as response:
        return _read(response, shown, max_bytes)


def _read(response, shown: str, max_bytes: int) -> FeedResponse:
    etag = response.headers.get("etag")
    last_modified = response.headers.get("last-modified")
    final = without_credentials(str(response.url))
    if response.status_code == 304:
        return FeedResponse(final, None, "", etag, last_modified)
    if response.status_code >= 400:
        raise InputError(f"{shown} answered {response.status_code} {response.reason_phrase}")
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        body = body_within(response, shown, max_bytes)
    except EncodingError as exc:
        raise InputError(f"{shown} sent a feed {exc}") from exc
    return FeedResponse(final, body, content_type, etag, last_modified)
