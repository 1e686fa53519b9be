"""Property tests: ``analyze()`` on any text never raises and keeps the contract.

The pipeline is loaded once per session; example counts stay modest so the
suite stays quick, and there is no deadline (parsing time varies).
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.contract import contract_problems
from briefing_tui.engine.analyze import analyze
from briefing_tui.model import Article
from briefing_tui.reading import paragraph_spans

PROPERTY_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Pieces that exercise the analysis: names, reporting verbs, quotes, odd characters.
WORDS = [
    "Trump",
    "Putin",
    "Zelenskiy",
    "the minister",
    "Reuters",
    "he",
    "she",
    "they",
    "it",
    "said",
    "told reporters",
    "according to",
    "denied",
    "will",
    "may",
    "if",
    "could",
    "is expected to",
    "the talks",
    "on Friday",
    "Ukraine",
    "the European Union",
    "NATO",
    "President",
    "Ms.",
    "Dr.",
    "U.S.",
    "Mr. O'Neil",
    "",
    "the",
    "and",
    "not",
    "why",
]
ODD = [
    "\u0000",
    "\u0007",
    "\u001b[31m",
    "\u200b",
    "\u200d",
    "\u202e",
    "\ufeff",
    "\u2028",
    "\u0301",
    "\u0308\u0301",
    "e\u0301",
    "שלום",
    "مرحبا بالعالم",
    "Привет",
    "日本語の文",
    "😀",
    "👩‍👩‍👧",
    "🇺🇦",
    "\ud7ff",
    "\U0010ffff",
    "\t",
    "\r",
    "\f",
    "\x85",
]
PUNCT = [
    "“",
    "”",
    '"',
    "‘",
    "’",
    "'",
    "«",
    "»",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "—",
    "-",
    "...",
    ".",
    ",",
    ";",
    ":",
    "?",
    "!",
    "…",
    "*",
    "#",
    "<p>",
    "&amp;",
]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", ". ", ", "]

pieces = st.sampled_from(WORDS + ODD + PUNCT)
news_like_text = st.lists(st.tuples(pieces, st.sampled_from(SEPARATORS)), max_size=80).map(
    lambda pairs: "".join(piece + sep for piece, sep in pairs)
)
any_text = st.text(max_size=400)
punctuation_only = st.text(alphabet="“”\"‘’'«»()[]{}—-.,;:?!…*#/\\|<>@&%$ \n", max_size=300)


def check(nlp, text: str) -> dict:
    """Analyse ``text`` and check the contract; returns the JSON without timings."""
    article = Article(text=text, source="generated", paragraphs=paragraph_spans(text))
    data = analyze(article, nlp=nlp).to_json()
    assert contract_problems(data) == []
    assert data["article"]["text"] == text
    data.pop("timings")
    json.dumps(data, ensure_ascii=False)  # serialisable as the CLI writes it
    return data


@PROPERTY_SETTINGS
@given(text=any_text)
def test_any_unicode_text(nlp, text: str) -> None:
    check(nlp, text)


@PROPERTY_SETTINGS
@given(text=news_like_text)
def test_news_like_text_with_odd_characters(nlp, text: str) -> None:
    check(nlp, text)


@PROPERTY_SETTINGS
@given(text=punctuation_only)
def test_only_punctuation(nlp, text: str) -> None:
    check(nlp, text)


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=news_like_text)
def test_same_input_same_json(nlp, text: str) -> None:
    assert check(nlp, text) == check(nlp, text)


def test_one_50000_character_line(nlp) -> None:
    sentence = "Trump said the talks “were going well (very well” and Putin [denied it. "
    text = (sentence * (50_000 // len(sentence) + 1))[:50_000]
    assert "\n" not in text and len(text) == 50_000
    check(nlp, text)


def test_one_50000_character_word(nlp) -> None:
    check(nlp, "x" * 50_000)


def test_unbalanced_quotes_and_brackets(nlp) -> None:
    text = (
        "“Trump said (the talks [were “going well,” Putin said.\n"
        '‘We will see" — he told reporters]] )) ”” ((\n'
        "« Ukraine may get Tomahawks, officials said »» ’’\n"
    )
    check(nlp, text)


def test_empty_and_blank_text(nlp) -> None:
    for text in ("", " ", "\n\n", "\u200b", "\ufeff"):
        check(nlp, text)
