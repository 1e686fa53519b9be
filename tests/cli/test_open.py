"""``briefing [FILE | - | URL]`` and ``--sample``: what reaches the app, without starting it."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui import cli
from briefing_tui.model import Article


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Article]:
    """Replace the app with a recorder of the article it would show (no terminal needed)."""
    import briefing_tui.ui.app
    import briefing_tui.ui.terminal
    from briefing_tui.ui.app import AppExit

    shown: list[Article] = []

    def fake_run_app(article: Article, **_options: object) -> AppExit:
        shown.append(article)
        return AppExit(0)

    monkeypatch.setattr(briefing_tui.ui.app, "run_app", fake_run_app)
    monkeypatch.setattr(
        briefing_tui.ui.terminal, "attach_terminal_to_stdin", lambda location="-": None
    )
    return shown


def test_sample_from_any_directory(
    opened: list[Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--sample"]) == 0
    assert len(opened) == 1
    assert "Trump" in opened[0].text
    assert opened[0].source.endswith(".txt")


def test_open_a_file(opened: list[Article], tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text("# Floods close roads\n\nRoads were closed on Monday.\n", encoding="utf-8")
    assert cli.main([str(article)]) == 0
    assert opened[0].title == "Floods close roads"


def test_open_a_missing_file(
    opened: list[Article], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([str(tmp_path / "nope.txt")]) == 1
    assert opened == []
    err = capsys.readouterr().err
    assert err.startswith("briefing: error: ") and "no such file" in err
    assert err.count("\n") == 1


def test_help_and_version_return_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    assert cli.main(["--version"]) == 0
    assert cli.main(["analyze", "--help"]) == 0
    assert "briefing" in capsys.readouterr().out
