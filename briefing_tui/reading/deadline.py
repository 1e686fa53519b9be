"""One overall deadline for a fetch: connecting, sending, the headers and the body together.

httpx's timeouts bound each socket operation, so a server that sends one byte a
second never trips them. This network backend gives every connect, read, write
and TLS handshake only the time left until the deadline, and refuses to start one
after it: the fetch ends by the deadline, in its own thread, with no watchdog to
race and no socket left open behind it. The host name lookup, which the socket
library cannot time out, runs in a helper thread that is abandoned at the deadline.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
import typing

import httpcore

if typing.TYPE_CHECKING:
    import ssl

    import httpx


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every operation ends by the deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: float) -> None:
        self._inner = inner
        self._deadline = deadline

    def _left(self, timeout: float | None, error: type[Exception]) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise error("the overall deadline has passed")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        left = self._left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(
            self._inner.start_tls(ssl_context, server_hostname, left), self._deadline
        )

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


def _addresses_by(host: str, port: int, left: float) -> list[str]:
    """The addresses ``host`` resolves to, looked up in a daemon thread that is
    abandoned after ``left`` seconds (``getaddrinfo`` itself takes no timeout); an
    address written as one ("127.0.0.1", "::1") is its own, with no lookup or thread."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    found: list[str] = []
    failure: list[OSError] = []

    def look_up() -> None:
        try:
            for *_rest, address in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
                if address[0] not in found:
                    found.append(str(address[0]))
        except OSError as exc:
            failure.append(exc)

    lookup = threading.Thread(target=look_up, name="briefing-name-lookup", daemon=True)
    lookup.start()
    lookup.join(left)
    if lookup.is_alive():
        raise httpcore.ConnectTimeout(f"looking up {host} took past the overall deadline")
    if failure:
        raise httpcore.ConnectError(str(failure[0])) from failure[0]
    if not found:
        raise httpcore.ConnectError(f"no address for {host}")
    return found


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's blocking sockets, each operation bounded by the time left to ``deadline``
    (a ``time.monotonic()`` value)."""

    def __init__(self, deadline: float) -> None:
        self._inner = httpcore.SyncBackend()
        self._deadline = deadline

    def _left(self, timeout: float | None) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ConnectTimeout("the overall deadline has passed")
        return left if timeout is None else min(timeout, left)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = _addresses_by(host, port, self._left(timeout))
        last_error: Exception | None = None
        for address in addresses:
            try:
                stream = self._inner.connect_tcp(
                    address, port, self._left(timeout), local_address, socket_options
                )
            except httpcore.ConnectError as exc:
                last_error = exc
                continue
            return self._bounded(stream)
        assert last_error is not None
        raise last_error

    def _bounded(self, stream: httpcore.NetworkStream) -> httpcore.NetworkStream:
        """``stream`` with its every operation bounded by the deadline."""
        return _DeadlineStream(stream, self._deadline)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(min(seconds, max(0.0, self._deadline - time.monotonic())))


def bound_by_deadline(client: httpx.Client, deadline: float) -> None:
    """Make every transport of ``client`` (the direct one and any proxy from the
    environment) use a ``DeadlineBackend``.

    httpx has no public way to choose the network backend, so this sets the
    connection pool's; ``tests/cli/test_fetch_limits.py`` fails if httpx renames it.
    """
    transports = [getattr(client, "_transport", None)]
    transports += list(getattr(client, "_mounts", {}).values())
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        if pool is not None and hasattr(pool, "_network_backend"):
            pool._network_backend = DeadlineBackend(deadline)


# -- one client shared by threads, each request on the deadline of its own thread -----

_CURRENT = threading.local()


def set_thread_deadline(deadline: float) -> None:
    """The deadline (a ``time.monotonic()`` value) of what this thread fetches next."""
    _CURRENT.deadline = deadline


def _thread_deadline() -> float:
    deadline = getattr(_CURRENT, "deadline", None)
    if deadline is None:
        raise RuntimeError("set_thread_deadline() was not called in this thread")
    return deadline


class _ThreadDeadlineStream(_DeadlineStream):
    """A pooled connection: each operation ends by the deadline of the thread using it."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        super().__init__(inner, 0.0)

    def _left(self, timeout: float | None, error: type[Exception]) -> float:
        self._deadline = _thread_deadline()
        return super()._left(timeout, error)

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        left = self._left(timeout, httpcore.ConnectTimeout)
        return _ThreadDeadlineStream(self._inner.start_tls(ssl_context, server_hostname, left))


class ThreadDeadlineBackend(DeadlineBackend):
    """``DeadlineBackend`` for a client shared by threads: the deadline is the thread's."""

    def __init__(self) -> None:
        super().__init__(0.0)

    def _left(self, timeout: float | None) -> float:
        # the calling thread's own deadline: the backend is shared, so nothing is stored on it
        left = _thread_deadline() - time.monotonic()
        if left <= 0:
            raise httpcore.ConnectTimeout("the overall deadline has passed")
        return left if timeout is None else min(timeout, left)

    def _bounded(self, stream: httpcore.NetworkStream) -> httpcore.NetworkStream:
        return _ThreadDeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(min(seconds, max(0.0, _thread_deadline() - time.monotonic())))


def bound_by_thread_deadlines(client: httpx.Client) -> None:
    """Like ``bound_by_deadline``, for a client whose threads each call
    ``set_thread_deadline`` before a request."""
    transports = [getattr(client, "_transport", None)]
    transports += list(getattr(client, "_mounts", {}).values())
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        if pool is not None and hasattr(pool, "_network_backend"):
            pool._network_backend = ThreadDeadlineBackend()
