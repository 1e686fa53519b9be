"""A reported "would" of a party's move is still to come (``reported_ahead``); a stance,
a state, a negation, a year gone by or a move told done later stays vetoed."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from briefing_tui.analysis.questions.reported_ahead import reported_subject

from .helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def test_a_body_that_says_it_would_act_is_asked_by_name(nlp):
    text = "The Harbour Authority of Velden said it would audit the crane operators."
    assert _shown(nlp, text) == ["Will the Harbour Authority of Velden audit the crane operators?"]


def test_a_person_who_says_she_would_act_is_asked_by_name(nlp):
    text = "Transport Minister Clara Voss said she would meet the union leaders."
    assert _shown(nlp, text) == ["Will Clara Voss meet the union leaders?"]


def test_said_in_a_statement_that_it_would_act(nlp):
    text = (
        "The Harbour Authority of Velden said in a statement that it would review the crane "
        "contracts."
    )
    assert _shown(nlp, text) == ["Will the Harbour Authority of Velden review the crane contracts?"]


def test_adding_that_it_would_act(nlp):
    text = (
        "Kestra Foods said it had closed two plants, adding that it would review its other sites."
    )
    assert _shown(nlp, text) == ["Will Kestra Foods review its other sites?"]


def test_a_coordinated_move_is_asked_of_the_reported_party_not_the_speaker(nlp):
    text = (
        "The Harbour Authority of Velden said Kestra Ports had hired new crane drivers and "
        "would review its safety rules."
    )
    assert _shown(nlp, text) == ["Will Kestra Ports review its safety rules?"]


def test_a_year_of_another_clause_does_not_date_the_move(nlp):
    text = (
        "The Harbour Authority of Velden said it was examining two accidents at the port in "
        "2019 and would audit the crane operators."
    )
    assert _shown(nlp, text) == ["Will the Harbour Authority of Velden audit the crane operators?"]


@pytest.mark.parametrize(
    "text",
    [
        # told done later: settled
        "Transport Minister Clara Voss said she would meet the union leaders. On Friday, Voss "
        "met the union leaders in Velden.",
        # a negated stance
        "The Harbour Authority of Velden said it would not review the crane contracts.",
        # a state, not a move
        "The Harbour Authority of Velden said the new cranes would cost more than the old ones.",
        # a relative clause
        "The Harbour Authority of Velden, which said it would review the contracts, was founded "
        "in 1901.",
        # a year gone by
        "In 2004, the Harbour Authority of Velden said it would review the crane contracts.",
        "The Harbour Authority of Velden said in 2019 that it would audit the crane operators.",
        # the speaker's own words about a thing of hers: "her" is an actor, the task is not
        "Transport Minister Clara Voss told reporters that her first task would be calming "
        "the port.",
        # "it" may stand for the bill named between, not for the council that speaks
        "The Kesh council said the bill was ready and it would pass easily.",
        # a party no one named
        "The Harbour Authority of Velden said the operator had hired new crane drivers and "
        "would review its safety rules.",
    ],
)
def test_the_reported_past_veto_stands(nlp, text):
    assert _shown(nlp, text) == []


def _doc(nlp, words, heads, deps, tags):
    lemmas = [{"said": "say", "had": "have", "hired": "hire"}.get(w, w.lower()) for w in words]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


def test_a_predicate_coordinated_with_the_telling_verb_takes_the_reported_subject(nlp):
    # "The ministry said Kestra had hired drivers and would review rules": the parse may hang
    # "review" on "said"; who reviews is Kestra, not the ministry
    words = [
        "The",
        "ministry",
        "said",
        "Kestra",
        "had",
        "hired",
        "drivers",
        "and",
        "would",
        "review",
        "rules",
        ".",
    ]
    heads = [1, 2, 2, 5, 5, 2, 5, 2, 9, 2, 9, 2]
    deps = ["det", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "cc", "aux", "conj"]
    deps += ["dobj", "punct"]
    tags = ["DT", "NN", "VBD", "NNP", "VBD", "VBN", "NNS", "CC", "MD", "VB", "NNS", "."]
    doc = _doc(nlp, words, heads, deps, tags)
    assert reported_subject(doc[9]).text == "Kestra"


def test_a_reported_clause_keeps_its_own_subject(nlp):
    words = ["The", "ministry", "said", "Kestra", "would", "review", "rules", "."]
    heads = [1, 2, 2, 5, 5, 2, 5, 2]
    deps = ["det", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "punct"]
    tags = ["DT", "NN", "VBD", "NNP", "MD", "VB", "NNS", "."]
    doc = _doc(nlp, words, heads, deps, tags)
    assert reported_subject(doc[5]).text == "Kestra"
