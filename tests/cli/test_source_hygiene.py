"""What is said about a source: no password from its address is stored or shown, other
schemes are named as unsupported, and no limit is advised that could not help."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reading.local_server import serving

from briefing_tui.reading import load_article

from .odd_servers import RunBriefing, assert_one_line_error, free_port

PAGE = (
    b"<!DOCTYPE html><html><head><title>Bridge to close</title></head><body><article>"
    b"<p>The city council voted on Tuesday to close the old bridge for repairs, the mayor "
    b"said.</p><p>Work is expected to start in May and last a year.</p></article></body></html>"
)


def _with_password(base: str) -> str:
    return base.replace("http://", "http://reader:hunter2@", 1)


def test_a_password_in_the_address_is_not_in_the_article_source() -> None:
    with serving({"/story": (200, "text/html", PAGE)}) as base:
        article = load_article(_with_password(base) + "/story", timeout=10)
    assert article.source == f"{base}/story"


def test_a_password_in_the_address_is_not_in_the_json(run_briefing: RunBriefing) -> None:
    with serving({"/story": (200, "text/html", PAGE)}) as base:
        done = run_briefing("analyze", "--json", _with_password(base) + "/story")
    assert done.returncode == 0, done.stderr
    assert "hunter2" not in done.stdout and "reader" not in done.stdout
    assert json.loads(done.stdout)["article"]["source"] == f"{base}/story"


def test_a_password_in_the_address_is_not_in_an_error(run_briefing: RunBriefing) -> None:
    url = f"http://reader:hunter2@127.0.0.1:{free_port()}/story"
    done = run_briefing("analyze", "--json", "--timeout", "5", url)
    assert done.returncode == 1
    assert_one_line_error(done.stderr, "connection refused")
    assert "hunter2" not in done.stderr


@pytest.mark.parametrize("location", ["file:///etc/hostname", "ftp://example.org/story.txt"])
def test_other_schemes_are_not_supported(run_briefing: RunBriefing, location: str) -> None:
    done = run_briefing("analyze", "--json", location)
    assert done.returncode == 1
    scheme = location.split(":", 1)[0]
    assert_one_line_error(done.stderr, f"{scheme}:// addresses are not supported")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_an_endless_device_is_not_advised_a_larger_limit(run_briefing: RunBriefing) -> None:
    done = run_briefing("analyze", "--json", "--max-size", "1", "/dev/zero")
    assert done.returncode == 1
    assert_one_line_error(done.stderr, "/dev/zero", "device", "1 MB limit")
    assert "--max-size" not in done.stderr
