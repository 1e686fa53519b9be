"""The article's agenda: an event it places ahead of its own date, asked by its outcome.

"The final reading, scheduled for March 17", "setting up a final vote next
week", "next week's vote", "the board is scheduled to vote on Oct. 8 on a
proposal to ..." and "the judge set sentencing for Dec. 14" put a decision
still to come at the centre of a story. What rides on it is its outcome, not
whether it takes place: "Will the Selo City Council pass the Harbour Act at
the final reading on March 17?", "What sentence will Ann Reed receive on
Dec. 14?". The event nouns and the template of each class are the lexicon
table ``questions/agenda.tsv``. The body is the deciding body the sentence or
the text before it names, the measure the nearest measure before, by its name
("known as the Harbour Act") or its own words ("the proposal to spend $38
million"); the defendant the person found guilty before. Vetoes: the event is
told as past ("was scheduled for", "held Tuesday") or called off
(``event-past``), the body, the measure or the defendant cannot be named
(``unnamed-matter``: drop rather than ask about "the vote"), the article tells
the outcome later (``settled-later``).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.dates import MONTHS_AND_DAYS
from briefing_tui.analysis.questions.deadlines import deadline_question
from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.rules import with_the
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.stakes import DECIDING_BODIES
from briefing_tui.analysis.questions.votes import ADOPTING
from briefing_tui.model import QuestionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import Candidate, RuleContext

#: Verbs that put an event on a day ("scheduled for", "set for", "due on").
_SCHEDULING = frozenset({"schedule", "set", "slate", "due", "expect", "plan"})
#: Verbs that tell an event as done or dropped ("held Tuesday", "called off").
_DONE = frozenset({"hold", "cancel", "postpone", "scrap", "delay", "conclude", "complete"})
#: Words that put a time behind the article ("last week", "two days ago").
_PAST_TIME = frozenset({"last", "ago", "yesterday", "earlier"})
#: Verbs of a body's vote told as done ("the council passed it").
_VOTED = frozenset({"vote", "pass", "approve", "reject", "adopt", "accept", "ratify"})
#: Bodies that vote on measures (a court or a jury does not).
_NOT_VOTING = frozenset({"court", "judge", "justice", "jury", "tribunal"})
#: Verbs that name a measure: "known as the Harbour Act", "called the Harbour Act".
_NAMING = frozenset({"know", "call", "name", "dub"})


@cache
def _table() -> dict[str, tuple[str, str]]:
    """Event noun lemma -> (class, template), from ``questions/agenda.tsv``."""
    return {row[0]: (row[1], row[2]) for row in data_files.rows("questions/agenda.tsv")}


def _date_words(phrase: Token) -> str | None:
    """The day a time phrase names, as a question says it ("on March 17", "next week"),
    or None where it names no date or a date behind the article."""
    words = list(phrase.subtree)
    if not any(t.ent_type_ == "DATE" for t in words):
        return None
    if any(t.lower_ in _PAST_TIME for t in words):
        return None
    dated = [t for t in words if t.ent_type_ == "DATE" or t.is_punct is False]
    text = phrase.doc[dated[0].i : dated[-1].i + 1].text.rstrip(",")
    if phrase.dep_ == "prep":
        pobj = next((c for c in phrase.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        date = phrase.doc[pobj.left_edge.i : pobj.right_edge.i + 1].text.rstrip(",")
        first = pobj.left_edge
        if (
            first.lower_ in MONTHS_AND_DAYS
            or first.like_num
            or first.text[:3].lower() in {m[:3] for m in MONTHS_AND_DAYS}
        ):
            return f"on {date}" if phrase.lower_ in {"for", "on"} else f"{phrase.lower_} {date}"
        return f"{phrase.lower_} {date}" if phrase.lower_ != "for" else date
    return text


def _told_past(verb: Token) -> bool:
    """ "was scheduled for", "had been set for": the scheduling told of a time gone by."""
    return any(
        c.dep_ in {"aux", "auxpass"} and (c.tag_ == "VBD" or c.lower_ == "had")
        for c in verb.children
    )


def _when(noun: Token) -> tuple[str, Token] | str | None:
    """The day ``noun``'s event is set for, with the word that sets it; "event-past" where
    it is told as held or as scheduled in the past; None where nothing puts it ahead."""
    for child in noun.children:
        lemma = child.lemma_.lower()
        if child.dep_ == "acl" and lemma in _DONE:
            return "event-past"  # "the hearing, held Tuesday"
        if child.dep_ == "acl" and lemma in _SCHEDULING and child.tag_ == "VBN":
            if _told_past(child) or is_negated(child):
                return "event-past"
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in {"for", "on"}:
                    day = _date_words(prep)
                    if day:
                        return day, child
        if child.dep_ in {"npadvmod", "tmod"} and child.ent_type_ == "DATE":
            day = _date_words(child)
            if day and any(t.lower_ in {"next", "coming"} for t in child.subtree):
                return day, child  # "a final vote next week"
        if child.dep_ == "poss" and child.ent_type_ == "DATE":
            day = _date_words(child)
            if day and any(t.lower_ in {"next", "coming"} for t in child.subtree):
                return doc_words(child), child  # "next week's vote"
    if any(c.lemma_.lower() in _SCHEDULING and c.dep_ == "amod" for c in noun.children):
        for prep in noun.children:  # "set sentencing for Dec. 14" read as "set" qualifying it
            if prep.dep_ == "prep" and prep.lower_ in {"for", "on"}:
                day = _date_words(prep)
                if day:
                    return day, prep
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in _SCHEDULING | {"set"}:
        if (noun.dep_ == "nsubjpass" and _told_past(head)) or is_negated(head):
            return "event-past"
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in {"for", "on"}:
                day = _date_words(child)
                if day:
                    return day, head  # "set sentencing for Dec. 14"
            if child.dep_ == "npadvmod" and child.ent_type_ == "DATE":
                day = _date_words(child)
                if day and any(t.lower_ in {"next", "coming"} for t in child.subtree):
                    return day, head  # "setting up a final vote next week"
    return None


def doc_words(phrase: Token) -> str:
    """ "next week" for "next week's": a possessive time phrase without its "'s"."""
    return " ".join(t.text for t in phrase.subtree if t.dep_ != "case")


def _called_off(noun: Token) -> bool:
    """Whether a later sentence tells an event of the same noun called off or held."""
    lemma = noun.lemma_.lower()
    for token in noun.doc[noun.sent.end :]:
        if token.lemma_.lower() != lemma or token.dep_ not in {"nsubjpass", "dobj", "nsubj"}:
            continue
        verb = token.head
        done = verb.lemma_.lower() in _DONE and verb.tag_ in {"VBD", "VBN"}
        modal = any(c.lower_ in {"will", "would", "could"} for c in verb.children)
        if done and not modal and not is_negated(verb):
            return True
    return False


def _body(ctx: RuleContext, noun: Token) -> tuple[str, Token] | None:
    """The deciding body nearest before ``noun`` (its own sentence first) whose name the
    actors give with a name word in it: "the Selo City Council" for "the council"."""
    doc = noun.doc
    start = max(0, noun.sent.start - 400)
    own = [t for t in doc[noun.sent.start : noun.i] if t.pos_ in {"NOUN", "PROPN"}]
    before = [t for t in doc[start : noun.sent.start] if t.pos_ in {"NOUN", "PROPN"}]
    for token in [*reversed(own), *reversed(before)]:
        lemma = token.lemma_.lower()
        if lemma not in DECIDING_BODIES or lemma in _NOT_VOTING or token.dep_ == "compound":
            continue
        name = ctx.name_of(token) or _only_name(ctx, token)
        if name and any(w[:1].isupper() for w in name.split()[:-1]):
            return with_the(name), token
        if token.pos_ == "PROPN" and token.text[:1].isupper():
            return _named(token), token  # "the Assembly": a body its own capital names
        return None  # the nearest body is unnamed: no guess at another
    return None


def _only_name(ctx: RuleContext, body: Token) -> str | None:
    """The one name the article gives a body of ``body``'s noun ("the council" where the
    only council named is the Selo City Council), or None where it names none or two."""
    lemma = body.lemma_.lower()
    names = {
        name
        for token in body.doc
        if token.lemma_.lower() == lemma and token.i != body.i
        for name in [ctx.name_of(token)]
        if name and name.split()[-1].lower() == lemma
    }
    return names.pop() if len(names) == 1 else None
    return None


def _measure_name(measure: Token) -> str | None:
    """A measure's name anywhere in the article: "The ordinance, known as the Harbour
    Act" or "the bill, Senate Bill 214," for any noun of the measure's lemma."""
    lemma = measure.lemma_.lower()
    for token in measure.doc:
        if token.lemma_.lower() != lemma or token.pos_ != "NOUN":
            continue
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return _named(child)
            if child.dep_ == "acl" and child.lemma_.lower() in _NAMING:
                for grand in child.subtree:
                    if grand.dep_ in {"pobj", "oprd", "attr"} and grand.pos_ == "PROPN":
                        return _named(grand)
    return None


def _named(name: Token) -> str:
    """A name's own words, without asides or clauses: "the Harbour Act", "the Assembly"."""
    cut = {
        t.i
        for c in name.children
        if c.dep_ in {"appos", "relcl", "acl", "punct", "advcl", "cc", "conj"}
        or (c.dep_ == "prep" and not any(g.pos_ == "PROPN" for g in c.children))
        for t in c.subtree
    }
    words = [t for t in name.subtree if t.i not in cut]
    text = running_words(words, all_punct=True)
    return "the" + text[3:] if text.startswith("The ") else text


def _measure_words(measure: Token) -> str | None:
    """ "the proposal to spend $38 million": a measure with the infinitive that says what
    it does and that verb's object, without the rest; None where nothing names it."""
    named = _measure_name(measure)
    if named:
        return named
    act = next((c for c in measure.children if c.dep_ == "acl" and c.tag_ == "VB"), None)
    if act is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return None
    obj = next((c for c in act.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    words = [measure, *sorted([act, *act.children], key=lambda t: t.i)]
    keep = {t.i for t in words if t.dep_ in {"aux", "acl"} or t.i == measure.i}
    keep |= {t.i for t in obj.subtree if not (t.dep_ == "prep" or t.head.dep_ == "prep")}
    tokens = [t for t in measure.doc[measure.i : obj.right_edge.i + 1] if t.i in keep]
    return "the " + running_words(tokens, all_punct=False)


def _measure(noun: Token) -> Token | None:
    """The measure a vote is on: the object of its "on", else the nearest measure noun
    before it (its own sentence, then up to two sentences before)."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "on":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in ADOPTING:
                return obj
    doc = noun.doc
    sentences = [s for s in doc.sents if s.start <= noun.i]
    window = sentences[-4:]
    for sent in reversed(window):
        for token in reversed(list(sent)):
            if token.i < noun.i and token.pos_ == "NOUN" and token.lemma_.lower() in ADOPTING:
                return token
    return None


def _event_words(noun: Token) -> str:
    """ "the final reading": the event noun with its adjectives, "the" before it."""
    words = [c for c in noun.children if c.dep_ in {"amod", "compound"} and c.i < noun.i]
    words = [w for w in words if w.ent_type_ != "DATE"]
    return "the " + " ".join([*(w.lower_ for w in words), noun.lower_])


def _at_event(text: str) -> str:
    """ "at the vote on June 12" says nothing "on June 12" does not: the bare vote goes."""
    return text.replace(" at the vote ", " ")


def _parties(ctx: RuleContext, noun: Token) -> str | None:
    """ "the union and Halden Motors" for "talks between the union and Halden Motors":
    two parties, each named by the actors or by a name of its own."""
    between = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    first = next((c for c in between.children if c.dep_ == "pobj"), None) if between else None
    if first is None:
        return None
    second = next((c for c in first.children if c.dep_ == "conj"), None)
    if second is None:
        return None
    names = []
    for party in (first, second):
        name = ctx.name_of(party)
        if name:
            names.append(_as_written(with_the(name), noun.doc))
        elif party.pos_ == "PROPN":
            names.append(_named(party))
        else:
            return None
    return f"{names[0]} and {names[1]}"


#: Verbs that tell a person convicted: "found X guilty", "X was convicted", "X pleaded guilty".
_CONVICTED = frozenset({"find", "convict", "plead"})


def _defendant(ctx: RuleContext, noun: Token) -> str | None:
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


def _sentenced_later(noun: Token) -> bool:
    """Whether a later sentence tells someone sentenced ("was sentenced to six years")."""
    return any(
        t.lemma_.lower() == "sentence"
        and t.tag_ in {"VBD", "VBN"}
        and t.pos_ == "VERB"
        and any(c.lower_ == "to" for c in t.children)
        and not any(c.lower_ in {"will", "be"} and c.tag_ in {"MD", "VB"} for c in t.children)
        for t in noun.doc[noun.sent.end :]
    )


def _event_lemma(token: Token) -> str | None:
    """An event noun's lemma; a sentence's first word the tagger took for a name ("Talks
    between ...") by its own lower-case singular."""
    if token.pos_ == "NOUN":
        return token.lemma_.lower()
    if token.pos_ == "PROPN" and token.is_sent_start and token.tag_ in {"NN", "NNS", "NNP", "NNPS"}:
        word = token.lower_
        return word[:-1] if word.endswith("s") and word[:-1] in _table() else word
    return None


def _ask(ctx: RuleContext, noun: Token) -> tuple[str, str] | str | None:
    """The question an event noun asks, with its class, or a veto's name, or None."""
    entry = _table().get(_event_lemma(noun))
    if entry is None:
        return None
    kind, template = entry
    if kind == "trial":
        return _trial(ctx, noun, template)
    if kind == "review":
        return _review(ctx, noun, template)
    when = _when(noun)
    if when is None or isinstance(when, str):
        return when
    day, _setter = when
    if _called_off(noun):
        return "event-past"
    if kind == "talks":
        parties = _parties(ctx, noun)
        if parties is None:
            return "unnamed-matter"
        if _called_off(noun):
            return "event-past"
        return template.format(parties=parties, event=_event_words(noun), when=day), kind
    if kind == "sentencing":
        if _sentenced_later(noun):
            return "settled-later"
        defendant = _defendant(ctx, noun)
        if defendant is None:
            return "unnamed-matter"
        return template.format(defendant=defendant, when=day), kind
    found = _body(ctx, noun)
    measure = _measure(noun)
    words = _measure_words(measure) if measure is not None else None
    if found is None or measure is None or words is None:
        return "unnamed-matter"
    body_name, body = found
    if body_acted_later_than(body, noun):
        return "settled-later"
    text = template.format(
        body=body_name,
        adopt=ADOPTING[measure.lemma_.lower()],
        measure=words,
        event=_event_words(noun),
        when=day,
    )
    return _at_event(text), kind


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


def _trial(ctx: RuleContext, noun: Token, template: str) -> tuple[str, str] | str | None:
    """ "X is set to go on trial in June on fraud charges": will X be convicted?"""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.lemma_.lower() not in {"go", "stand", "face"} or is_negated(verb):
        return None
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _SCHEDULING:
        setter = verb.head
        if setter.tag_ not in {"VBN", "JJ", "VBZ"} or _told_past(setter) or is_negated(setter):
            return "event-past" if _told_past(setter) else None
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


#: Verbs of leading a review: "led by", "conducted by", "carried out by".
_LEADING = frozenset({"lead", "conduct", "carry", "run", "oversee", "head"})
#: Verbs that tell a review's finding ("the review found", "the inquiry concluded").
_FOUND = frozenset({"find", "conclude", "clear", "determine", "show"})


def _running(noun: Token) -> bool:
    """Whether a review is told as under way: "the review was continuing", "the ongoing
    inquiry", "the investigation is proceeding"."""
    ongoing = lemma_set("ongoing")
    if any(c.dep_ == "amod" and c.lemma_.lower() in ongoing for c in noun.children):
        return True
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or is_negated(verb):
        return False
    if any(c.lower_ in {"would", "could", "if", "might"} for c in verb.children):
        return False
    return verb.lemma_.lower() in ongoing and verb.tag_ in {"VBG", "VBZ", "VBP"}


def _conductor(ctx: RuleContext, noun: Token) -> str | None:
    """Who leads a review, by its words without asides: "the board's audit committee" for
    "led by the board's audit committee with the help of outside accountants"."""
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_.lower() in _LEADING:
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            leader = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            if leader is None:
                return None
            named = next((c for c in leader.children if c.dep_ == "appos"), None)
            if named is not None and named.pos_ == "PROPN":
                leader = named  # "its chief inspector, Omar Haddad"
            name = ctx.name_of(leader)
            if name:
                return with_the(name)
            return _owned(ctx, leader)
    return None


def _headline_firm(doc: Doc) -> str | None:
    """The one organisation the headline (the text's first line) names, not a deciding
    body: a company story's "board" is that firm's."""
    end = doc.text.find("\n")
    if end < 0:
        return None
    firms = {
        ent.text
        for ent in doc.ents
        if ent.end_char <= end
        and ent.label_ == "ORG"
        and ent[-1].lemma_.lower() not in DECIDING_BODIES
    }
    return firms.pop() if len(firms) == 1 else None


#: Nouns for a firm's own organs: "the board's audit committee" is the firm's.
_ORGANS = frozenset({"board", "company", "firm"})


def _owned(ctx: RuleContext, leader: Token) -> str:
    """ "Selo Freight's audit committee" for "the board's audit committee" where the
    headline names one firm; else the leader's own words."""
    owner = next((c for c in leader.children if c.dep_ == "poss"), None)
    if owner is None or owner.lemma_.lower() not in _ORGANS or ctx.name_of(owner):
        return _named(leader)
    firm = _headline_firm(leader.doc)
    if firm is None:
        return _named(leader)
    words = [t for t in leader.subtree if t.i > owner.right_edge.i and t.i <= leader.i]
    possessive = f"{firm}'" if firm.endswith("s") else f"{firm}'s"
    return f"{possessive} {running_words(words, all_punct=True)}"


def _review(ctx: RuleContext, noun: Token, template: str) -> tuple[str, str] | str | None:
    """ "The review, led by the board's audit committee, was continuing": what will it find?"""
    if not _running(noun):
        return None
    owner = _owner(ctx, noun)
    conductor = _conductor(ctx, noun)
    if owner is None and conductor is None:
        return "unnamed-matter"
    lemma = noun.lemma_.lower()
    for token in noun.doc[noun.sent.end :]:
        if token.lemma_.lower() == lemma and token.dep_ == "nsubj":
            verb = token.head
            if verb.lemma_.lower() in _FOUND and verb.tag_ == "VBD" and not is_negated(verb):
                return "settled-later"
    if owner is not None:
        possessive = f"{owner}'" if owner.endswith("s") else f"{owner}'s"
        return f"What will {possessive} {noun.lower_} find?", "review"
    return template.format(event=noun.lower_, conductor=conductor), "review"


def _owner(ctx: RuleContext, noun: Token) -> str | None:
    """The organisation whose review it is: "the Civil Aviation Authority" for "its
    investigation" where that is the organisation the "its" stands for."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    name = ctx.name_of(poss)
    organisations = {
        e.text.removeprefix("the ").removeprefix("The ") for e in noun.doc.ents if e.label_ == "ORG"
    }
    if not name or name.removeprefix("the ") not in organisations:
        return None
    return _as_written(with_the(name), noun.doc)


def _as_written(name: str, doc: Doc) -> str:
    """ "the Civil Aviation Authority" where the article writes the name with "the"."""
    if name.startswith("the ") or f"the {name}".lower() not in doc.text.lower():
        return name
    return f"the {name}"


def body_acted_later_than(body: Token, noun: Token) -> bool:
    """Whether a body of ``body``'s noun votes on a measure in the past after ``noun``'s
    sentence (the outcome told)."""
    later = noun.doc[noun.sent.end :]
    lemma = body.lemma_.lower()
    for verb in later:
        if verb.lemma_.lower() not in _VOTED or verb.tag_ != "VBD" or is_negated(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() != lemma:
            continue
        words = {t.lower_ for t in verb.subtree}
        if words & _PAST_TIME or words & _OTHER_MATTER:
            continue  # "approved a similar plan last year": another vote, before this one
        return True
    return False


#: Words that make a later vote another matter's: "a similar plan", "another bill".
_OTHER_MATTER = frozenset({"similar", "another", "other", "previous", "earlier"})


def _scheduled_vote(ctx: RuleContext, verb: Token) -> tuple[str, str] | str | None:
    """ "The board is scheduled to vote on Oct. 8 on a proposal to ...": will it adopt it?"""
    if verb.lemma_.lower() != "vote" or verb.dep_ != "xcomp" or verb.pos_ != "VERB":
        return None
    setter = verb.head
    if setter.lemma_.lower() not in _SCHEDULING or setter.tag_ not in {"VBN", "JJ"}:
        return None
    if _told_past(setter) or is_negated(setter) or is_negated(verb):
        return None
    subject = next((c for c in setter.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lemma_.lower() not in DECIDING_BODIES:
        return None
    if subject.lemma_.lower() in _NOT_VOTING:
        return None
    day = None
    measure = None
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if pobj.ent_type_ == "DATE":
            day = _date_words(prep)
        elif prep.lower_ == "on" and pobj.lemma_.lower() in ADOPTING:
            measure = pobj
    if day is None or measure is None:
        return None
    name = ctx.name_of(subject)
    words = _measure_words(measure)
    if not name or words is None:
        return "unnamed-matter"
    if body_acted_later_than(subject, verb):
        return "settled-later"
    adopt = ADOPTING[measure.lemma_.lower()]
    return f"Will {with_the(name)} {adopt} {words} at its vote {day}?", "vote"


def find_agenda(ctx: RuleContext, doc: Doc) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """The outcome questions of the events the article places ahead, and the vetoes that
    removed others with their cue word. One question per matter: the mentions of one
    vote join one question, phrased from the mention with a calendar day."""
    found: dict[str, Candidate] = {}
    refused: list[tuple[str, Token]] = []
    table = _table()
    for token in doc:
        lemma = token.lemma_.lower()
        if _event_lemma(token) in table:
            asked = _ask(ctx, token)
        elif lemma == "vote" and token.pos_ == "VERB":
            asked = _scheduled_vote(ctx, token)
        elif lemma in {"have", "deadline"}:
            asked = deadline_question(ctx, token)
        else:
            continue
        if asked is None:
            continue
        if isinstance(asked, str):
            refused.append((asked, token))
            continue
        text, kind = asked
        key = _matter_key(text, kind)
        candidate = ctx.candidate(QuestionKind.PENDING, token.sent, text, None)
        candidate.family, candidate.cue = "agenda", token.text
        kept = found.get(key)
        if kept is None:
            found[key] = candidate
            continue
        sentences = sorted({s.start: s for s in [*kept.sentences, candidate.sentences[0]]}.items())
        kept.sentences = [s for _start, s in sentences]
        if _dated(text) and not _dated(kept.text):
            kept.text = text
        for actor in candidate.actors:
            if actor not in kept.actors:
                kept.actors.append(actor)
    return list(found.values()), refused


def _matter_key(text: str, kind: str) -> str:
    """One matter's key: its class and the words before its event ("Will X pass Y")."""
    return f"{kind}:{text.split(' at ')[0]}"


def _dated(text: str) -> bool:
    """Whether a question names a calendar day ("on March 17"), not only "next week"."""
    return (
        any(
            w.lower().strip("?,.") in MONTHS_AND_DAYS
            or w[:3].lower() in {m[:3] for m in MONTHS_AND_DAYS}
            for w in text.split(" on ")[-1].split()[:1]
        )
        if " on " in text
        else False
    )
