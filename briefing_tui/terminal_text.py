"""Text made safe to show on a terminal: every control character replaced by a visible one.

An article, a page title, a file name or a hand-edited notes file can hold
escape sequences (OSC 52 writes the clipboard, OSC 0 the window title, OSC 8
makes links, CSI clears the screen) that a terminal obeys if they reach it.
``visible_controls`` replaces each C0 control (but newline and tab), DEL and
each C1 control by exactly one visible character, so the text keeps its
length in code points and every offset into it stays right; ``one_line``
does the same to newline and tab too, for a title, a file name or an error
message. Controls are made visible rather than dropped so the reader sees
that the source held something there.
"""

from __future__ import annotations

import re

#: C0 controls, DEL and C1 controls, the characters a terminal may act on.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROLS_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

#: U+FFFD stands for a C1 control: Unicode has no picture for them, and it keeps the
#: text's length (the reader sees the same mark as for an undecodable byte).
C1_MARK = "\ufffd"


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ … ␛ … ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    return C1_MARK


def visible_controls(text: str) -> str:
    """``text`` with each control character but newline and tab made one visible character
    (ESC becomes ␛, NUL ␀, BEL ␇, DEL ␡, a C1 control U+FFFD); same length in code points."""
    if _CONTROLS_BUT_LINES.search(text) is None:  # the common case costs one scan
        return text
    return _CONTROLS_BUT_LINES.sub(_picture, text)


def one_line(text: str) -> str:
    """``text`` with every control character, newline and tab included, made one visible
    character: for what is shown on one line (a title, a file name, an error message)."""
    if _CONTROLS.search(text) is None:
        return text
    return _CONTROLS.sub(_picture, text)


def folded_path(path: str, width: int) -> str:
    """``path`` on lines of at most ``width`` characters, each broken after a "/" (a name
    longer than a line is cut where it must be), so a narrow box never wraps it mid-name."""
    width = max(width, 8)
    lines: list[str] = []
    line = ""
    for piece in re.split(r"(?<=/)", path):
        if line and len(line) + len(piece) > width:
            lines.append(line)
            line = ""
        line += piece
        while len(line) > width:
            lines.append(line[:width])
            line = line[width:]
    return "\n".join([*lines, line] if line else lines)


def has_controls(text: str, *, lines: bool = True) -> bool:
    """True when ``text`` holds a control character (newline and tab allowed if ``lines``)."""
    pattern = _CONTROLS_BUT_LINES if lines else _CONTROLS
    return pattern.search(text) is not None


#: What ``json.dumps(..., ensure_ascii=False)`` leaves raw but a terminal (C1 controls) or
#: a JavaScript reader (the line and paragraph separators) may take for more than text.
_RAW_IN_JSON = re.compile(r"[\x7f-\x9f\u2028\u2029]")


def escaped_json(dumped: str) -> str:
    """JSON text from ``json.dumps(..., ensure_ascii=False)`` with DEL, the C1 controls and
    U+2028/U+2029 written as ``\\uXXXX`` escapes: the same JSON value, safe to print.

    Valid because outside its strings JSON text holds only ASCII.
    """
    return _RAW_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", dumped)
