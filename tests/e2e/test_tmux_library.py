"""End-to-end: ``briefing`` with no article shows the library; search opens the hit; ] moves on."""

from __future__ import annotations

import shlex
from pathlib import Path

from briefing_tui.reading import load_article
from briefing_tui.store.library import open_library
from briefing_tui.store.library.articles import record_article

from .test_tmux import (  # noqa: F401 (the skip marks and the terminal fixture)
    BRIEFING,
    _exit_code,
    pytestmark,
    terminal_factory,
)

FIRST = (
    "Lighthouse keepers return to Corran Point\n\n"
    "The coastal trust said on Friday that two keepers would live at the light again.\n\n"
    "The fog signal will be restored before the winter storms."
)
SECOND = (
    "Ferry fares frozen for islanders\n\n"
    "The island council agreed to freeze ferry fares for residents until spring."
)


def test_start_screen_search_and_next_article(terminal_factory, tmp_path: Path):  # noqa: F811
    home = tmp_path / "home"
    files = []
    for name, text in (("lighthouse.txt", FIRST), ("ferry.txt", SECOND)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        files.append(path)
    with open_library(home) as library:
        for path in files:
            record_article(library, load_article(str(path)))
    status = tmp_path / "status"
    terminal = terminal_factory(f"{shlex.quote(BRIEFING)} --no-cache; echo $? > {status}")
    terminal.wait_for(
        lambda s: "Lighthouse keepers" in s and "Ferry fares" in s, "the start screen"
    )
    terminal.keys("/")
    terminal.wait_for(lambda s: "Search the library" in s, "the search field")
    terminal.type("fog sig")
    terminal.wait_for(lambda s: "1 found" in s, "the search hit")
    terminal.keys("Enter")
    terminal.wait_for(lambda s: "Article" in s and "fog signal will be" in s, "the article")
    terminal.keys("q")  # opened from the start screen: back to it
    terminal.wait_for(lambda s: "Recent and unread" in s, "the start screen again")
    terminal.keys("q")
    assert _exit_code(status, terminal) == 0

    status.unlink()
    both = " ".join(shlex.quote(str(p)) for p in files)
    terminal = terminal_factory(f"{shlex.quote(BRIEFING)} {both} --no-cache; echo $? > {status}")
    terminal.wait_for(lambda s: "Corran Point" in s, "the first article")
    terminal.keys("]")
    terminal.wait_for(lambda s: "freeze ferry fares" in s, "the second article")
    terminal.keys("[")
    terminal.wait_for(lambda s: "coastal trust" in s, "the first article again")
    terminal.keys("q")
    assert _exit_code(status, terminal) == 0


def test_q_goes_back_to_the_start_screen_and_quits_from_it(
    terminal_factory,  # noqa: F811
    tmp_path: Path,
):
    home = tmp_path / "home"
    paths = []
    with open_library(home) as library:
        for name, text in (("lighthouse.txt", FIRST), ("ferry.txt", SECOND)):
            path = tmp_path / name
            path.write_text(text, encoding="utf-8")
            record_article(library, load_article(str(path)), opened=name == "lighthouse.txt")
            paths.append(path)
    status = tmp_path / "status"
    terminal = terminal_factory(f"{shlex.quote(BRIEFING)} --no-cache; echo $? > {status}")
    terminal.wait_for(lambda s: "● Ferry fares" in s, "the start screen, the ferry unread")
    terminal.keys("Enter")  # the unread one, listed first
    terminal.wait_for(lambda s: "freeze ferry fares" in s and "q Library" in s, "the article")
    terminal.keys("q")
    screen = terminal.wait_for(
        lambda s: "Recent and unread" in s and "Ferry fares" in s, "the start screen again"
    )
    assert "● Ferry fares" not in screen  # read now
    terminal.keys("Down", "Enter")
    terminal.wait_for(lambda s: "coastal trust" in s, "the other article")
    terminal.keys("Escape")  # nothing to clear: back as well
    terminal.wait_for(lambda s: "Recent and unread" in s, "the start screen a third time")
    terminal.keys("q")
    assert _exit_code(status, terminal) == 0

    status.unlink()
    terminal = terminal_factory(
        f"{shlex.quote(BRIEFING)} {shlex.quote(str(paths[0]))} --no-cache; echo $? > {status}"
    )
    terminal.wait_for(lambda s: "coastal trust" in s and "q Quit" in s, "the article")
    terminal.keys("q")  # opened on the command line: q quits
    assert _exit_code(status, terminal) == 0
