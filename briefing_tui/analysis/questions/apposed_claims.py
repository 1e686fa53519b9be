"""A statement noun set after a clause, which a denial's own clause rejects: the clause is disputed.

"The ferry line said its captain had followed every rule, *a claim the port authority
rejected*"; "the bank said no customer data had been copied, *an assertion disputed by
an analyst*": the noun ("claim", "assertion": the ``claim_nouns`` lexicon) sums up the
clause just before its comma, and the denial verb hangs on the noun with no object of
its own, as a relative clause with its own subject ("the port authority rejected") or
a passive participle with its agent ("disputed by an analyst"). The clause summed up
is what the two sides dispute; ``disputes.from_parse`` asks it, as the teller's side
tells it where the teller denies ("no customer data had been copied": "Were customer
data copied during the outage?", ``denied_words``), and a "its" or "it" of the clause is
the teller named (``teller_owns``: "its captain" told by the ferry line is "the ferry
line's captain"); where the teller has no name, the question keeps its pronoun and the
``vague-reference`` veto holds it back.

Nothing is found where the noun stands in its clause's own place ("rejected the claim
that ...": ``disputes.from_parse`` reads that), where no comma sets it apart, or where
the denial's clause has no denier (a subject or a "by" agent).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.phrasing import possessive
from briefing_tui.analysis.questions.rules import with_the
from briefing_tui.analysis.questions.scope import clause_verb

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from briefing_tui.analysis.questions.rules import RuleContext

#: Relations of a noun set beside a clause or a reporting verb ("..., a claim ...").
_APPOSED = frozenset({"appos", "npadvmod", "conj", "dobj", "attr"})
#: Relations a denial's clause takes on its statement noun.
_DENIAL_ON_NOUN = frozenset({"relcl", "acl"})
#: Relations that name who denies: a relative clause's subject, a participle's agent.
_DENIERS = {"relcl": frozenset({"nsubj"}), "acl": frozenset({"agent"})}
#: Relations of a denial's own object, which make it deny that object, not the noun.
_OWN_OBJECTS = frozenset({"dobj", "ccomp", "nsubjpass", "xcomp"})


def summed_clause(denial: Token) -> Token | None:
    """The verb of the clause a statement noun sums up, where ``denial`` is the verb of a
    relative clause or participle on that noun rejecting it ("..., a claim the commission
    rejected"; "..., a claim disputed by a researcher"); None otherwise."""
    noun = denial.head
    if denial.dep_ not in _DENIAL_ON_NOUN or noun.i == denial.i:
        return None
    if noun.lemma_.lower() not in lemma_set("claim_nouns") or noun.dep_ not in _APPOSED:
        return None
    if denial.dep_ == "acl" and denial.tag_ != "VBN":
        return None  # "a claim denying ...": the noun itself denies, it is not denied
    if not any(c.dep_ in _DENIERS[denial.dep_] for c in denial.children):
        return None
    if any(c.dep_ in _OWN_OBJECTS for c in denial.children):
        return None  # "a claim that rejects the plan": the plan is rejected
    first = noun.left_edge
    if first.i < 2 or first.i <= first.sent.start:
        return None
    comma = first.doc[first.i - 1]
    if comma.text not in {",", "—", "–", ";"}:
        return None
    before = first.doc[comma.i - 1]
    if before.i < first.sent.start:
        return None
    clause = clause_verb(before)
    if clause.pos_ not in {"VERB", "AUX"} or clause.i >= first.i:
        return None
    return clause


#: Words of a denying clause that the question leaves out to ask what it denies.
_DENYING = frozenset({"not", "n't", "never", "no"})
#: Relations of the nouns whose "no" denies the clause ("*no* customer data had been copied").
_DENIED_NOUNS = frozenset({"nsubj", "nsubjpass", "dobj"})


def denied_words(clause: Token) -> list[int]:
    """The words with which a summed-up clause denies ("not", "never", the "no" of its
    subject or object), left out so the question asks what it denies."""
    found = [c.i for c in clause.children if c.dep_ == "neg" or c.lower_ == "never"]
    for child in clause.children:
        if child.dep_ in _DENIED_NOUNS:
            found += [d.i for d in child.children if d.dep_ == "det" and d.lower_ in _DENYING]
    return found


#: Pronouns of the clause that stand for the one who tells it: an owner, an object.
_TELLER_OWNS = frozenset({"its", "his", "her"})
_TELLER_IS = frozenset({"it", "him"})


def teller(clause: Token) -> Token | None:
    """The subject of the verb that reports a clause ("the ferry line" in "the ferry line
    said its captain had followed every rule"), or of the verb a reporting participle
    hangs on ("the party asked ..., saying ..."); None where nothing reports it."""
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.i == clause.i:
        return None
    for node in (verb, verb.head) if verb.dep_ == "advcl" else (verb,):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def teller_owns(ctx: RuleContext, sentence: Span, contested: Token | None, text: str) -> str:
    """``text`` with an "its" or "it" (a "his", "her" or "him" where the teller is a person)
    of a clause summed up by a denied statement noun named by the one who tells it: "the
    ferry line said its captain had followed every rule, a claim ... rejected" asks "Did
    the Harbour Line's captain follow every rule?"."""
    if contested is None or not any(summed_clause(t) == contested for t in sentence):
        return text
    subject = teller(contested)
    name = ctx.name_of(subject) if subject is not None else None
    if name is None or subject is None:
        return text
    name = with_the(name)
    person = ctx.actor_of(subject) in ctx.people
    for token in contested.subtree:
        word = token.lower_
        if word not in _TELLER_OWNS | _TELLER_IS or (word in {"its", "it"}) == person:
            continue
        if word in _TELLER_OWNS and token.dep_ != "poss":
            continue
        if word in _TELLER_IS and token.dep_ not in {"dobj", "dative", "pobj"}:
            continue
        named = possessive(name) if word in _TELLER_OWNS else name
        text = re.sub(rf"\b{re.escape(token.text)}\b", named, text, count=1)
    return text
