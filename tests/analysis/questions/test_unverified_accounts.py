"""Unverified accounts: "Her account could not be independently verified" asks the claim it
points back to; "the claim that ..." asks its own clause (issue 17)."""

from __future__ import annotations

import pytest

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article


def _unverified(nlp, text: str) -> list[str]:
    doc = nlp(text)
    briefing = analyze_doc(doc, Article(text=text))
    return [
        q.question
        for q in [*briefing.questions, *briefing.held_back_questions]
        if q.kind == "unverified"
    ]


#: One example per pattern: the text, and a word the question must ask about.
PATTERNS = [
    (  # points-back: a statement noun owned by its speaker
        "Flood waters cut the road to Ostrava Mill on Monday.\n\n"
        "A farmer, Pia Lund, said the dam at Ostrava Mill had cracked overnight.\n\n"
        "Her account could not be independently verified.\n",
        "dam",
    ),
    (  # points-back: a bare "That"
        "Harrow Mining has not said when drilling will resume at its Kell Ridge site.\n\n"
        "A person familiar with the company's operations said Harrow Mining had drilled three test "
        "wells at Kell Ridge in May.\n\n"
        "That could not be independently verified.\n",
        "wells",
    ),
    (  # own-clause: the claim names what could not be verified
        "The Norbury council closed the pool on Friday.\n\n"
        "The claim that two swimmers at the Norbury pool had fallen ill could not be "
        "independently verified.\n",
        "swimmers",
    ),
]


@pytest.mark.parametrize(("text", "word"), PATTERNS)
def test_the_account_is_asked(nlp, text: str, word: str) -> None:
    asked = _unverified(nlp, text)
    assert any(word in q for q in asked), asked


def test_a_thing_that_could_not_be_verified_asks_nothing(nlp) -> None:
    text = (
        "Residents of Vell posted photographs of the flooded square on Monday.\n\n"
        "The photographs could not be independently verified.\n"
    )
    assert _unverified(nlp, text) == []


def test_an_account_of_whom_no_one_is_named_asks_nothing(nlp) -> None:
    text = (
        "Fishing on Lake Orva was banned on Monday.\n\n"
        "Ana Pell, who heads a traders' group, said members had sold fish for weeks "
        "without harm.\n\n"
        "Her account could not be independently verified.\n"
    )
    assert _unverified(nlp, text) == []


def test_a_subject_hung_on_an_auxiliary_is_a_garbled_clause(nlp) -> None:
    from spacy.tokens import Doc

    from briefing_tui.analysis.questions.unverified_accounts import _garbled

    words = ["members", "had", "crates", "waiting"]
    doc = Doc(nlp.vocab, words=words, heads=[1, 3, 3, 3], deps=["nsubj", "aux", "nsubj", "ROOT"])
    assert _garbled(doc[3])
    plain = Doc(
        nlp.vocab,
        words=["crates", "were", "waiting"],
        heads=[2, 2, 2],
        deps=["nsubj", "aux", "ROOT"],
    )
    assert not _garbled(plain[2])


def test_a_figure_that_could_not_be_verified_asks_no_clause(nlp) -> None:
    text = (
        "The Vell Red Cross said about 900 people remained in shelters, although it cautioned "
        "that the number changed daily.\n\n"
        "The figure could not be independently verified.\n"
    )
    assert _unverified(nlp, text) == []
