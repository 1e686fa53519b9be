"""Shared test set-up: one spaCy pipeline per session; this folder is on ``sys.path``."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The English pipeline, loaded once per test session (on first use)."""
    from briefing_tui.engine.nlp import load_pipeline

    return load_pipeline()
