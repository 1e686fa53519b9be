"""Naming "the rules" of a question by the name an earlier apposition gave them.

"The agency's Clean Air Standard, a rule that would cut emissions, ..." tells
that the rule has a name; a later "Will the court uphold the rules?" asks about
that named thing: "Will the court uphold the agency's Clean Air Standard?".
Only a bare definite noun ("the rules", "the plan") is named, by a name the
article itself set beside the same noun, singular or plural.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_words, tokens_where
from briefing_tui.analysis.questions.phrasing import statement
from briefing_tui.analysis.questions.references import (
    MODAL_OPENING,
    TRANSPARENT,
    bare_the,
    find_words,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: How many tokens back the naming apposition may sit.
LOOK_BACK = 1500
#: The most words a name may bring into a question.
MAX_NAME_WORDS = 8


#: Entity types of a party to a dealing, not the dealing itself.
_PARTIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
#: Nouns of something done between parties ("a deal", "a merger"), which an apposition
#: beside a party's name does not name.
_DEALINGS = frozenset(
    {"deal", "agreement", "merger", "acquisition", "purchase", "sale", "takeover", "move"}
    | {"transaction", "buyout", "decision", "step", "settlement", "pact", "accord"}
)


def _name_words(name: Token, apposition: Token) -> str | None:
    """The words of the named thing, without its apposition or a clause after it."""
    cut = {
        t.i
        for c in name.children
        if c.i > name.i and c.dep_ in {"appos", "relcl", "acl", "punct", "prep", "conj", "cc"}
        for t in c.subtree
    }
    cut |= {t.i for t in apposition.subtree}
    words = [t for t in name.subtree if t.i not in cut and not t.is_punct]
    if not words or len(words) > MAX_NAME_WORDS:
        return None
    if words[0].pos_ == "PRON":  # "its Green Grid Plan": the pronoun would need the article
        words = words[1:]
        return "the " + statement(words)[9:-1] if words else None
    text = statement(words)[9:-1]
    return "the" + text[3:] if words[0].lower_ == "the" else text


def _doer(verb: Token) -> Token | None:
    """Who does ``verb``: its subject, through "agreed to" and a reported "it" ("Shopwell
    said that it had agreed to buy ...": Shopwell)."""
    node = verb
    for _ in range(4):
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.pos_ != "PRON":
            return subject
        if node.dep_ not in {"xcomp", "ccomp", "conj"} or node.head == node:
            return None
        node = node.head
    return None


def _dealing(deal: Token) -> str | None:
    """ "Shopwell agreed to buy Marketco, a deal that ...": "Shopwell's deal to buy
    Marketco", the dealing said by the clause it sums up."""
    if deal.dep_ not in {"npadvmod", "appos"}:
        return None
    node = deal.head
    while node.pos_ != "VERB" and node.dep_ in {"dobj", "pobj", "prep"} and node.head != node:
        node = node.head
    if node.pos_ != "VERB":
        return None
    xcomp = next((c for c in node.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    action = xcomp or node
    obj = next((c for c in action.children if c.dep_ == "dobj"), None)
    doer = _doer(action)
    if obj is None or doer is None or action.lemma_ in {"be", "have"}:
        return None
    if obj.pos_ == "PROPN":
        words = [t for t in obj.subtree if t.pos_ == "PROPN" and t.i <= obj.i]
    else:
        cut = {t.i for c in obj.children if c.i > obj.i for t in c.subtree}
        words = [t for t in obj.subtree if t.i not in cut]
    who = [t for t in doer.subtree if t.i <= doer.i and t.dep_ != "det"]
    if not words or not who or len(who) + len(words) > MAX_NAME_WORDS:
        return None
    doc = deal.doc
    who_text = doc[who[0].i : doer.i + 1].text
    thing = doc[words[0].i : words[-1].i + 1].text
    thing = thing if words[0].pos_ == "PROPN" else thing[:1].lower() + thing[1:]
    return f"{who_text}'s {deal.text} to {action.lemma_} {thing}"


#: Nouns of a collection that an apposition may be said with ("a set of rules").
_COLLECTIONS = frozenset({"set", "package", "series", "suite", "body", "raft", "batch"})


def _collective(token: Token) -> Token:
    """The collection a noun is said with ("set" in "a set of rules"), else the noun."""
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_ in _COLLECTIONS:
        return prep.head
    return token


def _short_reference(noun: Token) -> Token | None:
    """The "the" of a bare reference ("the rules", "the federal rules"), else None."""
    if bare_the(noun):
        return next(c for c in noun.children if c.i < noun.i)
    left = [c for c in noun.children if c.i < noun.i]
    plain = [c for c in left if c.dep_ == "amod" and c.lower_ in TRANSPARENT]
    dets = [c for c in left if c.dep_ == "det" and c.lower_ == "the"]
    if noun.pos_ != "NOUN" or len(dets) != 1 or len(left) != len(plain) + 1 or not plain:
        return None
    return dets[0]


def _named_by_apposition(noun: Token) -> str | None:
    """The name an earlier apposition gave a thing of the same noun ("the Clean Air
    Standard, a rule that ..."; "a rule, the Clean Air Standard, ..."), or None."""
    lemma = noun.lemma_.lower()
    doc = noun.doc
    strings = doc_words(doc)  # a Token is built for the same noun only
    lemmas, pos = strings.lemmas, strings.pos
    for index in range(noun.i - 1, max(-1, noun.i - LOOK_BACK), -1):
        if lemmas[index] != lemma or pos[index] != "NOUN":
            continue
        token = doc[index]
        if lemma in _DEALINGS and token.dep_ in {"npadvmod", "appos"}:
            dealing = _dealing(token)
            if dealing is not None:
                return dealing
        token = _collective(token)  # "the Clean Air Plan, a set of rules that ..."
        named = token.head if token.dep_ == "appos" else None
        named = named or next((c for c in token.children if c.dep_ == "appos"), None)
        if named is None or named.pos_ != "PROPN":
            continue
        if named.ent_type_ in _PARTIES and lemma in _DEALINGS:
            return None  # "agreed to buy Marketco, a deal that ...": the deal is no company
        if _rival_body(named, noun):
            return None  # "the party" a paragraph on, beside another party: in doubt
        return _name_words(named, token)
    return None


#: Entity types of a body that acts, which a rival in the noun's sentence puts in doubt.
_BODIES = frozenset({"ORG", "NORP"})


def _rival_body(named: Token, noun: Token) -> bool:
    """Whether an apposition named a body ("the Civic Union, a small party") in an earlier
    paragraph and the noun's own sentence names another body ("after the Farmers Party's
    deputies met, Lind said the party would ..."): which one it is, is in doubt."""
    between = noun.doc[named.i : noun.i].text
    if "\n\n" not in between and "\n \n" not in between:
        return False
    name = {t.lower_ for t in named.subtree} | {named.lower_}
    return any(
        t.ent_type_ in _BODIES and t.pos_ == "PROPN" and t.lower_ not in name for t in noun.sent
    )


def name_by_apposition(text: str, sentences: list[Span]) -> str:
    """``text`` with a bare "the rules" (any noun) named by the name an earlier
    apposition of the article gave the same noun, where the verb's number cannot clash."""
    for sent in sentences:
        for noun in tokens_where(sent, "pos", ("NOUN",)):  # a short reference is a noun
            det = _short_reference(noun)
            if det is None:
                continue
            found = find_words(text, noun.doc[det.i : noun.i + 1].text)
            if found is None:
                continue
            is_subject = noun.dep_ in {"nsubj", "nsubjpass"}
            if is_subject and noun.tag_ == "NNS" and not MODAL_OPENING.match(text):
                continue  # "Are the rules legal?" would not agree with one name
            name = _named_by_apposition(noun)
            if name is None or name.lower() in text.lower():
                continue
            text = text[: found.start()] + name + text[found.end() :]
    return text
