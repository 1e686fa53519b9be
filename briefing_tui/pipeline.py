"""The pipeline: parse once, hand the same Doc to the actors, claims and questions modules."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims
from briefing_tui.analysis.questions import find_questions
from briefing_tui.model import Article, Briefing, ModelInfo

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Bumped whenever the analysis changes what it finds, so cached results are redone.
ANALYSIS_VERSION = "0.1.0"


def analyze_doc(doc: Doc, article: Article, model: ModelInfo | None = None) -> Briefing:
    """Run the three analysis modules over an already parsed Doc of ``article.text``."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    actors = find_actors(doc)
    timings["actors"] = time.perf_counter() - started
    started = time.perf_counter()
    claims = find_claims(doc, actors)
    timings["claims"] = time.perf_counter() - started
    started = time.perf_counter()
    questions = find_questions(doc, actors, claims)
    timings["questions"] = time.perf_counter() - started
    return Briefing(
        article=article,
        actors=actors,
        claims=claims,
        questions=questions,
        model=model,
        timings=timings,
        analysis_version=ANALYSIS_VERSION,
    )


def analyze(article: Article, nlp: Language | None = None, model_name: str | None = None) -> Briefing:
    """Parse ``article`` once and return its Briefing (loads the pipeline if not given)."""
    from briefing_tui.nlp import load_pipeline, model_info, parse

    started = time.perf_counter()
    if nlp is None:
        nlp = load_pipeline(model_name)
    loaded = time.perf_counter()
    doc = parse(nlp, article.text)
    parsed = time.perf_counter()
    briefing = analyze_doc(doc, article, ModelInfo(*model_info(nlp)))
    briefing.timings = {"load": loaded - started, "parse": parsed - loaded, **briefing.timings}
    return briefing


@dataclass(slots=True)
class Progress:
    """One step of a streamed analysis, for the app's progress display.

    ``briefing`` is None until something can be shown; it may be partial
    (actors only, say) before the final step, where ``done`` is True.
    """

    stage: str
    fraction: float
    briefing: Briefing | None = None
    done: bool = False


def analyze_stream(
    article: Article, model_name: str | None = None, use_cache: bool = True
) -> Iterator[Progress]:
    """Analyse ``article`` step by step, yielding Progress as each stage completes.

    The app runs this in a worker thread; spaCy is imported here, not before.
    """
    from briefing_tui.nlp import load_pipeline, model_info, parse

    yield Progress("loading language model", 0.05)
    started = time.perf_counter()
    nlp = load_pipeline(model_name)
    loaded = time.perf_counter()
    yield Progress("parsing the article", 0.3)
    doc = parse(nlp, article.text)
    parsed = time.perf_counter()
    info = ModelInfo(*model_info(nlp))
    timings = {"load": loaded - started, "parse": parsed - loaded}
    yield Progress("finding actors", 0.6)
    t0 = time.perf_counter()
    actors = find_actors(doc)
    timings["actors"] = time.perf_counter() - t0
    partial = Briefing(article=article, actors=actors, model=info, timings=dict(timings),
                       analysis_version=ANALYSIS_VERSION)
    yield Progress("finding claims", 0.75, partial)
    t0 = time.perf_counter()
    claims = find_claims(doc, actors)
    timings["claims"] = time.perf_counter() - t0
    partial = Briefing(article=article, actors=actors, claims=claims, model=info,
                       timings=dict(timings), analysis_version=ANALYSIS_VERSION)
    yield Progress("finding open questions", 0.9, partial)
    t0 = time.perf_counter()
    questions = find_questions(doc, actors, claims)
    timings["questions"] = time.perf_counter() - t0
    final = Briefing(article=article, actors=actors, claims=claims, questions=questions,
                     model=info, timings=timings, analysis_version=ANALYSIS_VERSION)
    yield Progress("done", 1.0, final, done=True)
