"""The analysis child started early: handed to the analysis once, stopped when unused."""

from __future__ import annotations

from briefing_tui.engine import warm_child
from briefing_tui.engine.pipeline import analyze_stream
from briefing_tui.reading import article_from_text


def test_a_child_started_early_is_the_one_the_analysis_uses() -> None:
    warm_child.start_early(None)
    waiting = warm_child._waiting[None]
    warm_child.start_early(None)  # a second call starts nothing new
    assert warm_child._waiting[None] is waiting

    article = article_from_text("The mayor said the bridge would reopen in May.\n")
    final = list(analyze_stream(article, use_cache=False))[-1]

    assert final.done and final.briefing is not None
    assert final.briefing.claims, "the early child analysed the article"
    assert None not in warm_child._waiting
    assert waiting.poll() is not None, "the child ended with its analysis"


def test_discard_stops_a_waiting_child() -> None:
    warm_child.start_early(None)
    waiting = warm_child._waiting[None]

    warm_child.discard()

    assert waiting.poll() is not None
    assert not warm_child._waiting


def test_a_dead_early_child_is_replaced() -> None:
    warm_child.start_early(None)
    dead = warm_child._waiting[None]
    dead.kill()
    dead.wait()

    child = warm_child.take(None)
    try:
        assert child is not dead and child.poll() is None
    finally:
        child.kill()
        child.wait()
        for stream in (child.stdin, child.stdout):
            stream.close()
