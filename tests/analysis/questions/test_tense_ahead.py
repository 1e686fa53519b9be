"""A question keeps no tense its source clause took from reported speech (issue 17):

- a perfect the article answers "not yet" is asked of what is still to come ("Has a
  hearing been scheduled?" after "A hearing has not yet been scheduled" → "Will a hearing
  be scheduled?"): the article answers the perfect, the future is open;
- a past progressive under a verb told in the past is asked in the present ("it was not
  clear whether the police were examining ..." → "Are the police examining ...?").
"""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions.tense import asked_now

from .helpers import analysed


@pytest.mark.parametrize(
    ("question", "sentence", "asked"),
    [
        (
            "Has a hearing on the appeal been scheduled?",
            "A hearing on the appeal has not yet been scheduled.",
            "Will a hearing on the appeal be scheduled?",
        ),
        (
            "Have police interviewed the driver?",
            "Ann Lee said police had not yet interviewed the driver.",
            "Will police interview the driver?",
        ),
        (
            "Was the regulator examining the findings?",
            "It was not clear whether the regulator was examining the findings.",
            "Is the regulator examining the findings?",
        ),
        (
            "Where was Tom Reed being held?",
            "His lawyer said it was not known where Tom Reed was being held.",
            "Where is Tom Reed being held?",
        ),
    ],
)
def test_a_reported_tense_is_asked_now_or_ahead(nlp, question, sentence, asked):
    assert asked_now(question, list(nlp(sentence).sents)) == asked


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # unknown, not answered: the perfect is the open matter
        (
            "Has the firm received a subpoena?",
            "It was unclear whether the firm had received a subpoena.",
        ),
        # "not yet" of another verb answers nothing the question asks
        (
            "Has the board approved the sale?",
            "Ann Lee said it was not known whether the board had approved the sale, which "
            "has not yet closed.",
        ),
        # a progressive told by the narrator, under no verb of saying, is its own moment
        ("Were the police searching the house?", "The police were searching the house."),
    ],
)
def test_a_tense_is_kept_where_nothing_shifted_or_answered_it(nlp, question, sentence):
    assert asked_now(question, list(nlp(sentence).sents)) == question


def test_a_hearing_told_not_yet_scheduled_is_asked_ahead(nlp):
    text = (
        "Ann Lee, a spokeswoman for the Selo Port Authority, said a hearing on the dockers' "
        "complaint had not yet been scheduled. The union has said it will strike if the "
        "complaint is dismissed."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert "Will a hearing on the dockers' complaint be scheduled?" in shown
    assert not any(q.startswith(("Has ", "Had ")) for q in shown)


def test_a_reported_progressive_is_asked_in_the_present(nlp):
    text = (
        "The family of Tom Reed said on Tuesday that they did not know where Reed was being "
        "held. Reed was arrested at his home in Varn on Friday. His lawyer, Ann Lee, said it "
        "was not clear whether the Selo police were examining his laptop."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert "Where is Tom Reed being held?" in shown
    assert "Are the Selo police examining his laptop?" in shown
