"""A "whether" clause with a verb of its own, said as the statement a decision may make.

"(decide) whether further action was needed against the licence" -> "further action is
needed against the licence": the clause without "whether", its tense told back from
reported speech to the present ("was" -> "is", "should" stays), cut at its first
comma. Only a clause whose tense is carried by a form of "be", "have" or a modal can be
told back; a clause with a past lexical verb ("whether the officer acted lawfully") or
one that leans on the article ("whether it was needed") gives None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.phrasing import running_words

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Past forms of reported speech, told back to the present.
_PRESENT = {"was": "is", "were": "are", "had": "has", "would": "will", "could": "can"}
#: Modals and present forms that stay as they are.
_KEPT = frozenset({"should", "must", "might", "may", "is", "are", "has", "have", "can", "will"})
#: Words a clause may not lean on: it needs the article to be understood.
_NEEDS_ARTICLE = frozenset({"it", "this", "that", "these", "those", "them", "such", "one"})
_NEEDS_ARTICLE |= {"he", "she", "they", "his", "her", "their", "its"}
#: Longest clause, in words.
_MAX_WORDS = 14


def whether_said(clause: Token) -> str | None:
    """The statement a "whether" clause headed by ``clause`` asks, in the present; None
    where its tense cannot be told back or it needs the article."""
    if not any(c.lower_ == "whether" for c in clause.children):
        return None
    carriers = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if clause.lemma_ == "be" and clause.pos_ == "AUX":
        carriers.append(clause)
    if not carriers or (clause.tag_ in {"VBD"} and clause.lemma_ != "be"):
        return None
    first = min(carriers, key=lambda t: t.i)
    if first.lower_ not in _PRESENT and first.lower_ not in _KEPT:
        return None
    words = []
    for token in clause.subtree:
        if token.lower_ == "whether" and token.head == clause:
            continue
        if token.is_punct and token.i > clause.i:
            break  # ", including a possible suspension": an aside
        words.append(token)
    if {t.lower_ for t in words} & _NEEDS_ARTICLE or len(words) > _MAX_WORDS:
        return None
    if any(t.is_quote for t in words):
        return None
    text = running_words(words)
    told = _PRESENT.get(first.lower_)
    if told is not None:
        prefix = running_words([t for t in words if t.i < first.i])
        rest = running_words([t for t in words if t.i > first.i])
        text = " ".join(part for part in (prefix, told, rest) if part)
    return text
