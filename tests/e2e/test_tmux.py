"""End-to-end: the installed ``briefing`` in a real terminal (tmux), driven by keystrokes.

Each test uses its own tmux server socket and data folder, polls the pane
with a bounded deadline, and is skipped when tmux is not installed.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefing_tui.reading.samples import default_sample

TMUX = shutil.which("tmux")
BRIEFING = shutil.which("briefing") or str(Path(sys.executable).with_name("briefing"))
DEADLINE = 90.0  # seconds; loading spaCy on a slow machine can take a while

pytestmark = [
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed"),
    pytest.mark.skipif(not Path(BRIEFING).exists(), reason="the briefing command is not installed"),
]


class Terminal:
    """One tmux session running a shell command, on a private tmux server."""

    def __init__(self, command: str, env: dict[str, str], size: tuple[int, int]) -> None:
        self.socket = f"briefing-e2e-{uuid.uuid4().hex[:8]}"
        self.session = "briefing"
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        width, height = size
        self._tmux(
            "new-session",
            "-d",
            "-s",
            self.session,
            "-x",
            str(width),
            "-y",
            str(height),
            # COLUMNS and LINES (set by test runners) would override the pane size.
            f"env -u COLUMNS -u LINES TERM=xterm-256color {exports} sh -c {shlex.quote(command)}",
        )

    def _tmux(self, *args: str) -> str:
        result = subprocess.run(
            [TMUX, "-L", self.socket, *args], capture_output=True, text=True, timeout=30
        )
        return result.stdout

    def screen(self) -> str:
        """The visible text of the pane."""
        return self._tmux("capture-pane", "-p", "-t", self.session)

    def keys(self, *keys: str) -> None:
        """Send tmux key names (``j``, ``Escape``, ``C-c``)."""
        self._tmux("send-keys", "-t", self.session, *keys)

    def type(self, text: str) -> None:
        """Send literal text."""
        self._tmux("send-keys", "-t", self.session, "-l", text)

    def display(self, format_: str) -> str:
        """A tmux format of the pane, such as ``#{alternate_on}``."""
        return self._tmux("display-message", "-p", "-t", self.session, format_).strip()

    def wait_for(self, condition: Callable[[str], bool], what: str) -> str:
        """Poll the screen until ``condition`` holds, up to the deadline."""
        end = time.monotonic() + DEADLINE
        screen = ""
        while time.monotonic() < end:
            screen = self.screen()
            if condition(screen):
                return screen
            time.sleep(0.1)  # polling interval, not a wait for something to happen
        raise AssertionError(f"timed out waiting for {what}; screen was:\n{screen}")

    def close(self) -> None:
        self._tmux("kill-server")


@pytest.fixture
def terminal_factory(tmp_path: Path) -> Iterator[Callable[..., Terminal]]:
    made: list[Terminal] = []

    def make(command: str, size: tuple[int, int] = (160, 48)) -> Terminal:
        env = {
            "BRIEFING_HOME": str(tmp_path / "home"),
            "BRIEFING_CACHE": str(tmp_path / "cache"),
        }
        terminal = Terminal(command, env, size)
        made.append(terminal)
        return terminal

    yield make
    for terminal in made:
        terminal.close()


def _analysed(screen: str) -> bool:
    """The three list panes show counts and no progress message."""
    counts = all(re.search(rf"{name} \(\d+", screen) for name in ("Actors", "Claims", "Questions"))
    busy = any(
        word in screen
        for word in (
            "waiting for the",  # before the analysis has said anything: "Actors (0)" too
            "starting the",
            "loading language",
            "parsing the",
            "finding ",
        )
    )
    return counts and not busy


def _exit_code(path: Path, terminal: Terminal) -> int:
    terminal.wait_for(
        lambda _screen: path.exists() and path.read_text().strip() != "", "the app to exit"
    )
    return int(path.read_text().strip())


def test_open_sample_navigate_write_note_quit(terminal_factory, tmp_path: Path):
    status = tmp_path / "status"
    terminal = terminal_factory(f"{shlex.quote(BRIEFING)} --sample --no-cache; echo $? > {status}")
    terminal.wait_for(_analysed, "the analysis to fill the panes")
    terminal.keys("2")
    terminal.keys("j")
    terminal.wait_for(lambda s: "writes on actor" in s, "an actor to be previewed")
    terminal.keys("a")
    terminal.wait_for(lambda s: "(A: all notes)" not in s, "the note editor")
    terminal.type("tmux wrote this")
    terminal.wait_for(lambda s: "tmux wrote this" in s, "the typed note")
    terminal.keys("Escape")
    terminal.wait_for(lambda s: "(A: all notes)" in s, "leaving the editor")
    terminal.keys("q")
    assert _exit_code(status, terminal) == 0
    notes = list((tmp_path / "home" / "notes").glob("*.md"))
    assert len(notes) == 1
    text = notes[0].read_text(encoding="utf-8")
    assert "tmux wrote this" in text
    assert 'kind="actor"' in text


def test_article_from_standard_input_still_takes_keys(terminal_factory, tmp_path: Path):
    status = tmp_path / "status"
    sample = shlex.quote(str(default_sample()))
    terminal = terminal_factory(
        f"cat {sample} | {shlex.quote(BRIEFING)} - --no-cache; echo $? > {status}", size=(80, 24)
    )
    terminal.wait_for(lambda s: "Article" in s and "US President" in s, "the article")
    terminal.keys("2")
    terminal.wait_for(lambda s: "Actors (" in s, "the Actors pane")
    terminal.keys("q")
    assert _exit_code(status, terminal) == 0


def test_ctrl_c_exits_promptly(terminal_factory, tmp_path: Path):
    status = tmp_path / "status"
    terminal = terminal_factory(f"{shlex.quote(BRIEFING)} --sample --no-cache; echo $? > {status}")
    terminal.wait_for(lambda s: "Article" in s, "the article")
    terminal.keys("C-c")
    # 130 if the analysis was still running when the key arrived, 0 if it had finished.
    assert _exit_code(status, terminal) in (0, 130)


_SGR = re.compile(r"\x1b\[([0-9;]*)m")


def _backgrounds(line: str) -> list[tuple[str, bool]]:
    """The background (SGR code, reversed) of each cell of a ``capture-pane -e`` line."""
    cells: list[tuple[str, bool]] = []
    background, reverse = "", False
    position = 0
    for match in _SGR.finditer(line + "\x1b[m"):
        cells.extend([(background, reverse)] * len(line[position : match.start()]))
        position = match.end()
        params = (match.group(1) or "0").split(";")
        index = 0
        while index < len(params):
            code = params[index]
            if code in ("", "0"):
                background, reverse = "", False
            elif code == "7":
                reverse = True
            elif code == "27":
                reverse = False
            elif code == "49":
                background = ""
            elif code in ("38", "48"):
                size = 3 if params[index + 1 : index + 2] == ["5"] else 5
                if code == "48":
                    background = ";".join(params[index : index + size])
                index += size - 1
            index += 1
    return cells


def test_list_moves_typed_right_after_launch_count(terminal_factory):
    """Type-ahead: "2jj" typed as the app starts highlights the third actor once the
    lists fill (the j's typed before the analysis arrived used to be lost)."""
    terminal = terminal_factory(f"{shlex.quote(BRIEFING)} --sample --no-cache")
    terminal.keys("2", "j", "j")
    screen = terminal.wait_for(_analysed, "the analysis to fill the panes")
    coloured = terminal._tmux("capture-pane", "-e", "-p", "-t", terminal.session).splitlines()
    plain = screen.splitlines()
    top = next(row for row, line in enumerate(plain) if "╭─ Actors" in line)
    left = plain[top].index("╭─ Actors") + 2  # the first column of the rows' text
    # The rows where an actor starts ("28× Donald Trump  person"), and the background
    # behind the start of each: the highlighted one differs from all the others.
    starts = [
        row
        for row in range(top + 1, len(plain))
        if re.match(r"\s*\d+× ", plain[row][left : left + 6])
    ]
    assert len(starts) >= 5, screen
    backgrounds = {row: _backgrounds(coloured[row])[left + 4] for row in starts}
    normal = max(set(backgrounds.values()), key=list(backgrounds.values()).count)
    highlighted = [row for row in starts if backgrounds[row] != normal]
    assert highlighted == [starts[2]], (
        f"highlighted rows {highlighted}, the third actor is on row {starts[2]}:\n{screen}"
    )


def test_ctrl_o_and_ctrl_n_walk_back_and_forward_in_a_real_terminal(terminal_factory):
    """Ctrl+O and Ctrl+N reach the app through tmux (Ctrl+I would arrive as Tab)."""
    terminal = terminal_factory(f"{shlex.quote(BRIEFING)} --sample --no-cache")
    terminal.wait_for(_analysed, "the analysis to fill the panes")
    terminal.keys("2", "j", "Enter")
    terminal.wait_for(lambda s: "selected: " in s, "an actor to be selected")
    terminal.keys("C-o")
    terminal.wait_for(lambda s: "selected: " not in s, "Ctrl+O to undo the selection")
    terminal.keys("C-n")
    terminal.wait_for(lambda s: "selected: " in s, "Ctrl+N to select the actor again")


def _signal_while_typing(terminal_factory, tmp_path: Path, signum: int) -> Terminal:
    """Type a note, send ``signum`` to the app; returns the terminal once the app has exited."""
    status, pid = tmp_path / "status", tmp_path / "pid"
    # The inner shell becomes the app (exec), so its pid is the app's; the outer one
    # records the exit status and keeps the pane open to look at the terminal's modes.
    app = f"echo $$ > {pid}; exec {shlex.quote(BRIEFING)} --sample --no-cache"
    terminal = terminal_factory(f"sh -c {shlex.quote(app)}; echo $? > {status}; exec cat")
    terminal.wait_for(lambda s: "(A: all notes)" in s, "the notes pane")
    terminal.keys("1")
    terminal.keys("a")
    terminal.wait_for(lambda s: "(A: all notes)" not in s, "the note editor")
    terminal.type("typed before the signal")
    terminal.wait_for(lambda s: "typed before the signal" in s, "the typed note")
    assert terminal.display("#{alternate_on}") == "1"
    os.kill(int(pid.read_text()), signum)
    assert _exit_code(status, terminal) == 128 + signum
    return terminal


def _assert_saved_and_terminal_restored(terminal: Terminal, tmp_path: Path) -> None:
    assert terminal.display("#{alternate_on}") == "0"
    assert terminal.display("#{mouse_any_flag}") == "0"
    notes = list((tmp_path / "home" / "notes").glob("*.md"))
    assert len(notes) == 1, list(tmp_path.rglob("*"))
    assert "typed before the signal" in notes[0].read_text(encoding="utf-8")


def test_sigterm_saves_the_note_restores_the_terminal_and_exits_143(terminal_factory, tmp_path):
    terminal = _signal_while_typing(terminal_factory, tmp_path, signal.SIGTERM)
    _assert_saved_and_terminal_restored(terminal, tmp_path)


def test_sighup_saves_the_note_restores_the_terminal_and_exits_129(terminal_factory, tmp_path):
    terminal = _signal_while_typing(terminal_factory, tmp_path, signal.SIGHUP)
    _assert_saved_and_terminal_restored(terminal, tmp_path)


def test_closing_the_terminal_saves_the_note_and_ends_the_app(terminal_factory, tmp_path):
    pid = tmp_path / "pid"
    app = f"echo $$ > {pid}; exec {shlex.quote(BRIEFING)} --sample --no-cache"
    terminal = terminal_factory(f"sh -c {shlex.quote(app)}")
    terminal.wait_for(lambda s: "(A: all notes)" in s, "the notes pane")
    terminal.keys("1")
    terminal.keys("a")
    terminal.wait_for(lambda s: "(A: all notes)" not in s, "the note editor")
    terminal.type("typed before the terminal closed")
    terminal.wait_for(lambda s: "typed before the terminal closed" in s, "the typed note")
    app_pid = int(pid.read_text())
    terminal.close()  # the terminal goes away: the app gets SIGHUP
    end = time.monotonic() + DEADLINE
    while Path(f"/proc/{app_pid}").exists() and time.monotonic() < end:
        time.sleep(0.1)  # polling interval
    assert not Path(f"/proc/{app_pid}").exists(), "the app outlived its terminal"
    notes = list((tmp_path / "home" / "notes").glob("*.md"))
    assert len(notes) == 1
    assert "typed before the terminal closed" in notes[0].read_text(encoding="utf-8")


@pytest.mark.parametrize("key", ["q", "C-c"])
def test_quitting_while_a_slow_server_answers_an_open(terminal_factory, tmp_path: Path, key: str):
    """The server would dribble its headers for two minutes and BRIEFING_TIMEOUT allows
    ten: quitting must wait for neither."""
    from cli.hostile_servers import slow_headers_server

    status = tmp_path / "status"
    asked = threading.Event()
    with slow_headers_server(120, asked) as url:
        terminal = terminal_factory(
            f"BRIEFING_TIMEOUT=600 {shlex.quote(BRIEFING)} --sample --no-cache; echo $? > {status}"
        )
        terminal.wait_for(lambda s: "Article" in s, "the article")
        terminal.keys("o")
        terminal.wait_for(lambda s: "Open an article" in s, "the open prompt")
        terminal.type(url)
        terminal.wait_for(lambda s: url in s, "the typed address")
        terminal.keys("Enter")
        terminal.wait_for(lambda _s: asked.is_set(), "the request to reach the server")
        terminal.keys(key)
        # 130 for Ctrl+C while the analysis was still running.
        assert _exit_code(status, terminal) in ((0,) if key == "q" else (0, 130))


def test_the_export_notice_keeps_each_folder_name_of_a_long_path_whole(
    terminal_factory, tmp_path: Path
):
    """The notice after `e` breaks the path after a "/", never inside a folder's name."""
    folder = tmp_path / "exports-for-the-morning-editorial-meeting" / "harbour-and-ferries-desk"
    folder.mkdir(parents=True)
    article = tmp_path / "ferry.txt"
    article.write_text(
        "Ferry plan delayed\n\nThe harbour board put off its vote on Tuesday.\n", encoding="utf-8"
    )
    terminal = terminal_factory(
        f"cd {shlex.quote(str(folder))} && {shlex.quote(BRIEFING)} --no-cache "
        f"{shlex.quote(str(article))}"
    )
    terminal.wait_for(_analysed, "the analysis to fill the panes")
    terminal.keys("e")
    terminal.wait_for(lambda s: "Export the briefing and notes to" in s, "the export prompt")
    terminal.keys("Enter")
    screen = terminal.wait_for(lambda s: "Exported to" in s, "the export notice")
    # the notice's lines: what is right of its left edge, less the pane border behind it
    toast = [line.split("▌")[-1].strip(" │─╮╯") for line in screen.splitlines() if "▌" in line]
    assert "Exported to" in toast  # on a line of its own, the path under it
    assert any(line.endswith("exports-for-the-morning-editorial-meeting/") for line in toast)
    assert any("harbour-and-ferries-desk/" in line for line in toast)
    assert any(line.endswith("ferry-plan-delayed-briefing.md") for line in toast), toast
    assert (folder / "ferry-plan-delayed-briefing.md").exists()
