"""Undoing a response's Content-Encoding a slice at a time, so a size limit holds on the
decoded bytes.

httpx decodes each received chunk in full before it is counted: a small body
compressed twice unpacks to gigabytes in one step. Here each layer (gzip,
deflate, listed in the order the server applied them) yields at most
``STEP`` bytes at a time, and the caller stops counting at its limit: memory
stays within the limit plus a few slices.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

#: The most a decoder produces per call.
STEP = 64 * 1024
#: The encodings briefing asks for and can bound (also its Accept-Encoding).
ACCEPTED = ("gzip", "deflate")
#: More layers than this is no real server's doing.
MAX_LAYERS = 2
_IDENTITY = frozenset({"", "identity"})
_WBITS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}


class EncodingError(ValueError):
    """The response's encoding is one briefing does not read, or its data are corrupt."""


def encodings(header: str) -> list[str]:
    """The codings of a Content-Encoding header, in the order they were applied."""
    listed = [part.strip().lower() for part in header.split(",")]
    found = [coding for coding in listed if coding not in _IDENTITY]
    unknown = [coding for coding in found if coding not in _WBITS]
    if unknown:
        raise EncodingError(f"compressed as {', '.join(unknown)}, which briefing cannot read")
    if len(found) > MAX_LAYERS:
        raise EncodingError(f"compressed {len(found)} times over")
    return found


def _inflate(chunks: Iterable[bytes], coding: str) -> Iterator[bytes]:
    """The bytes of one layer undone, at most ``STEP`` at a time."""
    decoder = zlib.decompressobj(_WBITS[coding])
    raw_fallback = coding == "deflate"  # some servers send raw deflate, without its header
    for chunk in chunks:
        data = chunk
        while data and not decoder.eof:
            try:
                try:
                    out = decoder.decompress(data, STEP)
                except zlib.error:
                    if not raw_fallback:
                        raise
                    decoder = zlib.decompressobj(-zlib.MAX_WBITS)
                    out = decoder.decompress(data, STEP)
                raw_fallback = False
                if out:
                    yield out
                data = decoder.unconsumed_tail
                # A full slice may leave output inside the decoder with no input left.
                while not data and len(out) == STEP and not decoder.eof:
                    out = decoder.decompress(b"", STEP)
                    if out:
                        yield out
            except zlib.error as exc:
                raise EncodingError(f"its {coding} data are corrupt") from exc


def decoded(chunks: Iterable[bytes], codings: list[str]) -> Iterator[bytes]:
    """``chunks`` (the raw body) with ``codings`` undone, last applied first."""
    stream: Iterable[bytes] = chunks
    for coding in reversed(codings):
        stream = _inflate(stream, coding)
    yield from stream
