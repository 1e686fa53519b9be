"""The pipeline: parse once, hand the same Doc to the actors, claims and questions modules."""

from __future__ import annotations

import time
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
