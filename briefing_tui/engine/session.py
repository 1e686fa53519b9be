"""The app's analysis of one article: from the cache, or streamed from the analysis child.

A cached result is shown at once, without loading spaCy. Otherwise the parse
and analysis run in a child process (``child.py``) whose messages
(``protocol.py``) become Progress for the app; long texts give a partial
Briefing after every chunk.
"""

from __future__ import annotations

from collections.abc import Iterator

from briefing_tui.engine.fingerprint import ANALYSIS_VERSION
from briefing_tui.engine.merge import BriefingMerger
from briefing_tui.engine.protocol import Message, ModelLoaded, Part, Progress, Request, Step, Whole
from briefing_tui.model import Article, Briefing, ModelInfo
from briefing_tui.settings import load_settings


def analyze_stream(
    article: Article, model_name: str | None = None, use_cache: bool = True
) -> Iterator[Progress]:
    """Analyse ``article`` step by step, yielding Progress as each stage completes.

    A cached result is yielded at once, as the only (done) step, without
    loading spaCy. Otherwise the analysis runs in a child process and this
    generator relays its results; long texts yield a partial Briefing after
    every chunk. Closing the generator stops the child. The final Briefing is
    written to the cache unless ``use_cache`` is False.
    """
    from briefing_tui.engine import cache

    if use_cache:
        cached = cache.cached_briefing(article, model_name)
        if cached is not None:
            yield Progress("done (cached)", 1.0, cached, done=True)
            return
    request = Request(article.text, model_name)
    if load_settings().analysis_in_process:
        from briefing_tui.engine.analyze import analysis_messages

        messages = analysis_messages(request)
    else:
        from briefing_tui.engine.child import messages_from_child

        messages = messages_from_child(request)
    final = yield from _progress_from(messages, article)
    if use_cache:
        cache.store(final)
    yield Progress("done", 1.0, final, done=True)


def _progress_from(messages: Iterator[Message], article: Article) -> Iterator[Progress]:
    """Turn analysis messages into Progress for ``article``; returns the final Briefing."""
    info: ModelInfo | None = None
    merger: BriefingMerger | None = None
    final = Briefing(article=article, analysis_version=ANALYSIS_VERSION)
    pending: Progress | None = None  # held back: the last one becomes the "done" step
    for message in messages:
        if pending is not None:
            yield pending
            pending = None
        match message:
            case Step(stage, fraction):
                yield Progress(stage, fraction)
            case ModelLoaded(model):
                info = model
                final.model = info
            case Whole(stage, fraction, briefing):
                briefing.article = article
                final = briefing
                pending = Progress(stage, fraction, final)
            case Part(stage, fraction, offset, part):
                merger = merger or BriefingMerger()
                merger.add(part, offset)
                final = merger.briefing(article, info)
                pending = Progress(stage, fraction, final)
    return final
