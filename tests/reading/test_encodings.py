"""Decoding: byte-order marks, UTF-16, Windows-1252, Latin-1, damaged UTF-8, line endings."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from briefing_tui.errors import InputError
from briefing_tui.reading import decode_bytes, load_article

TEXT = (
    "Café owners protest\n"
    "“We can’t go on like this,” said Zoë Müller — the owner of a café in Zürich.\n"
    "Prices rose by 5 % in a year, to €4.20 for a coffee.\n"
)
LATIN1_TEXT = "Señor Muñoz était à Zürich.\nLe café a fermé ses portes lundi.\n"


def load_bytes(tmp_path: Path, data: bytes, name: str = "story.txt") -> str:
    """Write ``data`` and read it back as an article's text."""
    path = tmp_path / name
    path.write_bytes(data)
    return load_article(str(path)).text


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(TEXT.encode("utf-8"), id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), id="utf-8 with BOM"),
        pytest.param(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), id="utf-16-le BOM"),
        pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), id="utf-16-be BOM"),
        pytest.param(TEXT.encode("utf-16"), id="utf-16 native"),
        pytest.param(TEXT.encode("utf-16-le"), id="utf-16-le without BOM"),
        pytest.param(TEXT.encode("utf-32"), id="utf-32 BOM"),
        pytest.param(TEXT.encode("cp1252"), id="windows-1252"),
    ],
)
def test_encodings(tmp_path: Path, data: bytes) -> None:
    assert load_bytes(tmp_path, data) == TEXT


def test_latin1(tmp_path: Path) -> None:
    assert load_bytes(tmp_path, LATIN1_TEXT.encode("latin-1")) == LATIN1_TEXT


def test_short_latin1(tmp_path: Path) -> None:
    assert load_bytes(tmp_path, "Café\nIt closed.\n".encode("latin-1")) == "Café\nIt closed.\n"


def test_windows1252_undefined_bytes_do_not_fail() -> None:
    # 0x81 and 0x9d are undefined in Windows-1252; they read as Latin-1 controls.
    text = decode_bytes("“Quote” costs €5".encode("cp1252") + b"\x81\x9d", "x")
    assert text.startswith("“Quote” costs €5")


def test_damaged_utf8_is_decoded_with_replacement(tmp_path: Path) -> None:
    # Mostly UTF-8 with one bad byte: keep UTF-8 and mark the bad byte, rather
    # than reading the whole file in another encoding.
    data = TEXT.encode("utf-8").replace("Zürich".encode(), b"Z\xfcrich")
    text = load_bytes(tmp_path, data)
    assert "Z\ufffdrich" in text
    assert "“We can’t go on like this,”" in text


def test_cyrillic_windows1251(tmp_path: Path) -> None:
    text = (
        "Правительство объявило о новых мерах поддержки экономики в понедельник.\n"
        "Министр финансов заявил, что бюджет выдержит дополнительные расходы.\n"
    )
    assert load_bytes(tmp_path, text.encode("cp1251")) == text


@pytest.mark.parametrize(("ending", "name"), [("\r\n", "crlf"), ("\r", "cr"), ("\n", "lf")])
def test_line_endings_normalised(tmp_path: Path, ending: str, name: str) -> None:
    data = TEXT.replace("\n", ending).encode("utf-8")
    article = load_article(str(_write(tmp_path / f"{name}.txt", data)))
    assert article.text == TEXT
    assert article.title == "Café owners protest"
    assert len(article.paragraphs) == 3


def test_mixed_line_endings(tmp_path: Path) -> None:
    data = b"Title line\r\nFirst paragraph.\rSecond paragraph.\nThird.\r\n"
    assert load_bytes(tmp_path, data) == "Title line\nFirst paragraph.\nSecond paragraph.\nThird.\n"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_utf16_text_opening_with_nul_is_not_read_as_utf32() -> None:
    """UTF-16-LE "\\x000" starts with bytes that also make a UTF-32-LE mark."""
    from briefing_tui.reading import decode_bytes

    assert decode_bytes(b"\xff\xfe" + "\x000".encode("utf-16-le"), "x") == "\x000"
    assert decode_bytes("ok".encode("utf-32"), "x") == "ok"


@pytest.mark.parametrize(
    "text",
    [
        "Le président Müller",
        "Ça va? Très bien, élève.\n",
        "Über",
        "Müller",
        "Der Präsident Müller sprach über die Größe.\n",
        "El señor Pérez habló en Madrid.\n",
        "¿Dónde está el niño? ¡Allí!\n",
    ],
)
def test_short_western_text_in_latin1(text: str) -> None:
    """Short Latin-1 text is not read as a Baltic code page, Big5 or UTF-16."""
    assert decode_bytes(text.encode("latin-1"), "x") == text


def test_utf16_paragraph_without_bom() -> None:
    paragraph = (
        "Le président Müller a parlé hier soir à Genève devant la presse. "
        "Il a promis que le pont rouvrirait « dans quelques semaines ».\n"
    )
    assert decode_bytes(paragraph.encode("utf-16-le"), "x") == paragraph
    assert decode_bytes(paragraph.encode("utf-16-be"), "x") == paragraph


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"abc\x00def\x00", id="8 bytes with NULs"),
        pytest.param(b"\x01\x00\x02\x00" * 20, id="NUL pattern, no letters"),
        pytest.param(bytes(range(0x80, 0x100)) * 4, id="upper half only"),
        pytest.param(b"\x8f\x90\xfe\xfd\x81" * 30 + b"\x03\x04\x05", id="junk without NULs"),
    ],
)
def test_binary_ish_junk_is_refused(data: bytes) -> None:
    with pytest.raises(InputError):
        decode_bytes(data, "x")
