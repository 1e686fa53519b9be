"""Whether a question's own sentence settles it, its subject told closed in the past.

"The trial, scheduled for May, was called off" asks nothing about the trial,
whatever clause of the sentence raised the question.

Two more classes are settled by their sentence, each a named veto:

- ``announced-step`` (``announced_step``): a step an actor announces it will take, or the
  article tells it will, by its own decision on the way to an open matter ("The union
  will ask its members to vote on strike action", "the trust said it would seek a meeting
  with the owner"): the step is told, its outcome is the matter (``own_steps.txt``);
- ``disclaimed-act`` (``disclaimed_act``): an act its doer says it will not do or never
  meant to do ("I will not drag the club through the courts", "it has never intended to
  harm its neighbours") asked back as if it might: the doer has answered it;
- ``told-term`` (``told_term``): what a law, a charter or a plan provides, told by the
  narrator in a sentence opening "Under the <instrument>," with no condition ("Under the
  city charter, the council president will serve as acting mayor"): the instrument
  settles it (``instruments.txt``); a condition it names ("if the motion passes") keeps
  the question, whose open matter is the condition;
- ``not-yet`` (``not_yet``): a predicate negated "not yet" ("Police said they had not yet
  received the notification") tells what has not happened so far, which another party's
  account does not contradict: it is no denial, and no dispute is raised from it;
- ``told-unknown`` (``told_unknown``): a negation that says something is unknown ("it was
  not clear whether the event would be permitted", "did not say when"; the "not ..."
  entries of ``unknowns``) tells what nobody knows yet: it is no denial either;
- ``told-consequence`` (``told_consequence``): what the article works out from a rule or
  a count ("..., meaning the earliest strike date would be in April"): arithmetic, not a
  forecast.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import tokens_where
from briefing_tui.analysis.questions.cues import lemma_set, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: How many content words of the settled subject a question must share to be about it.
SHARED_WORDS = 2


@cache
def _settled_events() -> frozenset[str]:
    """The entries of ``settled_events``, lowered, read once (asked of every question)."""
    return frozenset(e.lower() for e in lexicon("settled_events"))


def _closing(root: Token) -> bool:
    """Whether ``root`` is a verb of ``settled_events`` told in the past ("was called off")."""
    particle = next((c.lower_ for c in root.children if c.dep_ == "prt"), "")
    lemma = root.lemma_.lower()
    entries = _settled_events()
    if lemma not in entries and f"{lemma} {particle}" not in entries:
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children):
        return False  # "will be called off": still to come
    past_aux = any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in root.children)
    return root.tag_ == "VBD" or past_aux


def settled_by_sentence(question: str, sentences: list[Span]) -> bool:
    """Whether the question asks about the subject of a sentence of its own whose main verb
    closes it, told in the past ("Will the fraud trial of Tom Rask come in May?" from
    "The fraud trial of Tom Rask, scheduled for May, was called off")."""
    asked = {w.lower() for w in re.findall(r"[A-Za-z][\w’'-]+", question)}
    for sent in sentences:
        root = sent.root
        if not _closing(root):
            continue
        # only a passive subject is the closed matter ("the trial was called off"); an
        # active one acts ("the firm completed the first phase") and may act again
        subject = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
        if subject is None:
            continue
        words = {
            t.lower_
            for t in subject.subtree
            if t.is_alpha and not t.is_stop and t.pos_ in {"NOUN", "PROPN"}
        }
        if len(words & asked) >= min(SHARED_WORDS, len(words)):
            return True
    return False


#: Modal words and verbs of intent under which a step is announced ("will ask", "plans to
#: seek", "is to meet").
_ANNOUNCING_AUX = frozenset({"will", "would", "'ll", "shall"})
_INTENT_HEADS = frozenset({"plan", "intend", "aim", "be", "expect"})
#: Words of a question that keep a step open: a condition, a doubt.
_KEPT_OPEN = re.compile(r"\b(?:if|unless|only|whether|still|again)\b", re.IGNORECASE)
#: Words of a move made before a court: a legal move, whose ruling is the open matter.
_BEFORE_A_COURT = re.compile(
    r"\b(?:court|judge|tribunal|injunction|justice|circuit|ruling|appeal|verdict)s?\b", re.I
)
#: Verbs whose present participle tells a consequence worked out ("meaning", "which means").
_WORKING_OUT = frozenset({"mean"})


def _announced(verb: Token) -> bool:
    """Whether ``verb`` is told as to come: with "will"/"would", or under "plans to"."""
    if any(c.dep_ == "aux" and c.lower_ in _ANNOUNCING_AUX for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _INTENT_HEADS


def announced_step(question: str, sentences: list[Span]) -> bool:
    """Whether ``question`` asks back a step its sentence tells an actor will take by its
    own decision ("Will the union ask its members to vote?" from "The union will ask its
    members to vote on strike action"); a condition or a doubt in it keeps it open."""
    if not question.startswith("Will ") or _KEPT_OPEN.search(question):
        return False
    if _BEFORE_A_COURT.search(question):
        return False  # "ask a judge to enforce the subpoena": a legal move, its ruling open
    asked = {w.strip(",?").lower() for w in question.split()}
    for sent in sentences:
        for token in tokens_where(sent, "lemmas", lemma_set("own_steps")):
            if token.pos_ != "VERB" or token.lower_ not in asked or not _announced(token):
                continue
            if any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in token.children):
                continue  # "ask the Ninth Circuit to ...": a named body's decision is asked
            return True
    return False


def told_consequence(question: str, sentences: list[Span]) -> bool:
    """Whether the verb ``question`` asks stands in a consequence its sentence works out
    ("..., meaning the earliest strike date would be in mid-April")."""
    asked = {w.strip(",?").lower() for w in question.split()[1:]}
    for sent in sentences:
        for token in tokens_where(sent, "lemmas", _WORKING_OUT):
            if token.tag_ != "VBG":
                continue
            for inside in token.subtree:
                if (
                    inside.dep_ == "aux"
                    and inside.lower_ == "would"
                    and inside.head.lower_ in asked
                    and inside.head.i > token.i
                ):
                    return True
    return False


#: Verbs of intent whose negation disclaims the act they govern ("never intended to harm").
_DISCLAIMED_INTENT = frozenset({"intend", "plan", "want", "mean", "seek", "aim"})
#: Subjects that stand for the doer who speaks or is reported ("I will not", "it would not").
_DOER_PRONOUNS = frozenset({"i", "we", "it", "he", "she", "they"})


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def disclaimed_act(question: str, sentences: list[Span]) -> bool:
    """Whether ``question`` asks whether an act comes that its doer said it will not do or
    never meant to do ("Will Ann Lee drag the club through the courts?" from "I will not
    drag the club through the courts", "Will Dorva harm its neighbours?" from "it has never
    intended to harm its neighbours"); a condition keeps it open ("will not back it unless
    ...")."""
    if not question.startswith(("Will ", "Would ")) or _KEPT_OPEN.search(question):
        return False
    asked = {w.strip(",?").lower() for w in question.split()[1:]}
    for sent in sentences:
        if any(t.lower_ in {"unless", "if"} for t in sent):
            continue
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lower_ not in asked:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            refused = (
                _negated(verb)
                and any(
                    c.dep_ == "aux" and c.lower_ in _ANNOUNCING_AUX | {"wo"} for c in verb.children
                )
                and subject is not None
                and subject.lower_ in _DOER_PRONOUNS
            )
            disowned = (
                verb.dep_ == "xcomp"
                and verb.head.lemma_.lower() in _DISCLAIMED_INTENT
                and _negated(verb.head)
            )
            if refused or disowned:
                return True
    return False


#: Words that make a sentence's provision hang on a condition.
_CONDITION_MARKS = frozenset({"if", "unless", "whether"})


def _under_instrument(sent: Span) -> bool:
    """Whether ``sent`` opens "Under the <instrument>," ("Under the approved plan, ...")."""
    first = sent[0]
    if first.lower_ != "under":
        return False
    nouns = [c for c in first.children if c.dep_ == "pobj"]
    if len(nouns) != 1:
        return False
    noun = nouns[0]
    determined = any(c.dep_ in {"det", "poss"} for c in noun.children)
    return determined and noun.lemma_.lower() in lemma_set("instruments")


def told_term(question: str, sentences: list[Span]) -> bool:
    """Whether the question asks what an instrument provides, told by its one sentence
    opening "Under the <instrument>," with no condition of its own: "Will the council
    president serve as acting mayor?" from "Under the city charter, the council president
    will serve as acting mayor once the count is certified"."""
    if len(sentences) != 1 or not _under_instrument(sentences[0]):
        return False
    sent = sentences[0]
    if any(t.lower_ in _CONDITION_MARKS for t in sent):
        return False
    return not _CONDITION_MARKS & {w.lower() for w in re.findall(r"[A-Za-z]+", question)}


#: Adverbs that make a negation say "so far", not "untrue" ("had not yet received").
_SO_FAR = frozenset({"yet"})


def not_yet(verb: Token) -> bool:
    """Whether ``verb`` is negated only so far ("The Commission has not yet received a
    request"): what it tells may still happen, so it denies nobody's account."""
    return any(c.dep_ == "advmod" and c.lower_ in _SO_FAR for c in verb.children)


@cache
def _negated_unknowns() -> frozenset[str]:
    """The words that, negated, say something is unknown: "clear" of "not clear", "say" of
    "not say" (the two-word "not ..." entries of ``unknowns``)."""
    return frozenset(
        e.split()[1].lower()
        for e in lexicon("unknowns")
        if e.lower().startswith("not ") and len(e.split()) == 2
    )


def told_unknown(verb: Token) -> bool:
    """Whether ``verb``, negated, says something is unknown ("it was not clear whether ...",
    "the ministry did not say when ..."), not that an account is untrue."""
    words = _negated_unknowns()
    if verb.lemma_.lower() in words:
        return True
    return any(c.dep_ == "acomp" and c.lemma_.lower() in words for c in verb.children)
