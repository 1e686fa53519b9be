"""Whether a question asks a decision a deciding body has still to take.

A court that may uphold a rule, a chamber that still has to vote, an agency
that has to rule: after a news event, that pending decision is usually the
article's central open matter ("Will the full Senate vote on the bill?",
"Will the appeals court uphold the rules?"), so it ranks first. A question
asks one when its own words hold a verb of deciding and a deciding body, both
taken from the sentence it was raised from.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_words
from briefing_tui.analysis.questions.scope import is_negated

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Verbs of an institutional decision (lemmas).
DECIDING_VERBS = frozenset(
    {
        "rule",
        "decide",
        "vote",
        "appeal",
        "uphold",
        "overturn",
        "overrule",
        "reverse",
        "strike",
        "approve",
        "reject",
        "veto",
        "override",
        "pass",
        "block",
        "review",
        "hear",
        "confirm",
        "ratify",
        "certify",
        "enforce",
        "indict",
        "subpoena",
        "sanction",
        "adopt",
        "repeal",
        "amend",
    }
)
#: Nouns of a body that decides (lemmas).
DECIDING_BODIES = frozenset(
    {
        "court",
        "judge",
        "justice",
        "jury",
        "congress",
        "senate",
        "house",
        "chamber",
        "committee",
        "subcommittee",
        "panel",
        "legislature",
        "parliament",
        "assembly",
        "council",
        "board",
        "commission",
        "agency",
        "regulator",
        "lawmaker",
        "legislator",
        "senator",
        "tribunal",
        "circuit",
        "department",
        "ministry",
    }
)


#: Verbs of a party's next move in a legal or institutional fight (lemmas): "the state
#: would appeal", "his lawyers would challenge the subpoena".
LEGAL_MOVES = frozenset(
    {"appeal", "challenge", "contest", "sue", "petition", "prosecute", "impeach", "filibuster"}
)
#: Verbs with which a party takes a matter to a deciding body ("ask the court to ...").
_TAKING_TO = frozenset({"ask", "petition", "urge", "request"})
#: Verbs with which a party carries a matter "to" a deciding body ("take the case to the
#: Court of Appeal", "bring the dispute to the tribunal").
_CARRYING_TO = frozenset({"take", "bring", "refer", "submit"})


def _attracts(verb: Token) -> bool:
    """ "likely to appeal to voters": "appeal to" someone not a deciding body attracts."""
    if verb.lemma_.lower() != "appeal":
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        if not any(g.lemma_.lower() in DECIDING_BODIES for g in prep.subtree):
            return True
    return False


def is_decision_move(verb: Token) -> bool:
    """Whether ``verb`` is a step in a decision still to come: a party's legal move
    ("would appeal the ruling"), a deciding body's own act ("the Senate would vote on
    it"), or taking a matter to a body ("would ask the Supreme Court to review it", "will take
    the matter to the Court of Appeal")."""
    lemma = verb.lemma_.lower()
    if lemma in LEGAL_MOVES:
        return not _attracts(verb)
    if lemma in _TAKING_TO:
        return any(
            c.dep_ in {"dobj", "dative"} and c.lemma_.lower() in DECIDING_BODIES
            for c in verb.children
        )
    if lemma in _CARRYING_TO:
        return any(
            g.dep_ == "pobj" and g.lemma_.lower() in DECIDING_BODIES
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children
        )
    if lemma not in DECIDING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.lemma_.lower() in DECIDING_BODIES


def _takes_up(verb: Token) -> bool:
    """ "The board will take up the plan": a body puts a matter to its decision."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children
    )


#: Verbs a question asks a vote's outcome by ("Will the Assembly pass the bill?").
_OUTCOMES = frozenset({"pass", "approve", "accept", "ratify", "confirm"})


def _votes(token: Token) -> bool:
    """A body's vote or its taking a measure up ("votes on", "take it up")."""
    return token.pos_ == "VERB" and (token.lemma_.lower() == "vote" or _takes_up(token))


def asks_a_decision(question: str, sentences: list[Span]) -> bool:
    """Whether ``question`` asks a decision a deciding body has still to take: a deciding
    verb and a deciding body of its sentences, both said in the question."""
    words = set(re.findall(r"[a-z]+", question.lower()))
    verb = body = False
    for sent in sentences:
        lowers = doc_words(sent.doc).lowers
        for token in (sent.doc[i] for i in range(sent.start, sent.end) if lowers[i] in words):
            if token.lower_ not in words:
                continue
            lemma = token.lemma_.lower()
            if token.pos_ in {"VERB", "AUX"} and (lemma in DECIDING_VERBS or _takes_up(token)):
                verb = True
            if token.pos_ in {"NOUN", "PROPN"} and lemma in DECIDING_BODIES:
                body = True
        if words & _OUTCOMES and any(_votes(t) for t in sent):
            verb = True  # "Will the Assembly pass the bill ...?" from "votes on the bill"
    return verb and body


def names_a_decision(question: str, sentences: list[Span]) -> bool:
    """Whether ``question`` asks a decision still to be taken, with its evidence in its own
    words: a deciding body and a verb of deciding (``asks_a_decision``), or a party's
    legal move ("Will the state appeal the ruling?")."""
    if asks_a_decision(question, sentences) or _asks_a_sentence(question, sentences):
        return True
    words = set(re.findall(r"[a-z]+", question.lower()))
    return any(
        t.lower_ in words
        and t.pos_ == "VERB"
        and t.lemma_.lower() in LEGAL_MOVES
        and not _attracts(t)
        for sent in sentences
        for t in (
            sent.doc[i]
            for i, lower in enumerate(doc_words(sent.doc).lowers[sent.start : sent.end], sent.start)
            if lower in words
        )
    )


def _asks_a_sentence(question: str, sentences: list[Span]) -> bool:
    """ "What sentence will Ann Reed receive on May 3?" from a sentencing set for a day:
    the court's sentence is its decision still to be taken."""
    if not question.startswith("What sentence will "):
        return False
    return any(
        t.lemma_.lower() == "sentencing" or (t.lemma_.lower() == "sentence" and t.pos_ == "VERB")
        for sent in sentences
        for t in sent
    )


def body_acted_later(body: Token, verbs: frozenset[str]) -> bool:
    """Whether a sentence after ``body``'s tells a body of the same noun doing one of
    ``verbs`` in the past, not negated ("the House voted 230-190", "the board approved
    the merger"): the step the question would wait for is told as done."""
    lemma = body.lemma_.lower()
    for verb in body.doc[body.sent.end :]:
        if verb.lemma_.lower() not in verbs or verb.tag_ != "VBD" or is_negated(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() == lemma:
            return True
    return False
