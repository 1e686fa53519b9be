"""Analysing the articles of a dossier with one model load, then reading them together.

``analyze_dossier`` is the command line's (in this process). The app's is a
``DossierAnalysis``: each article is read from the per-article cache if it is
there, the others are analysed in the analysis child process (``child.py``,
one model load for all of them) so that the app's UI keeps the interpreter,
and every article reports when it is ready (``DossierStep``).
"""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from briefing_tui.errors import BriefingError
from briefing_tui.model import Article, Briefing

if TYPE_CHECKING:  # the app imports this module before its first paint
    from briefing_tui.analysis.dossier.model import Dossier
    from briefing_tui.engine.protocol import Message


def analyze_dossier(
    articles: Sequence[Article],
    model_name: str | None = None,
    jobs: int = 1,
    use_cache: bool = True,
) -> Dossier:
    """The dossier of these articles: each analysed (or read from the cache) once, in order."""
    from briefing_tui.analysis.dossier.build import build_dossier
    from briefing_tui.engine.batch import analyze_many

    briefings = list(analyze_many(articles, model_name=model_name, jobs=jobs, use_cache=use_cache))
    return build_dossier(briefings)


#: An article's state in a dossier's analysis.
WAITING, CACHED, PARSING, ANALYSED = "waiting", "cached", "parsing", "analysed"


@dataclass(frozen=True, slots=True)
class DossierStep:
    """One step of a dossier's analysis: what is happening, and which article it concerns."""

    stage: str
    #: The articles (their indices) whose state changed to ``status``, if any.
    articles: tuple[int, ...] = ()
    status: str = ""
    #: Articles ready so far (cached or analysed), of ``total``.
    ready: int = 0
    total: int = 0
    #: The dossier, on the last step.
    dossier: Dossier | None = None


class DossierAnalysis:
    """A dossier's analysis for the app: cached articles read, the others analysed in the
    analysis child; ``steps`` reports each article as it is ready, ``cancel`` stops it."""

    def __init__(
        self, articles: Sequence[Article], model_name: str | None = None, use_cache: bool = True
    ) -> None:
        self.articles = list(articles)
        self.model_name = model_name
        self.use_cache = use_cache
        self._lock = threading.Lock()
        self._child: subprocess.Popen[bytes] | None = None
        self._cancelled = threading.Event()

    def steps(self) -> Iterator[DossierStep]:
        """The analysis step by step; the last step holds the dossier.

        The child's error (a BriefingError) is raised here; after ``cancel`` it stops.
        """
        from briefing_tui.engine import cache

        total = len(self.articles)
        briefings: list[Briefing | None] = [None] * total
        ready = 0
        if self.use_cache:
            for index, article in enumerate(self.articles):
                try:
                    briefings[index] = cache.cached_briefing(article, self.model_name)
                except Exception:  # a broken entry costs its analysis, which repairs it
                    briefings[index] = None
                if briefings[index] is not None:
                    ready += 1
                    yield DossierStep("read from the cache", (index,), CACHED, ready, total)
        todo = [i for i, b in enumerate(briefings) if b is None]
        if todo and not self._cancelled.is_set():
            yield DossierStep(f"analysing {len(todo)} of {total}", (), "", ready, total)
            try:
                for message in self._messages([self.articles[i] for i in todo]):
                    if self._cancelled.is_set():
                        return
                    step = self._step(message, todo, briefings, ready, total)
                    if step is not None:
                        ready = step.ready
                        yield step
            except BriefingError:
                if self._cancelled.is_set():
                    return  # the child was stopped by ``cancel``
                raise
        if self._cancelled.is_set():
            return
        from briefing_tui.analysis.dossier.build import build_dossier

        yield DossierStep("reading the articles together", (), "", ready, total)
        done = [b for b in briefings if b is not None]
        yield DossierStep("done", (), "", ready, total, build_dossier(done))

    def _step(
        self,
        message: Message,
        todo: list[int],
        briefings: list[Briefing | None],
        ready: int,
        total: int,
    ) -> DossierStep | None:
        """What a message of the child means for the dossier (and the cache)."""
        from briefing_tui.engine import cache
        from briefing_tui.engine.protocol import Analysed, Parsing, Step

        match message:
            case Step(stage, _fraction):
                return DossierStep(stage, (), "", ready, total)
            case Parsing(indices):
                batch = tuple(todo[i] for i in indices)
                return DossierStep(f"parsing {len(batch)}", batch, PARSING, ready, total)
            case Analysed(local, briefing):
                index = todo[local]
                briefing = replace(briefing, article=self.articles[index])
                briefings[index] = briefing
                if self.use_cache:
                    cache.store(briefing)
                return DossierStep(f"analysed [{index + 1}]", (index,), ANALYSED, ready + 1, total)
        return None

    def _messages(self, articles: list[Article]) -> Iterator[Message]:
        from briefing_tui.engine.protocol import BatchRequest
        from briefing_tui.settings import load_settings

        request = BatchRequest(articles, self.model_name)
        if load_settings().analysis_in_process:
            from briefing_tui.engine.batch import batch_messages

            yield from batch_messages(request)
            return
        from briefing_tui.engine import child

        # At the app's priority: the dossier's screen is painted before the child starts
        # and needs little CPU, while the articles' analysis is the wait the reader sees
        # (at ``nice 10``, as for one article, it took up to 1.6x as long on a busy machine).
        stream = child.messages_from_child(request, started=self._started, nice=False)
        try:
            yield from stream
        finally:
            stream.close()

    def _started(self, process: subprocess.Popen[bytes]) -> None:
        with self._lock:
            self._child = process
        if self._cancelled.is_set():
            self._stop_child()

    def cancel(self) -> None:
        """Stop the analysis: its child is ended, and ``steps`` stops at its next step."""
        self._cancelled.set()
        self._stop_child()

    def _stop_child(self) -> None:
        with self._lock:
            process = self._child
        if process is not None and process.poll() is None:
            process.terminate()

    @property
    def cancelled(self) -> bool:
        """Whether ``cancel`` was called."""
        return self._cancelled.is_set()
