"""Naming a pronoun that opens a condition by the proceeding it stands for.

"Talks with Corva Shipping resume on Monday. The union says it will strike if
they fail" asks "Will the union strike if talks with Corva Shipping fail?":
"they" stands for the nearest proceeding noun (``proceedings``: talks, a
hearing, negotiations) of the same number before it, in its own sentence or
the one before. With no such noun, or one whose phrase is long, the pronoun
stays and the references check holds the question back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.sentences import doc_sentences

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Dependents left out of the named proceeding: asides and clauses.
_ASIDES = frozenset({"appos", "acl", "relcl", "punct", "advcl"})
#: The longest phrase a proceeding is named by, in words.
_LONGEST = 9


def _proceeding_before(pronoun: Token) -> Token | None:
    plural = pronoun.lower_ == "they"
    doc = pronoun.doc
    sentences = doc_sentences(doc)
    own = next(k for k, s in enumerate(sentences) if s.start <= pronoun.i < s.end)
    start = sentences[own - 1].start if own > 0 else sentences[own].start
    kinds = {entry.partition("/")[0] for entry in lemma_set("proceedings")}
    for token in reversed(doc[start : pronoun.i]):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in kinds:
            continue
        if (token.tag_ == "NNS") == plural:
            return token
        return None  # the nearest proceeding is of the other number: not this one
    return None


def _named(noun: Token) -> str | None:
    cut = {t.i for c in noun.children if c.dep_ in _ASIDES for t in c.subtree}
    words = [t for t in noun.subtree if t.i not in cut]
    if len(words) > _LONGEST or any(t.ent_type_ == "DATE" for t in words):
        return None
    if words[-1].pos_ not in {"NOUN", "PROPN"} or len(words) != words[-1].i - words[0].i + 1:
        return None  # "talks between the union and": a misparsed phrase, cut short
    if any(t.dep_ == "cc" and not any(c.dep_ == "conj" for c in t.head.children) for t in words):
        return None
    text = noun.doc[words[0].i : words[-1].i + 1].text
    if words[0].i != noun.i or words[0].is_sent_start:
        first = words[0]
        if first.is_sent_start and first.pos_ in {"DET", "NOUN"}:
            text = text[:1].lower() + text[1:]
    return text


def name_condition_pronoun(question: str, condition: Token) -> str:
    """``question`` with the pronoun subject of its condition ("if they fail") named by the
    proceeding it stands for ("if talks with Corva Shipping fail"), where one is found."""
    subject = next((c for c in condition.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in {"they", "it"}:
        return question
    noun = _proceeding_before(subject)
    named = _named(noun) if noun is not None else None
    if named is None:
        return question
    pattern = rf"\b(if|unless) {subject.lower_} (?={re.escape(condition.text)}\b)"
    return re.sub(pattern, lambda m: f"{m.group(1)} {named} ", question, count=1, flags=re.I)
