"""The analysis: parse once, hand the same Doc to the actors, claims and questions modules.

Long texts (over ``nlp.CHUNK_CHARS``) are parsed and analysed chunk by chunk,
their findings merged into one Briefing (``merge.py``), so memory stays bounded
and the app can show partial results as they come. ``analysis_messages``
describes each step for the app side (``protocol.py``); it runs in the analysis
child process (``child.py``).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing_tui.engine.fingerprint import ANALYSIS_VERSION
from briefing_tui.engine.merge import BriefingMerger
from briefing_tui.engine.progress import Progress
from briefing_tui.engine.protocol import Message, ModelLoaded, Part, Request, Step, Whole
from briefing_tui.model import Actor, Article, Briefing, Claim, ModelInfo

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


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

    Long articles are analysed chunk by chunk, as the app's analysis does.
    """
    from briefing_tui.engine.nlp import CHUNK_CHARS, load_pipeline, model_info, parse

    started = time.perf_counter()
    if nlp is None:
        nlp = load_pipeline(model_name, prime=False)
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


#: The article of a Briefing sent to the app side, which has the text.
_NO_TEXT = Article(text="")


def analysis_messages(request: Request) -> Iterator[Message]:
    """Load the pipeline, parse and analyse the requested text, describing each step."""
    from briefing_tui.engine.nlp import (
        CHUNK_CHARS,
        FIRST_CHUNK_CHARS,
        STREAM_CHUNK_CHARS,
        iter_chunk_docs,
        load_pipeline,
        model_info,
        parse,
    )

    text = request.text
    yield Step("loading language model", 0.05)
    started = time.perf_counter()
    nlp = load_pipeline(request.model_name, prime=False)
    loaded = time.perf_counter()
    info = ModelInfo(*model_info(nlp))
    yield ModelLoaded(info)
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
            yield Part(f"analysing ({fraction:.0%})", 0.1 + 0.9 * fraction, offset, part)
            started = time.perf_counter()
        return
    yield Step("parsing the article", 0.3)
    doc = parse(nlp, text)
    timings = {**load_timing, "parse": time.perf_counter() - loaded}
    # The title and paragraphs: no claim is read in the headline, as ``analyze`` does.
    article = Article(text=text, title=request.title, paragraphs=list(request.paragraphs))
    for progress in _staged(doc, article, info, timings):
        if progress.briefing is None:
            yield Step(progress.stage, progress.fraction)
        else:
            sent = replace(progress.briefing, article=_NO_TEXT)
            yield Whole(progress.stage, progress.fraction, sent)


def _outside_headline(claims: list[Claim], article: Article) -> list[Claim]:
    """The claims not made in the headline: "Reports: X" or "Minister says X" above the
    article is a summary of what the body attributes, not a claim of its own.

    The claims left are numbered again from c1.
    """
    headline = article.title_line()
    if headline is None:
        return claims
    kept = [c for c in claims if not headline.start <= c.content.start < headline.end]
    if len(kept) == len(claims):
        return claims
    return [replace(c, id=f"c{n}") for n, c in enumerate(kept, start=1)]


def _staged(
    doc: Doc, article: Article, info: ModelInfo | None, timings: dict[str, float]
) -> Iterator[Progress]:
    """The three analysis stages over one Doc, each yielding what is known so far."""
    # Imported here so that a cache hit, --help and the first paint never load them
    # (nor whatever they import).
    from briefing_tui.analysis.actors import find_actors, inside_names
    from briefing_tui.analysis.claims import adopt_speakers, find_claims
    from briefing_tui.analysis.questions import find_question_sets

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
    claims = _outside_headline(find_claims(doc, actors), article)
    adopt_speakers(doc, actors, claims)  # speakers the actors missed, made actors
    timings["claims"] = time.perf_counter() - t0
    _sources_act(actors, claims)
    partial = replace(partial, claims=claims, timings=dict(timings))
    yield Progress("finding open questions", 0.9, partial)
    t0 = time.perf_counter()
    questions, held_back = find_question_sets(doc, actors, claims_for_questions(doc, claims))
    timings["questions"] = time.perf_counter() - t0
    final = replace(
        partial,
        questions=questions,
        held_back_questions=held_back,
        inside_names=inside_names(doc, actors),
        timings=timings,
    )
    yield Progress("done", 1.0, final, done=True)


def claims_for_questions(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims the questions analysis reads: all but a denial that only points back
    ("rejected that account"), which it reads from its own parse, paired with the account
    it answers."""
    from briefing_tui.analysis.claims.denials import only_points_back

    return [claim for claim in claims if not only_points_back(doc, claim)]


def _sources_act(actors: list[Actor], claims: list[Claim]) -> None:
    """A place that is a claim's source acts: it is no longer only where things happen."""
    sources = {claim.source for claim in claims if claim.source is not None}
    for actor in actors:
        if actor.located_only and actor.id in sources:
            actor.located_only = False
