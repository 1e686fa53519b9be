"""The briefing/1 JSON contract, on the sample and on generated texts.

Every span lies inside ``article.text`` and is non-empty, ids are unique, every
claim source is an actor id or null, and the actors a question names exist.
"""

from __future__ import annotations

import json
import random

import pytest

from briefing_tui.contract import contract_problems
from briefing_tui.model import SCHEMA, Briefing
from briefing_tui.reading import article_from_text, load_article
from briefing_tui.reading.samples import default_sample

NAMES = ["Donald Trump", "Vladimir Putin", "Ursula von der Leyen", "Ana Lopez", "the ministry"]
VERBS = ["said", "told reporters", "denied", "warned", "insisted", "posted on social media"]
CLAUSES = [
    "the talks would resume next week",
    "no decision has been made",
    "the plan could fail if the vote is delayed",
    "it is unclear who will pay for the bridge",
    "sanctions will stay in place",
]


def generated_article(seed: int) -> str:
    """A news-like article built from a seed: a title, attributions, quotes, a stray line."""
    rng = random.Random(seed)
    lines = ["Talks resume as deadline nears"]
    for _ in range(rng.randint(3, 12)):
        name, verb, clause = rng.choice(NAMES), rng.choice(VERBS), rng.choice(CLAUSES)
        form = rng.randrange(4)
        if form == 0:
            lines.append(f"{name} {verb} that {clause}.")
        elif form == 1:
            lines.append(f"“{clause.capitalize()},” {name} {verb}.")
        elif form == 2:
            lines.append(f"According to {name}, {clause}.")
        else:
            lines.append(f"Will {clause}? {name} {verb} he did not know.")
        if rng.random() < 0.15:
            lines.append("Related: Oil prices rise as talks stall")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def nlp():
    """The English pipeline, loaded once."""
    from briefing_tui.engine.nlp import load_pipeline

    return load_pipeline()


def test_sample_keeps_the_contract(nlp) -> None:
    from briefing_tui.engine.analyze import analyze

    article = load_article(str(default_sample()))
    data = analyze(article, nlp=nlp).to_json()
    assert data["schema"] == SCHEMA
    assert contract_problems(data) == []
    assert data["actors"], "the sample names people"
    assert data["claims"], "the sample attributes claims"
    for claim in data["claims"]:
        content = data["article"]["text"][claim["content"]["start"] : claim["content"]["end"]]
        assert content.strip()
    # The contract survives a round trip through JSON and Briefing.from_json.
    again = Briefing.from_json(json.loads(json.dumps(data))).to_json()
    assert again == data


@pytest.mark.parametrize("seed", range(12))
def test_generated_articles_keep_the_contract(nlp, seed: int) -> None:
    from briefing_tui.engine.analyze import analyze

    article = article_from_text(generated_article(seed), f"generated-{seed}")
    assert contract_problems(analyze(article, nlp=nlp).to_json()) == []


def test_the_checker_finds_broken_output() -> None:
    text = "Trump said it."
    broken = {
        "schema": SCHEMA,
        "article": {"text": text, "paragraphs": [{"start": 0, "end": 99}]},
        "actors": [
            {"id": "a1", "name": "Trump", "mentions": [{"start": 0, "end": 5, "text": "Trum"}]},
            {"id": "a1", "name": "Trump", "mentions": [{"start": 3, "end": 3}]},
        ],
        "claims": [{"id": "c1", "source": "a9", "content": {"start": 11, "end": 20}}],
        "questions": [{"id": "q1", "question": "Why?", "evidence": [], "actors": ["a7"]}],
    }
    problems = "\n".join(contract_problems(broken))
    for expected in (
        "paragraphs[0]",
        "is not the text at its span",
        "duplicate id 'a1'",
        "mentions[0]: span 3..3 is empty",
        "source 'a9' is not an actor id",
        "claims[0].content",
        "actor 'a7' does not exist",
    ):
        assert expected in problems


def test_the_checker_reads_the_held_back_questions_too() -> None:
    text = "Trump said it."
    data = {
        "schema": SCHEMA,
        "article": {"text": text},
        "actors": [{"id": "a1", "name": "Trump", "mentions": [{"start": 0, "end": 5}]}],
        "questions": [{"id": "q1", "question": "Will he?", "evidence": [{"start": 0, "end": 14}]}],
        "held_back_questions": [
            {"id": "q1", "question": "Could he?", "evidence": [{"start": 0, "end": 99}]},
            {"id": "h2", "question": " ", "actors": ["a7"], "claims": ["c3"]},
        ],
    }
    problems = "\n".join(contract_problems(data))
    for expected in (
        "held_back_questions[0]: duplicate id 'q1'",
        "held_back_questions[0].evidence[0]",
        "held_back_questions[1]: empty question",
        "held_back_questions[1]: actor 'a7' does not exist",
        "held_back_questions[1]: claim 'c3' does not exist",
    ):
        assert expected in problems
    data["held_back_questions"] = [{"id": "h1", "question": "Could he?", "actors": ["a1"]}]
    assert contract_problems(data) == []


def _with_parts(parts: list[dict[str, int]], content: dict[str, int]) -> dict:
    text = '"We will win," Lee said, "and win big."'
    claim = {"id": "c1", "source": None, "content": content, "content_parts": parts}
    return {"schema": SCHEMA, "article": {"text": text}, "claims": [claim]}


def test_content_parts_run_over_the_content_in_order() -> None:
    content = {"start": 0, "end": 39}
    good = [{"start": 0, "end": 14}, {"start": 25, "end": 39}]
    assert contract_problems(_with_parts(good, content)) == []
    backwards = [{"start": 25, "end": 39}, {"start": 0, "end": 14}]
    assert contract_problems(_with_parts(backwards, content))
    short = [{"start": 2, "end": 14}, {"start": 25, "end": 39}]
    assert contract_problems(_with_parts(short, content))
    assert contract_problems(_with_parts([{"start": 0, "end": 39}], content))


def test_a_claim_with_parts_reads_back_from_its_json() -> None:
    from briefing_tui.model import Claim, Span

    claim = Claim(
        "c1", None, None, None, "said", None, Span(0, 39), content_parts=(Span(0, 14), Span(25, 39))
    )
    data = claim.to_json()
    assert data["content_parts"] == [{"start": 0, "end": 14}, {"start": 25, "end": 39}]
    assert Claim.from_json(data) == claim
    assert "content_parts" not in Claim("c2", None, None, None, "said", None, Span(0, 9)).to_json()
