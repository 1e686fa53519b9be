"""Session 16, content boundaries: two reported clauses each opened by "that" are two
claims when the split is on, and a second one after a relative clause is not lost
(``claims/coordinated.py``)."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.claims import coordinated

from .test_joined import _claims


@pytest.fixture
def split(monkeypatch):
    """The split of a second "that" clause, off by default (``SPLIT_THAT_CLAUSES``)."""
    monkeypatch.setattr(coordinated, "SPLIT_THAT_CLAUSES", True)


def test_a_second_that_clause_is_a_claim_of_its_own(nlp, split) -> None:
    text = (
        "The vote was close.\n\nAna Ruiz said the plan was flawed and that the council "
        "should start again.\n"
    )
    first, second = _claims(nlp, text, "Ana Ruiz")
    assert first.words(text) == "the plan was flawed"
    assert second.words(text) == "the council should start again"
    assert first.source == second.source == "a1" and first.cue == second.cue == "said"


def test_a_quotation_before_the_second_that_keeps_its_marks(nlp, split) -> None:
    text = (
        "The count ended late.\n\nIts chairman, Tom Hale, told reporters that observers had been "
        'present "at every stage" and that no complaint had been lodged.\n'
    )
    first, second = _claims(nlp, text, "Tom Hale")
    assert first.words(text) == 'observers had been present "at every stage"'
    assert first.kind == "mixed"
    assert second.words(text) == "no complaint had been lodged"
    assert second.kind == "indirect"


def test_a_second_that_after_a_comma_is_split_too(nlp, split) -> None:
    text = (
        "Prices rose.\n\nTom Hale argued that the tax was unfair, and that it would hurt "
        "small firms.\n"
    )
    first, second = _claims(nlp, text, "Tom Hale")
    assert first.words(text) == "the tax was unfair"
    assert second.words(text) == "it would hurt small firms"


def test_a_that_inside_a_quotation_is_left_alone(nlp, split) -> None:
    text = (
        'The talks failed.\n\nAna Ruiz said she "knew the plan was flawed and that the '
        'council would fail."\n'
    )
    (claim,) = _claims(nlp, text, "Ana Ruiz")
    assert claim.words(text) == 'she "knew the plan was flawed and that the council would fail."'


def test_the_second_clause_keeps_the_closing_mark_of_its_quotation(nlp, split) -> None:
    text = (
        "The vote was close.\n\nAna Ruiz said the talks had gone well and that a deal was "
        '"within reach".\n'
    )
    _first, second = _claims(nlp, text, "Ana Ruiz")
    assert second.words(text) == 'a deal was "within reach"'


def test_quotation_marks_at_either_end_of_the_split_stay(nlp, split) -> None:
    text = (
        'The board met.\n\nThe firm said "no more than 150 jobs" would go and that '
        '"standing still is not an option."\n'
    )
    first, second = _claims(nlp, text)
    assert first.words(text) == '"no more than 150 jobs" would go'
    assert second.words(text) == '"standing still is not an option."'


def test_a_second_that_in_words_quoted_without_marks_is_left_alone(nlp, split) -> None:
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
