"""The agenda's court events: a sentencing's defendant, a trial on a named charge.

"Judge Ann Reed set sentencing for May 3" after "a jury found Tom Dale
guilty" asks "What sentence will Tom Dale receive on May 3?" (the defendant
is the person last told convicted); "Tom Hale is scheduled to stand trial in
May on charges of bribery" asks "Will Tom Hale be convicted on charges of
bribery?" only where the charge is named ("related charges" asks nothing).
A sentence or verdict told later settles either (``settled-later``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.agenda_words import SCHEDULING, told_past
from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.scope import is_negated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from briefing_tui.analysis.questions.rules import RuleContext


#: Verbs that tell a person convicted: "found X guilty", "X was convicted", "X pleaded guilty".
_CONVICTED = frozenset({"find", "convict", "plead"})


def defendant(ctx: RuleContext, noun: Token) -> str | None:
    """The person last told convicted before ``noun``: the full name the actors give."""
    doc = noun.doc
    for verb in reversed(doc[: noun.sent.start]):
        lemma = verb.lemma_.lower()
        if lemma not in _CONVICTED or verb.pos_ != "VERB" or is_negated(verb):
            continue
        if lemma in {"find", "plead"} and not any(t.lower_ == "guilty" for t in verb.subtree):
            continue
        deps = {"nsubj"} if lemma == "plead" else {"dobj", "nsubjpass"}
        person = next((c for c in verb.children if c.dep_ in deps), None)
        guilty = next((c for c in verb.children if c.lower_ == "guilty"), None)
        if person is None and guilty is not None:  # "found Tom Dale guilty": "Dale guilty"
            person = next((c for c in guilty.children if c.dep_ == "nsubj"), None)
        if person is None:
            continue
        name = ctx.name_of(person)
        if name and (person.ent_type_ == "PERSON" or " " in name):
            return name
    return None


def sentenced_later(noun: Token) -> bool:
    """Whether a later sentence tells someone sentenced ("was sentenced to six years")."""
    return any(
        t.lemma_.lower() == "sentence"
        and t.tag_ in {"VBD", "VBN"}
        and t.pos_ == "VERB"
        and any(c.lower_ == "to" for c in t.children)
        and not any(c.lower_ in {"will", "be"} and c.tag_ in {"MD", "VB"} for c in t.children)
        for t in noun.doc[noun.sent.end :]
    )


#: Charge words that name no crime: "related charges", "new charges".
_UNNAMED_CHARGES = frozenset(
    {"related", "other", "similar", "additional", "new", "several", "further", "criminal"}
    | {"federal", "state", "the", "those", "these", "same"}
)
#: Verbs that tell a trial's verdict ("was convicted", "acquitted", "found guilty").
_VERDICTS = frozenset({"convict", "acquit"})


def _charge(verb: Token) -> str | None:
    """ "on fraud charges", "on charges of bribery", "on two counts of fraud": the named
    charge a trial is on; None for "related charges" or none."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in {"charge", "count"}:
            continue
        named = [
            t
            for t in pobj.subtree
            if t.pos_ in {"NOUN", "PROPN"} and t.i != pobj.i and t.lower_ not in _UNNAMED_CHARGES
        ]
        if not named or any(t.lower_ in _UNNAMED_CHARGES for t in pobj.children):
            return None
        return "on " + running_words(list(pobj.subtree), all_punct=True)
    return None


def trial_question(ctx: RuleContext, noun: Token, template: str) -> tuple[str, str] | str | None:
    """ "X is set to go on trial in June on fraud charges": will X be convicted?"""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.lemma_.lower() not in {"go", "stand", "face"} or is_negated(verb):
        return None
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in SCHEDULING:
        setter = verb.head
        if setter.tag_ not in {"VBN", "JJ", "VBZ"} or told_past(setter) or is_negated(setter):
            return "event-past" if told_past(setter) else None
    elif any(c.dep_ == "aux" and c.lower_ in {"will", "'ll"} for c in verb.children):
        setter = verb
    else:
        return None
    charge = _charge(verb)
    if charge is None:
        return None
    subject = next((c for c in setter.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return "unnamed-matter"
    person = next((c for c in subject.children if c.dep_ == "appos"), subject)
    name = ctx.name_of(person) or ctx.name_of(subject)
    if not name or (" " not in name and person.ent_type_ != "PERSON"):
        return "unnamed-matter"
    if any(
        t.lemma_.lower() in _VERDICTS and t.tag_ in {"VBD", "VBN"} and not is_negated(t)
        for t in noun.doc[noun.sent.end :]
    ):
        return "settled-later"
    return template.format(defendant=name, charge=charge), "trial"
