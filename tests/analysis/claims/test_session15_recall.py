"""Session 15, claims recall: speech the cue rules misread (``claims/direct.py``: a short
quote that is a cue's whole content; ``claims/draft.py``: a "that" that determines a noun)."""

from __future__ import annotations

from .test_joined import _claims


def test_a_short_quote_before_its_cue_is_direct_with_its_marks(nlp) -> None:
    text = 'Fishers gathered at the harbour.\n\n"Nobody asked us," said Ana Ruiz, a local fisher.\n'
    (claim,) = _claims(nlp, text, "Ana Ruiz")
    assert claim.kind == "direct" and claim.source == "a1"
    assert claim.words(text) == '"Nobody asked us,"'


def test_a_short_quote_after_a_named_speaker_is_direct(nlp) -> None:
    text = 'The mill closed in May.\n\n"It is over," Tom Hale said.\n'
    (claim,) = _claims(nlp, text, "Tom Hale")
    assert claim.kind == "direct"
    assert claim.words(text) == '"It is over,"'


def test_a_paraphrase_with_a_short_quote_inside_stays_mixed(nlp) -> None:
    text = 'Tom Hale said the plan was "a disaster" for the town.\n'
    (claim,) = _claims(nlp, text, "Tom Hale")
    assert claim.kind == "mixed"


def test_a_that_before_a_bare_noun_of_something_said_stays_in_the_content(nlp) -> None:
    text = "The board met.\n\nLee said that account was simply untrue.\n"
    (claim,) = _claims(nlp, text, "Lee")
    assert claim.words(text) == "that account was simply untrue"


def test_a_complementiser_before_a_determined_noun_is_left_out(nlp) -> None:
    text = "The board met.\n\nLee said that the plan would never work.\n"
    (claim,) = _claims(nlp, text, "Lee")
    assert claim.words(text) == "the plan would never work"
