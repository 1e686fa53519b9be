"""``briefing FILE`` looks the analysis up in the cache before the app starts.

The app is handed the session: a hit is its first frame's briefing and no
analysis child is started; a miss (or ``--no-cache``) starts the child early.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from briefing_tui import cli
from briefing_tui.engine import child
from briefing_tui.engine.session import AnalysisSession
from briefing_tui.model import Briefing


@pytest.fixture
def launch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, object]:
    """Record what the app and the analysis child would be given, without starting them."""
    import briefing_tui.ui.app
    import briefing_tui.ui.terminal
    from briefing_tui.ui.app import AppExit

    seen: dict[str, object] = {"children": 0}
    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path / "home"))

    def fake_run_app(article, **options):
        seen["options"] = options
        seen["gc during start-up"] = gc.isenabled()
        return AppExit(0)

    def fake_start_early(model_name):
        seen["children"] = int(seen["children"]) + 1

    monkeypatch.setattr(briefing_tui.ui.app, "run_app", fake_run_app)
    monkeypatch.setattr(child, "start_early", fake_start_early)
    monkeypatch.setattr(
        briefing_tui.ui.terminal, "attach_terminal_to_stdin", lambda location="-": None
    )
    return seen


def _sample(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(
        "Ministers said on Monday that the council will vote on the plan next week.\n",
        encoding="utf-8",
    )
    return path


def test_a_miss_starts_the_analysis_child(launch: dict[str, object], tmp_path: Path) -> None:
    assert cli.main([str(_sample(tmp_path))]) == 0
    session = launch["options"]["session"]
    assert isinstance(session, AnalysisSession)
    assert session.looked_up and session.cached() is None
    assert launch["children"] == 1
    assert launch["gc during start-up"] is False
    assert gc.isenabled()  # back on once the app has ended


def test_a_hit_goes_to_the_app_and_starts_no_child(
    launch: dict[str, object], tmp_path: Path
) -> None:
    path = _sample(tmp_path)
    assert cli.main(["analyze", "--json", "-o", str(tmp_path / "out.json"), str(path)]) == 0
    assert cli.main([str(path)]) == 0
    session = launch["options"]["session"]
    assert session.looked_up
    cached = session.cached()
    assert isinstance(cached, Briefing)
    assert cached.article.text == path.read_text(encoding="utf-8")
    assert launch["children"] == 0


def test_no_cache_does_not_look(launch: dict[str, object], tmp_path: Path) -> None:
    path = _sample(tmp_path)
    assert cli.main(["analyze", "--json", "-o", str(tmp_path / "out.json"), str(path)]) == 0
    assert cli.main(["--no-cache", str(path)]) == 0
    session = launch["options"]["session"]
    assert session.cached() is None
    assert session.use_cache is False
    assert launch["children"] == 1


def test_a_corrupt_entry_is_a_miss(launch: dict[str, object], tmp_path: Path) -> None:
    path = _sample(tmp_path)
    assert cli.main(["analyze", "--json", "-o", str(tmp_path / "out.json"), str(path)]) == 0
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    assert cli.main([str(path)]) == 0
    assert launch["options"]["session"].cached() is None
    assert launch["children"] == 1


def test_gc_is_back_on_after_a_bad_file(launch: dict[str, object], tmp_path: Path) -> None:
    assert cli.main([str(tmp_path / "missing.txt")]) == 1
    assert gc.isenabled()
