"""Questions that ask back what a plan, law, rule or inquiry holds, or a penalty rule.

"The expansion would add two cranes" describes the plan, "the inquiry will
examine bills from 2023" states its scope, "the company could face a fine of
up to 10 percent" states the rule: each is told as fact. The open matter is
whether the plan goes ahead, what the inquiry finds, whether a fine comes,
not what the thing holds. A holder is a noun of ``content_holders``, what it
holds a verb of ``content_verbs``; a cost in money the article states is told as fact
whatever its subject.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_words
from briefing_tui.analysis.questions.cues import lemma_set

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from spacy.tokens import Span, Token

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: Modals that tell what a thing will or would do (not "could": a possibility is a forecast).
_FUTURE = frozenset({"will", "would", "'ll", "'d", "wo", "shall"})
#: A penalty up to a ceiling: "face a fine of up to 10 percent", "as much as five years".
_CEILING = re.compile(r"\b(?:up to|as much as|a maximum of|at most)\b", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _holds(word: str) -> bool:
    """Whether a question word is a holder noun, singular or plural."""
    holders = lemma_set("content_holders")
    return word in holders or (word.endswith("s") and word[:-1] in holders)


def _content_clause(verb: Token) -> bool:
    """Whether ``verb`` tells, with "will" or "would", what a holder does, actively."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lemma_set("content_verbs"):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "the plan will be approved": its fate, not its content
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in verb.children):
        return False  # "it is unclear whether the rules will apply to ...": left open
    if not any(c.dep_ == "aux" and c.lower_.replace("’", "'") in _FUTURE for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if _costed(verb):
        return True  # "the recall election will cost 800,000 dollars": an estimate stated
    return subject.pos_ == "PRON" or (
        subject.pos_ == "NOUN" and subject.lemma_.lower() in lemma_set("content_holders")
    )


def _costed(verb: Token) -> bool:
    """ "will cost about 800,000 dollars": a sum the article states, whoever pays it."""
    return verb.lemma_.lower() == "cost" and any(
        t.ent_type_ == "MONEY" for c in verb.children if c.dep_ == "dobj" for t in c.subtree
    )


def describes_content(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the question asks what a plan, law, rule or inquiry holds ("Would the
    expansion add two cranes?", "Will the inquiry examine bills from 2023?"): its
    sentence tells it with "will"/"would" and a verb of ``content_verbs`` whose subject
    is a holder of ``content_holders`` (or a pronoun the question names as one)."""
    words = _words(text)
    modal = next((i for i, w in enumerate(words) if w in {"will", "would"}), None)
    if modal is None:
        return False
    content_verbs = lemma_set("content_verbs")
    for sent in sentences:
        strings = doc_words(sent.doc)  # _content_clause's first test, without a Token each
        candidates = (
            sent.doc[i]
            for i in range(sent.start, sent.end)
            if strings.pos[i] == "VERB" and strings.lemmas[i] in content_verbs
        )
        for verb in (t for t in candidates if _content_clause(t)):
            forms = {verb.lower_, verb.lemma_.lower()}
            at = next((i for i in range(modal + 2, len(words)) if words[i] in forms), None)
            if at is None:
                continue
            subject_words = words[modal + 1 : at]
            if _costed(verb) or any(_holds(w) for w in subject_words):
                return True
    return False


def states_a_penalty_rule(text: str) -> bool:
    """Whether the question asks whether someone could face a penalty up to a ceiling
    ("Could Northline Rail face a fine of up to 10 percent of its turnover?"): the
    article states the rule; whether a penalty comes is the matter."""
    words = _words(text)
    return "face" in words and _CEILING.search(text) is not None


def describes_layout(text: str, sentences: Sequence[Span], is_role: Callable[[str], bool]) -> bool:
    """Whether the question asks back where a structure sits or how big it is ("Will the
    three towers sit on a raised podium?"): its sentence tells it with a verb of
    ``layout_verbs`` whose subject is a common noun for a thing, not a role (``is_role``:
    "the chairman will sit on the board" is someone's seat)."""
    words = _words(text)
    modal = next((i for i, w in enumerate(words[:2]) if w in _FUTURE), None)
    if modal is None:
        return False
    layout = lemma_set("layout_verbs")
    for sent in sentences:
        strings = doc_words(sent.doc)
        for i in range(sent.start, sent.end):
            if strings.pos[i] != "VERB" or strings.lemmas[i] not in layout:
                continue
            verb = sent.doc[i]
            if verb.lower_ not in words and verb.lemma_.lower() not in words[modal + 1 :]:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
                continue
            if not is_role(subject.lemma_):
                return True
    return False
