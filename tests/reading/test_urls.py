"""Fetching articles over http from a local server started by the test."""

from __future__ import annotations

import pytest

from briefing_tui.errors import InputError
from briefing_tui.reading import load_article

from .local_server import serving

PAGE = (
    b"<!DOCTYPE html><html><head><title>Bridge to close | City News</title></head><body>"
    b"<nav><a href='/'>Home</a> <a href='/local'>Local</a> <a href='/sport'>Sport</a></nav>"
    b"<article><h1>Bridge to close</h1>"
    b"<p>The city council voted on Tuesday to close the old bridge for repairs, the mayor "
    b"said.</p><p>Work is expected to start in May and last a year.</p></article>"
    b"<footer>Copyright City News. Terms of use.</footer></body></html>"
)
TEXT = "Bridge to close\nThe council voted on Tuesday to close the bridge, the mayor said.\n"


def test_html_page() -> None:
    with serving({"/story": (200, "text/html; charset=utf-8", PAGE)}) as base:
        article = load_article(f"{base}/story", timeout=10)
    assert article.title == "Bridge to close"
    assert article.source == f"{base}/story"
    assert "The city council voted on Tuesday" in article.text
    assert "Home" not in article.text and "Copyright" not in article.text


def test_plain_text_page() -> None:
    with serving({"/story.txt": (200, "text/plain", TEXT.replace("\n", "\r\n").encode())}) as base:
        article = load_article(f"{base}/story.txt", timeout=10)
    assert article.text == TEXT
    assert article.title == "Bridge to close"


def test_charset_from_the_header() -> None:
    page = PAGE.replace(b"old bridge", "old caf\xe9 bridge".encode("latin-1"))
    with serving({"/story": (200, "text/html; charset=ISO-8859-1", page)}) as base:
        article = load_article(f"{base}/story", timeout=10)
    assert "old café bridge" in article.text


def test_not_found() -> None:
    with serving({}) as base, pytest.raises(InputError, match="answered 404"):
        load_article(f"{base}/missing", timeout=10)


def test_an_image_is_not_an_article() -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
    with (
        serving({"/photo": (200, "image/png", png)}) as base,
        pytest.raises(InputError, match="image/png, not an article"),
    ):
        load_article(f"{base}/photo", timeout=10)


def test_size_limit_applies_to_urls() -> None:
    with (
        serving({"/story": (200, "text/html", PAGE)}) as base,
        pytest.raises(InputError, match="--max-size"),
    ):
        load_article(f"{base}/story", timeout=10, max_bytes=100)


def test_page_without_article() -> None:
    menu = b"<html><body><nav><a href='/'>Home</a> <a href='/a'>World</a></nav></body></html>"
    with (
        serving({"/": (200, "text/html", menu)}) as base,
        pytest.raises(InputError, match="no article text found"),
    ):
        load_article(f"{base}/", timeout=10)


def test_analyze_a_url_from_the_command_line() -> None:
    import json
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    with serving({"/story": (200, "text/html; charset=utf-8", PAGE)}) as base:
        done = subprocess.run(
            [sys.executable, "-m", "briefing_tui", "analyze", "--no-cache", f"{base}/story"],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["article"]["title"] == "Bridge to close"
    assert data["article"]["source"] == f"{base}/story"
