"""Naming "the ruling" of a question by the body that made it, "the subpoena" by who issued it.

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


#: Things a body issues or brings, named by who did ("the committee's subpoena").
MADE_NOUNS = frozenset(
    {"subpoena", "lawsuit", "suit", "complaint", "petition", "appeal", "motion", "request"}
)
#: Verbs by which someone issues or brings one of them (lemmas).
_MAKING_VERBS = frozenset(
    {"issue", "file", "bring", "lodge", "submit", "serve", "send", "launch", "deliver"}
)


def _maker_before(noun: Token) -> Token | None:
    """Who issued or brought the nearest earlier same thing ("The Senate Energy Committee
    issued a subpoena ..."): the named subject of its making verb, or None. Only the
    nearest earlier mention is read: no guessing further back."""
    doc = noun.doc
    for index in range(noun.i - 1, max(-1, noun.i - LOOK_BACK), -1):
        token = doc[index]
        if token.pos_ != "NOUN" or token.lemma_.lower() != noun.lemma_.lower():
            continue
        verb = token.head
        if token.dep_ != "dobj" or verb.lemma_.lower() not in _MAKING_VERBS or is_negated(verb):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ not in _NAMED:
            return None
        return subject
    return None


#: Entity types of one who may issue or bring something.
_NAMED = frozenset({"ORG", "PERSON", "GPE", "NORP"})


def _sentenced_before(noun: Token) -> Token | None:
    """Whom the nearest earlier "sentenced <person> to ..." sentenced, or None."""
    doc = noun.doc
    for index in range(noun.i - 1, max(-1, noun.i - LOOK_BACK), -1):
        verb = doc[index]
        if verb.lower_ not in {"sentenced", "sentences"} or is_negated(verb):
            continue
        # whom: its object, or the first name after it where the parse went astray
        # ("sentenced activist Lea Moss to two years" read as an adjective)
        after = doc[verb.i + 1 : min(verb.i + 6, verb.sent.end)]
        person = next((t for t in after if t.ent_type_ == "PERSON" and t.dep_ != "compound"), None)
        if person is None or person.pos_ != "PROPN":
            return None
        return person
    return None


def name_sentence(text: str, sentences: list[Span]) -> str:
    """``text`` with a bare "the sentence" named by whom the article says was sentenced
    ("Will prosecutors appeal Mira Svan's sentence?"), unless the question names that
    person already ("Will Svan appeal the sentence?" says whose)."""
    for sent in sentences:
        for noun in sent:
            if noun.lemma_.lower() != "sentence" or noun.pos_ != "NOUN" or not bare_the(noun):
                continue
            found = find_words(text, f"the {noun.text}")
            person = _sentenced_before(noun) if found is not None else None
            if person is None:
                continue
            words = [t for t in person.subtree if t.ent_type_ == "PERSON" and t.i <= person.i]
            name = noun.doc[words[0].i : person.i + 1].text
            if any(find_words(text, w.text) for w in words):
                continue  # the question names the one sentenced: "the sentence" is theirs
            text = replace_words(text, f"the {noun.text}", f"{name}'s {noun.text}")
    return text


def name_made(text: str, sentences: list[Span]) -> str:
    """``text`` with a bare "the subpoena" (or lawsuit, petition...) named by who issued or
    brought it: "its subpoena" where that one is the question's subject ("Will the Senate
    Energy Committee ask a judge to enforce its subpoena?"), else "the Senate Energy
    Committee's subpoena"."""
    for sent in sentences:
        for noun in sent:
            if noun.lemma_.lower() not in MADE_NOUNS or not bare_the(noun):
                continue
            if any(c.dep_ == "prep" and c.lower_ in _DEFINING for c in noun.children):
                continue  # "the lawsuit over the ban": said in full
            short = f"the {noun.text}"
            found = find_words(text, short)
            if found is None:
                continue
            subject = _maker_before(noun)
            if subject is None:
                continue
            maker = _said(subject)
            at = find_words(text, maker)
            said_short = find_words(text, f"the {subject.text}")  # "the committee"
            if at is None and said_short is not None and said_short.start() < found.start():
                text = replace_words(text, said_short.group(0), maker)  # the maker in full
                at, found = find_words(text, maker), find_words(text, short)
            if at is not None and found is not None and at.start() < found.start():
                owner = "their" if subject.tag_ == "NNPS" else "its"
                if subject.ent_type_ == "PERSON":
                    continue  # "his" or "her": the article does not tell which
                text = replace_words(text, short, f"{owner} {noun.text}")
            elif at is None:
                text = replace_words(text, short, f"{maker}'s {noun.text}")
    return text


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
