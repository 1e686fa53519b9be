"""Compressed responses: ordinary gzip and deflate pages read as before, and the decoded
size is counted as it is produced, so the limit holds on what a page unpacks to."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from briefing_tui.errors import InputError
from briefing_tui.reading import load_article
from briefing_tui.reading.inflate import STEP, EncodingError, decoded, encodings

from .local_server import serving

PAGE = (
    b"<!DOCTYPE html><html><head><title>Bridge to close</title></head><body><article>"
    b"<p>The city council voted on Tuesday to close the old bridge for repairs, the mayor "
    b"said.</p><p>Work is expected to start in May and last a year.</p></article></body></html>"
)


@contextmanager
def encoded_serving(encoding: str, body: bytes) -> Iterator[str]:
    """Serve ``body`` as an HTML page sent with ``Content-Encoding: encoding``; yields its URL."""
    page = (200, "text/html; charset=utf-8", body, {"Content-Encoding": encoding})
    with serving({"/story": page}) as base:
        yield f"{base}/story"


def _raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("gzip", gzip.compress(PAGE, mtime=0)),
        ("deflate", zlib.compress(PAGE)),
        ("deflate", _raw_deflate(PAGE)),  # what some servers send as "deflate"
        ("gzip, gzip", gzip.compress(gzip.compress(PAGE, mtime=0), mtime=0)),
        ("identity", PAGE),
    ],
    # Named ids: pytest-xdist workers must collect the same names, and bytes in an
    # id would carry whatever gzip wrote into its header.
    ids=["gzip", "deflate-zlib", "deflate-raw", "gzip-twice", "identity"],
)
def test_compressed_pages_are_read(encoding: str, body: bytes) -> None:
    with encoded_serving(encoding, body) as url:
        article = load_article(url, timeout=10)
    assert article.title == "Bridge to close"
    assert "The city council voted on Tuesday" in article.text


def test_the_limit_counts_unpacked_bytes_and_gives_no_flag_to_raise() -> None:
    body = gzip.compress(PAGE + b"<!--" + b" " * 200_000 + b"-->")
    with (
        encoded_serving("gzip", body) as url,
        pytest.raises(InputError, match="unpacks to over") as raised,
    ):
        load_article(url, timeout=10, max_bytes=100_000)
    assert "--max-size" not in str(raised.value)


def test_an_unknown_or_corrupt_encoding_is_one_clear_error() -> None:
    with encoded_serving("br", b"\x8b\x00") as url, pytest.raises(InputError, match="br"):
        load_article(url, timeout=10)
    with (
        encoded_serving("gzip", b"not gzip at all") as url,
        pytest.raises(InputError, match="corrupt"),
    ):
        load_article(url, timeout=10)


def test_each_layer_yields_at_most_a_step_at_a_time() -> None:
    zeros = 50 * STEP
    packed = gzip.compress(gzip.compress(b"\0" * zeros))
    pieces = list(decoded([packed], encodings("gzip, gzip")))
    assert max(len(piece) for piece in pieces) <= STEP
    assert sum(len(piece) for piece in pieces) == zeros


def test_too_many_layers_are_refused() -> None:
    with pytest.raises(EncodingError, match="3 times"):
        encodings("gzip, gzip, gzip")
    assert encodings("identity, gzip") == ["gzip"]
