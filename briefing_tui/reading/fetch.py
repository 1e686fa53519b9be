"""Fetching an article over http(s) with httpx: a size limit, a time limit, one-line errors."""

from __future__ import annotations

import time
from dataclasses import dataclass

from briefing_tui import __version__
from briefing_tui.errors import InputError
from briefing_tui.reading.limits import describe_size_limit
from briefing_tui.settings import TIMEOUT_ENV, load_settings

#: Seconds to wait for a server; ``--timeout`` or ``BRIEFING_TIMEOUT`` change it.
_USER_AGENT = f"briefing/{__version__} (terminal article reader)"
#: Content types read as an article; anything else (images, PDF, archives) is refused.
_TEXT_TYPES = ("text/", "application/xhtml+xml", "application/xml", "application/json")


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched resource: its final URL, its bytes, content type and declared charset."""

    url: str
    data: bytes
    content_type: str
    charset: str | None


def is_url(location: str) -> bool:
    """True for ``http://`` and ``https://`` locations."""
    return location.lower().startswith(("http://", "https://"))


def timeout_from_env() -> float:
    """The fetch timeout in seconds from ``BRIEFING_TIMEOUT``, else the default."""
    return load_settings().fetch_timeout


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    lowered = text.lower()
    if "refused" in lowered:
        return "connection refused"
    if "name or service not known" in lowered or "nodename nor servname" in lowered:
        return "unknown host name"
    if "temporary failure in name resolution" in lowered:
        return "host name lookup failed"
    return text[:120] or type(exc).__name__


def fetch_url(url: str, *, timeout: float | None = None, max_bytes: int) -> Fetched:
    """GET ``url`` (following redirects) and return its body.

    Raises InputError when the server cannot be reached, does not answer within
    ``timeout`` seconds (overall), answers with an error status, sends more than
    ``max_bytes`` or sends something that is not text.
    """
    from urllib.parse import urlsplit

    import httpx

    try:
        host = urlsplit(url).hostname
    except ValueError:
        host = None
    if not host:
        raise InputError(f"{url}: not a valid web address (no host name); check it")
    seconds = timeout_from_env() if timeout is None else timeout
    deadline = time.monotonic() + seconds
    too_slow = (
        f"no answer from {url} within {seconds:g} s; try again later, "
        f"or wait longer with --timeout SECONDS (or {TIMEOUT_ENV})"
    )
    try:
        with (
            httpx.Client(
                timeout=httpx.Timeout(seconds),
                follow_redirects=True,
                headers={
                    "User-Agent": _USER_AGENT,
                    "Accept": "text/html, text/plain;q=0.9, */*;q=0.5",
                },
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise InputError(
                    f"{url} answered {response.status_code} {response.reason_phrase}; "
                    "check the address, or save the article from a browser and open the file"
                )
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type and not content_type.startswith(_TEXT_TYPES):
                raise InputError(
                    f"{url} is {content_type}, not an article; give the address of a web page"
                )
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise InputError(describe_size_limit(url, int(declared), max_bytes))
            chunks: list[bytes] = []
            received = 0
            for chunk in response.iter_bytes():
                received += len(chunk)
                if received > max_bytes:
                    raise InputError(describe_size_limit(url, received, max_bytes, at_least=True))
                if time.monotonic() > deadline:
                    raise InputError(too_slow)
                chunks.append(chunk)
            return Fetched(
                url=str(response.url),
                data=b"".join(chunks),
                content_type=content_type,
                charset=response.charset_encoding,
            )
    except httpx.TimeoutException as exc:
        raise InputError(too_slow) from exc
    except httpx.UnsupportedProtocol as exc:
        raise InputError(f"{url}: not a web address briefing can fetch; use http(s)://") from exc
    except httpx.InvalidURL as exc:
        raise InputError(f"{url}: not a valid web address ({exc}); check it") from exc
    except httpx.TooManyRedirects as exc:
        raise InputError(f"{url} redirects too many times; open the final address") from exc
    except httpx.HTTPError as exc:
        raise InputError(
            f"cannot reach {url} ({_reason(exc)}); check the address and your network connection"
        ) from exc
