"""Fuzzing the reader: whatever the bytes, nothing shown holds a control character.

Random bytes, random control characters among words and escape sequences, and
random Unicode in several encodings go through ``article_from_bytes`` and
``load_article`` (a file); each Article is refused with a one-line error or has
no control character in its text (but newline and tab), title, byline,
dateline, outlet and date; its analysis keeps the JSON contract, prints as
JSON without a raw control character, and as Markdown without any.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.contract import contract_problems
from briefing_tui.engine.analyze import analyze
from briefing_tui.errors import InputError
from briefing_tui.export import briefing_to_markdown
from briefing_tui.model import Article
from briefing_tui.reading import article_from_bytes, load_article
from briefing_tui.terminal_text import escaped_json

FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
#: What a terminal may obey: C0 controls, DEL, C1 controls.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
CONTROL_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

words = st.sampled_from(
    [
        "The council voted on Tuesday to close the bridge, the mayor said. ",
        '"We will reopen it," said Mayor Ana Lopez. ',
        "Bridge closes\n",
        "By Jane Doe\n",
        "Zürich ",
        "\n\n",
        "\t",
        "<p>",
        "# ",
        "*",
    ]
)
sequences = st.sampled_from(
    [
        "\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUvc2ggfCBzaA==\x07",
        "\x1b]0;pwned\x07",
        "\x1b]8;;https://evil.example/\x1b\\link\x1b]8;;\x1b\\",
        "\x1b[2J",
        "\x1b[?1049l",
        "\x9b31m",
        "\x1b",
        "\x07",
        "\x7f",
        "\x85",
        "\u2028",
    ]
)
controls = st.characters(min_codepoint=0, max_codepoint=0x9F).filter(
    lambda char: bool(CONTROL.match(char))
)
hostile_text = st.lists(st.one_of(words, sequences, controls), max_size=60).map("".join)
encodings = st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1"])


def check_shown(article: Article) -> None:
    """No control character in anything the app or the Markdown shows of ``article``."""
    assert not CONTROL_BUT_LINES.search(article.text), repr(article.text)
    for field in (article.title, article.byline, article.dateline, article.outlet, article.date):
        # A tab or line break in a title is shown as a space by the header.
        assert not CONTROL_BUT_LINES.search(field or ""), repr(field)


def check_reading(data: bytes, nlp: object | None = None) -> None:
    """Reading ``data`` gives a safe Article (whose analysis keeps the contract), or a
    one-line error without control characters."""
    try:
        article = article_from_bytes(data, "fuzzed \x1b[2J.txt")
    except InputError as exc:
        assert not CONTROL.search(str(exc)), repr(str(exc))
        return
    check_shown(article)
    if nlp is None:
        return
    briefing = analyze(article, nlp)
    data_json = briefing.to_json()
    assert contract_problems(data_json) == []
    printed = escaped_json(json.dumps(data_json, ensure_ascii=False))
    assert not CONTROL.search(printed)
    assert json.loads(printed) == data_json
    assert not CONTROL_BUT_LINES.search(briefing_to_markdown(briefing))


@FUZZ
@given(data=st.binary(max_size=1500))
def test_random_bytes(data: bytes) -> None:
    check_reading(data)


@FUZZ
@given(text=hostile_text, encoding=encodings)
def test_random_control_characters(nlp, text: str, encoding: str) -> None:
    check_reading(text.encode(encoding, errors="replace"), nlp)


@FUZZ
@given(text=st.text(max_size=600), encoding=encodings)
def test_random_unicode(nlp, text: str, encoding: str) -> None:
    check_reading(text.encode(encoding, errors="replace"), nlp)


@settings(max_examples=25, deadline=None)
@given(text=hostile_text, suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_random_files(text: str, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(text.encode("utf-8"))
        try:
            article = load_article(str(path))
        except InputError as exc:
            assert not CONTROL.search(str(exc)), repr(str(exc))
            return
        check_shown(article)
