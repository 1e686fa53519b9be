"""Numbers on the command line and in the environment (issue 18, item 9).

``--jobs`` must be 1 or more; sizes and timeouts must be finite numbers above 0
and within bounds. A bad option is a usage error (exit 2), a bad variable a
one-line error (exit 1); neither is an "internal error".
"""

from __future__ import annotations

import pytest
from briefing_runner import SAMPLE, RunBriefing, assert_one_line_error

#: A closed port on this machine: the timeout is read before anything is sent.
LOCAL_URL = "http://127.0.0.1:9/article"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--jobs", "0"], "--jobs: '0' must be 1 or more"),
        (["--jobs", "-1"], "--jobs: '-1' must be 1 or more"),
        (["--jobs", "two"], "'two' is not a whole number"),
        (["--max-size", "1e300"], "--max-size: '1e300' must be a number above 0 and at most"),
        (["--max-size", "nan"], "--max-size: 'nan' must be a number above 0"),
        (["--max-size", "inf"], "--max-size: 'inf' must be a number above 0"),
        (["--max-size", "1025"], "--max-size: '1025' must be a number above 0 and at most 1024"),
        (["--timeout", "nan"], "--timeout: 'nan' must be a number above 0"),
        (["--timeout", "1e300"], "--timeout: '1e300' must be a number above 0 and at most"),
    ],
)
def test_bad_numbers_are_usage_errors(
    run_briefing: RunBriefing, args: list[str], fragment: str
) -> None:
    done = run_briefing("analyze", *args, str(SAMPLE))
    assert done.returncode == 2
    assert_one_line_error(done.stderr, fragment)
    assert done.stdout == ""


@pytest.mark.parametrize("raw", ["nan", "inf", "-inf", "1e300"])
def test_a_bad_size_variable_is_a_one_line_error(run_briefing: RunBriefing, raw: str) -> None:
    done = run_briefing("analyze", str(SAMPLE), env={"BRIEFING_MAX_SIZE": raw})
    assert done.returncode == 1
    assert_one_line_error(done.stderr, f"BRIEFING_MAX_SIZE={raw!r}", "set it to e.g.")
    assert "internal error" not in done.stderr


@pytest.mark.parametrize("raw", ["nan", "inf", "1e300"])
def test_a_bad_timeout_variable_is_a_one_line_error(run_briefing: RunBriefing, raw: str) -> None:
    done = run_briefing("analyze", LOCAL_URL, env={"BRIEFING_TIMEOUT": raw})
    assert done.returncode == 1
    assert_one_line_error(done.stderr, f"BRIEFING_TIMEOUT={raw!r}", "set it to e.g.")
    assert "internal error" not in done.stderr


def test_the_largest_numbers_allowed_work(run_briefing: RunBriefing) -> None:
    done = run_briefing(
        "analyze", "--max-size", "1024", "--timeout", "86400", "--jobs", "1", str(SAMPLE)
    )
    assert done.returncode == 0, done.stderr
