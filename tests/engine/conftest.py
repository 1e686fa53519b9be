"""Shared fixtures for the performance-related tests: a private cache and the sample text."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.model import Article
from briefing_tui.reading import article_from_text
from briefing_tui.reading.samples import default_sample


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty cache directory."""
    directory = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE", str(directory))
    return directory


@pytest.fixture(scope="session")
def sample_text() -> str:
    return default_sample().read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def medium_article(sample_text: str) -> Article:
    """About 25,000 characters: the sample's paragraphs in six different orders."""
    paragraphs = [p for p in sample_text.split("\n") if p.strip()]
    parts = []
    for shift in range(6):
        rotated = paragraphs[shift:] + paragraphs[:shift]
        parts.append("\n".join(rotated))
    return article_from_text("\n\n".join(parts), source="medium")
