"""The host name lookup is bounded by the fetch's one deadline, like every socket
operation: a resolver that never answers cannot hold ``briefing URL`` past ``--timeout``."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from briefing_tui.errors import InputError
from briefing_tui.reading import deadline, load_article


@pytest.fixture
def stalled_resolver(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """``getaddrinfo`` stalls until the test ends (at most 20 s), then fails as an
    unknown name would: so a fetch that waits for it reports a lookup failure."""
    release = threading.Event()

    def stalled(*_args: object, **_kwargs: object) -> list[object]:
        release.wait(20)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(deadline.socket, "getaddrinfo", stalled)
    yield release
    release.set()


def test_a_stalled_lookup_ends_at_the_deadline(stalled_resolver: threading.Event) -> None:
    with pytest.raises(InputError) as caught:
        load_article("http://news.example.invalid/story", timeout=1)
    message = str(caught.value)
    assert "within 1 s" in message and "--timeout" in message
    assert "\n" not in message


def test_a_lookup_that_fails_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    def unknown(*_args: object, **_kwargs: object) -> list[object]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(deadline.socket, "getaddrinfo", unknown)
    with pytest.raises(InputError, match="unknown host name"):
        load_article("http://news.example.invalid/story", timeout=5)


def test_each_address_is_tried_in_turn(monkeypatch: pytest.MonkeyPatch) -> None:
    """A name with a dead first address still reaches the live one."""
    from .local_server import serving

    with serving({"/story": (200, "text/plain", b"The council met on Monday.\n")}) as base:
        port = int(base.rsplit(":", 1)[1].split("/")[0])
        answers = [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.2", port)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port)),
        ]
        monkeypatch.setattr(deadline.socket, "getaddrinfo", lambda *a, **k: answers)
        article = load_article(f"http://news.example.test:{port}/story", timeout=5)
    assert "council met" in article.text


def test_an_address_written_as_one_is_not_looked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """A feed at "127.0.0.1" or "[::1]" is connected to at once: no lookup, no thread
    for one (fifty feeds refreshed at once started fifty)."""
    looked_up: list[str] = []

    def recorded(host: str, *_args: object, **_kwargs: object) -> list[object]:
        looked_up.append(host)
        return []

    monkeypatch.setattr(deadline.socket, "getaddrinfo", recorded)
    started: list[str] = []
    original = threading.Thread.start

    def start(thread: threading.Thread) -> None:
        started.append(thread.name)
        original(thread)

    monkeypatch.setattr(threading.Thread, "start", start)
    assert deadline._addresses_by("127.0.0.1", 80, 5.0) == ["127.0.0.1"]
    assert deadline._addresses_by("::1", 80, 5.0) == ["::1"]
    assert looked_up == [] and "briefing-name-lookup" not in started
