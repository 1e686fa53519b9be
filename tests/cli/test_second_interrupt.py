"""After the first Ctrl+C, a second one ends briefing at once: no handler is left to
print a traceback while Python waits for its threads."""

from __future__ import annotations

import signal

import pytest

from briefing_tui import cli


def test_the_first_interrupt_leaves_the_second_to_the_system(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(_args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "run_analyze", interrupted)
    before = signal.getsignal(signal.SIGINT)
    try:
        assert cli.main(["analyze", "--json", "story.txt"]) == 130
        assert signal.getsignal(signal.SIGINT) is signal.SIG_DFL
    finally:
        signal.signal(signal.SIGINT, before)
    assert capsys.readouterr().err == "briefing: interrupted\n"
