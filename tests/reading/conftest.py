"""Fixtures for the reading tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The English pipeline, loaded once per session."""
    from briefing_tui.nlp import load_pipeline

    return load_pipeline()
