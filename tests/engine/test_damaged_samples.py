"""Mutation run: the bundled sample, damaged in ways real copies get damaged, never crashes.

The variants are generated here from ``seeds/``: truncated mid-word, quote marks
deleted, paragraphs duplicated, shuffled, and these combined.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing_tui.contract import contract_problems
from briefing_tui.engine.analyze import analyze
from briefing_tui.reading import article_from_text

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
QUOTES = re.compile("[\"“”‘’'«»]")


def truncate_mid_word(text: str, rng: random.Random) -> str:
    """Cut inside a word somewhere after the first line."""
    words = [m for m in re.finditer(r"\w{4,}", text) if m.start() > len(text) // 10]
    word = rng.choice(words)
    return text[: word.start() + 2]


def delete_quotes(text: str, rng: random.Random) -> str:
    """Drop every quote mark."""
    return QUOTES.sub("", text)


def delete_some_quotes(text: str, rng: random.Random) -> str:
    """Drop about half of the quote marks, leaving them unbalanced."""
    return QUOTES.sub(lambda m: "" if rng.random() < 0.5 else m.group(), text)


def duplicate_paragraphs(text: str, rng: random.Random) -> str:
    """Repeat some paragraphs in place."""
    lines = text.split("\n")
    return "\n".join(line for line in lines for _ in range(1 + (rng.random() < 0.4)))


def shuffle_paragraphs(text: str, rng: random.Random) -> str:
    """Put the paragraphs in another order."""
    lines = text.split("\n")
    rng.shuffle(lines)
    return "\n".join(lines)


def join_paragraphs(text: str, rng: random.Random) -> str:
    """Lose the line breaks, as a bad copy and paste does."""
    return text.replace("\n", " ")


def everything(text: str, rng: random.Random) -> str:
    """Shuffle, duplicate, drop some quotes, then truncate."""
    for mutate in (shuffle_paragraphs, duplicate_paragraphs, delete_some_quotes):
        text = mutate(text, rng)
    return truncate_mid_word(text, rng)


MUTATIONS: list[Callable[[str, random.Random], str]] = [
    truncate_mid_word,
    delete_quotes,
    delete_some_quotes,
    duplicate_paragraphs,
    shuffle_paragraphs,
    join_paragraphs,
    everything,
]


@pytest.mark.parametrize("seed_path", SEEDS, ids=lambda p: p.stem)
@pytest.mark.parametrize("mutate", MUTATIONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("variant", range(3))
def test_mutated_sample_does_not_crash(nlp, seed_path: Path, mutate, variant: int) -> None:
    rng = random.Random(f"{seed_path.name}-{mutate.__name__}-{variant}")
    text = mutate(seed_path.read_text(encoding="utf-8"), rng)
    briefing = analyze(article_from_text(text, "mutated"), nlp=nlp)
    assert contract_problems(briefing.to_json()) == []


def test_there_is_a_sample() -> None:
    assert SEEDS
