"""Property tests on reading: any bytes give an Article or a one-line InputError, nothing else."""

from __future__ import annotations

import codecs

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.errors import InputError
from briefing_tui.model import Article
from briefing_tui.reading import article_from_bytes, article_from_text
from briefing_tui.terminal_text import visible_controls

FAST = settings(max_examples=60, deadline=None)

html_fragments = st.sampled_from(
    [
        "<html>",
        "</html>",
        "<head>",
        "<title>",
        "</title>",
        "<body>",
        "<p>",
        "</p>",
        "<nav>",
        "</nav>",
        "<article>",
        "</article>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<br/>",
        "&amp;",
        "&#0;",
        "&#xD800;",
        "<meta charset='koi8-r'>",
        "<meta charset='nonsense'>",
        "The council voted on Tuesday to close the bridge, the mayor said. ",
        "Home ",
        "<h1>Bridge closes</h1>",
        "<",
        ">",
        "\x00",
        "\ufeff",
        "é",
        "“",
        "\r\n",
    ]
)
html_like = st.lists(html_fragments, max_size=40).map("".join)


def check_article(article: Article) -> None:
    """The Article's paragraphs and title fit its text."""
    assert article.text.strip()
    assert "\r" not in article.text
    for span in article.paragraphs:
        assert 0 <= span.start < span.end <= len(article.text)
        assert article.text[span.start : span.end].strip()


def read_or_refuse(data: bytes, html: bool | None = None) -> None:
    """Reading gives an Article, or an InputError of one line."""
    try:
        article = article_from_bytes(data, "generated", html=html)
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc)
    else:
        check_article(article)


@FAST
@given(data=st.binary(max_size=2000))
def test_any_bytes(data: bytes) -> None:
    read_or_refuse(data)


@FAST
@given(text=st.text(max_size=500), encoding=st.sampled_from(["utf-8", "utf-16", "utf-32"]))
def test_any_text_in_a_unicode_encoding(text: str, encoding: str) -> None:
    data = text.encode(encoding, errors="surrogatepass")
    try:
        article = article_from_bytes(data, "generated")
    except InputError:
        return
    if encoding != "utf-8" and not text.lstrip().lower().startswith("<"):
        expected = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        assert article.text == visible_controls(expected)
    check_article(article)


@FAST
@given(text=st.text(max_size=500))
def test_any_text(text: str) -> None:
    try:
        article = article_from_text(text, "generated")
    except InputError:
        assert not text.replace("\ufeff", "").strip()
        return
    check_article(article)


@FAST
@given(page=html_like, bom=st.booleans())
def test_html_like_pages(page: str, bom: bool) -> None:
    data = page.encode("utf-8", errors="surrogatepass")
    read_or_refuse((codecs.BOM_UTF8 if bom else b"") + data, html=True)
    read_or_refuse(data)
