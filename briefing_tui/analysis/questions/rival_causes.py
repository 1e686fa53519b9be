"""Rival causes: two sources each give one event a different cause.

"The operator said a signal fault caused the derailment" ... "the drivers' union said
worn track was to blame for the derailment": two claims by speakers on different sides
(``replies.claim_sides``), each telling a cause of one event with a frame of the
``cause_frames`` lexicon ("caused", "was caused by", "was due to", "resulted from", "was
the result of", "was to blame for", "the cause of ... was"), asked as

    What caused the derailment?

The event is a noun of the ``caused_events`` lexicon (a derailment, a fire, an outage:
things with causes, not "the talks"), said with "the" or a name's possessive. Named
vetoes (``--explain`` shows them):

- ``cause-same-side``: both speakers are on one side ("the ministry" and "the health
  minister");
- ``cause-alike``: the two causes share a word ("a signal fault" / "a signal failure"),
  so they may be one cause told twice;
- ``cause-event``: the two event nouns carry modifiers that set them apart ("the March
  fire" / "the June fire");
- ``cause-settled``: the narrator tells the event's cause, unhedged, outside any claim
  ("investigators found a cracked rail caused the derailment" is a claim; "The derailment
  was caused by a cracked rail." is the article's own word);
- ``cause-vague``: the event cannot be named on its own ("its collapse", "the fire
  there").

A cause told with a modal, an "if", or negated ("did not cause") is no cause told.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.doctext import char_span
from briefing_tui.analysis.questions.causes import event_words
from briefing_tui.analysis.questions.cues import lexicon
from briefing_tui.analysis.questions.disputes import Dispute, claim_pair_dispute, same_source
from briefing_tui.analysis.questions.replies import claim_sides
from briefing_tui.analysis.questions.rival_frames import told_as_so

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

    from briefing_tui.model import Claim

#: The cue ``--explain`` shows for a pair of rival causes.
RIVAL_CAUSES = "rival causes"
#: Words of an event phrase that point back into the article: no standalone question.
_POINTING = frozenset({"its", "their", "his", "her", "this", "that", "these", "those", "it"})
#: Modifiers that set two events of one noun apart ("the March fire", "the second crash").
_SETTING_APART = frozenset({"amod", "compound", "nmod", "poss", "nummod"})
#: Words of a cause too empty to tell two causes apart ("a *number* of factors").
_EMPTY = frozenset({"a", "an", "the", "of", "and", "or", "to", "in", "on", "by", "its"})


@dataclass(frozen=True)
class ToldCause:
    """One cause a clause tells of an event: the event's noun and the cause's."""

    event: Token
    cause: Token
    verb: Token


@cache
def _frames() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for line in lexicon("cause_frames"):
        name, *lemmas = line.split()
        table[name] = frozenset(lemmas)
    return table


@cache
def _events() -> frozenset[str]:
    return data_files.words("questions/caused_events.txt")


def _child(token: Token, deps: Iterable[str], word: str | None = None) -> Token | None:
    return next(
        (c for c in token.children if c.dep_ in deps and (word is None or c.lower_ == word)),
        None,
    )


def _object_of(token: Token, word: str) -> Token | None:
    """The object of ``token``'s phrase opened by ``word`` ("from" -> "a cyberattack")."""
    prep = _child(token, {"prep", "pcomp", "agent"}, word)
    return _child(prep, {"pobj"}) if prep is not None else None


def _frame_cause(verb: Token) -> ToldCause | None:
    """The cause a verb's clause tells of an event, by the ``cause_frames`` table."""
    frames, lemma = _frames(), verb.lemma_.lower()
    if lemma in frames["causing"]:
        event = _child(verb, {"dobj"})
        cause = _child(verb, {"nsubj"})
        if any(c.dep_ == "auxpass" for c in verb.children):
            event, cause = _child(verb, {"nsubjpass"}), _object_of(verb, "by")
        return ToldCause(event, cause, verb) if event is not None and cause is not None else None
    if lemma in frames["from"]:
        event, cause = _child(verb, {"nsubj"}), _object_of(verb, "from")
        return ToldCause(event, cause, verb) if event is not None and cause is not None else None
    if lemma != "be":
        return None
    subject = _child(verb, {"nsubj"})
    if subject is None:
        return None
    state = _child(verb, {"acomp"})
    if state is not None and state.lemma_.lower() in frames["due"]:
        cause = _object_of(state, "to")
        return ToldCause(subject, cause, verb) if cause is not None else None
    blame = _child(verb, {"xcomp"})
    if blame is not None and blame.lemma_.lower() in frames["blame"]:
        event = _object_of(blame, "for")
        return ToldCause(event, subject, verb) if event is not None else None
    attr = _child(verb, {"attr"})
    if attr is not None and attr.lemma_.lower() in frames["result-of"]:
        cause = _object_of(attr, "of")
        return ToldCause(subject, cause, verb) if cause is not None else None
    if attr is not None and subject.lemma_.lower() in frames["cause-of"]:
        event = _object_of(subject, "of")
        return ToldCause(event, attr, verb) if event is not None else None
    return None


def told_causes(span: Span) -> list[ToldCause]:
    """The causes a span tells, as what is so, of events of the ``caused_events`` kind."""
    found = []
    for verb in span:
        if verb.pos_ not in {"VERB", "AUX"} or not told_as_so(verb):
            continue
        told = _frame_cause(verb)
        if told is None or told.event.lemma_.lower() not in _events():
            continue
        if told.cause.pos_ == "PRON" or told.event.pos_ != "NOUN":
            continue
        found.append(told)
    return found


def _cause_words(cause: Token) -> frozenset[str]:
    return frozenset(
        t.lemma_.lower() for t in cause.subtree if not t.is_punct and t.lower_ not in _EMPTY
    )


def _modifiers(event: Token) -> frozenset[str]:
    return frozenset(c.lower_ for c in event.children if c.dep_ in _SETTING_APART)


def _settled(doc: Doc, event: Token, claims: list[Claim]) -> bool:
    """Whether the narrator, outside every claim, tells a cause of the event's noun."""
    told_in_claims = [(c.content.start, c.content.end) for c in claims]
    for sentence in doc.sents:
        for told in told_causes(sentence):
            if told.event.lemma_.lower() != event.lemma_.lower():
                continue
            at = told.verb.idx
            if not any(start <= at < end for start, end in told_in_claims):
                return True
    return False


def _question(event: Token) -> str | None:
    """ "What caused the derailment?", or None where the event points back ("its fire")."""
    words = event_words(event)
    if any(w.lower() in _POINTING for w in words.split()):
        return None
    return f"What caused {words}?"


def _pair_veto(one: ToldCause, other: ToldCause) -> str | None:
    if _cause_words(one.cause) & _cause_words(other.cause):
        return "cause-alike"
    mods = _modifiers(one.event), _modifiers(other.event)
    if mods[0] and mods[1] and mods[0] != mods[1]:
        return "cause-event"
    return None


def rival_causes(doc: Doc, claims: list[Claim]) -> list[Dispute]:
    """Disputes from pairs of claims by speakers on different sides that give one event
    different causes, and the pairs a named veto keeps unasked."""
    telling: list[tuple[Claim, list[ToldCause]]] = []
    for claim in claims:
        if not claim.source:
            continue
        content = char_span(doc, claim.content.start, claim.content.end)
        causes = told_causes(content) if content is not None else []
        if causes:
            telling.append((claim, causes))
    found: list[Dispute] = []
    asked: set[str] = set()
    for i, (first, first_causes) in enumerate(telling):
        for second, second_causes in telling[i + 1 :]:
            if first.source == second.source or same_source(doc, first, second):
                continue
            for one in first_causes:
                lemma = one.event.lemma_.lower()
                other = next((o for o in second_causes if o.event.lemma_.lower() == lemma), None)
                if other is None:
                    continue
                text = _question(one.event) or _question(other.event)
                veto = _pair_veto(one, other)
                if veto is None and claim_sides(doc, first, claims) & claim_sides(
                    doc, second, claims
                ):
                    veto = "cause-same-side"
                if veto is None and text is None:
                    veto = "cause-vague"
                if veto is None and _settled(doc, one.event, claims):
                    veto = "cause-settled"
                if veto is None and text in asked:
                    continue
                dispute = claim_pair_dispute(
                    (first, second), (one.verb, other.verb), text, RIVAL_CAUSES, veto
                )
                found.append(dispute)
                if veto is None and text is not None:
                    asked.add(text)
                break
    return found
