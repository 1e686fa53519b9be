"""Analysing many articles with one model load and batched parsing.

Cached articles are answered from the cache without loading spaCy; the others
are parsed with ``nlp.pipe`` in batches (long ones chunk by chunk), in this
process or, with ``jobs > 1``, in a pool of worker processes that each load
the model once. Results come back in the order the articles were given.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from briefing_tui.model import Article, Briefing, ModelInfo

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult, Pool

    from spacy.language import Language

    from briefing_tui.engine.protocol import BatchRequest, Message

#: Articles parsed together by ``nlp.pipe``; also the unit of work sent to a worker.
BATCH_SIZE = 8


def analyze_many(
    articles: Sequence[Article],
    model_name: str | None = None,
    jobs: int = 1,
    use_cache: bool = True,
) -> Iterator[Briefing]:
    """Yield the Briefing of each article, in order; the pipeline loads at most once per process."""
    if not articles:
        return
    from briefing_tui.engine.cache import cached_briefing

    cached: list[Briefing | None] = [None] * len(articles)
    if use_cache:
        cached = [cached_briefing(article, model_name) for article in articles]
    to_analyse = [article for article, hit in zip(articles, cached, strict=True) if hit is None]
    fresh = _analyse(to_analyse, model_name, jobs) if to_analyse else iter(())
    for hit in cached:
        if hit is not None:
            yield hit
            continue
        briefing = next(fresh)
        if use_cache:
            from briefing_tui.engine import cache

            cache.store(briefing)
        yield briefing


def _analyse(articles: list[Article], model_name: str | None, jobs: int) -> Iterator[Briefing]:
    batches = [articles[i : i + BATCH_SIZE] for i in range(0, len(articles), BATCH_SIZE)]
    jobs = max(1, min(jobs, len(batches)))
    if jobs == 1:
        from briefing_tui.engine.nlp import load_pipeline, model_info

        nlp = load_pipeline(model_name, prime=False)
        info = ModelInfo(*model_info(nlp))
        for batch in batches:
            yield from _analyse_batch(nlp, info, batch)
        return
    yield from _analyse_in_pool(batches, model_name, jobs)


def _analyse_batch(nlp: Language, info: ModelInfo, articles: list[Article]) -> Iterator[Briefing]:
    """Short articles through one ``nlp.pipe`` call; long ones chunk by chunk, in order."""
    from briefing_tui.engine.analyze import analyze_chunked, analyze_doc
    from briefing_tui.engine.nlp import CHUNK_CHARS

    short = [a for a in articles if len(a.text) <= CHUNK_CHARS]
    docs = nlp.pipe((a.text for a in short), batch_size=BATCH_SIZE)
    started = time.perf_counter()
    for article in articles:
        if len(article.text) > CHUNK_CHARS:
            briefing = analyze_chunked(nlp, article, info)
        else:
            doc = next(docs)
            parsed = time.perf_counter()
            briefing = analyze_doc(doc, article, info)
            briefing.timings = {"parse": parsed - started, **briefing.timings}
        started = time.perf_counter()
        yield briefing


def batch_messages(request: BatchRequest) -> Iterator[Message]:
    """Analyse the request's articles in order, as ``analyze_many`` does (one model load,
    the same batches), describing each step: which articles are being parsed, then each
    article's analysis (sent without its text) as soon as it is done."""
    from dataclasses import replace

    from briefing_tui.engine.nlp import load_pipeline, model_info
    from briefing_tui.engine.protocol import Analysed, ModelLoaded, Parsing, Step

    yield Step("loading language model", 0.05)
    nlp = load_pipeline(request.model_name, prime=False)
    info = ModelInfo(*model_info(nlp))
    yield ModelLoaded(info)
    articles = request.articles
    no_text = Article(text="")
    for start in range(0, len(articles), BATCH_SIZE):
        batch = articles[start : start + BATCH_SIZE]
        yield Parsing(list(range(start, start + len(batch))))
        for offset, briefing in enumerate(_analyse_batch(nlp, info, batch)):
            yield Analysed(start + offset, replace(briefing, article=no_text))


# --- worker processes ---------------------------------------------------------------

_worker_nlp: Language | None = None
_worker_info: ModelInfo | None = None
_worker_error: Exception | None = None
_worker_batches: list[list[Article]] = []


#: The signals that stop a run: held back while the pool forks, so that no worker
#: starts with the parent's handlers (see ``_analyse_in_pool``).
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _init_worker(model_name: str | None, batches: list[list[Article]]) -> None:
    global _worker_nlp, _worker_info, _worker_error, _worker_batches
    from briefing_tui.engine.nlp import load_pipeline, model_info

    # Ctrl+C reaches the whole process group: the parent alone answers it (and
    # terminates the pool), so a worker prints no traceback of its own. SIGTERM,
    # which the pool's terminate() sends, must kill the worker as by default.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
    _worker_batches = batches

    # An initializer that raises makes the pool respawn workers forever; keep the
    # error and raise it from the first task instead, which reaches the caller.
    try:
        _worker_nlp = load_pipeline(model_name, prime=False)
        _worker_info = ModelInfo(*model_info(_worker_nlp))
    except Exception as exc:
        _worker_error = exc


def _work(index: int) -> list[Briefing]:
    """The Briefings of batch ``index`` (the worker has the batches from its start)."""
    if _worker_error is not None:
        raise _worker_error
    assert _worker_nlp is not None and _worker_info is not None
    return list(_analyse_batch(_worker_nlp, _worker_info, _worker_batches[index]))


def _analyse_in_pool(
    batches: list[list[Article]], model_name: str | None, jobs: int
) -> Iterator[Briefing]:
    import multiprocessing

    from briefing_tui.engine.nlp import installed_model

    if installed_model(model_name) is None:  # fail in this process, with the install hint
        from briefing_tui.engine.nlp import load_pipeline

        load_pipeline(model_name)
    try:
        # Forked workers inherit the imported modules (spaCy, the analysis), so each
        # only pays for loading the model itself.
        context = multiprocessing.get_context("fork")
        from briefing_tui.engine.spacy_import import import_spacy

        import_spacy()
        import briefing_tui.analysis.actors.find
        import briefing_tui.analysis.claims.find
        import briefing_tui.analysis.questions.find  # noqa: F401
    except ValueError:
        context = multiprocessing.get_context("spawn")
    # SIGINT and SIGTERM wait while the pool forks (a worker starts with them held
    # until ``_init_worker`` has set its own handlers) and until the pool is guarded:
    # a pending one then arrives where ``with pool`` terminates the workers, so
    # none is orphaned and none prints a traceback.
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        pool = context.Pool(jobs, initializer=_init_worker, initargs=(model_name, batches))
        with pool, _sigterm_exits():
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
            yield from _in_order(pool, len(batches), jobs)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _in_order(pool: Pool, count: int, jobs: int) -> Iterator[Briefing]:
    """The results of batches ``0..count-1``, in order, with few tasks queued at a time.

    Tasks are batch numbers (the workers got the articles when they started) and
    at most two per worker wait in the pool's pipe: the pool's terminate() hangs
    for ever on a task handler blocked writing into a full pipe that dead workers
    no longer read, which big or many queued tasks would cause.
    """
    from collections import deque

    waiting: deque[AsyncResult[list[Briefing]]] = deque()
    sent = 0
    while waiting or sent < count:
        while sent < count and len(waiting) < 2 * jobs:
            waiting.append(pool.apply_async(_work, (sent,)))
            sent += 1
        yield from waiting.popleft().get()


@contextmanager
def _sigterm_exits() -> Iterator[None]:
    """Have SIGTERM leave by SystemExit(143) meanwhile, so cleanup runs (the default
    action would end this process at once and leave the workers running)."""

    def leave(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, leave)
    except ValueError:  # not the main thread: signals are the main thread's to handle
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
