"""Questions an editor would drop are not shown (session 16, issue 17's precision):

- "at least one of the rockets" is no figure set against "14 people" (a partitive number
  counts out of the things it names, not people);
- "had not yet received" denies nobody's account (``not-yet``);
- "it was not clear whether" denies nobody's account either (``told-unknown``);
- "the event" said bare is a shell noun: held back unless named.
"""

from __future__ import annotations

from briefing_tui.analysis.questions.settled import not_yet, told_unknown
from briefing_tui.analysis.syntax import partitive_noun
from briefing_tui.model import QuestionKind

from .helpers import analysed

_K = QuestionKind


def _disputed(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown if q.kind == _K.DISPUTED]


_PARTITIVE = (
    "The two sides clashed over a raid on a depot in the town of Varn in May, in which "
    "local officials said 14 people were killed. The Selo Arms Watch submitted photographs "
    "of casings which it said bore Tarvo Munitions markings, and argued that at least one "
    "of the rockets used in the raid had been made in Arvo."
)


def test_a_partitive_number_is_no_rival_figure(nlp):
    """ "at least one of the rockets" counts rockets, not the people killed: no dispute of
    figures between the officials and the group."""
    disputed = _disputed(nlp, _PARTITIVE)
    assert not any("at least one" in q for q in disputed), disputed


def test_a_number_out_of_named_things_is_partitive(nlp):
    doc = nlp("At least one of the rockets had been made in Arvo.")
    one = next(t for t in doc if t.lower_ == "one")
    assert partitive_noun(one) is not None and partitive_noun(one).lower_ == "rockets"
    doc = nlp("Fourteen people were killed in Varn.")
    assert all(partitive_noun(t) is None for t in doc)


_NOT_YET = (
    "The Green League has called a rally in Selo for Saturday, its leader Ana Ruiz said.\n\n"
    "Police in Selo said they had not yet received the notification required for public "
    "gatherings."
)


def test_a_not_yet_is_no_denial(nlp):
    """``not-yet``: what police have not received so far contradicts nobody's account."""
    assert not _disputed(nlp, _NOT_YET)
    doc = nlp("Police said they had not yet received the notification.")
    received = next(t for t in doc if t.lower_ == "received")
    assert not_yet(received)
    doc = nlp("Police said they had not received the notification.")
    received = next(t for t in doc if t.lower_ == "received")
    assert not not_yet(received)


def test_an_unknown_is_no_denial_and_the_event_said_bare_is_held_back(nlp):
    """``told-unknown``: "it was not clear whether ..." denies nobody's account; the unknown
    it tells, asked of "the event" said bare, leans on the article and is held back."""
    text = (
        "The Green League has called a rally in Selo for Saturday. The Selo city council said "
        "it was not clear whether the event would be permitted by the regional police."
    )
    report = analysed(nlp, text)
    assert not [q for q in report.shown if q.kind == _K.DISPUTED]
    assert not any("the event" in q.question for q in report.shown)
    doc = nlp("It was not clear whether the event would be permitted.")
    was = next(t for t in doc if t.lower_ == "was")
    assert told_unknown(was)
    doc = nlp("It was not true that the event had been permitted.")
    was = next(t for t in doc if t.lower_ == "was")
    assert not told_unknown(was)
