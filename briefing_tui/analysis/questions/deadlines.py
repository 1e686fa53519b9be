"""A deadline the article sets a party: will it act by the day?

"Brava Airlines has until March 1 to respond to the order", "lawmakers in
Tarva face a Friday deadline to pass a budget" and "the deadline for Halden
Power to file its appeal is March 3" leave open whether the party acts in
time: "Will Brava Airlines respond to the order by March 1?". The party must be
named (an actor's name or a name of its own: ``unnamed-matter`` otherwise); a
deadline told in the past ("had until") asks nothing (``event-past``); a later
sentence telling the party's act done settles it (``settled-later``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.agenda_days import after_wire_day
from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.rules import with_the
from briefing_tui.analysis.questions.scope import is_negated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from briefing_tui.analysis.questions.rules import RuleContext

#: Verbs with which a party meets a deadline ("faces a deadline", "has a deadline").
_FACING = frozenset({"face", "have", "meet"})


def _infinitive(word: Token) -> Token | None:
    """The "to" infinitive under ``word`` that says what must be done."""
    return next(
        (
            c
            for c in word.children
            if c.dep_ in {"advcl", "xcomp", "relcl", "acl"}
            and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _date(phrase: Token) -> str | None:
    """The date tokens of ``phrase``'s subtree as written ("March 1", "Friday")."""
    dated = [t for t in phrase.subtree if t.ent_type_ == "DATE"]
    if not dated:
        return None
    return phrase.doc[dated[0].i : dated[-1].i + 1].text.rstrip(",")


def _choice(verb: Token) -> Token | None:
    """ "clear the deal" for "decide whether to clear the deal, approve it with conditions
    or block it": the first of the acts a party is to choose between, asked by itself (the
    others point back at it with "it")."""
    if verb.lemma_.lower() != "decide":
        return None
    act = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.tag_ == "VB"), None)
    if act is None or not any(c.lower_ == "whether" for c in act.children):
        return None
    return act


def _act(verb: Token, party: Token | None) -> str:
    """ "respond to the order": the infinitive without its "to", its subject or "for"."""
    choice = _choice(verb)
    if choice is not None:
        cut = {t.i for c in choice.children if c.dep_ in {"aux", "mark"} for t in c.subtree}
        cut |= {t.i for c in choice.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
        return running_words([t for t in choice.subtree if t.i not in cut], all_punct=True)
    cut = {
        t.i
        for c in verb.children
        if c.dep_ in {"aux", "mark", "nsubj", "punct"} or (party is not None and c.i == party.i)
        for t in c.subtree
    }
    return running_words([t for t in verb.subtree if t.i not in cut], all_punct=True)


def _topic(pronoun: Token) -> Token | None:
    """The subject of the sentence before's main clause that a sentence-opening "It" goes
    on with ("The Commission said ... It now has 90 days"), or None."""
    if pronoun.lower_ != "it" or pronoun.head.dep_ != "ROOT" or pronoun.sent.start == 0:
        return None
    before = pronoun.doc[pronoun.sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject if subject is not None and subject.pos_ in {"NOUN", "PROPN"} else None


def _party(ctx: RuleContext, party: Token | None) -> str | None:
    """The party's name: the actors' name, or its own name words; None for "they"."""
    if party is None:
        return None
    topic = _topic(party)
    if topic is not None:
        party = topic  # "It": the body the story goes on with, not a subject inside a clause
    name = ctx.name_of(party)
    if name and (" " in name or party.pos_ == "PROPN"):
        return with_the(name)
    if party.pos_ == "PROPN":
        return running_words(
            [t for t in party.subtree if t.dep_ in {"compound", "det"} or t.i == party.i]
        )
    return None


#: Verbs of saying whose past shifts a reported "has until" back to "had until".
_SAYING = frozenset({"say", "announce", "tell", "state", "confirm", "add"})


def _reported_ahead(word: Token, date: str) -> bool:
    """ "The board said it had until Oct. 30 to decide": a "had until" in a clause a verb
    of saying reports, whose day lies after the article's date line, is a deadline still
    to come told in reported past."""
    reported = word.dep_ == "ccomp" and word.head.lemma_.lower() in _SAYING
    return reported and after_wire_day(date, word.doc)


def _found(word: Token) -> tuple[Token, Token | None, str] | str | None:
    """The act, its party and the date of a deadline word ("has until ...", "deadline"),
    or a veto's name, or None."""
    if word.lemma_.lower() == "have" and word.pos_ in {"VERB", "AUX"}:
        until = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "until"), None)
        act = _infinitive(word)
        date = _date(until) if until is not None else None
        if act is None or date is None:
            return None
        if word.tag_ == "VBD" and not _reported_ahead(word, date):
            return "event-past"  # "had until March 1"
        party = next((c for c in word.children if c.dep_ == "nsubj"), None)
        return act, party, date
    if word.lemma_.lower() != "deadline" or word.pos_ != "NOUN":
        return None
    act = _infinitive(word)
    if act is None:
        return None
    head = word.head
    if word.dep_ == "dobj" and head.lemma_.lower() in _FACING:
        date = next(
            (_date(c) for c in word.children if c.dep_ in {"compound", "amod", "nmod"}), None
        )
        if date is None:
            return None
        if head.tag_ == "VBD":
            return "event-past"
        return act, next((c for c in head.children if c.dep_ == "nsubj"), None), date
    if word.dep_ == "nsubj" and head.lemma_ == "be":
        attr = next((c for c in head.children if c.dep_ == "attr"), None)
        date = _date(attr) if attr is not None else None
        if date is None:
            return None
        if head.tag_ == "VBD":
            return "event-past"
        return act, next((c for c in act.children if c.dep_ == "nsubj"), None), date
    return None


def _done_later(ctx: RuleContext, act: Token, party: Token | None) -> bool:
    """Whether a later sentence tells the party doing the act, in the past."""
    lemma = act.lemma_.lower()
    who = ctx.actor_of(party)
    for token in act.doc[act.sent.end :]:
        if token.lemma_.lower() != lemma or token.tag_ != "VBD" or is_negated(token):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if (who is not None and ctx.actor_of(subject) == who) or (
            party is not None and subject.lemma_.lower() == party.lemma_.lower()
        ):
            return True
    return False


def deadline_question(ctx: RuleContext, word: Token) -> tuple[str, str] | str | None:
    """ "Will Brava Airlines respond to the order by March 1?" for a deadline word, with
    its class; a veto's name; or None where ``word`` sets no deadline."""
    found = _found(word)
    if found is None or isinstance(found, str):
        return found
    act, party, date = found
    if is_negated(act):
        return None
    name = _party(ctx, party)
    if name is None:
        return "unnamed-matter"
    if _done_later(ctx, act, party):
        return "settled-later"
    return f"Will {name} {_act(act, party)} by {date}?", "deadline"
