"""How much of the article's headline a question names: the story's central matter first.

A news headline names the one matter the story is about ("Nasal Spray Recall
Widens as Officials Investigate Infections"); a question that asks about the
same things ("Did the saline nasal spray cause the infections?") is that
matter, and ranks before side issues raised deeper in the story ("Did the plant
have a history of quality problems?"). The share is that of the headline's
content words (four letters or more, not function words) the question repeats.
"""

from __future__ import annotations

import re
from functools import cache

#: Words of four letters or more that say nothing of a headline's matter.
_PLAIN = frozenset(
    {"says", "said", "over", "with", "from", "into", "after", "amid", "what", "when", "will"}
    | {"this", "that", "than", "more", "most", "they", "their", "have", "been", "were"}
    | {"about", "under", "against", "before", "new", "would", "could", "does"}
)
#: The most headline words a question need repeat to count as naming the whole matter.
ENOUGH = 3
#: The longest first line, in words, taken for a headline.
HEADLINE_WORDS = 25


def _stem(word: str) -> str:
    """A word without a plural or verb ending, to match "infections" with "infection"."""
    for suffix in ("ing", "ies", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _content(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z][a-z'-]{3,}", text.lower())
    return frozenset(_stem(w) for w in words if w not in _PLAIN)


@cache
def headline_words(text: str) -> frozenset[str]:
    """The content words of an article's headline: its first line, when that line has no
    closing punctuation and is short; none when the article opens with a sentence."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if not first or first[-1] in ".!?\"'”’)" or len(first.split()) > HEADLINE_WORDS:
        return frozenset()
    return _content(first)


def headline_share(question: str, article: str) -> float:
    """0..1: how fully ``question`` names the headline's matter (``ENOUGH`` of its content
    words, or all of a shorter headline's, count as fully)."""
    headline = headline_words(article)
    if not headline:
        return 0.0
    shared = len(_content(question) & headline)
    return min(1.0, shared / min(ENOUGH, len(headline)))
