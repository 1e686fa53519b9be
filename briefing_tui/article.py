"""Reading a file, standard input or a URL into an Article (text, title, source, paragraphs)."""

from __future__ import annotations

import re
from pathlib import Path

from briefing_tui.errors import InputError
from briefing_tui.model import Article, Span

_TITLE_MAX_CHARS = 200


def normalise_text(text: str) -> str:
    """Drop a byte-order mark and turn CRLF and CR line endings into LF."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def paragraph_spans(text: str) -> list[Span]:
    """Each non-blank line of ``text`` as a paragraph span (without its line break)."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            spans.append(Span(match.start(), match.end()))
    return spans


def guess_title(text: str) -> str:
    """The first non-blank line, when it is short and does not end with a full stop."""
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if len(line) <= _TITLE_MAX_CHARS and not line.endswith((".", "”", '"')):
            return line
        return ""
    return ""


def article_from_text(text: str, source: str = "") -> Article:
    """Build an Article from already decoded text."""
    text = normalise_text(text)
    if not text.strip():
        raise InputError(f"{source or 'input'} is empty; give an article with some text")
    return Article(text=text, title=guess_title(text), source=source, paragraphs=paragraph_spans(text))


def read_article(location: str) -> Article:
    """Read an article from a path (``-`` for standard input)."""
    if location == "-":
        import sys

        return article_from_text(sys.stdin.read(), source="<stdin>")
    path = Path(location)
    if not path.exists():
        raise InputError(f"{location}: no such file; check the path")
    if path.is_dir():
        raise InputError(f"{location} is a directory; give an article file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{location}: cannot read ({exc.strerror}); check its permissions") from exc
    return article_from_text(data.decode("utf-8", errors="replace"), source=str(path))


def load_article(location: str) -> Article:
    """Read an article from a path, ``-`` (standard input) or an http(s) URL."""
    return read_article(location)
