"""A speaker's own words inside quotation marks are a voice in the story, not an open matter:
whatever family raised it, a question that only asks them back is dropped, unless the quote
names a step to follow (a decision move, a date, a threat hung on a condition, a question
its source puts). And the recasts that turned a refusal, a time span or a report's medium
into a question: a comment withheld on a thing asks nothing; "it will be weeks before"
names no thing; "in a statement" is not who acts."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions.pronouns import name_pronoun
from briefing_tui.analysis.questions.rules import _own_question as own_question
from briefing_tui.analysis.questions.stakes import is_decision_move
from briefing_tui.analysis.questions.vetoes import BARE_PRONOUNS

from .helpers import analysed


def _all_asked(nlp, text: str) -> list[str]:
    found = analysed(nlp, text)
    return [q.question for q in [*found.shown, *found.held]]


def _vetoes(nlp, text: str) -> set[str | None]:
    return {f.veto for f in analysed(nlp, text).findings}


@pytest.mark.parametrize(
    "text",
    [
        # a rhetorical question the speaker answers at once
        '"Who will pay for our children\'s schools? Not the ministers in their cars," '
        "opposition leader Tom Reed said.",
        # a stance, negated, over two sentences of one quote
        '"We have not closed a single road. But we will not accept that the river can be '
        'dammed by whoever builds first," Foreign Minister Ivo Brandt said.',
        # the speaker's own doubt
        '"I don\'t know what more a fair landlord can offer," said Ann Lee, the owner of '
        "Lee Estates.",
        # a pseudo-cleft: what the speaker cannot yet say
        'Dr. Ann Lee leads the survey. "What we cannot yet say is how many birds died," she said.',
        # a vindication foretold
        '"This letter is a forgery, and it will be exposed as such," Tom Reed said at a news '
        "conference on Sunday.",
        # a thing already known, in the passive: no new step
        '"The harbour will be remembered for this," Mayor Ann Lee of Selo said.',
    ],
)
def test_a_speakers_own_words_are_not_asked_back(nlp, text):
    assert _all_asked(nlp, text) == []
    assert "quoted-words" in _vetoes(nlp, text)


def test_a_warning_quoted_in_a_reported_clause_is_not_asked_back(nlp):
    text = (
        "Minister Ivo Brandt has warned that selling jets to Norvania \u201cwould open a new "
        "chapter\u201d in the dispute."
    )
    assert not any("chapter" in q for q in _all_asked(nlp, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a party's legal move
        ('"We will appeal the ruling," Mayor Ann Lee of Selo said.', "appeal"),
        # a threat hung on a condition
        (
            '"If the talks fail, we will close the border," Interior Minister Ivo Brandt said.',
            "close",
        ),
        # an outcome for a thing of the story named by its name
        (
            'An analysis by Net Watch concluded: "If Vela keeps growing, Orca could fall to '
            'fourth place."',
            "fourth place",
        ),
        # a question its source puts, not in the speaker's voice
        ('The harbour report asks: "Who will pay for the repairs?"', "pay"),
        # a new step announced in the passive, its doer left to the speaker's side
        (
            'Ivo Brandt, deputy to the transport minister, said "a review panel will be set up '
            "with the taxi drivers' unions.\"",
            "review panel",
        ),
    ],
)
def test_a_quote_that_names_a_step_is_still_asked(nlp, text, word):
    assert any(word in q for q in _all_asked(nlp, text)), _all_asked(nlp, text)


def test_a_comment_withheld_on_a_thing_is_not_asked(nlp):
    text = "A ministry spokesman declined to comment on the memo."
    assert _all_asked(nlp, text) == []


def test_a_negation_that_frames_the_question_is_not_lost(nlp):
    # "not clear whether ... until ...": the "not" is the frame's, not the clause's
    text = (
        "It was not clear on Wednesday whether Selo Foods would ask the court to stay the "
        "payment order until the appeal is decided."
    )
    assert any("stay the payment order" in q for q in _all_asked(nlp, text))


def test_the_medium_of_a_report_is_not_who_acts(nlp):
    doc = nlp(
        'Marlow Builders said in a statement that it was "delighted" with the decision and '
        "expected to begin work on the first phase in the spring of next year."
    )
    named = name_pronoun("Will it begin work on the first phase?", doc[:], BARE_PRONOUNS)
    assert named is None or "statement" not in named


def test_it_that_measures_a_time_names_no_thing(nlp):
    text = (
        "Scientists have found a toxin in samples from the lake's southern shore, but say it "
        "will be several weeks before they can tell whether the fish are safe to eat."
    )
    assert not any("several weeks" in q for q in _all_asked(nlp, text))


def test_taking_a_matter_to_a_court_is_a_decision_move(nlp):
    doc = nlp("We will take this matter to the Court of Appeal, the company said.")
    take = next(t for t in doc if t.lower_ == "take")
    assert is_decision_move(take)


def test_a_question_asked_at_a_sentence_start_keeps_no_quotation_mark(nlp):
    doc = nlp('He stopped. "Who will pay for the repairs?')
    assert own_question(list(doc.sents)[-1]) == "Who will pay for the repairs?"


def test_a_decision_told_with_its_day_is_not_asked_back(nlp):
    # that the league decides, and when, is told; what it decides is the open matter
    text = "The Farmers' League will decide its position at a party meeting on Tuesday."
    assert not any("decide its position" in q for q in _all_asked(nlp, text))
    assert "expectation-asked-back" in _vetoes(nlp, text)


def test_a_decision_still_to_take_on_a_clause_is_asked(nlp):
    text = "The Selo council has yet to decide whether to close the old library."
    assert any("close the old library" in q for q in _all_asked(nlp, text))
