"""The pipeline: parse once, hand the same Doc to the actors, claims and questions modules.

Long texts (over ``nlp.CHUNK_CHARS``) are parsed and analysed chunk by chunk:
each chunk's findings are shifted to the article's offsets and merged into one
Briefing (actors by name), so memory stays bounded and the app can show
partial results as they come. Finished analyses go to the cache (``cache.py``);
a cache hit never imports spaCy.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from briefing_tui.model import Actor, Article, Briefing, Claim, Mention, ModelInfo, Question, Span
from briefing_tui.settings import load_settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def _analysis_fingerprint() -> str:
    """The package version plus a digest of the analysis code and lexicons.

    Any change to a rule or a lexicon changes the cache key, so a cached result
    is never served for an analysis that has since changed.
    """
    import hashlib
    from pathlib import Path

    from briefing_tui import __version__

    root = Path(__file__).resolve().parent.parent / "analysis"
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".txt", ".tsv", ".json"}:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


#: Changes whenever the analysis changes what it finds, so cached results are redone.
ANALYSIS_VERSION = _analysis_fingerprint()


def analyze_doc(doc: Doc, article: Article, model: ModelInfo | None = None) -> Briefing:
    """Run the three analysis modules over an already parsed Doc of ``article.text``."""
    final: Briefing | None = None
    for progress in _staged(doc, article, model, {}):
        final = progress.briefing or final
    assert final is not None  # _staged always ends with the whole Briefing
    return final


def analyze(
    article: Article, nlp: Language | None = None, model_name: str | None = None
) -> Briefing:
    """Parse ``article`` once and return its Briefing (loads the pipeline if not given).

    Long articles are analysed chunk by chunk, as ``analyze_stream`` does.
    """
    from briefing_tui.engine.nlp import CHUNK_CHARS, load_pipeline, model_info, parse

    started = time.perf_counter()
    if nlp is None:
        nlp = load_pipeline(model_name)
    loaded = time.perf_counter()
    info = ModelInfo(*model_info(nlp))
    if len(article.text) > CHUNK_CHARS:
        briefing = analyze_chunked(nlp, article, info)
        briefing.timings = {"load": loaded - started, **briefing.timings}
        return briefing
    doc = parse(nlp, article.text)
    parsed = time.perf_counter()
    briefing = analyze_doc(doc, article, info)
    briefing.timings = {"load": loaded - started, "parse": parsed - loaded, **briefing.timings}
    return briefing


# --- chunked analysis ---------------------------------------------------------------


def _shift(span: Span | None, offset: int) -> Span | None:
    return None if span is None else Span(span.start + offset, span.end + offset)


@dataclass(slots=True)
class BriefingMerger:
    """Accumulates per-chunk Briefings into one, in article offsets.

    Actors with the same name (case-insensitive) are one actor across chunks:
    their mentions are concatenated in text order and their saliences summed;
    ids are renumbered ``a1, a2, ...`` in order of first appearance, and the
    claims' and questions' references follow.
    """

    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    _by_name: dict[str, Actor] = field(default_factory=dict)

    def add(self, part: Briefing, offset: int) -> None:
        """Merge ``part``, whose offsets are relative to ``offset`` in the article."""
        actor_ids: dict[str, str] = {}
        for actor in part.actors:
            mentions = [
                Mention(m.start + offset, m.end + offset, m.text, m.kind) for m in actor.mentions
            ]
            key = actor.name.casefold()
            merged = self._by_name.get(key)
            if merged is None:
                merged = Actor(
                    id=f"a{len(self.actors) + 1}",
                    name=actor.name,
                    kind=actor.kind,
                    mentions=mentions,
                    aliases=list(actor.aliases),
                    salience=actor.salience,
                    role=actor.role,
                )
                self._by_name[key] = merged
                self.actors.append(merged)
            else:
                merged.mentions.extend(mentions)
                merged.aliases.extend(a for a in actor.aliases if a not in merged.aliases)
                merged.salience += actor.salience
                merged.role = merged.role or actor.role
            actor_ids[actor.id] = merged.id
        for actor in part.actors:
            merged = self._by_name[actor.name.casefold()]
            if merged.parent is None and actor.parent is not None:
                # A parent may be an actor id of this chunk (mapped) or a plain name (kept).
                merged.parent = actor_ids.get(actor.parent, actor.parent)
        claim_ids: dict[str, str] = {}
        for claim in part.claims:
            new_id = f"c{len(self.claims) + 1}"
            claim_ids[claim.id] = new_id
            self.claims.append(
                Claim(
                    id=new_id,
                    source=actor_ids.get(claim.source, claim.source) if claim.source else None,
                    source_text=claim.source_text,
                    source_span=_shift(claim.source_span, offset),
                    cue=claim.cue,
                    cue_span=_shift(claim.cue_span, offset),
                    content=Span(claim.content.start + offset, claim.content.end + offset),
                    kind=claim.kind,
                    stance=claim.stance,
                )
            )
        for question in part.questions:
            self.questions.append(
                Question(
                    id=f"q{len(self.questions) + 1}",
                    question=question.question,
                    kind=question.kind,
                    evidence=[Span(e.start + offset, e.end + offset) for e in question.evidence],
                    actors=list(dict.fromkeys(actor_ids.get(a, a) for a in question.actors)),
                    claims=[claim_ids.get(c, c) for c in question.claims],
                    score=question.score,
                )
            )
        for stage, seconds in part.timings.items():
            self.timings[stage] = self.timings.get(stage, 0.0) + seconds

    def briefing(self, article: Article, model: ModelInfo | None) -> Briefing:
        """The merged Briefing so far (its lists are copies; its Actors are shared)."""
        return Briefing(
            article=article,
            actors=list(self.actors),
            claims=list(self.claims),
            questions=list(self.questions),
            model=model,
            timings=dict(self.timings),
            analysis_version=ANALYSIS_VERSION,
        )


def iter_chunked(
    nlp: Language, article: Article, model: ModelInfo | None, limit: int | None = None
) -> Iterator[tuple[Briefing, float]]:
    """Parse and analyse ``article`` chunk by chunk, yielding ``(briefing so far, fraction)``.

    The last Briefing yielded (fraction 1.0) is the whole analysis. Only one
    chunk's Doc is alive at a time.
    """
    from briefing_tui.engine.nlp import STREAM_CHUNK_CHARS, iter_chunk_docs

    text = article.text
    merger = BriefingMerger()
    started = time.perf_counter()
    for offset, doc in iter_chunk_docs(nlp, text, limit or STREAM_CHUNK_CHARS, batch_size=1):
        parsed = time.perf_counter()
        chunk_article = Article(text=doc.text, source=article.source)
        part = analyze_doc(doc, chunk_article, model)
        part.timings = {"parse": parsed - started, **part.timings}
        merger.add(part, offset)
        end = offset + len(doc.text)
        del doc, part
        yield merger.briefing(article, model), (end / len(text) if text else 1.0)
        started = time.perf_counter()


def analyze_chunked(
    nlp: Language, article: Article, model: ModelInfo | None, limit: int | None = None
) -> Briefing:
    """The whole chunk-by-chunk analysis of ``article`` (the last step of ``iter_chunked``)."""
    briefing = Briefing(article=article, model=model, analysis_version=ANALYSIS_VERSION)
    for partial, _fraction in iter_chunked(nlp, article, model, limit):
        briefing = partial
    return briefing


# --- streaming, for the app ---------------------------------------------------------


@dataclass(slots=True)
class Progress:
    """One step of a streamed analysis, for the app's progress display.

    ``briefing`` is None until something can be shown; it may be partial
    (actors only, say, or the first chunks of a long text) before the final
    step, where ``done`` is True.
    """

    stage: str
    fraction: float
    briefing: Briefing | None = None
    done: bool = False


def cached_briefing(article: Article, model_name: str | None = None) -> Briefing | None:
    """The cached analysis of ``article``, if any; never imports spaCy."""
    from briefing_tui.engine import cache
    from briefing_tui.engine.nlp import installed_model_info

    found = installed_model_info(model_name)
    if found is None:
        return None
    return cache.load(article, ModelInfo(*found), ANALYSIS_VERSION)


def analyze_stream(
    article: Article, model_name: str | None = None, use_cache: bool = True
) -> Iterator[Progress]:
    """Analyse ``article`` step by step, yielding Progress as each stage completes.

    A cached result is yielded at once, as the only (done) step, without
    loading spaCy. Otherwise the parse and analysis run in a child process
    (spaCy's parser holds the GIL for seconds at a time, which would freeze
    the app's UI thread) and this generator relays their results; long texts
    yield a partial Briefing after every chunk. Closing the generator stops
    the child. The final Briefing is written to the cache unless ``use_cache``
    is False.
    """

    if use_cache:
        cached = cached_briefing(article, model_name)
        if cached is not None:
            yield Progress("done (cached)", 1.0, cached, done=True)
            return
    if load_settings().analysis_in_process:
        messages = _analysis_messages(article.text, model_name)
    else:
        messages = _messages_from_child(article.text, model_name)
    final = yield from _progress_from(messages, article)
    if use_cache:
        from briefing_tui.engine import cache

        cache.store(final)
    yield Progress("done", 1.0, final, done=True)


# Messages from the analysis (in a child process or not) to analyze_stream:
#   ("progress", stage, fraction)                   nothing new to show yet
#   ("model", ModelInfo)                            the pipeline is loaded
#   ("whole", stage, fraction, Briefing)            everything so far, offsets as in the text
#   ("part", stage, fraction, offset, Briefing)     one chunk's findings, offsets from `offset`
# Briefings travel without their article text (the receiver has it).
_NO_TEXT = Article(text="")


def _analysis_messages(text: str, model_name: str | None) -> Iterator[tuple]:
    """Load the pipeline, parse and analyse ``text``, describing each step as a message."""
    from briefing_tui.engine.nlp import (
        CHUNK_CHARS,
        FIRST_CHUNK_CHARS,
        STREAM_CHUNK_CHARS,
        iter_chunk_docs,
        load_pipeline,
        model_info,
        parse,
    )

    yield ("progress", "loading language model", 0.05)
    started = time.perf_counter()
    nlp = load_pipeline(model_name)
    loaded = time.perf_counter()
    info = ModelInfo(*model_info(nlp))
    yield ("model", info)
    load_timing = {"load": loaded - started}
    if len(text) > CHUNK_CHARS:
        started = time.perf_counter()
        chunks = iter_chunk_docs(
            nlp, text, STREAM_CHUNK_CHARS, batch_size=1, first_limit=FIRST_CHUNK_CHARS
        )
        for offset, doc in chunks:
            parsed = time.perf_counter()
            part = analyze_doc(doc, Article(text=doc.text), info)
            part.timings = {**load_timing, "parse": parsed - started, **part.timings}
            load_timing = {}
            part.article = _NO_TEXT
            fraction = (offset + len(doc.text)) / len(text)
            del doc
            yield ("part", f"analysing ({fraction:.0%})", 0.1 + 0.9 * fraction, offset, part)
            started = time.perf_counter()
        return
    yield ("progress", "parsing the article", 0.3)
    doc = parse(nlp, text)
    timings = {**load_timing, "parse": time.perf_counter() - loaded}
    for progress in _staged(doc, _NO_TEXT, info, timings):
        yield ("whole", progress.stage, progress.fraction, progress.briefing)


def _progress_from(messages: Iterator[tuple], article: Article) -> Iterator[Progress]:
    """Turn analysis messages into Progress for ``article``; returns the final Briefing."""
    info: ModelInfo | None = None
    merger: BriefingMerger | None = None
    final = Briefing(article=article, analysis_version=ANALYSIS_VERSION)
    pending: Progress | None = None  # held back: the last one becomes the "done" step
    for message in messages:
        if pending is not None:
            yield pending
            pending = None
        kind = message[0]
        if kind == "progress":
            yield Progress(message[1], message[2])
        elif kind == "model":
            info = message[1]
            final.model = info
        elif kind == "whole":
            _kind, stage, fraction, briefing = message
            if briefing is not None:
                briefing.article = article
                final = briefing
                pending = Progress(stage, fraction, final)
            else:
                yield Progress(stage, fraction)
        elif kind == "part":
            _kind, stage, fraction, offset, part = message
            merger = merger or BriefingMerger()
            merger.add(part, offset)
            final = merger.briefing(article, info)
            pending = Progress(stage, fraction, final)
    return final


def child_main() -> None:
    """Entry point of the analysis child process (``python -m briefing_tui.engine.pipeline``).

    Reads ``(text, model_name)`` pickled on stdin and writes each message pickled
    on stdout, then ``("end",)``, or ``("error", BriefingError)``.
    """
    import os
    import pickle
    import sys

    _exit_with_parent()
    _warm_up(sys.argv[1:])
    request = pickle.load(sys.stdin.buffer)
    # Messages go to a private copy of stdout; anything printed (warnings) goes nowhere,
    # so neither the protocol nor the parent's full-screen terminal is disturbed.
    channel = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    try:
        for message in _analysis_messages(*request):
            pickle.dump(message, channel, protocol=pickle.HIGHEST_PROTOCOL)
            channel.flush()
        pickle.dump(("end",), channel)
    except Exception as exc:
        from briefing_tui.errors import BriefingError

        if not isinstance(exc, BriefingError):
            exc = BriefingError(f"the analysis failed ({type(exc).__name__}: {str(exc)[:200]})")
        pickle.dump(("error", exc), channel)
    finally:
        channel.close()


def _warm_up(args: list[str]) -> None:
    """Load the pipeline and the analysis before the request arrives (see warm_child.py).

    A failure here is left for the request to meet again and report.
    """
    import contextlib
    import os

    model_name = args[args.index("--model") + 1] if "--model" in args[:-1] else None
    # Yield the CPU to the app painting the article; the parse waits for it anyway.
    with contextlib.suppress(AttributeError, OSError):
        os.nice(10)
    try:
        from briefing_tui.analysis import actors, claims, questions  # noqa: F401
        from briefing_tui.engine.nlp import load_pipeline

        load_pipeline(model_name)
    except Exception:
        return


def _exit_with_parent() -> None:
    """Have Linux stop this child when its parent goes (an app closed mid-analysis)."""
    import os
    import signal
    import sys

    if not sys.platform.startswith("linux"):
        return  # elsewhere the child stops at its next write to the closed pipe
    try:
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent went before prctl took effect
        sys.exit(0)


def _messages_from_child(text: str, model_name: str | None) -> Iterator[tuple]:
    """Run ``_analysis_messages`` in a child process and relay its messages.

    A plain subprocess rather than ``multiprocessing``: spawn would re-run the
    caller's ``__main__``, fork is unsafe in a process with threads (the app).
    The app starts it early (``warm_child.start_early``) so the model is loaded
    by the time the article is on screen.
    """
    import pickle

    from briefing_tui.engine import warm_child
    from briefing_tui.errors import BriefingError

    child = warm_child.take(model_name)
    assert child.stdin is not None and child.stdout is not None
    try:
        pickle.dump((text, model_name), child.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        child.stdin.close()
        while True:
            try:
                message = pickle.load(child.stdout)
            except (EOFError, pickle.UnpicklingError):
                raise BriefingError(
                    "the analysis process stopped unexpectedly (out of memory?); "
                    "try a shorter article"
                ) from None
            if message[0] == "end":
                return
            if message[0] == "error":
                raise message[1]
            yield message
    finally:
        child.stdout.close()
        if child.poll() is None:
            child.terminate()
        child.wait()


def _staged(
    doc: Doc, article: Article, info: ModelInfo | None, timings: dict[str, float]
) -> Iterator[Progress]:
    """The three analysis stages over one Doc, each yielding what is known so far."""
    # Imported here so that a cache hit, --help and the first paint never load them
    # (nor whatever they import).
    from briefing_tui.analysis.actors import find_actors
    from briefing_tui.analysis.claims import find_claims
    from briefing_tui.analysis.questions import find_questions

    yield Progress("finding actors", 0.6)
    t0 = time.perf_counter()
    actors = find_actors(doc)
    timings["actors"] = time.perf_counter() - t0
    partial = Briefing(
        article=article,
        actors=actors,
        model=info,
        timings=dict(timings),
        analysis_version=ANALYSIS_VERSION,
    )
    yield Progress("finding claims", 0.75, partial)
    t0 = time.perf_counter()
    claims = find_claims(doc, actors)
    timings["claims"] = time.perf_counter() - t0
    partial = replace(partial, claims=claims, timings=dict(timings))
    yield Progress("finding open questions", 0.9, partial)
    t0 = time.perf_counter()
    questions = find_questions(doc, actors, claims)
    timings["questions"] = time.perf_counter() - t0
    final = replace(partial, questions=questions, timings=timings)
    yield Progress("done", 1.0, final, done=True)


if __name__ == "__main__":
    child_main()
