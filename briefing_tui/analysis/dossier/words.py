"""Words compared across articles: function words and negations set aside, endings cut."""

from __future__ import annotations

import re
from functools import lru_cache

#: Words that carry no content: statements are compared without them.
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "into",
        "about",
        "than",
        "then",
        "so",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "it's",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "they",
        "them",
        "their",
        "there",
        "here",
        "who",
        "whom",
        "which",
        "what",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "some",
        "very",
        "just",
        "also",
        "too",
        "said",
        "says",
        "say",
    ]
)
#: Words that turn a statement into its opposite.
NEGATIONS = frozenset(
    ["not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "n't", "cannot"]
)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_ENDINGS = ("ing", "ed", "es", "s", "e", "d")


def words(text: str) -> tuple[str, ...]:
    """The lower-case words of ``text``, "n't" kept as a word of its own."""
    text = text.casefold().replace("’", "'")
    return tuple(_WORD.findall(text.replace("n't", " n't ")) + _NOT.findall(text))


_NOT = re.compile(r"(?<=\w)n't")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A word without its inflection ("approved", "approves", "approve" -> "approv")."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            word = word[: -len(ending)]
            break
    return word.removesuffix("e") if len(word) > 4 else word


def content_words(text: str) -> frozenset[str]:
    """The stems of the words of ``text`` that carry content."""
    return frozenset(stem(w) for w in words(text) if w not in FUNCTION_WORDS and w not in NEGATIONS)


def negated(text: str) -> bool:
    """Whether ``text`` holds a negation."""
    return any(w in NEGATIONS for w in words(text))


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of the smaller set's words the other holds."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
