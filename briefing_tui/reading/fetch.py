"""Fetching an article over http(s) with httpx: a size limit, a time limit, one-line errors.

The size limit holds on the decoded bytes (``inflate``), the time limit on the
whole exchange (``deadline``), and a password in the address is never shown.
"""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_tui import __version__
from briefing_tui.errors import InputError
from briefing_tui.reading.inflate import ACCEPTED, EncodingError, decoded, encodings
from briefing_tui.reading.limits import describe_size_limit
from briefing_tui.settings import TIMEOUT_ENV, load_settings

if TYPE_CHECKING:
    import ssl

    import httpx

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


def without_credentials(url: str) -> str:
    """``url`` without a user name and password (``https://user:pass@host/`` becomes
    ``https://host/``): the form that is shown and stored."""
    from urllib.parse import urlsplit, urlunsplit

    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One TLS context for every fetch of the process: making one reads the certificate
    bundle (tens of milliseconds), which many pages fetched at once would do each time."""
    import ssl

    import certifi

    return ssl.create_default_context(cafile=certifi.where())


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
    """GET ``url`` (following redirects) and return its body, decoded.

    Raises InputError when the server cannot be reached, does not finish within
    ``timeout`` seconds (connecting, headers and body together), answers with an
    error status, sends more than ``max_bytes`` (counted after decompression, as
    it is decompressed) or sends something that is not text. Messages and the
    returned URL never hold the address's user name or password.
    """
    from urllib.parse import urlsplit

    import httpx

    from briefing_tui.reading.deadline import bound_by_deadline

    shown = without_credentials(url)
    try:
        host = urlsplit(url).hostname
    except ValueError:
        host = None
    if not host:
        raise InputError(f"{shown}: not a valid web address (no host name); check it")
    seconds = timeout_from_env() if timeout is None else timeout
    too_slow = (
        f"no answer from {shown} within {seconds:g} s; try again later, "
        f"or wait longer with --timeout SECONDS (or {TIMEOUT_ENV})"
    )
    try:
        with httpx.Client(
            timeout=httpx.Timeout(seconds),
            follow_redirects=True,
            verify=tls_context(),
            headers={
                "User-Agent": _USER_AGENT,
                "Accept": "text/html, text/plain;q=0.9, */*;q=0.5",
                "Accept-Encoding": ", ".join(ACCEPTED),
            },
        ) as client:
            # Started here, after the client is built: the time is the network's.
            bound_by_deadline(client, time.monotonic() + seconds)
            with client.stream("GET", url) as response:
                return _read_response(response, shown, max_bytes)
    except httpx.TimeoutException as exc:
        raise InputError(too_slow) from exc
    except httpx.UnsupportedProtocol as exc:
        raise InputError(f"{shown}: not a web address briefing can fetch; use http(s)://") from exc
    except httpx.InvalidURL as exc:
        raise InputError(f"{shown}: not a valid web address; check it") from exc
    except httpx.TooManyRedirects as exc:
        raise InputError(f"{shown} redirects too many times; open the final address") from exc
    except httpx.HTTPError as exc:
        raise InputError(
            f"cannot reach {shown} ({_reason(exc)}); check the address and your network connection"
        ) from exc


def _read_response(response: httpx.Response, shown: str, max_bytes: int) -> Fetched:
    """The body of ``response``, checked and decoded within ``max_bytes``."""
    if response.status_code >= 400:
        raise InputError(
            f"{shown} answered {response.status_code} {response.reason_phrase}; "
            "check the address, or save the article from a browser and open the file"
        )
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type and not content_type.startswith(_TEXT_TYPES):
        raise InputError(
            f"{shown} is {content_type}, not an article; give the address of a web page"
        )
    try:
        data = body_within(response, shown, max_bytes)
    except EncodingError as exc:
        raise InputError(f"{shown} sent a page {exc}; open it in a browser and save it") from exc
    return Fetched(
        url=without_credentials(str(response.url)),
        data=data,
        content_type=content_type,
        charset=response.charset_encoding,
    )


def body_within(response: httpx.Response, shown: str, max_bytes: int) -> bytes:
    """The body of a streamed ``response``, decompressed as it arrives and refused (an
    InputError naming ``shown``) once it passes ``max_bytes``, counted after decompression.

    A body the server declares too long is refused before it is read; an encoding that
    cannot be decoded raises ``EncodingError`` for the caller to word.
    """
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise InputError(describe_size_limit(shown, int(declared), max_bytes))
    codings = encodings(response.headers.get("content-encoding", ""))
    chunks: list[bytes] = []
    received = 0
    for chunk in decoded(response.iter_raw(), codings):
        received += len(chunk)
        if received > max_bytes:
            raise InputError(
                describe_size_limit(
                    shown, received, max_bytes, at_least=True, compressed=bool(codings)
                )
            )
        chunks.append(chunk)
    return b"".join(chunks)
