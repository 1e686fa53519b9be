"""Analysing the articles of a dossier with one model load, then reading them together."""

from __future__ import annotations

from collections.abc import Sequence

from briefing_tui.analysis.dossier.build import build_dossier
from briefing_tui.analysis.dossier.model import Dossier
from briefing_tui.engine.batch import analyze_many
from briefing_tui.model import Article


def analyze_dossier(
    articles: Sequence[Article],
    model_name: str | None = None,
    jobs: int = 1,
    use_cache: bool = True,
) -> Dossier:
    """The dossier of these articles: each analysed (or read from the cache) once, in order."""
    briefings = list(analyze_many(articles, model_name=model_name, jobs=jobs, use_cache=use_cache))
    return build_dossier(briefings)
