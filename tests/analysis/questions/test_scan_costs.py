"""The phrase vetoes' sentence scans read the tokens' strings (``doc_words``) and build a
spaCy Token only for the words their test can take, not one for every word of the
sentence at each question; what they find is what the walk over every Token found."""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable

from briefing_tui.analysis.doctext import doc_words
from briefing_tui.analysis.questions.descriptions import describes_content
from briefing_tui.analysis.questions.phrasing import completed_nouns
from briefing_tui.analysis.questions.quoted import asks_back_quote
from briefing_tui.analysis.questions.vetoes import joined_at

#: A long sentence with few verbs: a scan that builds every Token builds over forty.
LONG = (
    "The old harbour board of the northern coastal town of Marsk, with its seven elected "
    "members from the fishing villages, the ferry company and the union of dock workers "
    "and their families, will vote on the new crane contract in May, a spokesman said."
)


def _tokens_built(call: Callable[[], object]) -> int:
    """How many spaCy Tokens ``call`` builds (spaCy's Cython reports to the profiler)."""
    profile = cProfile.Profile()
    profile.enable()
    call()
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    return sum(v[1] for k, v in stats.items() if k[2] == "cinit" and "token" in k[0])


def _sentence(nlp):
    doc = nlp(LONG)
    doc_words(doc)  # read once per Doc, as the analysis has by the time it asks
    return doc[:]


def test_quoted_words_build_no_token_outside_a_quote(nlp) -> None:
    sent = _sentence(nlp)
    question = "Will the old harbour board vote on the new crane contract in May?"
    assert _tokens_built(lambda: asks_back_quote(question, [sent])) < 10
    assert asks_back_quote(question, [sent]) is False


def test_describes_content_builds_the_content_verbs_only(nlp) -> None:
    sent = _sentence(nlp)
    question = "Will the old harbour board vote on the new crane contract in May?"
    assert _tokens_built(lambda: describes_content(question, [sent])) < 10
    bill = nlp("The bill will require two new cranes, the board said.")
    asked = "Will the bill require two new cranes?"
    assert describes_content(asked, [bill[:]]) is True


def test_joined_at_reads_the_finite_verbs_from_the_strings(nlp) -> None:
    sent = _sentence(nlp)
    question = "Will the old harbour board vote in May and said it would?"
    assert _tokens_built(lambda: joined_at(question, [sent])) < 5
    assert joined_at(question, [sent]) == question.index("and said")


def test_completed_nouns_builds_the_clauses_only(nlp) -> None:
    sent = _sentence(nlp)
    assert _tokens_built(lambda: completed_nouns(sent)) < 10
    doc = nlp("The appeal could result in the claim being refused.")
    assert [(n.text, p.text) for n, p in completed_nouns(doc[:])] == [("claim", "refused")]
