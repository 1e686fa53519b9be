"""A decision a deciding body is said, in a relative clause, to take next.

"The bill now goes to the full Senate, which is expected to vote on it next
week" describes the Senate only in form: what it says is that a vote is still
to come, and that vote is often the article's central open matter. The
relative clause is asked with its antecedent as the subject, and an "it" in
it that stands for what the main clause's subject names is said in full:
"Will the full Senate vote on the bill next week?".

A remedy a party asked a body for is open until the body answers: "The union
asked the court for a restraining order" asks "Will the court grant the
union's request for a restraining order?".

A decision a body "must" still take is open too: "The deal must still be
approved by the trade commission" asks "Will the trade commission approve
the deal?", and "the court must now decide whether ..." asks whether it will.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.phrasing import statement
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.stakes import DECIDING_BODIES, DECIDING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Entity types of a named decider ("the Federal Trade Commission", "Ohio").
_NAMED_DECIDERS = frozenset({"ORG", "GPE", "NORP"})
#: Adverbs of a duty still to be met, left out of the question ("must *still* approve").
_STILL = frozenset({"still", "now", "yet", "first", "also"})

#: Pronouns in a relative clause that stand for the thing the main clause is about.
_THING_PRONOUNS = frozenset({"it", "them"})


def _words(tokens: list[Token]) -> str:
    """The tokens as running words, not capitalised unless a name opens them."""
    text = statement(tokens)[9:-1]
    return text if tokens[0].pos_ == "PROPN" else text[:1].lower() + text[1:]


def _relative_clause(verb: Token) -> Token | None:
    """The relative clause ``verb`` heads or sits in (through "expected to"), or None."""
    node = verb
    for _ in range(3):
        if node.dep_ == "relcl":
            return node
        if node.dep_ not in {"xcomp", "aux"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def _body_phrase(body: Token, clause: Token) -> str:
    """The antecedent body's words without the relative clause: "the full Senate"."""
    inside = {t.i for t in clause.subtree}
    return _words([t for t in body.subtree if t.i not in inside and not t.is_punct])


def _main_subject(body: Token) -> str | None:
    """What the main clause is about, for an "it" in the body's relative clause: the
    subject of the verb the body hangs on ("The bill goes to the Senate, which ...")."""
    node = body
    while node.dep_ in {"pobj", "prep", "dobj", "dative", "conj", "appos"} and node.head != node:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            break
    subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ == "PERSON":
        return None
    return _words([t for t in subject.subtree if not t.is_punct])


def relative_decision(decision: Token) -> str | None:
    """The question a deciding body's relative clause asks ("..., which is expected to
    vote on it next week": "Will the full Senate vote on the bill next week?"), or None
    where ``decision`` is no decision of a body still to come."""
    if decision.lemma_.lower() not in DECIDING_VERBS or is_negated(decision):
        return None
    clause = _relative_clause(decision)
    if clause is None:
        return None
    body = clause.head
    if body.lemma_.lower() not in DECIDING_BODIES or body.pos_ not in {"NOUN", "PROPN"}:
        return None
    rest = [t for t in decision.subtree if t.i > decision.i]
    while rest and (rest[-1].is_punct or rest[-1].is_space):
        rest.pop()
    said = f"{decision.lemma_} {_words(rest)}" if rest else decision.lemma_
    for pronoun in (t for t in rest if t.lower_ in _THING_PRONOUNS and t.pos_ == "PRON"):
        thing = _main_subject(body)
        if thing is None:
            return None  # "vote on it": on what, the main clause does not say
        said = re.sub(rf"(?<![\w’']){pronoun.text}(?![\w’'])", thing, said, count=1)
    text = f"Will {_body_phrase(body, clause)} {said}?"
    return text[:1].upper() + text[1:]


def _decider(noun: Token | None) -> bool:
    """Whether ``noun`` names who decides: a deciding body or a named organisation."""
    if noun is None or noun.pos_ == "PRON":
        return False
    return noun.lemma_.lower() in DECIDING_BODIES or noun.ent_type_ in _NAMED_DECIDERS


def _has_to(verb: Token) -> Token | None:
    """The "have" of "will have to decide" or "has to approve" (a duty still to be met,
    not one told in the past), or None."""
    have = verb.head
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ != "xcomp" or not to or have.lemma_ != "have" or is_negated(have):
        return None
    will = any(c.dep_ == "aux" and c.lower_ in {"will", "'ll"} for c in have.children)
    return have if will or have.tag_ in {"VBZ", "VBP"} else None


def owed_decision(verb: Token) -> str | None:
    """The question a decision a named body "must" still take asks ("the deal must still
    be approved by the commission": "Will the commission approve the deal?"), or None."""
    modals = [c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
    duty = _has_to(verb)
    if ([m.lower_ for m in modals] != ["must"] and duty is None) or is_negated(verb):
        return None
    if verb.lemma_.lower() not in DECIDING_VERBS | {"decide"}:
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    bearer = duty if duty is not None else verb
    subject = next((c for c in bearer.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    thing = subject if passive else next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is not None and not _particular(thing):
        return None  # "Congress must approve any treaty" states a rule
    skipped = {t.i for t in verb.children if t.lower_ in _STILL and t.dep_ == "advmod"}
    skipped |= {c.i for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"}
    if passive:
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        decider = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        if not _decider(decider) or subject.tag_ == "WDT":
            return None
        asked = _words([t for t in subject.subtree if not t.is_punct])
        agent = {t.i for t in by.subtree}
        rest = [t for t in verb.subtree if t.i > verb.i and t.i not in agent | skipped]
        text = f"Will {_words(_phrase_of(decider))} {verb.lemma_} {asked}"
    else:
        if not _decider(subject):
            return None
        rest = [t for t in verb.subtree if t.i > verb.i and t.i not in skipped]
        text = f"Will {_words(_phrase_of(subject))} {verb.lemma_}"
    while rest and (rest[-1].is_punct or rest[-1].is_space):
        rest.pop()
    if rest:
        text += " " + _words(rest)
    return text[:1].upper() + text[1:] + "?"


#: Determiners of one particular thing ("the deal", "this merger").
_PARTICULAR = frozenset({"the", "this", "that", "these", "those"})


def _particular(noun: Token) -> bool:
    """Whether ``noun`` names one particular thing: a name, or a definite or possessed noun."""
    if noun.pos_ == "PROPN" or noun.ent_type_:
        return True
    return any(
        (c.dep_ == "det" and c.lower_ in _PARTICULAR) or c.dep_ == "poss" for c in noun.children
    )


def _phrase_of(noun: Token) -> list[Token]:
    """A noun's words without a relative clause or an aside after it ("the commission,
    which is reviewing it": "the commission")."""
    cut = {
        t.i
        for c in noun.children
        if c.dep_ in {"relcl", "acl", "appos", "punct"}
        for t in c.subtree
    }
    return [t for t in noun.subtree if t.i not in cut and not t.is_punct]


#: Verbs with which a party asks a body for something ("asked the court for a stay").
ASKING = frozenset({"ask", "petition", "press", "request"})
#: Verbs of a body's answer to a request, told later ("the judge granted the stay").
_ANSWERS = frozenset({"grant", "deny", "reject", "approve", "refuse", "dismiss", "issue"})


def _answered(body: Token, remedy: Token) -> bool:
    """Whether a later sentence tells the body's answer to the request ("the court
    granted the order", "the judge denied the request")."""
    asked = {remedy.lemma_.lower(), "request", "motion", "petition"}
    for token in body.doc[body.sent.end :]:
        if token.lemma_.lower() in _ANSWERS and token.pos_ == "VERB" and token.tag_ == "VBD":
            objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
            if any(o.lemma_.lower() in asked for o in objects):
                return True
    return False


def asked_for(verb: Token) -> str | None:
    """The question a request to a deciding body for a remedy asks ("The union asked the
    court for a restraining order": "Will the court grant the union's request for a
    restraining order?"), or None."""
    if verb.lemma_.lower() not in ASKING or verb.pos_ != "VERB" or is_negated(verb):
        return None
    body = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
    if body is None or body.lemma_.lower() not in DECIDING_BODIES or body.pos_ == "PRON":
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    remedy = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if remedy is None or remedy.pos_ != "NOUN" or subject is None or subject.pos_ == "PRON":
        return None
    if _answered(body, remedy):
        return None
    who = _words(_phrase_of(subject))
    who = f"{who}'" if who.endswith("s") else f"{who}'s"
    what = _words(_phrase_of(remedy))
    text = f"Will {_words(_phrase_of(body))} grant {who} request for {what}?"
    return text[:1].upper() + text[1:]


#: Verbs of a need still to be met ("still needs approval from ...").
NEEDING = frozenset({"need", "require", "await"})
#: Nouns of a body's assent ("approval from the regulator", "the court's consent").
_ASSENTS = frozenset({"approval", "consent", "ratification", "confirmation", "clearance"})


def needed_approval(verb: Token) -> str | None:
    """The question a thing that still needs a named body's approval asks ("The merger
    still needs approval from the Justice Department": "Will the Justice Department
    approve the merger?"), or None."""
    if verb.lemma_.lower() not in NEEDING or verb.pos_ != "VERB" or is_negated(verb):
        return None
    if verb.tag_ not in {"VBZ", "VBP"} and not any(c.lower_ == "will" for c in verb.children):
        return None  # "needed approval" tells the past
    assent = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if assent is None or assent.lemma_.lower() not in _ASSENTS or subject is None:
        return None
    if subject.pos_ == "PRON" or not _particular(subject):
        return None
    body = next((c for c in assent.children if c.dep_ == "poss"), None)
    if body is None:
        prep = next(
            (c for c in assent.children if c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}),
            None,
        )
        body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if not _decider(body):
        return None
    thing = _words(_phrase_of(subject))
    text = f"Will {_words(_phrase_of(body))} approve {thing}?"
    return text[:1].upper() + text[1:]
