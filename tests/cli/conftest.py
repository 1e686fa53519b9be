"""Fixtures for the command-line tests."""

from __future__ import annotations

import pytest
from briefing_runner import RunBriefing, run_briefing


@pytest.fixture(name="run_briefing")
def run_briefing_fixture() -> RunBriefing:
    """Run ``briefing ARGS...`` in a subprocess; returns the finished process."""
    return run_briefing
