"""The app's dossier analysis: cached articles read here, the others analysed in the analysis
child process (one model load), each reported as it is ready, the cache filled."""

from __future__ import annotations

import os

import pytest

from briefing_tui.engine import child
from briefing_tui.engine.batch import batch_messages
from briefing_tui.engine.dossier import (
    ANALYSED,
    CACHED,
    PARSING,
    DossierAnalysis,
    analyze_dossier,
)
from briefing_tui.engine.protocol import Analysed, BatchRequest, ModelLoaded, Parsing
from briefing_tui.reading import article_from_text

FIRST = (
    "Harbour vote delayed\n\n"
    "The council of Eastvale delayed the harbour vote on Monday. "
    '"We will not rush this," said Nadia Flores, the mayor.\n'
)
SECOND = (
    "Harbour plan approved\n\n"
    "The council approved the harbour plan on Friday. "
    '"We will not rush this," Nadia Flores told reporters.\n'
)
THIRD = "Ferry resumes\n\nThe Eastvale ferry resumed on Saturday, the port said.\n"


def _articles(*texts: str):
    return [article_from_text(t, source=f"a{n}.txt") for n, t in enumerate(texts)]


def test_uncached_articles_are_analysed_in_the_child_and_reported_one_by_one() -> None:
    articles = _articles(FIRST, SECOND)
    analysis = DossierAnalysis(articles)
    steps = list(analysis.steps())

    assert analysis._child is not None and analysis._child.pid != os.getpid()
    assert analysis._child.poll() is not None, "the child ended with the analysis"
    parsing = [s for s in steps if s.status == PARSING]
    assert parsing and set(parsing[0].articles) == {0, 1}
    analysed = [s for s in steps if s.status == ANALYSED]
    assert [s.articles for s in analysed] == [(0,), (1,)]
    assert [s.ready for s in analysed] == [1, 2] and all(s.total == 2 for s in steps)
    dossier = steps[-1].dossier
    assert dossier is not None and [b.article for b in dossier.briefings] == articles
    # The same dossier as the command line's (analysed in this process), timings aside.
    assert _untimed(analyze_dossier(articles, use_cache=False).to_json()) == _untimed(
        dossier.to_json()
    )


def _untimed(value):
    if isinstance(value, dict):
        return {k: _untimed(v) for k, v in value.items() if k != "timings"}
    if isinstance(value, list):
        return [_untimed(v) for v in value]
    return value


def test_cached_articles_are_read_here_and_only_the_others_go_to_the_child(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second, third = _articles(FIRST, SECOND, THIRD)
    list(DossierAnalysis([first, third]).steps())  # fills the cache for these two
    sent: list[BatchRequest] = []
    relay = child.messages_from_child

    def spy(request, **options):
        sent.append(request)
        return relay(request, **options)

    monkeypatch.setattr(child, "messages_from_child", spy)
    steps = list(DossierAnalysis([first, second, third]).steps())

    assert [s.articles for s in steps if s.status == CACHED] == [(0,), (2,)]
    assert [s.articles for s in steps if s.status == ANALYSED] == [(1,)]
    assert len(sent) == 1 and [a.text for a in sent[0].articles] == [SECOND]
    assert steps[-1].dossier is not None and len(steps[-1].dossier.briefings) == 3

    sent.clear()
    again = list(DossierAnalysis([first, second, third]).steps())
    assert not sent, "a dossier whose articles are all cached starts no child"
    assert [s.status for s in again if s.articles] == [CACHED, CACHED, CACHED]


def test_the_dossiers_child_runs_at_the_apps_priority() -> None:
    """Not at ``nice 10`` as one article's early child: the reader waits for it."""
    analysis = DossierAnalysis(_articles(FIRST, SECOND))
    steps = analysis.steps()
    try:
        for step in steps:
            if step.status == PARSING:  # the child is running its request
                break
        process = analysis._child
        assert process is not None and process.poll() is None
        assert os.getpriority(os.PRIO_PROCESS, process.pid) == os.getpriority(os.PRIO_PROCESS, 0)
    finally:
        analysis.cancel()
        steps.close()


def test_cancel_stops_the_child() -> None:
    analysis = DossierAnalysis(_articles(FIRST, SECOND))
    steps = analysis.steps()
    for step in steps:
        if step.status == PARSING:  # the child is running
            break
    process = analysis._child
    assert process is not None and process.poll() is None
    analysis.cancel()
    assert process.wait(timeout=10) is not None
    assert all(step.dossier is None for step in steps), "no dossier after cancel"


def test_batch_messages_send_each_analysis_without_its_text() -> None:
    articles = _articles(FIRST, SECOND)
    messages = list(batch_messages(BatchRequest(articles, None)))
    assert any(isinstance(m, ModelLoaded) for m in messages)
    assert [m.indices for m in messages if isinstance(m, Parsing)] == [[0, 1]]
    analysed = [m for m in messages if isinstance(m, Analysed)]
    assert [m.index for m in analysed] == [0, 1]
    assert all(m.briefing.article.text == "" for m in analysed)
    assert analysed[0].briefing.claims and analysed[0].briefing.actors
