"""The parse helpers the three analyses share: two readings of a verb's subject, and tense."""

from __future__ import annotations

from briefing_tui.analysis.syntax import (
    clause_subject,
    doer_of,
    has_nominal_subject,
    owner_words,
    tense,
)


def _word(nlp, text: str, word: str):
    return next(token for token in nlp(text) if token.text == word)


def test_an_expletive_is_the_clause_subject_but_names_no_doer(nlp):
    verb = _word(nlp, "There will be a vote on Monday.", "be")
    assert clause_subject(verb).text == "There"
    assert doer_of(verb) is None


def test_a_participle_is_done_by_the_noun_it_describes(nlp):
    verb = _word(nlp, "The union issued a statement saying the strike would go ahead.", "saying")
    assert clause_subject(verb) is None
    assert doer_of(verb).text == "statement"


def test_a_gerund_adjunct_is_done_by_the_subject_of_its_verb(nlp):
    verb = _word(nlp, "She responded by saying the talks had failed.", "saying")
    assert clause_subject(verb) is None
    assert doer_of(verb).text == "She"


def test_both_readings_climb_an_xcomp_chain(nlp):
    verb = _word(nlp, "The minister wants to cut taxes.", "cut")
    assert clause_subject(verb).text == doer_of(verb).text == "minister"
    assert not has_nominal_subject(verb)
    assert has_nominal_subject(verb.head)


def test_tense_of_a_clause(nlp):
    doc = nlp("The mayor said the council will decide, hoping to win.")
    said, decide, hoping = (
        next(t for t in doc if t.text == w) for w in ("said", "decide", "hoping")
    )
    assert (tense(said), tense(decide), tense(hoping)) == ("past", "modal", None)


def test_owner_words_are_the_possessor_a_word_before_and_a_prepositions_object(nlp):
    doc = nlp("A Velo lawyer and a council spokesman for the port authority spoke.")
    lawyer = next(t for t in doc if t.text == "lawyer")
    spokesman = next(t for t in doc if t.text == "spokesman")
    assert [t.text for t in owner_words(lawyer, {"of", "for"})] == ["Velo"]
    owners = owner_words(spokesman, {"of", "for"})
    assert [t.text for t in owners] == ["council", "authority"]
    named = owner_words(spokesman, {"of", "for"}, named_only=True)
    assert [t.text for t in named] == ["authority"]  # "council" is no name
