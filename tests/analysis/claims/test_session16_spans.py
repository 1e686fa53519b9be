"""Session 16, content boundaries: two reported clauses each opened by "that" under one
cue are one claim, and a second one after a relative clause is not lost
(``claims/coordinated.py``)."""

from __future__ import annotations

from .test_joined import _claims


def test_a_second_that_clause_stays_in_the_content(nlp) -> None:
    text = (
        "The vote was close.\n\nAna Ruiz said the plan was flawed and that the council "
        "should start again.\n"
    )
    (claim,) = _claims(nlp, text, "Ana Ruiz")
    assert claim.words(text) == "the plan was flawed and that the council should start again"
    assert claim.source == "a1" and claim.cue == "said"


def test_a_second_that_after_a_comma_stays_too(nlp) -> None:
    text = (
        "Prices rose.\n\nTom Hale argued that the tax was unfair, and that it would hurt "
        "small firms.\n"
    )
    (claim,) = _claims(nlp, text, "Tom Hale")
    assert claim.words(text) == "the tax was unfair, and that it would hurt small firms"


def test_a_that_inside_a_quotation_is_left_alone(nlp) -> None:
    text = (
        'The talks failed.\n\nAna Ruiz said she "knew the plan was flawed and that the '
        'council would fail."\n'
    )
    (claim,) = _claims(nlp, text, "Ana Ruiz")
    assert claim.words(text) == 'she "knew the plan was flawed and that the council would fail."'


def test_the_second_clause_keeps_the_closing_mark_of_its_quotation(nlp) -> None:
    text = (
        "The vote was close.\n\nAna Ruiz said the talks had gone well and that a deal was "
        '"within reach".\n'
    )
    (claim,) = _claims(nlp, text, "Ana Ruiz")
    assert claim.words(text) == 'the talks had gone well and that a deal was "within reach"'


def test_quotation_marks_at_either_end_stay(nlp) -> None:
    text = (
        'The board met.\n\nThe firm said "no more than 150 jobs" would go and that '
        '"standing still is not an option."\n'
    )
    (claim,) = _claims(nlp, text)
    assert claim.words(text) == (
        '"no more than 150 jobs" would go and that "standing still is not an option."'
    )


def test_a_second_that_in_words_quoted_without_marks_is_left_alone(nlp) -> None:
    text = (
        "Ana Ruiz left the group in 2007.\n\nI told them the plan had failed and that I "
        "had to leave. Ana Ruiz\n"
    )
    claims = _claims(nlp, text, "Ana Ruiz")
    assert not any(c.words(text) == "I had to leave" for c in claims)


def test_a_second_that_clause_after_a_relative_clause_is_not_lost(nlp) -> None:
    text = (
        "Mary Lane said she understood the anger but stood by the report. She said the "
        "officer who fired had been placed on restricted duties, which she described as "
        "standard practice after any police shooting, and that the force would cooperate "
        "fully with the inquiry.\n"
    )
    said = [c.words(text) for c in _claims(nlp, text, "Mary Lane") if c.cue == "said"]
    assert said[-2:] == [
        "the officer who fired had been placed on restricted duties",
        "the force would cooperate fully with the inquiry",
    ]
