"""The process around the app: the terminal it reads keys from, and its way out.

Nothing here imports Textual: the command line attaches the terminal before
it imports the app; ``run_app`` stops the analysis as the app ends.
"""

from __future__ import annotations

import os
import sys

from briefing_tui.errors import BriefingError


def attach_terminal_to_stdin(location: str = "-") -> None:
    """Have standard input be the terminal, for the app's keys (after ``briefing -``, say).

    The app reads keys from file descriptor 0, so when standard input is not a
    terminal (the article came through a pipe) /dev/tty is opened and put there.
    With none, the error names the article's ``location`` and its ``analyze`` command.
    """
    try:
        if sys.stdin is not None and sys.stdin.isatty():
            return
    except (ValueError, OSError):
        pass
    try:
        tty = os.open("/dev/tty", os.O_RDWR)
    except OSError as exc:
        raise BriefingError(_no_terminal(location)) from exc
    os.dup2(tty, 0)
    os.close(tty)
    sys.stdin = sys.__stdin__ = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115


def _no_terminal(location: str) -> str:
    """Why the app cannot start without a terminal, and the command that works instead."""
    if location == "-":
        return "no terminal to show the app in; use 'briefing analyze -' to analyse standard input"
    import shlex

    return (
        "no terminal to show the app in; use "
        f"'briefing analyze {shlex.quote(location)}' to print its analysis"
    )


def stop_analysis(code: int) -> None:
    """Exit with ``code`` at once, stopping the analysis's child process, if any.

    For a quit while the analysis still runs (during the model load): the
    thread relaying it is not waited for.
    """
    if "multiprocessing" in sys.modules:
        import multiprocessing

        for child in multiprocessing.active_children():
            child.terminate()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
