"""Bytes to text: byte-order marks, UTF-8 and UTF-16, charset detection, HTML charsets.

``decode_bytes`` lists what is accepted and refused; ``decode_html`` follows a
page's declared charset as browsers do; ``normalise_text`` gives the text every
offset points into (no byte-order mark, LF line endings). Refusals are
``InputError``s whose message says what to do.
"""

from __future__ import annotations

import codecs
import re

from briefing_tui.errors import InputError

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
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def _cp1252_or_latin1(error: UnicodeDecodeError) -> tuple[str, int]:
    # The five bytes Windows-1252 leaves undefined read as Latin-1 (C1 controls).
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("briefing_latin1", _cp1252_or_latin1)


def _decode_western(data: bytes) -> str:
    return data.decode("cp1252", errors="briefing_latin1")


#: UTF-16 without a mark is taken only on strong evidence: this many bytes at least, ...
_MIN_UTF16_BYTES = 32
#: ... NUL in this share of one column of bytes and almost none in the other ...
_UTF16_NUL_SHARE = 0.4
#: ... and text that reads as words: letters are this share of its visible characters.
_MIN_LETTER_SHARE = 0.5


def _reads_as_words(text: str, *, min_letters: int) -> bool:
    """True when ``text`` has no control character but line breaks and tabs, and is mostly
    letters: evidence that a guessed encoding read it right (a wrong one gives symbols,
    controls or a handful of unrelated ideographs)."""
    visible = [char for char in text if not char.isspace()]
    if any(ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0 for char in visible):
        return False
    letters = sum(1 for char in visible if char.isalpha())
    return letters >= min_letters and letters >= _MIN_LETTER_SHARE * len(visible)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: NUL in every other byte of ASCII-range text,
    long enough and reading as words (``abc\\0def\\0`` is not two ideographs)."""
    if len(data) < _MIN_UTF16_BYTES or len(data) % 2:
        return None
    sample = data[:4096]
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > _UTF16_NUL_SHARE and even_nuls < 0.05:
        encoding = "utf-16-le"
    elif even_nuls > _UTF16_NUL_SHARE and odd_nuls < 0.05:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return text if _reads_as_words(text[:2048], min_letters=8) else None


#: Characters Windows-1252 gives for its upper half that Western text uses: Latin-1's and
#: Windows-1252's letters (checked with ``isalpha``) and these marks.
_WESTERN_MARKS = frozenset("\xa0¡¢£¤¥§©«®°±´µ¶·º»¿×÷€‚„…†‡‰‹›‘’“”•–—™\xad")
#: In Western text most letters are ASCII; read as Windows-1252, Cyrillic or Greek bytes
#: give words of accented letters only.
_MAX_ACCENTED_SHARE = 0.4
_WORD_CHAR = re.compile(r"\w")


def _plausibly_western(text: str) -> bool:
    """True when ``text`` (bytes read as Windows-1252) reads as Western European text:
    its upper-half characters are letters or common marks, a letter inside a word is a
    letter (``M³ller`` is not German), and most of its letters are ASCII."""
    letters = accented = 0
    for index, char in enumerate(text):
        code = ord(char)
        if code < 0x80:
            letters += char.isalpha()
            continue
        if 0x80 <= code < 0xA0:
            return False  # a byte Windows-1252 leaves undefined
        if char.isalpha():
            letters += 1
            accented += 1
            continue
        if char not in _WESTERN_MARKS:
            before = text[index - 1 : index]
            after = text[index + 1 : index + 2]
            if _WORD_CHAR.match(before) or _WORD_CHAR.match(after) or not char.isprintable():
                return False
    return letters > 0 and accented <= _MAX_ACCENTED_SHARE * letters


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
      their place (the reader sees where); other bytes are Windows-1252 (which covers
      Latin-1's letters) when that reads as Western text, else charset-normalizer's
      guess when it reads as words. UTF-16 without a mark, or a guessed code page,
      needs strong evidence: enough text, and letters where a wrong guess gives symbols.
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
    # Western text first: charset-normalizer guesses short Latin-1 text as Baltic, Big5
    # or UTF-16 (``Le prķsident M³ller``); a guess is taken only when Western text is not
    # plausible and the guess reads as words.
    western = _decode_western(data)
    if _plausibly_western(western[: 256 * 1024]):
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 256 * 1024]).best()
    if best is not None:
        encoding = best.encoding.lower()
        if _WESTERN_SINGLE_BYTE.match(encoding):
            return western
        try:
            guessed = data.decode(encoding, errors="replace")
        except LookupError:
            guessed = ""
        if _reads_as_words(guessed[:4096], min_letters=16):
            return guessed
    if _reads_as_words(western[:4096], min_letters=16):
        return western
    raise InputError(
        f"{source} does not look like text in any known encoding; "
        "save it as UTF-8 text and try again"
    )


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


def normalise_text(text: str) -> str:
    """Drop a byte-order mark and turn CRLF and CR line endings into LF."""
    text = text.lstrip("\ufeff")
    if "\r" not in text:  # a quick scan; replacing CRLF costs a slow one even when absent
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")
