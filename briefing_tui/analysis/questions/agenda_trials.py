"""The agenda's court events: a sentencing's defendant, a trial on a named charge.

"Judge Ann Reed set sentencing for May 3" after "a jury found Tom Dale
guilty" asks "What sentence will Tom Dale receive on May 3?" (the defendant
is the person last told convicted); "Tom Hale is scheduled to stand trial in
May on charges of bribery" asks "Will Tom Hale be convicted on charges of
bribery?" only where the charge is named ("related charges" asks nothing).
A sentence or verdict told later settles either (``settled-later``).

A verdict or a ruling a court or a judge will deliver is asked by what it decides,
not by whether it comes on its day: "The Selo High Court will deliver its verdict on
March 27 in the fraud trial of Tom Hale" asks "Will Tom Hale be convicted in the fraud
trial?"; "Judge Rosa Tam said she would deliver her ruling on 14 November" after "a
judge reserved her decision on whether to extradite Ana Lima" asks "Will Rosa Tam
decide to extradite Ana Lima?". A ruling with neither a defendant on trial nor a
matter told as "whether to ..." asks nothing here (``unnamed-matter``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.agenda_words import SCHEDULING, future_aux, told_past
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


#: Verbs with which a court gives its ruling: "deliver its verdict", "hand down a ruling".
_DELIVERING = frozenset({"deliver", "hand", "issue", "give", "announce", "pronounce", "read"})
#: Words that set a delivery ahead: "is due to deliver", "expects to issue".
_SET_AHEAD = frozenset({"due", "expect", "set", "schedule", "plan"})
#: Nouns of a court's decision whose matter a "whether to ..." clause tells.
_DECISIONS = frozenset({"decision", "ruling", "judgment", "judgement", "verdict"})
#: Words before "trial" that only place it among others: "the separate fraud trial".
_ASIDE_KINDS = frozenset({"separate", "ongoing", "upcoming", "current", "pending", "same"})
#: Dependencies cut from a matter's object: asides on it ("Ana Lima, a banker accused of").
_ASIDES = frozenset({"appos", "relcl", "acl", "punct", "advcl"})


def _delivered_ahead(noun: Token) -> Token | None:
    """The verb that delivers ``noun`` on a day still to come ("will deliver its verdict",
    "is due to hand down its ruling"), or None."""
    verb = noun.head
    if noun.dep_ in {"nsubj", "nsubjpass"} and not is_negated(verb) and not told_past(verb):
        # "A verdict is expected before Christmas", "a ruling is due on Friday"
        due = verb.lemma_ == "be" and any(c.lower_ == "due" for c in verb.children)
        expected = noun.dep_ == "nsubjpass" and verb.lemma_.lower() == "expect"
        return verb if (due or expected) and verb.tag_ in {"VBZ", "VBP", "VBN"} else None
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _DELIVERING or is_negated(verb):
        return None
    if future_aux(verb):
        return verb
    setter = verb.head if verb.dep_ == "xcomp" else None
    if setter is not None and setter.lemma_.lower() in _SET_AHEAD and not told_past(setter):
        return verb
    return None


def _tried(ctx: RuleContext, noun: Token, verb: Token) -> str | None:
    """ "Will Tom Hale be convicted in the fraud trial?" for a verdict "in the fraud trial
    of ... Tom Hale"."""
    # "expected before Christmas in the trial of ...": the "in" may hang on the time phrase
    preps = [t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "in"]
    for prep in [*noun.children, *verb.children, *preps]:
        trial = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.lower_ != "in" or trial is None or trial.lemma_.lower() != "trial":
            continue
        of = next((c for c in trial.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        person = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        named = next((c for c in person.children if c.dep_ == "appos"), None) if person else None
        if person is not None and person.ent_type_ != "PERSON" and named is not None:
            person = named  # "the trial of Tarn Bank's former chief executive, Tom Hale"
        if person is None or person.ent_type_ != "PERSON":
            return None
        name = ctx.name_of(person)
        if not name or " " not in name:
            return None
        kinds = [
            c
            for c in trial.children
            if c.dep_ in {"compound", "amod"} and c.i < trial.i and c.lower_ not in _ASIDE_KINDS
        ]
        words = running_words([*kinds, trial], all_punct=True)
        return f"Will {name} be convicted in the {words}?"
    return None


def _whether_matter(ctx: RuleContext, noun: Token, judge: str) -> str | None:
    """ "Will Rosa Tam decide to extradite Ana Lima?": the matter the article's decision
    noun tells as "whether to ...", at or before ``noun``'s sentence."""
    doc = noun.doc
    for token in doc[: noun.sent.end]:
        if token.lower_ != "whether" or token.head.dep_ != "pcomp":
            continue
        act = token.head
        holder = act.head.head if act.head.dep_ == "prep" else None
        if holder is None or holder.lemma_.lower() not in _DECISIONS or is_negated(act):
            continue
        if not any(c.lower_ == "to" for c in act.children):
            continue
        thing = next((c for c in act.children if c.dep_ == "dobj"), None)
        if thing is None:
            continue
        cut = {t.i for g in thing.children if g.dep_ in _ASIDES for t in g.subtree}
        kept = [t for t in thing.subtree if t.i not in cut]
        words = [act, *(c for c in act.children if c.dep_ == "prt"), *kept]
        matter = running_words(words, all_punct=True).strip(" ,")
        if not matter or len(matter.split()) > 12:
            return None
        return f"Will {judge} decide to {matter}?"
    return None


def _verdict_told(ctx: RuleContext, noun: Token, asked: str) -> bool:
    """Whether a later sentence tells the defendant of ``asked`` convicted or acquitted, not
    only supposed so ("if Tom Hale were convicted")."""
    for verb in noun.doc[noun.sent.end :]:
        if verb.lemma_.lower() not in _VERDICTS or verb.tag_ not in {"VBD", "VBN"}:
            continue
        if is_negated(verb) or any(c.dep_ == "mark" for c in verb.children):
            continue
        person = next((c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}), None)
        name = ctx.name_of(person) if person is not None else None
        if name and f"Will {name} be" in asked:
            return True
    return False


def ruling_question(ctx: RuleContext, noun: Token) -> tuple[str, str] | str | None:
    """ "The court will deliver its verdict on March 27 in the trial of Tom Hale": will Tom
    Hale be convicted? A ruling on "whether to extradite Ana Lima": will the judge decide to
    extradite her?"""
    verb = _delivered_ahead(noun)
    if verb is None:
        return None
    tried = _tried(ctx, noun, verb)
    if tried is not None:
        return "settled-later" if _verdict_told(ctx, noun, tried) else (tried, "verdict")
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    judge = ctx.name_of(subject) if subject is not None else None
    if not judge and subject is not None and subject.pos_ == "PRON" and verb.dep_ == "ccomp":
        teller = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        judge = ctx.name_of(teller) if teller is not None else None  # "Ann Lee said she would"
    if not judge or not any(w[:1].isupper() for w in judge.split()):
        return "unnamed-matter"
    asked = _whether_matter(ctx, noun, judge)
    return (asked, "verdict") if asked else "unnamed-matter"
