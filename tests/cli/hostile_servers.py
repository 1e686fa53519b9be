"""Hostile HTTP servers on 127.0.0.1 for the fetch-limit tests: compression bombs and a
server that sends its headers one byte a second. Each serves from a daemon thread
until its block ends."""

from __future__ import annotations

import gzip
import socket
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager

#: The zeros a bomb unpacks to, written in slices of this size.
_SLICE = b"\0" * (1 << 20)


def gzip_of_zeros(megabytes: int) -> Iterator[bytes]:
    """A gzip stream of ``megabytes`` MB of zeros, made slice by slice (never held whole)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    for _ in range(megabytes):
        piece = compressor.compress(_SLICE)
        if piece:
            yield piece
    yield compressor.flush()


def double_gzip_bomb(megabytes: int) -> bytes:
    """``megabytes`` MB of zeros gzipped twice: a body of a few kilobytes."""
    return gzip.compress(b"".join(gzip_of_zeros(megabytes)), 9)


@contextmanager
def _serving(handle: Callable[[socket.socket, threading.Event], None]) -> Iterator[str]:
    """Accept connections and run ``handle`` on each in a thread; yields the page's URL."""
    stop = threading.Event()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)

    def handle_quietly(conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)  # the request; its content does not matter
                handle(conn, stop)
            except OSError:
                pass  # the client hung up: what these tests expect it to do

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=handle_quietly, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/story"
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def _headers(encoding: str, length: int | None = None) -> bytes:
    lines = ["HTTP/1.1 200 OK", "Content-Type: text/html", f"Content-Encoding: {encoding}"]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


@contextmanager
def double_gzip_server(body: bytes) -> Iterator[str]:
    """Serves ``body`` (gzipped twice) as ``Content-Encoding: gzip, gzip``."""

    def handle(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(_headers("gzip, gzip", len(body)) + body)

    with _serving(handle) as url:
        yield url


@contextmanager
def gzip_stream_server(megabytes: int) -> Iterator[str]:
    """Serves ``megabytes`` MB of zeros, gzipped as it is sent (no length given)."""

    def handle(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(_headers("gzip"))
        for piece in gzip_of_zeros(megabytes):
            if stop.is_set():
                return
            conn.sendall(piece)

    with _serving(handle) as url:
        yield url


@contextmanager
def slow_headers_server(seconds: int = 120, asked: threading.Event | None = None) -> Iterator[str]:
    """Sends the status line, then header bytes one a second for at most ``seconds``;
    sets ``asked`` when a request has arrived."""

    def handle(conn: socket.socket, stop: threading.Event) -> None:
        if asked is not None:
            asked.set()
        conn.sendall(b"HTTP/1.1 200 OK\r\n")
        for byte in (b"X-Slow: " + b"a" * seconds)[:seconds]:
            # The pace of the hostile server, not a wait for something to happen.
            if stop.wait(1.0):
                return
            conn.sendall(bytes([byte]))

    with _serving(handle) as url:
        yield url


@contextmanager
def slow_body_server(seconds: int = 120) -> Iterator[str]:
    """Sends its headers at once, then its body one byte a second for at most ``seconds``."""

    def handle(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
            + f"Content-Length: {seconds}\r\n\r\n".encode()
        )
        for _ in range(seconds):
            # The pace of the hostile server, not a wait for something to happen.
            if stop.wait(1.0):
                return
            conn.sendall(b"a")

    with _serving(handle) as url:
        yield url
