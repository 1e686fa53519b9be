"""Each bad input through the command line: its exit code and its one-line message.

Decisions recorded here (and in docs/reliability.md): invalid UTF-8 is decoded,
not refused (a few damaged bytes become U+FFFD; other bytes are detected as
another encoding); files above 20 MB are refused, and ``--max-size MB`` (or
``BRIEFING_MAX_SIZE``) lifts the limit; URLs time out after 20 s unless
``--timeout`` (or ``BRIEFING_TIMEOUT``) says otherwise.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefing_tui import cli

from .odd_servers import (
    assert_one_line_error,
    free_port,
    run_briefing,
    silent_server,
)

PERMISSION_HINT = "check the file's permissions (e.g. chmod +r)"
ARTICLE = "Bridge to close\nThe council voted on Tuesday to close the bridge, the mayor said.\n"


def write(tmp_path: Path, name: str, data: bytes) -> str:
    """Write ``data`` to ``tmp_path/name``; return the path as a string."""
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def refused(*args: str, env: dict[str, str] | None = None) -> str:
    """Run ``briefing analyze ARGS``, check it failed as bad input, return its error line."""
    done = run_briefing("analyze", *args, env=env)
    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    assert_one_line_error(done.stderr)
    return done.stderr.strip()


def test_missing_path(tmp_path: Path) -> None:
    message = refused(str(tmp_path / "nope.txt"))
    assert message.endswith("nope.txt: no such file; check the path")


def test_directory(tmp_path: Path) -> None:
    assert "is a directory; give an article file inside it" in refused(str(tmp_path))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file; see the simulated test")
def test_no_read_permission(tmp_path: Path) -> None:
    path = Path(write(tmp_path, "secret.txt", ARTICLE.encode()))
    path.chmod(0)
    try:
        assert "permission denied; check the file's permissions" in refused(str(path))
    finally:
        path.chmod(0o600)


def test_no_read_permission_simulated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = Path(write(tmp_path, "secret.txt", ARTICLE.encode()))
    real_open = Path.open

    def open_denied(self: Path, *args: object, **kwargs: object):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_denied)
    assert cli.main(["analyze", str(path)]) == 1
    err = capsys.readouterr().err
    assert err == f"briefing: error: {path}: permission denied; {PERMISSION_HINT}\n"


def test_empty(tmp_path: Path) -> None:
    assert "is empty; give an article with some text" in refused(write(tmp_path, "e.txt", b""))


def test_whitespace_only(tmp_path: Path) -> None:
    message = refused(write(tmp_path, "w.txt", b" \n\t\r\n \xc2\xa0\n"))
    assert "is only whitespace; give an article with some text" in message


def test_image(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"
    message = refused(write(tmp_path, "photo.txt", png))
    assert "is a PNG image, not text; give a text, Markdown or HTML article" in message


def test_nul_bytes(tmp_path: Path) -> None:
    data = b"The council voted.\x00\x00\x17\x00\x01binary tail\x00"
    assert "contains binary data (NUL bytes), not text" in refused(write(tmp_path, "n.txt", data))


def test_invalid_utf8_is_decoded_with_replacement(tmp_path: Path) -> None:
    data = (
        "“Zürich is closed,” the mayor said. Café owners – angry.\n".encode()
        + b"Bad \xff\xfe byte.\n"
    )
    done = run_briefing("analyze", write(tmp_path, "bad.txt", data))
    assert done.returncode == 0, done.stderr
    text = json.loads(done.stdout)["article"]["text"]
    assert "Bad \ufffd\ufffd byte." in text
    assert text.startswith("“Zürich is closed,”")


def test_bytes_in_no_known_encoding(tmp_path: Path) -> None:
    data = bytes(range(1, 256)) * 8
    message = refused(write(tmp_path, "noise.txt", data))
    assert "does not look like text in any known encoding" in message


def test_utf16(tmp_path: Path) -> None:
    done = run_briefing("analyze", write(tmp_path, "u16.txt", ARTICLE.encode("utf-16")))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["article"]["text"] == ARTICLE


def test_50_mb_file_is_refused_with_the_flag_to_lift_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: refused by size before anything is read
        handle.truncate(50 * 1024 * 1024)
    message = refused(str(path))
    assert "huge.txt is 50.0 MB, above the 20 MB limit; allow it with --max-size 50" in message
    assert "BRIEFING_MAX_SIZE=50" in message


def test_max_size_flag_and_environment(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", (ARTICLE * 40).encode())
    message = refused("--max-size", "0.001", path)
    assert (
        "KB, above the 1.0 KB limit; allow it with --max-size 1 (or BRIEFING_MAX_SIZE=1)" in message
    )
    assert "above the 1.0 KB limit" in refused(path, env={"BRIEFING_MAX_SIZE": "0.001"})
    done = run_briefing("analyze", "--max-size", "1", path, env={"BRIEFING_MAX_SIZE": "0.001"})
    assert done.returncode == 0, done.stderr  # the flag wins over the environment


def test_size_limit_lifted_reads_a_large_file(tmp_path: Path) -> None:
    from briefing_tui.reading import load_article

    paragraph = "The council voted on Tuesday to close the bridge, the mayor said.\n"
    path = write(tmp_path, "big.txt", (paragraph * (21 * 1024 * 1024 // len(paragraph))).encode())
    article = load_article(path, max_bytes=25 * 1024 * 1024)
    assert len(article.text) > 20 * 1024 * 1024


def test_html_without_article(tmp_path: Path) -> None:
    page = (
        b"<html><head><title>News</title></head><body><nav><a href='/'>Home</a> "
        b"<a href='/w'>World</a> <a href='/s'>Sport</a></nav>"
        b"<footer>(c) News</footer></body></html>"
    )
    message = refused(write(tmp_path, "index.html", page))
    assert "no article text found in the HTML" in message
    assert "save its text and open that" in message


def test_script_only_page(tmp_path: Path) -> None:
    page = (
        b"<!doctype html><html><head><script src='app.js'></script></head><body>"
        b"<div id='root'></div><noscript>You need to enable JavaScript to run this app."
        b"</noscript></body></html>"
    )
    assert "build its text with JavaScript" in refused(write(tmp_path, "app.html", page))


def test_url_connection_refused() -> None:
    url = f"http://127.0.0.1:{free_port()}/story"
    message = refused("--timeout", "5", url)
    assert f"cannot reach {url} (connection refused); check the address" in message


def test_url_that_never_answers() -> None:
    with silent_server() as url:
        message = refused("--timeout", "0.5", url)
    assert f"no answer from {url} within 0.5 s" in message
    assert "--timeout SECONDS (or BRIEFING_TIMEOUT)" in message


def test_url_timeout_from_the_environment() -> None:
    with silent_server() as url:
        message = refused(url, env={"BRIEFING_TIMEOUT": "0.3"})
    assert "within 0.3 s" in message


def test_not_a_url() -> None:
    assert "not a valid web address" in refused("http://")


def test_bad_timeout_environment(tmp_path: Path) -> None:
    with silent_server() as url:
        message = refused(url, env={"BRIEFING_TIMEOUT": "soon"})
    assert "BRIEFING_TIMEOUT='soon' is not a number of seconds" in message


def test_missing_model() -> None:
    message = refused("--model", "not_a_model", write_sample())
    assert "language model not_a_model is not installed; install it with: pip install" in message


def test_broken_model(tmp_path: Path) -> None:
    broken = tmp_path / "broken_model"
    broken.mkdir()
    (broken / "config.cfg").write_text("[nlp\nnot a config", encoding="utf-8")
    message = refused("--no-cache", "--model", str(broken), write_sample())
    assert "could not be loaded" in message and "reinstall it with: pip install" in message


def write_sample() -> str:
    """The bundled sample's path."""
    from briefing_tui.reading.samples import default_sample

    return str(default_sample())


def test_a_file_beyond_the_largest_limit_is_not_advised_an_impossible_flag(
    tmp_path: Path,
) -> None:
    path = tmp_path / "vast.txt"
    with path.open("wb") as handle:  # sparse: refused by size before anything is read
        handle.truncate(1100 * 1024 * 1024)
    message = refused(str(path))
    assert "vast.txt is 1100.0 MB, above the 20 MB limit" in message
    assert "--max-size" not in message  # 1100 would itself be refused (the cap is 1024)
    assert "largest limit Briefing accepts (1024 MB)" in message
