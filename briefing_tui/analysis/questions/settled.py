"""Whether a question's own sentence settles it, its subject told closed in the past.

"The trial, scheduled for May, was called off" asks nothing about the trial,
whatever clause of the sentence raised the question.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.cues import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: How many content words of the settled subject a question must share to be about it.
SHARED_WORDS = 2


@cache
def _settled_events() -> frozenset[str]:
    """The entries of ``settled_events``, lowered, read once (asked of every question)."""
    return frozenset(e.lower() for e in lexicon("settled_events"))


def _closing(root: Token) -> bool:
    """Whether ``root`` is a verb of ``settled_events`` told in the past ("was called off")."""
    particle = next((c.lower_ for c in root.children if c.dep_ == "prt"), "")
    lemma = root.lemma_.lower()
    entries = _settled_events()
    if lemma not in entries and f"{lemma} {particle}" not in entries:
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children):
        return False  # "will be called off": still to come
    past_aux = any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in root.children)
    return root.tag_ == "VBD" or past_aux


def settled_by_sentence(question: str, sentences: list[Span]) -> bool:
    """Whether the question asks about the subject of a sentence of its own whose main verb
    closes it, told in the past ("Will the fraud trial of Tom Rask come in May?" from
    "The fraud trial of Tom Rask, scheduled for May, was called off")."""
    asked = {w.lower() for w in re.findall(r"[A-Za-z][\w’'-]+", question)}
    for sent in sentences:
        root = sent.root
        if not _closing(root):
            continue
        # only a passive subject is the closed matter ("the trial was called off"); an
        # active one acts ("the firm completed the first phase") and may act again
        subject = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
        if subject is None:
            continue
        words = {
            t.lower_
            for t in subject.subtree
            if t.is_alpha and not t.is_stop and t.pos_ in {"NOUN", "PROPN"}
        }
        if len(words & asked) >= min(SHARED_WORDS, len(words)):
            return True
    return False
