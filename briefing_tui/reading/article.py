"""Reading a file, standard input or a URL into an Article (text, title, source, paragraphs).

Plain text and Markdown are kept as written, apart from a byte-order mark and
line endings (CRLF and CR become LF), so every offset points into the text the
reader sees. HTML is reduced to its article (see ``html_extract``). Bytes are
decoded by ``decode_bytes``; what it accepts and refuses is listed there.
Every failure is an ``InputError`` whose message says what to do.
"""

from __future__ import annotations

import codecs
import math
import re
import sys
from itertools import starmap
from pathlib import Path

from briefing_tui.errors import InputError
from briefing_tui.model import Article, Span
from briefing_tui.settings import MAX_SIZE_ENV, load_settings

#: Larger inputs are refused unless ``--max-size`` (or ``BRIEFING_MAX_SIZE``) allows them.
_MB = 1024 * 1024
_TITLE_MAX_CHARS = 200
_TITLE_MAX_WORDS = 30
#: How many non-blank lines at the top may hold the title, byline and dateline.
_HEADER_LINES = 4
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})

# Signatures of files that are certainly not articles, checked before decoding.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/EPUB file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"BM", "a BMP image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x00\x00\x01\x00", "an icon"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian mark begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: charset-normalizer guesses among these for short Western texts almost at random;
#: Windows-1252 (a superset of Latin-1's printable range) is the better reading of all of them.
_WESTERN_SINGLE_BYTE = re.compile(
    r"^(cp125[02-8]|windows-125[02-8]|latin[_-]?\d*|iso8859[_-]\d+|iso-8859-\d+|mac_\w+|cp10\d\d"
    r"|cp437|cp85\d|cp86\d|cp1006|hp_roman8|ptcp154|cp273|cp037|cp500|cp1140)$"
)
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_BYLINE = re.compile(r"^(?:By|BY)\s+(?P<name>[A-Z][^\n]{1,100}?)\s*$")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^(?P<dateline>"
    r"[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3}"  # WASHINGTON, NEW YORK, ST. LOUIS
    r"(?:,\s*[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?)?)?"  # , Ukraine / , Calif.
    rf"(?:,\s*{_MONTH}\s+\d{{1,2}})?"  # , Oct 3
    r"(?:\s*\([A-Z][\w&.' ]{1,30}\))?"  # (Reuters)
    r")\s*(?:-{1,2}|–|—)\s+"
)


def _human_size(size: float) -> str:
    if size >= _MB:
        return f"{size / _MB:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} KB"
    return f"{int(size)} bytes"


def describe_size_limit(source: str, size: int, limit: int, *, at_least: bool = False) -> str:
    """The one-line message for an input above the size limit, with the flag that lifts it."""
    need = max(math.ceil(size / _MB) * (2 if at_least else 1), 1)
    shown_limit = f"{limit / _MB:g} MB" if limit >= _MB else _human_size(limit)
    amount = f"{'over ' if at_least else ''}{_human_size(size)}"
    return (
        f"{source} is {amount}, above the {shown_limit} limit; "
        f"allow it with --max-size {need} (or {MAX_SIZE_ENV}={need})"
    )


def max_bytes_from_env() -> int:
    """The size limit in bytes from ``BRIEFING_MAX_SIZE`` (megabytes), else the default."""
    return load_settings().max_bytes


# --- decoding -------------------------------------------------------------------------


def _cp1252_or_latin1(error: UnicodeDecodeError) -> tuple[str, int]:
    # The five bytes Windows-1252 leaves undefined read as Latin-1 (C1 controls).
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("briefing_latin1", _cp1252_or_latin1)


def _decode_western(data: bytes) -> str:
    return data.decode("cp1252", errors="briefing_latin1")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: NUL in every other byte of ASCII-range text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.4 and even_nuls < 0.05:
        encoding = "utf-16-le"
    elif even_nuls > 0.4 and odd_nuls < 0.05:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _mostly_utf8(data: bytes) -> bool:
    """True when invalid UTF-8 is UTF-8 with a few damaged bytes, not another encoding."""
    sample = data[: 1024 * 1024]  # enough to decide; keeps huge files quick
    replaced = sample.decode("utf-8", errors="replace")
    damaged = replaced.count("\ufffd") - sample.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = sum(1 for char in replaced if ord(char) > 0x7F and char != "\ufffd")
    return multibyte > damaged


def decode_bytes(data: bytes, source: str) -> str:
    """Decode an article's bytes to text.

    - A byte-order mark decides (UTF-8, UTF-16, UTF-32); UTF-16 without one is recognised.
    - Valid UTF-8 is UTF-8. UTF-8 with a few damaged bytes is decoded with U+FFFD in
      their place (the reader sees where); other bytes are detected with
      charset-normalizer, Western single-byte guesses being read as Windows-1252
      (which covers Latin-1's letters).
    - Images, PDFs, archives, programs and NUL bytes are refused: they are not articles.
    """
    marked = [(bom, encoding) for bom, encoding in _BOMS if data.startswith(bom)]
    # UTF-16-LE text that opens with NUL starts like a UTF-32-LE mark: the mark
    # whose encoding reads the rest cleanly wins; failing all, the first one, with U+FFFD.
    for bom, encoding in marked:
        try:
            return data[len(bom) :].decode(encoding)
        except UnicodeDecodeError:
            continue
    if marked:
        bom, encoding = marked[0]
        return data[len(bom) :].decode(encoding, errors="replace")
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature) and (signature != b"BM" or b"\x00" in data[:64]):
            raise InputError(f"{source} is {what}, not text; give a text, Markdown or HTML article")
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None:
            return text
        raise InputError(
            f"{source} contains binary data (NUL bytes), not text; "
            "give a text, Markdown or HTML article"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 256 * 1024]).best()
    if best is None:
        raise InputError(
            f"{source} does not look like text in any known encoding; "
            "save it as UTF-8 text and try again"
        )
    encoding = best.encoding.lower()
    if _WESTERN_SINGLE_BYTE.match(encoding):
        return _decode_western(data)
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        return _decode_western(data)


def _declared_charset(data: bytes, header_charset: str | None) -> str | None:
    if header_charset:
        return header_charset
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def decode_html(data: bytes, source: str, header_charset: str | None = None) -> str:
    """Decode an HTML page: byte-order mark, then valid UTF-8, then the declared charset."""
    if data.startswith(tuple(bom for bom, _ in _BOMS)):
        return decode_bytes(data, source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data, header_charset)
    if declared:
        try:
            name = codecs.lookup(declared).name
        except LookupError:
            name = ""
        if name in {"latin-1", "iso8859-1", "ascii", "cp1252"}:
            return _decode_western(data)  # as browsers do
        if name:
            return data.decode(name, errors="replace")
    return decode_bytes(data, source)


# --- structure --------------------------------------------------------------------------


def normalise_text(text: str) -> str:
    """Drop a byte-order mark and turn CRLF and CR line endings into LF."""
    text = text.lstrip("\ufeff")
    if "\r" not in text:  # a quick scan; replacing CRLF costs a slow one even when absent
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _LineStart:
    """A pattern tried at the start of each line of a stretch of text, in one scan.

    The scan looks for newlines (a fast search), not for every line start.
    """

    def __init__(self, pattern: str) -> None:
        self._first = re.compile(pattern)
        self._after_break = re.compile(r"\n" + pattern)

    def any(self, text: str, start: int, end: int) -> bool:
        """Whether a line of ``text[start:end]`` (``start`` opening a line) starts so."""
        return bool(
            self._first.match(text, start, end) or self._after_break.search(text, start, end)
        )

    def count(self, text: str) -> int:
        """How many lines of ``text`` start so."""
        return bool(self._first.match(text)) + len(self._after_break.findall(text))


#: Hard-wrapped lines are at most this many characters long.
_WRAP_WIDTH = 120
# ``[^\S\n]`` is whitespace other than the newline: every pattern stays on one line.
_LINE = re.compile(r"[^\n]+")
#: A run of non-blank lines (a blank line holds only whitespace).
_NON_BLANK_RUN = re.compile(r"(?m)^[^\S\n]*\S[^\n]*(?:\n[^\S\n]*\S[^\n]*)*")
_LONG_LINE = _LineStart(rf"[^\n]{{{_WRAP_WIDTH + 1}}}")
#: Markdown structure: a heading, list item, quote or table row.
_MARKED_LINE = _LineStart(r"[^\S\n]*(?:#{1,6}[^\S\n]|[-*+][^\S\n]|\d+[.)][^\S\n]|>|\|)")
#: A line ending a sentence (``.``, ``?``, ... then closing quotes and spaces), read
#: backwards: on the reversed text, a line end is a line start, found by its newline.
_SENTENCE_END_REVERSED = _LineStart(r"[^\S\n]*[\"'”’)\]]*[.!?:;…]")
_match_span = re.Match.span


def _block_is_wrapped(text: str, start: int, end: int, last_break: int) -> bool:
    """True when the lines of ``text[start:end]`` (a block of two or more non-blank lines
    whose last newline is at ``last_break``) are one hard-wrapped paragraph.

    Wrapped lines are plain text (no Markdown marks), fill the width evenly (none
    above 120 characters nor under half the widest but the last, so a title or byline
    above a paragraph is not taken for one) and most but the last end mid-sentence.
    The cheap tests come first; none loops over the lines in Python.
    """
    if _LONG_LINE.any(text, start, end) or _MARKED_LINE.any(text, start, end):
        return False
    lengths = list(map(len, text[start:end].split("\n")))
    if min(lengths[:-1]) * 2 < max(lengths):
        return False
    inner = len(lengths) - 1
    open_ended = inner - _SENTENCE_END_REVERSED.count(text[start:last_break][::-1])
    return open_ended * 2 > inner


def paragraph_spans(text: str) -> list[Span]:
    """The paragraphs of ``text`` as spans.

    Each non-blank line is a paragraph (so a stray related-headline line stays on
    its own), except that a block of hard-wrapped lines between blank lines is one.
    Linear in the text, with Python work per block and per paragraph only.
    """
    bounds: list[tuple[int, int]] = []
    for run in _NON_BLANK_RUN.finditer(text):
        start, end = run.span()
        last_break = text.rfind("\n", start, end)
        if last_break < 0 or _block_is_wrapped(text, start, end, last_break):
            bounds.append((start, end))
        else:
            bounds += map(_match_span, _LINE.finditer(text, start, end))
    return list(starmap(Span, bounds))


def _header_lines(text: str) -> list[str]:
    lines: list[str] = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            lines.append(match.group().strip())
            if len(lines) == _HEADER_LINES:
                break
    return lines


def find_byline(text: str) -> str | None:
    """The name in a ``By Jane Doe`` line near the top, if there is one."""
    for line in _header_lines(text):
        match = _BYLINE.match(line)
        if not match:
            continue
        name = match.group("name")
        ends_with_initial = re.search(r"\b(?:[A-Z]|Jr|Sr)\.$", name)
        if len(name.split()) <= 12 and (not name.endswith(".") or ends_with_initial):
            return name
    return None


def find_dateline(text: str) -> str | None:
    """A dateline such as ``WASHINGTON (Reuters)`` or ``LONDON, Oct 3`` opening a paragraph."""
    for line in _header_lines(text):
        match = _DATELINE.match(line)
        if match and sum(c.isalpha() for c in match.group("dateline")) >= 2:
            return match.group("dateline").strip()
    return None


def guess_title(text: str) -> str:
    """The title: a leading Markdown ``# Title``, else the first non-blank line when it is
    short and does not end like a sentence (full stop, comma, colon, closing quote)."""
    for match in re.finditer(r"[^\n]+", text):
        line = match.group().strip()
        if not line:
            continue
        heading = re.match(r"^#\s+(.+?)\s*#*\s*$", line)
        if heading:
            return heading.group(1)
        if line.startswith("#") or _BYLINE.match(line) or _DATELINE.match(line):
            return ""
        too_long = len(line) > _TITLE_MAX_CHARS or len(line.split()) > _TITLE_MAX_WORDS
        if too_long or line.endswith((".", ",", ":", ";", "”", '"', "’", "'")):
            return ""
        return line
    return ""


def article_from_text(text: str, source: str = "") -> Article:
    """Build an Article from decoded plain text or Markdown (kept as written)."""
    text = normalise_text(text)
    if not text or text.isspace():  # (stops at the first visible character)
        what = "empty" if not text else "only whitespace"
        raise InputError(f"{source or 'the input'} is {what}; give an article with some text")
    return Article(
        text=text,
        title=guess_title(text),
        source=source,
        byline=find_byline(text),
        dateline=find_dateline(text),
        paragraphs=paragraph_spans(text),
    )


def article_from_html(html: str, source: str = "") -> Article:
    """Build an Article from an HTML page: its title, then its main text, one paragraph a line."""
    from briefing_tui.reading.html import extract_html

    if not html.strip():
        raise InputError(f"{source or 'the input'} is empty; give an article with some text")
    extracted = extract_html(normalise_text(html), source or "the input")
    body = normalise_text(extracted.text).strip("\n")
    title = extracted.title
    first_line = body.split("\n", 1)[0].strip()
    text = body if not title or first_line == title else f"{title}\n{body}"
    return Article(
        text=text,
        title=title or guess_title(text),
        source=source,
        byline=extracted.byline or find_byline(text),
        dateline=find_dateline(body),
        paragraphs=paragraph_spans(text),
    )


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document."""
    return bool(_HTML_START.match(text[:4096]))


def article_from_bytes(
    data: bytes, source: str, *, html: bool | None = None, charset: str | None = None
) -> Article:
    """Build an Article from raw bytes; ``html`` None means: decide from the content."""
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
    return article_from_text(text, source)


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
        raise InputError(describe_size_limit(location, len(data), max_bytes, at_least=True))
    return data


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


def read_article(location: str, *, max_bytes: int | None = None) -> Article:
    """Read an article from a path (``-`` for standard input)."""
    limit = max_bytes_from_env() if max_bytes is None else max_bytes
    if location == "-":
        return article_from_bytes(_read_stdin(limit), "standard input")
    path = Path(location).expanduser()
    data = _read_path(path, location, limit)
    is_html = True if path.suffix.lower() in HTML_SUFFIXES else None
    return article_from_bytes(data, location, html=is_html)


def fetch_article(
    url: str, *, max_bytes: int | None = None, timeout: float | None = None
) -> Article:
    """Fetch a web article and extract it (plain-text responses are read as text)."""
    from briefing_tui.reading.fetch import fetch_url

    limit = max_bytes_from_env() if max_bytes is None else max_bytes
    fetched = fetch_url(url, timeout=timeout, max_bytes=limit)
    if fetched.content_type in ("text/html", "application/xhtml+xml"):
        html: bool | None = True
    elif fetched.content_type == "text/plain" or fetched.content_type.startswith("text/markdown"):
        html = False
    else:
        html = None
    if not fetched.data:
        raise InputError(f"{url} sent an empty page; check the address")
    return article_from_bytes(fetched.data, url, html=html, charset=fetched.charset)


def load_article(
    location: str, *, max_bytes: int | None = None, timeout: float | None = None
) -> Article:
    """Read an article from a path, ``-`` (standard input) or an http(s) URL.

    ``max_bytes`` defaults to ``BRIEFING_MAX_SIZE`` megabytes, else 20 MB; ``timeout``
    (seconds, URLs only) to ``BRIEFING_TIMEOUT``, else 20. Raises InputError.
    """
    from briefing_tui.reading.fetch import is_url

    if is_url(location):
        return fetch_article(location, max_bytes=max_bytes, timeout=timeout)
    return read_article(location, max_bytes=max_bytes)
