"""analyze_stream: the analysis runs in a child process and streams partial results."""

from __future__ import annotations

import subprocess
from itertools import pairwise

import pytest

from briefing_tui.engine.nlp import CHUNK_CHARS, chunk_bounds
from briefing_tui.engine.session import analyze_stream
from briefing_tui.errors import ModelError
from briefing_tui.model import Article
from briefing_tui.reading import article_from_text


def test_chunk_bounds_cover_the_text_with_a_small_first_chunk(medium_article: Article) -> None:
    text = medium_article.text
    for first in (None, 1_000):
        bounds = chunk_bounds(text, 5_000, first)
        assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
        assert all(prev[1] == nxt[0] for prev, nxt in pairwise(bounds))
        assert all(0 < end - start <= 5_000 for start, end in bounds)
    assert chunk_bounds(text, 5_000, 1_000)[0][1] <= 1_000
    assert chunk_bounds("short", 5_000, 1_000) == [(0, 5)]


def test_short_article_streams_stages(sample_text: str) -> None:
    steps = list(analyze_stream(article_from_text(sample_text), use_cache=False))
    assert steps[-1].done and all(not s.done for s in steps[:-1])
    fractions = [s.fraction for s in steps]
    assert fractions == sorted(fractions)
    final = steps[-1].briefing
    assert final is not None and final.actors and final.model is not None
    assert final.article.text == sample_text


def test_long_article_streams_partial_briefings(medium_article: Article) -> None:
    text = "\n\n".join([medium_article.text] * 5)
    assert len(text) > CHUNK_CHARS
    article = article_from_text(text, source="long")
    steps = list(analyze_stream(article, use_cache=False))
    partials = [s for s in steps if s.briefing is not None and not s.done]
    assert len(partials) >= 3
    counts = [sum(len(a.mentions) for a in s.briefing.actors) for s in partials]
    assert counts == sorted(counts)
    final = steps[-1].briefing
    assert final is not None and final.article is article
    names = [a.name.casefold() for a in final.actors]
    assert len(names) == len(set(names))  # merged by name across chunks
    for actor in final.actors:
        for mention in actor.mentions:
            assert text[mention.start : mention.end] == mention.text


def test_closing_the_stream_stops_the_child(
    sample_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    children: list[subprocess.Popen] = []
    real_popen = subprocess.Popen

    def recording_popen(*args, **kwargs):
        child = real_popen(*args, **kwargs)
        children.append(child)
        return child

    monkeypatch.setattr(subprocess, "Popen", recording_popen)
    stream = analyze_stream(article_from_text(sample_text), use_cache=False)
    first = next(stream)
    assert first.briefing is None
    stream.close()
    (child,) = children
    assert child.poll() is not None


def test_errors_in_the_child_reach_the_caller(sample_text: str) -> None:
    with pytest.raises(ModelError, match="not installed"):
        list(analyze_stream(article_from_text(sample_text), "no_such_model_xyz", use_cache=False))
