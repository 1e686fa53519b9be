"""The app's analysis of one article: from the cache, or streamed from the analysis child.

An ``AnalysisSession`` looks the cache up once: a cached result is shown at
once, without loading spaCy. Otherwise the parse and analysis run in a child
process (``child.py``) whose messages (``protocol.py``) become Progress for the
app; long texts give a partial Briefing after every chunk. What only the
analysis needs is imported when it starts, so a cache hit stays a file read.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from briefing_tui.engine import cache
from briefing_tui.engine.fingerprint import ANALYSIS_VERSION
from briefing_tui.engine.progress import Progress
from briefing_tui.model import Article, Briefing, ModelInfo
from briefing_tui.settings import load_settings

if TYPE_CHECKING:
    from briefing_tui.engine.merge import BriefingMerger
    from briefing_tui.engine.protocol import Message


class AnalysisSession:
    """The analysis of one article for the app: the cache looked up once, else the child's.

    ``start`` looks the cache up at once and, on a miss, has the analysis child
    load spaCy meanwhile (the command line does this before importing the UI);
    ``progress`` streams the analysis and ``cancel`` stops it.
    """

    def __init__(self, article: Article, model_name: str | None = None, use_cache: bool = True):
        """A session that has not looked at the cache yet (``use_cache`` False: nor will it)."""
        self.article = article
        self.model_name = model_name
        self.use_cache = use_cache
        self._lookup_lock = threading.Lock()
        self._looked_up = not use_cache
        self._cached: Briefing | None = None
        self._started_child = False
        self._cancelled = threading.Event()

    @classmethod
    def start(
        cls, article: Article, model_name: str | None = None, use_cache: bool = True
    ) -> AnalysisSession:
        """A session whose cache lookup is done and, on a miss, whose child is loading spaCy."""
        session = cls(article, model_name, use_cache)
        if session.cached() is None:
            from briefing_tui.engine import child

            child.start_early(model_name)
            session._started_child = True
        return session

    @property
    def looked_up(self) -> bool:
        """Whether the cache was looked up (or is not used): ``cached`` answers at once."""
        return self._looked_up

    def cached(self) -> Briefing | None:
        """The article's analysis from the cache, or None; the first call looks, once."""
        with self._lookup_lock:
            if not self._looked_up:
                try:
                    self._cached = cache.cached_briefing(self.article, self.model_name)
                except Exception:  # a broken cache only costs the analysis, which repairs it
                    self._cached = None
                self._looked_up = True
            return self._cached

    def progress(self) -> Iterator[Progress]:
        """The analysis step by step; the cached result is the only (done) step.

        After ``cancel`` it stops at the next step; closing it stops the child.
        """
        cached = self.cached()
        if cached is not None:
            yield Progress("done (cached)", 1.0, cached, done=True)
            return
        stream = analyze_stream(self.article, self.model_name, self.use_cache)
        try:
            for step in stream:
                if self._cancelled.is_set():
                    return
                yield step
        finally:
            stream.close()

    def cancel(self) -> None:
        """Stop the analysis at its next step, and a child started early that it did not take."""
        self._cancelled.set()
        if self._started_child:
            from briefing_tui.engine import child

            child.discard()


def analyze_stream(
    article: Article, model_name: str | None = None, use_cache: bool = True
) -> Iterator[Progress]:
    """Analyse ``article`` step by step, yielding Progress as each stage completes.

    The analysis runs in a child process and this generator relays its results;
    long texts yield a partial Briefing after every chunk. Closing the generator
    stops the child. The final Briefing is written to the cache unless
    ``use_cache`` is False (the cache is looked at by ``AnalysisSession``), after the
    "done" step is yielded: the panes are filled without waiting for the write (two
    fsyncs), which the generator does when it is asked for the step after "done".
    """
    from briefing_tui.engine.protocol import Request

    request = Request(article.text, model_name, article.title, tuple(article.paragraphs))
    if load_settings().analysis_in_process:
        from briefing_tui.engine.analyze import analysis_messages

        messages = analysis_messages(request)
    else:
        from briefing_tui.engine import child

        messages = child.messages_from_child(request)
    final = yield from _progress_from(messages, article)
    yield Progress("done", 1.0, final, done=True)
    if use_cache:
        cache.store(final)


def _progress_from(messages: Iterator[Message], article: Article) -> Iterator[Progress]:
    """Turn analysis messages into Progress for ``article``; returns the final Briefing."""
    from briefing_tui.engine.merge import BriefingMerger
    from briefing_tui.engine.protocol import ModelLoaded, Part, Step, Whole

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
