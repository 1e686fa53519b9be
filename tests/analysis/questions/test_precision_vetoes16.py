"""Questions an editor would drop are not shown (session 16, issue 17's precision):

- a "rejected that account" answered by an older claim while another party's account
  sits between it and the denial (``anaphor in doubt``: which account is denied?);
- "at least one of the shells" is no figure set against "31 people" (a partitive number);
- "had not yet received" denies nobody's account (``not-yet``);
- "Will X do the same?" names no act (``pro-act``, held back);
- "Would X comment on the result?" asks no matter of the story (``comment-asked``);
- "it was not clear whether" denies nobody's account either (``told-unknown``);
- "the event" said bare is a shell noun: held back unless named;
- a "she" after a subordinator in a question that names no one is vague.
"""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions.leaning import LEANING_VETOES, leaning_veto
from briefing_tui.analysis.questions.references import vague_reference
from briefing_tui.analysis.questions.settled import not_yet, told_unknown
from briefing_tui.analysis.questions.standalone import standalone_veto
from briefing_tui.analysis.syntax import partitive_noun
from briefing_tui.model import QuestionKind

from .helpers import analysed

_K = QuestionKind


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def _disputed(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown if q.kind == _K.DISPUTED]


_ANAPHOR_IN_DOUBT = (
    "The two sides clashed over a raid on a depot in the town of Varn in May, in which "
    "local officials said 14 people were killed. The Selo Arms Watch submitted photographs "
    "of casings which it said bore Tarvo Munitions markings, and argued that at least one "
    "of the rockets used in the raid had been made in Arvo.\n\n"
    "The Arvo trade ministry rejected that account. It said there was no reliable evidence "
    "that rockets made in Arvo had been used in Varn."
)


def test_a_denied_account_with_another_partys_account_nearer_raises_no_dispute(nlp):
    """Which account "that account" points back to is in doubt: the officials' toll is not
    what the ministry rejected, and no dispute is shown; nor is the toll set against "at
    least one of the rockets" as a rival figure."""
    disputed = _disputed(nlp, _ANAPHOR_IN_DOUBT)
    assert not any("14 people" in q for q in disputed), disputed


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


@pytest.mark.parametrize(
    "text",
    [
        "Will Norvik Shipping do the same?",
        "Will the Selo council follow suit?",
        "Did Tarvo Mining do likewise?",
    ],
)
def test_an_act_named_by_a_pro_form_is_held_back(text):
    """``pro-act``: "do the same" names no act; the article told it."""
    assert leaning_veto(text, _K.EXPECTATION) == "pro-act"
    assert "pro-act" in LEANING_VETOES


@pytest.mark.parametrize(
    "text",
    [
        "Will the same rules apply to Selo's ferries?",
        "Will Ann Lee do the right thing for Selo's ferries?",
    ],
)
def test_the_same_that_names_its_matter_passes(text):
    assert leaning_veto(text, _K.EXPECTATION) is None


def test_do_the_same_is_held_back_in_the_pane(nlp):
    text = (
        "The Selo port authority has opened an inquiry into the collision of two ferries. Lin "
        "Ostra, the chief executive of Selo Lines, said the company had handed over its "
        'records. "We expect Norvik Shipping to do the same," she said.'
    )
    report = analysed(nlp, text)
    assert not any("do the same" in q.question for q in report.shown)
    vetoes = {f.question: f.veto for f in report.findings if f.question}
    assert vetoes["Will Norvik Shipping do the same?"] == "pro-act"


@pytest.mark.parametrize(
    "text",
    [
        "Would the Tarvo interior ministry comment on the result?",
        "Has the Selo Water Board commented?",
        "Will Ann Lee comment publicly on the findings?",
    ],
)
def test_whether_a_party_comments_is_dropped(text):
    """``comment-asked``: what a party says of the matter is no open matter."""
    assert standalone_veto(text) == "comment-asked"


@pytest.mark.parametrize(
    "text",
    [
        "Will the court rule on the comments?",
        "Will the public comment period end in May?",
        "Will the Selo board ask for comments on the plan?",
    ],
)
def test_comments_as_a_noun_pass(text):
    assert standalone_veto(text) != "comment-asked"


def test_whether_a_party_comments_is_not_shown(nlp):
    text = (
        "The Selo electoral commission declared Ivo Marsh the winner on Monday. A spokesman "
        "said the Tarvo interior ministry would comment on the result on Friday."
    )
    assert not any("comment" in q for q in _shown(nlp, text))


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


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Will relations between the two countries suffer if she is not freed?", "she"),
        ("Will talks between the two unions resume if he resigns?", "he"),
        ("Will Ann Lee resign if she loses?", None),
        ("Will the Selo council resign if it loses the vote?", None),
    ],
)
def test_a_person_pronoun_after_no_name_is_vague(text, vague):
    """A "she" opening a clause after the main one stands for someone the question named;
    where it named nobody, only the article says who she is."""
    assert vague_reference(text) == vague


@pytest.mark.parametrize(
    ("text", "veto"),
    [
        ("What steps were under consideration?", "names-nobody"),
        ("What options were discussed?", "names-nobody"),
        ("What charges will Ann Lee face?", None),
        ("What measures was Selo considering?", None),
    ],
)
def test_an_unknown_asking_what_of_a_bare_noun_names_nobody(text, veto):
    """``names-nobody``: "What steps ...?" of an unknown, with no one named: steps by whom,
    against whom? Only the article says."""
    assert leaning_veto(text, _K.UNRESOLVED) == veto


def test_what_steps_of_an_unknown_is_held_back(nlp):
    text = (
        "Foreign Minister Ana Ruiz said Selo would review its ties with Tarvo if the reporter "
        "was not freed by Friday. She did not say what steps were under consideration."
    )
    assert "What steps were under consideration?" not in _shown(nlp, text)
