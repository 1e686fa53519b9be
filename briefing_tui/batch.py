"""Analysing many articles with one model load and batched parsing."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from briefing_tui.model import Article, Briefing


def analyze_many(
    articles: Sequence[Article],
    model_name: str | None = None,
    jobs: int = 1,
    use_cache: bool = True,
) -> Iterator[Briefing]:
    """Yield the Briefing of each article, in order, loading the pipeline once."""
    import time

    from briefing_tui.model import ModelInfo
    from briefing_tui.nlp import load_pipeline, model_info, parse_many
    from briefing_tui.pipeline import analyze_doc

    if not articles:
        return
    nlp = load_pipeline(model_name)
    info = ModelInfo(*model_info(nlp))
    started = time.perf_counter()
    for article, doc in zip(articles, parse_many(nlp, (a.text for a in articles)), strict=True):
        parsed = time.perf_counter()
        briefing = analyze_doc(doc, article, info)
        briefing.timings = {"parse": parsed - started, **briefing.timings}
        started = time.perf_counter()
        yield briefing
