"""SIGTERM and SIGHUP end the app as a quit does: notes saved, terminal restored.

By default either signal ends Python at once: the last keystrokes are not
saved and the terminal is left in the alternate screen with mouse reporting
on. Here the signal only asks the app's event loop to exit, so the notes are
saved and Textual's driver puts the terminal back; the exit status is the
conventional 128 + the signal's number (143 for SIGTERM, 129 for SIGHUP).
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable

#: The signals that ask the app to save and leave (``kill``; the terminal closing).
EXIT_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def signal_exit_code(signum: int) -> int:
    """The exit status of a process ended by signal ``signum``: 128 + its number."""
    return 128 + signum


def install_exit_signals(on_signal: Callable[[int], None]) -> Callable[[], None]:
    """Have ``on_signal(signum)`` run in the running event loop on SIGTERM or SIGHUP.

    Returns a function that removes the handlers. They are removed before
    ``on_signal`` runs, so that a second signal ends the process at once should
    the orderly exit hang.
    """
    loop = asyncio.get_running_loop()

    def remove() -> None:
        for signum in EXIT_SIGNALS:
            loop.remove_signal_handler(signum)

    def handle(signum: int) -> None:
        remove()
        on_signal(signum)

    for signum in EXIT_SIGNALS:
        loop.add_signal_handler(signum, handle, signum)
    return remove
