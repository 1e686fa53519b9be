"""Naming "the ruling" of a question by the body that made it.

"Will the trade group ask the Supreme Court to review the decision?" needs the
article: which decision? The nearest earlier act of a deciding body in the
article answers it ("A state appeals court on Tuesday upheld a ban ..."), and
the question names it by that body: "... to review the state appeals court's
decision?". Only a decision noun said bare ("the ruling", "the order") is
named, and only by a body that the article says decided.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import tokens_where
from briefing_tui.analysis.questions.phrasing import statement
from briefing_tui.analysis.questions.references import bare_the, find_words, replace_words
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.stakes import DECIDING_BODIES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Nouns for what a court or a body decided (lemmas).
RULING_NOUNS = frozenset({"decision", "ruling", "order", "judgment", "judgement", "verdict"})
#: Verbs with which a deciding body decides (lemmas).
_RULING_VERBS = frozenset(
    {"rule", "decide", "uphold", "overturn", "reverse", "strike", "order", "block", "reject"}
    | {"dismiss", "throw", "find", "approve", "deny", "grant", "vacate", "sentence", "convict"}
)
#: Prepositions whose phrase says which ruling it is ("the ruling on the ban").
_DEFINING = frozenset({"on", "of", "against", "for", "about", "in", "over"})
#: How many tokens back the deciding act may sit.
LOOK_BACK = 400


def _body(subject: Token) -> bool:
    """Whether a subject is a deciding body ("a state appeals court", "Judge Ann Lee")."""
    words = [subject, *(c for c in subject.children if c.dep_ == "compound")]
    return any(w.lemma_.lower() in DECIDING_BODIES for w in words)


def _said(subject: Token) -> str:
    """The body's words, made definite: "a state appeals court" -> "the state appeals court"."""
    cut = {
        t.i
        for c in subject.children
        if c.dep_ in {"relcl", "acl", "appos", "prep", "punct"} or c.i > subject.i
        for t in c.subtree
    }
    words = [t for t in subject.subtree if t.i not in cut and not t.is_punct]
    text = statement(words)[9:-1]
    first = words[0]
    if first.dep_ == "det":
        text = "the" + text[len(first.text) :]
    elif first.pos_ != "PROPN":
        text = text[:1].lower() + text[1:]
    return text


def _decider_before(noun: Token) -> Token | None:
    """The subject of the nearest earlier act of a deciding body, or None."""
    doc = noun.doc
    for index in range(noun.i - 1, max(-1, noun.i - LOOK_BACK), -1):
        verb = doc[index]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RULING_VERBS or is_negated(verb):
            continue
        if verb.tag_ not in {"VBD", "VBN", "VBZ"} or verb.dep_ in {"xcomp", "relcl", "acl"}:
            continue  # "is expected to rule", "a court that may rule": not a decision taken
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and _body(subject):
            return subject
    return None


def name_rulings(text: str, sentences: list[Span]) -> str:
    """``text`` with a bare "the ruling" (or decision, order...) named by the deciding body
    whose act the article told before it ("the state appeals court's decision")."""
    for sent in sentences:
        for noun in tokens_where(sent, "lemmas", RULING_NOUNS):
            if noun.lemma_.lower() not in RULING_NOUNS:
                continue
            defining = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _DEFINING]
            if not bare_the(noun) or defining:
                continue  # "the court's ruling", "the ruling on the ban": said in full
            short = f"the {noun.text}"
            if find_words(text, short) is None:
                continue
            subject = _decider_before(noun)
            if subject is None:
                continue
            body = _said(subject)
            if body.lower() in text.lower():
                continue  # "Will the court stay the ruling?": its own ruling
            text = replace_words(text, short, f"{body}'s {noun.text}")
    return text
