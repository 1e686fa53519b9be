"""The analysis child started early: handed to the analysis once, stopped when unused."""

from __future__ import annotations

from briefing_tui.engine import child
from briefing_tui.engine.session import analyze_stream
from briefing_tui.reading import article_from_text


def test_a_child_started_early_is_the_one_the_analysis_uses() -> None:
    child.start_early(None)
    waiting = child._waiting[None]
    child.start_early(None)  # a second call starts nothing new
    assert child._waiting[None] is waiting

    article = article_from_text("The mayor said the bridge would reopen in May.\n")
    final = list(analyze_stream(article, use_cache=False))[-1]

    assert final.done and final.briefing is not None
    assert final.briefing.claims, "the early child analysed the article"
    assert None not in child._waiting
    assert waiting.poll() is not None, "the child ended with its analysis"


def test_discard_stops_a_waiting_child() -> None:
    child.start_early(None)
    waiting = child._waiting[None]

    child.discard()

    assert waiting.poll() is not None
    assert not child._waiting


def test_a_dead_early_child_is_replaced() -> None:
    child.start_early(None)
    dead = child._waiting[None]
    dead.kill()
    dead.wait()

    taken = child.take(None)
    try:
        assert taken is not dead and taken.poll() is None
    finally:
        taken.kill()
        taken.wait()
        for stream in (taken.stdin, taken.stdout):
            stream.close()
