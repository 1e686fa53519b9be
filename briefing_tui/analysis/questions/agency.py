"""Whether a question makes a place or a structure the one who acts.

"Will the Korday border crossing ask the Commission to intervene?" took its
subject from one clause ("the crossing stayed shut") and its verb from another
("the chamber would ask"): a crossing cannot ask. A verb of ``agentive_verbs``
needs someone who acts; a subject whose head is a noun of ``thing_nouns`` or a
geographic place (not a country or a city, which act through their
governments) is none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.cues import lemma_set

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_OPENERS = frozenset(
    {"will", "would", "can", "could", "may", "might", "shall", "should", "must"}
    | {"is", "are", "was", "were", "do", "does", "did", "has", "have", "had"}
)
#: Words after which a subject's phrase goes on past its head ("the Ministry of Roads").
_AFTER_HEAD = frozenset({"of", "in", "at", "for", "from", "on", "with", "near", "and", ","})


def thing_as_agent(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the question's subject is a place or structure and its verb needs someone
    who acts ("Will the Korday border crossing ask the Commission to intervene?")."""
    words = _WORD.findall(text)
    lower = [w.lower() for w in words]
    opener = next((i for i, w in enumerate(lower) if w in _OPENERS), None)
    if opener is None:
        return False
    acting = lemma_set("agentive_verbs")
    verb = next((i for i in range(opener + 2, len(lower)) if lower[i] in acting), None)
    if verb is None:
        return False
    subject = words[opener + 1 : verb]
    cut = next((i for i, w in enumerate(subject) if w.lower() in _AFTER_HEAD), len(subject))
    subject = subject[:cut]
    if not subject:
        return False
    head = subject[-1]
    things = lemma_set("thing_nouns")
    for sent in sentences:
        for token in sent:
            if token.text != head:
                continue
            if token.lemma_.lower() in things or token.ent_type_ == "LOC":
                return True
    return False
