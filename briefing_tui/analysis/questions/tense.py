"""A question about now asked in the present perfect, not in a reported past perfect.

Reported speech shifts tenses back: "She would not say whether the firm had
received a subpoena" reports the present "Has the firm received a subpoena?".
A question lifted from it keeps the shift ("Had the firm received ...?") and
reads as asking about some past moment. An open matter (not a dispute over a
past act) is asked in the present perfect, "Has"/"Have" by the subject's number;
a question with its own past time ("before the recall", "in May", "last year")
keeps its "Had": it asks about that moment.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Words that give a question a moment of its own in the past.
_PAST_TIME = re.compile(
    r"\b(?:ago|yesterday|last|earlier|previously|before|by then|at the time|when|until"
    r"|in (?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|(?:19|20)\d\d)"
    r"|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_PLURAL_PRONOUNS = frozenset({"they", "we", "you", "both", "all"})


def _tags(word: str, sentences: list[Span]) -> set[str]:
    """The tags ``word`` has in ``sentences``."""
    return {t.tag_ for sent in sentences for t in sent if t.text == word}


def present_perfect(text: str, sentences: list[Span]) -> str:
    """``text`` ("Had the firm received a subpoena?") asked as "Has the firm received a
    subpoena?" where it holds no past time of its own; else ``text`` as it is."""
    if not text.startswith("Had ") or _PAST_TIME.search(text):
        return text
    words = text[4:].rstrip("?").split()
    at = next(
        (i for i, w in enumerate(words) if i and "VBN" in _tags(w.strip(",’'"), sentences)),
        None,
    )
    if at is None:
        return text
    subject = words[:at]
    last = subject[-1].strip(",")
    plural = (
        "and" in subject
        or subject[0].lower() in _PLURAL_PRONOUNS
        or bool(_tags(last, sentences) & _PLURAL_TAGS)
    )
    return ("Have " if plural else "Has ") + text[4:]
