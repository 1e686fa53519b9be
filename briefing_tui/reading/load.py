"""Reading a file, standard input or a URL into an Article (text, title, source, paragraphs).

Plain text is kept as written, apart from a byte-order mark and line endings
(CRLF and CR become LF), so every offset points into the text the reader sees.
Markdown (a ``.md`` file, a ``text/markdown`` page, or text that is clearly
Markdown) becomes its plain words, with what it styled as ``Article.markup``
(see ``render_markdown``): the analysis and the view see the same text. HTML
is reduced to its article (see ``extract_html``). Bytes are decoded by
``decode_bytes``; what it accepts and refuses is listed there.
Every failure is an ``InputError`` whose message says what to do.
"""

from __future__ import annotations

import re
import stat
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_tui.errors import InputError
from briefing_tui.model import Article, Markup
from briefing_tui.reading.decode import decode_bytes, decode_html, normalise_text
from briefing_tui.reading.fetch import fetch_url, is_url, without_credentials
from briefing_tui.reading.limits import describe_size_limit, max_bytes_from_env
from briefing_tui.reading.markdown import MARKDOWN_SUFFIXES, looks_like_markdown, render_markdown
from briefing_tui.reading.paragraphs import (
    find_byline,
    find_date,
    find_dateline,
    find_outlet,
    guess_title,
    paragraph_spans,
)
from briefing_tui.terminal_text import one_line, visible_controls

if TYPE_CHECKING:
    from briefing_tui.reading.html import Extracted

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
#: ``scheme://`` at the start of a location: an address, not a path.
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*)://", re.IGNORECASE)
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
    re.IGNORECASE | re.DOTALL,
)


def article_from_text(text: str, source: str = "", *, markdown: bool | None = None) -> Article:
    """Build an Article from decoded plain text (kept as written) or Markdown (rendered);
    ``markdown`` None means: Markdown if the text clearly is."""
    # Each control character becomes one visible character here, once: the text keeps its
    # length, so everything read from it (title, spans, the analysis) is safe to show.
    text = visible_controls(normalise_text(text))
    if not text or text.isspace():  # (stops at the first visible character)
        what = "empty" if not text else "only whitespace"
        raise InputError(f"{source or 'the input'} is {what}; give an article with some text")
    title = ""
    markup: list[Markup] = []
    if markdown or (markdown is None and looks_like_markdown(text)):
        rendered = render_markdown(text)
        if rendered.text.strip():  # else (only HTML comments, say) keep the source
            text, title, markup = rendered.text, rendered.title, rendered.markup
    return Article(
        text=text,
        title=title or guess_title(text),
        source=source,
        byline=find_byline(text),
        dateline=find_dateline(text),
        paragraphs=paragraph_spans(text),
        outlet=find_outlet(text),
        date=find_date(text),
        markup=markup,
    )


def article_from_html(
    html: str, source: str = "", *, title: str | None = None, date: str | None = None
) -> Article:
    """Build an Article from an HTML page: its title, then its main text, one paragraph a line.

    ``title`` given (with ``date`` if known), as a feed entry gives them, the page's own
    metadata is not read (a third of the extraction's time); the text is the same.
    """
    from briefing_tui.reading.html import extract_html

    if not html.strip():
        raise InputError(f"{source or 'the input'} is empty; give an article with some text")
    extracted = extract_html(normalise_text(html), source or "the input", metadata=title is None)
    if title is not None:
        extracted = replace(extracted, title=title, date=date)
    return article_from_extracted(extracted, source)


def article_from_extracted(extracted: Extracted, source: str = "") -> Article:
    """Build an Article from a page's extracted body (one paragraph a line) and metadata."""
    body = visible_controls(normalise_text(extracted.text)).strip("\n")
    title = _one_line_field(extracted.title) or ""
    first_line = body.split("\n", 1)[0].strip()
    text = body if not title or first_line == title else f"{title}\n{body}"
    return Article(
        text=text,
        title=title or guess_title(text),
        source=source,
        byline=_one_line_field(extracted.byline) or find_byline(text),
        dateline=find_dateline(body),
        paragraphs=paragraph_spans(text),
        outlet=_one_line_field(extracted.outlet) or find_outlet(body),
        date=_one_line_field(extracted.date) or find_date(body),
    )


def _one_line_field(value: str | None) -> str | None:
    """A page's title, byline, outlet or date as one line of visible characters."""
    if value is None:
        return None
    return one_line(" ".join(value.split()))


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document."""
    return bool(_HTML_START.match(text[:4096]))


def article_from_bytes(
    data: bytes,
    source: str,
    *,
    html: bool | None = None,
    charset: str | None = None,
    markdown: bool | None = None,
) -> Article:
    """Build an Article from raw bytes; ``html`` and ``markdown`` None mean: decide from
    the content."""
    if not data:
        raise InputError(f"{source} is empty; give an article with some text")
    if html is None:
        probe = data[:4096].decode("latin-1").lstrip("\ufeff\xef\xbb\xbf")
        html = looks_like_html(probe)
    if html:
        return article_from_html(decode_html(data, source, charset), source)
    text = decode_bytes(data, source)
    if looks_like_html(text):
        return article_from_html(text, source)
    return article_from_text(text, source, markdown=markdown)


# --- locations --------------------------------------------------------------------------


def _read_path(path: Path, location: str, max_bytes: int) -> bytes:
    try:
        if not path.exists():
            raise InputError(f"{location}: no such file; check the path")
        if path.is_dir():
            raise InputError(f"{location} is a directory; give an article file inside it")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(describe_size_limit(location, size, max_bytes))
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError as exc:
        raise InputError(
            f"{location}: permission denied; check the file's permissions (e.g. chmod +r)"
        ) from exc
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise InputError(f"{location}: cannot read ({reason}); check the path") from exc
    if len(data) > max_bytes:  # the file grew, or is a device or pipe
        endless = _is_device(path)  # /dev/zero and the like: no limit would be enough
        raise InputError(
            describe_size_limit(location, len(data), max_bytes, at_least=True, endless=endless)
        )
    return data


def _is_device(path: Path) -> bool:
    try:
        return stat.S_ISCHR(path.stat().st_mode)
    except OSError:
        return False


def _read_stdin(max_bytes: int) -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        if sys.stdin is None:
            raise InputError("no standard input to read; pipe an article in, or give a file")
        data = sys.stdin.read(max_bytes + 1).encode("utf-8", "surrogateescape")
    else:
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(describe_size_limit("standard input", len(data), max_bytes, at_least=True))
    return data


#: The source of an article read from standard input (there is no path to read it again).
STDIN_SOURCE = "standard input"
#: Every spelling of that source: ``<stdin>`` is how earlier versions wrote it.
_STDIN_SOURCES = (STDIN_SOURCE, "<stdin>")


def is_stdin(source: str) -> bool:
    """Whether ``source`` names standard input, which says nothing about which article it was."""
    return source in _STDIN_SOURCES


def read_article(location: str, *, max_bytes: int | None = None) -> Article:
    """Read an article from a path (``-`` for standard input)."""
    limit = max_bytes_from_env() if max_bytes is None else max_bytes
    if location == "-":
        return article_from_bytes(_read_stdin(limit), STDIN_SOURCE)
    path = Path(location).expanduser()
    data = _read_path(path, location, limit)
    suffix = path.suffix.lower()
    is_html = True if suffix in HTML_SUFFIXES else None
    is_markdown = True if suffix in MARKDOWN_SUFFIXES else None
    return article_from_bytes(data, location, html=is_html, markdown=is_markdown)


def fetch_article(
    url: str, *, max_bytes: int | None = None, timeout: float | None = None
) -> Article:
    """Fetch a web article and extract it (plain-text responses are read as text)."""
    limit = max_bytes_from_env() if max_bytes is None else max_bytes
    fetched = fetch_url(url, timeout=timeout, max_bytes=limit)
    markdown = True if fetched.content_type.startswith("text/markdown") else None
    if fetched.content_type in ("text/html", "application/xhtml+xml"):
        html: bool | None = True
    elif fetched.content_type == "text/plain" or fetched.content_type.startswith("text/markdown"):
        html = False
    else:
        html = None
    if not fetched.data:
        raise InputError(f"{without_credentials(url)} sent an empty page; check the address")
    # The source is stored and shown (notes, recent files, JSON): never with a password.
    return article_from_bytes(
        fetched.data,
        without_credentials(url),
        html=html,
        charset=fetched.charset,
        markdown=markdown,
    )


def load_article(
    location: str, *, max_bytes: int | None = None, timeout: float | None = None
) -> Article:
    """Read an article from a path, ``-`` (standard input) or an http(s) URL.

    ``max_bytes`` defaults to ``BRIEFING_MAX_SIZE`` megabytes, else 20 MB; ``timeout``
    (seconds, URLs only) to ``BRIEFING_TIMEOUT``, else 20. Raises InputError.
    """
    if is_url(location):
        return fetch_article(location, max_bytes=max_bytes, timeout=timeout)
    scheme = _SCHEME.match(location)
    if scheme and not Path(location).expanduser().exists():
        raise InputError(
            f"{without_credentials(location)}: {scheme.group(1).lower()}:// addresses are not "
            "supported; give a file path or an http(s):// address"
        )
    return read_article(location, max_bytes=max_bytes)
