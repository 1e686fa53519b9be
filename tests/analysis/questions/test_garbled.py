"""Phrasings garbled in the making are dropped: a quantifier that lost its determiner, a
singular count noun for subject with none. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.questions.garbled import (
    bare_noun_subject,
    garbled_veto,
    stray_quantifier,
)
from briefing_tui.analysis.questions.institution_names import with_institution_the


def _sentences(nlp, text: str):
    return list(nlp(text).sents)


def test_a_quantifier_that_lost_its_determiner_is_garbled(nlp):
    assert stray_quantifier("Was the heir who inherited much of wealth rich?")
    assert stray_quantifier("Will the much water recede by Monday?")
    assert not stray_quantifier("Will much of the harvest be lost?")
    assert not stray_quantifier("Will many of them vote?")
    sents = _sentences(nlp, "Inspectors said the much larger plant was safe.")
    assert not stray_quantifier("Is the much larger plant safe?", sents)


def test_a_bare_count_noun_subject_is_garbled(nlp):
    sents = _sentences(nlp, "After the summit, bloc aims to cut farm tariffs.")
    assert bare_noun_subject("Will bloc cut farm tariffs?", sents) == "bloc"
    assert garbled_veto("Will bloc cut farm tariffs?", sents) == "bare-noun-subject"
    sents = _sentences(nlp, "Ohio has never elected a Green. Ohioan could make history.")
    assert bare_noun_subject("Could Ohioan make history?", sents) == "Ohioan"


def test_a_mass_noun_or_a_determined_subject_is_no_bare_count_noun(nlp):
    sents = _sentences(nlp, "Officials said funding would rise next year.")
    assert bare_noun_subject("Will funding rise next year?", sents) is None
    sents = _sentences(nlp, "The bloc aims to cut farm tariffs.")
    assert bare_noun_subject("Will the bloc cut farm tariffs?", sents) is None


def test_no_the_before_a_body_name_that_modifies_a_noun_after_an_adjective(nlp):
    doc = nlp("It would trigger an obscure Harbour Party rule, the Harbour Party said.")
    names = ["Harbour Party"]
    said = "Would it trigger an obscure Harbour Party rule?"
    assert with_institution_the(said, doc, names) == said
