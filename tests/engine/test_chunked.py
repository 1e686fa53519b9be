"""Chunk-by-chunk analysis of long texts: offsets in the article, actors merged by name."""

from __future__ import annotations

from briefing_tui.engine.analyze import analyze_chunked, analyze_doc, iter_chunked
from briefing_tui.engine.merge import BriefingMerger
from briefing_tui.engine.nlp import chunk_bounds, model_info
from briefing_tui.model import Article, Briefing, ModelInfo

LIMIT = 5_000


def _assert_spans_inside(briefing: Briefing) -> None:
    text = briefing.article.text
    for actor in briefing.actors:
        for mention in actor.mentions:
            assert 0 <= mention.start < mention.end <= len(text)
            assert text[mention.start : mention.end] == mention.text
    for claim in briefing.claims:
        assert 0 <= claim.content.start <= claim.content.end <= len(text)
        if claim.cue_span:
            assert text[claim.cue_span.start : claim.cue_span.end] == claim.cue
        if claim.source_span:
            assert text[claim.source_span.start : claim.source_span.end] == claim.source_text
    ids = {a.id for a in briefing.actors}
    claim_ids = {c.id for c in briefing.claims}
    assert all(c.source is None or c.source in ids for c in briefing.claims)
    for question in briefing.questions:
        assert set(question.actors) <= ids
        assert set(question.claims) <= claim_ids
        for span in question.evidence:
            assert 0 <= span.start <= span.end <= len(text)


def test_chunked_spans_are_inside_the_text(nlp, medium_article: Article) -> None:
    assert len(chunk_bounds(medium_article.text, LIMIT)) > 3
    briefing = analyze_chunked(nlp, medium_article, ModelInfo(*model_info(nlp)), LIMIT)
    _assert_spans_inside(briefing)
    assert briefing.article is medium_article
    assert [a.id for a in briefing.actors] == [f"a{i + 1}" for i in range(len(briefing.actors))]
    assert [c.id for c in briefing.claims] == [f"c{i + 1}" for i in range(len(briefing.claims))]
    starts = [m.start for a in briefing.actors for m in a.mentions]
    assert len(starts) == len(set(starts))  # no mention counted twice


def test_chunked_finds_the_same_actors_as_unchunked(nlp, medium_article: Article) -> None:
    whole = analyze_doc(nlp(medium_article.text), medium_article)
    chunked = analyze_chunked(nlp, medium_article, None, LIMIT)
    whole_names = {a.name.casefold() for a in whole.actors}
    chunked_names = {a.name.casefold() for a in chunked.actors}
    # Parses differ a little at chunk boundaries; the cast must be nearly the same.
    overlap = len(whole_names & chunked_names) / len(whole_names | chunked_names)
    assert overlap >= 0.8
    # Merged by name: one actor per name, however many chunks mention it.
    assert len(chunked_names) == len(chunked.actors)
    whole_mentions = sum(len(a.mentions) for a in whole.actors)
    chunked_mentions = sum(len(a.mentions) for a in chunked.actors)
    assert abs(whole_mentions - chunked_mentions) <= 0.1 * whole_mentions


def test_partial_briefings_grow_and_end_complete(nlp, medium_article: Article) -> None:
    steps = list(iter_chunked(nlp, medium_article, None, LIMIT))
    fractions = [fraction for _b, fraction in steps]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert len(steps) == len(chunk_bounds(medium_article.text, LIMIT))
    counts = [sum(len(a.mentions) for a in b.actors) for b, _f in steps]
    assert counts == sorted(counts)
    for briefing, _fraction in steps:
        _assert_spans_inside(briefing)


def test_merger_maps_ids_and_offsets() -> None:
    from briefing_tui.model import Actor, Claim, Mention, Question, Span

    def part(text_offset_name: str) -> Briefing:
        actor = Actor("a1", text_offset_name, "person", [Mention(0, 5, text_offset_name[:5])])
        other = Actor("a2", "Ministry", "organisation", [Mention(6, 14, "Ministry")], parent="a1")
        claim = Claim("c1", "a2", "Ministry", Span(6, 14), "said", Span(15, 19), Span(20, 30))
        question = Question("q1", "Will it?", "pending", [Span(0, 30)], ["a2", "a1"], ["c1"])
        return Briefing(Article(text="x" * 30), [actor, other], [claim], [question])

    merger = BriefingMerger()
    merger.add(part("Alice"), 0)
    merger.add(part("Bobby"), 100)
    merger.add(part("Alice"), 200)
    names = [(a.id, a.name) for a in merger.actors]
    assert names == [("a1", "Alice"), ("a2", "Ministry"), ("a3", "Bobby")]
    assert [m.start for m in merger.actors[0].mentions] == [0, 200]
    assert [m.start for m in merger.actors[1].mentions] == [6, 106, 206]
    assert merger.actors[1].parent == "a1"
    assert [c.id for c in merger.claims] == ["c1", "c2", "c3"]
    assert [c.source for c in merger.claims] == ["a2", "a2", "a2"]
    assert merger.claims[1].content == Span(120, 130)
    assert merger.questions[1].actors == ["a2", "a3"]
    assert merger.questions[2].claims == ["c3"]
    assert merger.questions[2].evidence == [Span(200, 230)]
