"""A claim's line says its cue as the article's reporting phrase, or no cue at all
(invented sentences; spans found by their words)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefing_tui.cue_phrase import cue_phrase, past_form
from briefing_tui.export import claim_sentence
from briefing_tui.model import Article, Briefing, Claim, ClaimKind, Span


def _span(text: str, words: str, after: int = 0) -> Span:
    start = text.index(words, after)
    return Span(start, start + len(words))


def _claim(
    text: str, source: str, cue: str, content: str, kind: ClaimKind = ClaimKind.INDIRECT
) -> Claim:
    source_span = _span(text, source)
    cue_span = _span(text, cue)
    return Claim(
        id="c1",
        source=None,
        source_text=source,
        source_span=source_span,
        cue=cue,
        cue_span=cue_span,
        content=_span(text, content),
        kind=kind,
    )


def _line(text: str, claim: Claim) -> str:
    article = Article(text=text, title="T", source="/a.txt")
    return claim_sentence(article, Briefing(article=article, claims=[claim]), claim)


CASES = [
    # A verb of telling keeps its hearer.
    (
        "The mayor told reporters on Monday that the bridge would reopen.",
        ("The mayor", "told", "the bridge would reopen"),
        "The mayor told reporters the bridge would reopen.",
    ),
    (
        "The mayor told the council the bridge would reopen.",
        ("The mayor", "told", "the bridge would reopen"),
        "The mayor told the council the bridge would reopen.",
    ),
    # A preposition of the verb and its object: "said in a statement", "called on".
    (
        "The union said in a statement that its members would strike.",
        ("The union", "said", "its members would strike"),
        "The union said in a statement its members would strike.",
    ),
    (
        "The union's leader said in a statement that members would strike.",
        ("The union's leader", "statement", "members would strike"),
        "The union's leader said in a statement members would strike.",
    ),
    (
        "The league called on the club to pay the fine.",
        ("The league", "called", "the club to pay the fine"),
        "The league called on the club to pay the fine.",
    ),
    # An auxiliary before the cue.
    (
        "The ministry has said it will reply next week.",
        ("The ministry", "said", "it will reply next week"),
        "The ministry has said it will reply next week.",
    ),
    # A verb in -ing after its subject is made finite.
    (
        "Talks ended, with both sides saying the offer was too low.",
        ("both sides", "saying", "the offer was too low"),
        "Both sides said the offer was too low.",
    ),
    # Words before the claim's words that run into them are all kept, or none.
    (
        "The council accused the firm of quietly raising its prices.",
        ("The council", "accused", "quietly raising its prices"),
        "The council accused the firm of quietly raising its prices.",
    ),
    # The claim's words cut from a coordination: nothing of them goes into the cue.
    (
        "The bank raised rates, saying a weak currency and rising rents threatened growth.",
        ("The bank", "saying", "rising rents threatened growth"),
        "The bank said rising rents threatened growth.",
    ),
    # A reported sentence its source follows reads in the article's order.
    (
        "The pier will close in June, the harbour master said.",
        ("the harbour master", "said", "The pier will close in June"),
        "The pier will close in June, the harbour master said.",
    ),
]


@pytest.mark.parametrize(("text", "parts", "expected"), CASES)
def test_cue_reads_as_the_article_writes_it(
    text: str, parts: tuple[str, str, str], expected: str
) -> None:
    assert _line(text, _claim(text, *parts)) == expected


def test_a_quote_after_its_cue_names_the_hearer() -> None:
    text = '"We will wait," the mayor told the crowd, which cheered.'
    claim = _claim(text, "the mayor", "told", "We will wait,", ClaimKind.DIRECT)
    assert _line(text, claim) == 'The mayor told the crowd: "We will wait,"'


def test_telling_without_a_hearer_shows_no_cue() -> None:
    text = '"We will wait," the mayor told. "Then we decide."'
    claim = _claim(text, "the mayor", "told", "Then we decide.", ClaimKind.DIRECT)
    claim = replace(claim, cue_span=None)  # a quote's second part: its cue is the first's
    assert cue_phrase(text, claim) == ""
    assert _line(text, claim) == 'The mayor: "Then we decide."'


@pytest.mark.parametrize(
    ("word", "past"),
    [
        ("saying", "said"),
        ("arguing", "argued"),
        ("warning", "warned"),
        ("denying", "denied"),
        ("admitting", "admitted"),
        ("agreeing", "agreed"),
        ("playing", "played"),
        ("said", "said"),
    ],
)
def test_past_form(word: str, past: str) -> None:
    assert past_form(word) == past


def test_article_order_only_when_the_source_is_its_own_clause() -> None:
    text = "The talks ended early, the envoy said. The road was shut, while she was driving."
    said = _claim(text, "the envoy", "said", "The talks ended early")
    assert _line(text, said) == "The talks ended early, the envoy said."
    adjunct = _claim(text, "she", "driving", "The road was shut")
    assert not _line(text, adjunct).startswith("The road was shut")


def test_an_aside_in_the_source_keeps_its_closing_comma() -> None:
    text = "Two officials, who asked not to be named, said the plan was dropped."
    claim = _claim(text, "Two officials, who asked not to be named", "said", "the plan was dropped")
    assert _line(text, claim) == (
        "Two officials, who asked not to be named, said the plan was dropped."
    )
