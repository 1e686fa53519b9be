"""Helpers for the reliability tests: odd servers, plus the shared ``briefing`` runner."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager

from briefing_runner import SAMPLE, RunBriefing, assert_one_line_error, run_briefing

__all__ = [
    "SAMPLE",
    "RunBriefing",
    "assert_one_line_error",
    "free_port",
    "run_briefing",
    "silent_server",
]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (so connecting is refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def silent_server() -> Iterator[str]:
    """A server on 127.0.0.1 that accepts connections and never answers; yields its URL."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)  # the kernel completes handshakes; nobody ever reads or replies
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/story"
