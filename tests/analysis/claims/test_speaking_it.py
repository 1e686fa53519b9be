"""A speaking "it" (issue 16, claims item 9): the body that speaks earlier in its own
sentence, never a group that spoke before it, and nothing when the sentence before has
another thing as its subject. Every text is invented."""

from __future__ import annotations

from tests.analysis.claims.test_session12_speakers import speaker_of

_STORM = "The storm destroyed hundreds of homes in the province last week."
_TRUST = (
    "The Harwick Relief Trust said about 900 people remained in shelters, although it "
    "cautioned that the number changed daily."
)


def test_it_after_a_body_that_speaks_in_its_own_sentence_is_that_body(nlp):
    text = f"{_STORM} {_TRUST}"
    assert speaker_of(nlp, text, "the number changed daily") == "Harwick Relief Trust"


def test_it_after_a_speaking_group_is_still_the_body_of_its_own_sentence(nlp):
    text = f"{_STORM} Aid groups say the delay is already being felt. {_TRUST}"
    assert speaker_of(nlp, text, "the number changed daily") == "Harwick Relief Trust"


def test_it_after_a_thing_that_was_the_last_subject_stays_without_a_speaker(nlp):
    text = (
        "The mayor's office said the tunnel would reopen in May. The tunnel was closed "
        "after a flood. It said the repairs would cost $2 million."
    )
    assert speaker_of(nlp, text, "the repairs would cost") is None
