"""Errors that reach the user as one line, never as a traceback."""

from __future__ import annotations

from briefing_tui.terminal_text import one_line


class BriefingError(Exception):
    """A problem the user can act on; ``str(err)`` says what happened and what to do.

    The command line prints it as ``briefing: error: <message>`` and exits with
    ``exit_code``; the app shows it in place.
    """

    exit_code: int = 1

    def __init__(self, message: str = "", *args: object) -> None:
        # Messages name files and URLs the user gave or a page sent: their control
        # characters are shown, never sent to the terminal.
        super().__init__(one_line(message), *args)


class InputError(BriefingError):
    """The article could not be read: missing, unreadable, empty, binary, unreachable."""


class ModelError(BriefingError):
    """The language pipeline is missing or broken."""
