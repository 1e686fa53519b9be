"""Fixtures for the analysis tests: one pipeline per test session."""

from __future__ import annotations

import pytest

from briefing_tui.nlp import load_pipeline


@pytest.fixture(scope="session")
def nlp():
    """The English pipeline, loaded once."""
    return load_pipeline()
