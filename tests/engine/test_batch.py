"""analyze_many: order, --jobs equivalence, long articles in a batch."""

from __future__ import annotations

from briefing_tui.engine.batch import analyze_many
from briefing_tui.model import Article
from briefing_tui.reading import article_from_text


def _without_timings(briefing) -> dict:
    data = briefing.to_json()
    data.pop("timings")
    return data


def _articles(sample_text: str) -> list[Article]:
    paragraphs = [p for p in sample_text.split("\n") if p.strip()]
    # Different lengths and contents, so a mix-up of order would show.
    return [article_from_text("\n".join(paragraphs[i:]), source=f"a{i}") for i in range(10)]


def test_order_is_kept(sample_text: str) -> None:
    articles = _articles(sample_text)
    results = list(analyze_many(articles, use_cache=False))
    assert [b.article.source for b in results] == [a.source for a in articles]
    assert [b.article.text for b in results] == [a.text for a in articles]


def test_jobs_give_the_same_results(sample_text: str) -> None:
    articles = _articles(sample_text)
    one = [_without_timings(b) for b in analyze_many(articles, jobs=1, use_cache=False)]
    two = [_without_timings(b) for b in analyze_many(articles, jobs=2, use_cache=False)]
    assert one == two


def test_order_is_kept_with_cache_hits_between_misses(sample_text: str) -> None:
    articles = _articles(sample_text)
    list(analyze_many(articles[::3]))  # cache every third
    results = list(analyze_many(articles, jobs=2))
    assert [b.article.source for b in results] == [a.source for a in articles]
    fresh = [_without_timings(b) for b in analyze_many(articles, use_cache=False)]
    assert [_without_timings(b) for b in results] == fresh


def test_long_article_in_a_batch_is_analysed_in_chunks(
    sample_text: str, medium_article: Article
) -> None:
    from briefing_tui.engine import nlp

    long_text = "\n\n".join([medium_article.text] * 5)
    assert len(long_text) > nlp.CHUNK_CHARS
    articles = [article_from_text(sample_text), article_from_text(long_text, source="long")]
    short, long = analyze_many(articles, use_cache=False)
    assert long.article.source == "long" and long.actors
    for actor in long.actors:
        for mention in actor.mentions:
            assert long_text[mention.start : mention.end] == mention.text
    assert short.actors


def test_empty_input_gives_nothing() -> None:
    assert list(analyze_many([])) == []
