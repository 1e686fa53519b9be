"""Whether a question recasts an expert's caution as a matter to wait for.

"The testing used so far might not reliably tell the strains apart" warns of a limit; asked
back as "Will the testing tell the strains apart?" it waits for nothing. The caution is a
possibility modal with "not" on a verb whose subject is an unnamed method or finding (no
name, no number) in a sentence that gives no date for it. A named or dated test ("the
tests due next week may not ...") is pending and stays a question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.doctext import doc_words, ents_within
from briefing_tui.analysis.questions.rules import is_role_word

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: Modals of possibility a caution is said with.
_POSSIBLE = frozenset({"may", "might", "could"})
#: Entity types that date a pending result.
_DATED = frozenset({"DATE", "TIME"})


def recast_caution(text: str, sentences: Sequence[Span]) -> bool:
    """Whether ``text`` asks, without its "not", what a sentence of ``sentences`` says an
    unnamed, undated method or finding may not do."""
    asked = {w.lower() for w in _WORD.findall(text)}
    if asked & {"not", "never"} or any(w.endswith(("n't", "n’t")) for w in asked):
        return False
    for sent in sentences:
        lowers = doc_words(sent.doc).lowers
        if not any(lowers[i] in _POSSIBLE for i in range(sent.start, sent.end)):
            continue  # no possibility modal: no verb of the sentence is cautioned
        if any(e.label_ in _DATED for e in ents_within(sent)):
            continue
        for verb in sent:
            if _cautioned(verb, asked):
                return True
    return False


@cache
def _deciders() -> frozenset[str]:
    """Nouns for bodies and people who act: what they may not do is a pending decision."""
    return data_files.words("questions/body_nouns.txt")


def _decider(lemma: str) -> bool:
    return lemma in _deciders() or is_role_word(lemma)


def _cautioned(verb: Token, asked: set[str]) -> bool:
    """Whether ``verb`` carries a negated possibility modal, is asked back, and has an
    unnamed common noun as its subject."""
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in children):
        return False
    if not any(c.dep_ == "neg" for c in children):
        return False
    asked_verbs = {verb.lower_} | {c.lower_ for c in verb.subtree if c.dep_ == "xcomp"}
    if not asked_verbs & asked:
        return False
    subjects = [c for c in children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and all(_unnamed(s) for s in subjects)


def _unnamed(subject: Token) -> bool:
    """A common noun for a method or a finding, not for someone who decides ("the court",
    "a judge"), with no name or number in its phrase."""
    if subject.pos_ != "NOUN" or _decider(subject.lemma_.lower()):
        return False
    return not any(t.pos_ == "PROPN" or t.like_num or t.ent_type_ for t in subject.subtree)
