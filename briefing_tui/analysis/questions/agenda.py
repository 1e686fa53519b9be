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

The story's own vote is often told with no scheduling word: a matter that
"will go to a vote of the full council next Tuesday", "faces a vote in the
provincial assembly" or is "put to a final vote in the National Assembly on
Thursday" (``agenda_heads``) asks the same outcome, the matter named by its own
name, by the headline that sends it to the vote, or by the act it is to do; an
election the article calls open asks its winner (``agenda_elections``).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import doctext
from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.questions.agenda_confidence import (
    confidence_question,
    is_confidence_vote,
)
from briefing_tui.analysis.questions.agenda_days import ahead_of_dateline
from briefing_tui.analysis.questions.agenda_elections import election_question
from briefing_tui.analysis.questions.agenda_heads import (
    NOT_VOTING,
    HeadedVote,
    headed_vote,
    matter_verb,
)
from briefing_tui.analysis.questions.agenda_reviews import review_question
from briefing_tui.analysis.questions.agenda_trials import (
    defendant,
    ruling_question,
    sentenced_later,
    trial_question,
)
from briefing_tui.analysis.questions.agenda_words import SCHEDULING, as_written, own_name, told_past
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.dates import MONTHS_AND_DAYS, PAST_TIME_WORDS
from briefing_tui.analysis.questions.deadlines import deadline_question
from briefing_tui.analysis.questions.headline_matters import headline_vote_matter
from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.rules import with_the
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.stakes import DECIDING_BODIES
from briefing_tui.analysis.questions.votes import ADOPTING
from briefing_tui.analysis.sentences import doc_sentences
from briefing_tui.model import QuestionKind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import Candidate, RuleContext

#: Verbs that tell an event as done or dropped ("held Tuesday", "called off").
_DONE = frozenset({"hold", "cancel", "postpone", "scrap", "delay", "conclude", "complete"})
#: Verbs of a body's vote told as done ("the council passed it").
_VOTED = frozenset({"vote", "pass", "approve", "reject", "adopt", "accept", "ratify"})
#: Verbs that name a measure: "known as the Harbour Act", "called the Harbour Act".
_NAMING = frozenset({"know", "call", "name", "dub"})


#: Lemmas ``find_agenda`` asks about besides event nouns: a vote, a deadline.
_AGENDA_LEMMAS = frozenset({"vote", "have", "deadline"})


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
    if any(t.lower_ in PAST_TIME_WORDS for t in words):
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


def _when(noun: Token) -> tuple[str, Token] | str | None:
    """The day ``noun``'s event is set for, with the word that sets it; "event-past" where
    it is told as held or as scheduled in the past; None where nothing puts it ahead."""
    for child in noun.children:
        lemma = child.lemma_.lower()
        if child.dep_ == "acl" and lemma in _DONE:
            return "event-past"  # "the hearing, held Tuesday"
        if child.dep_ == "acl" and lemma in SCHEDULING and child.tag_ == "VBN":
            if told_past(child) or is_negated(child):
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
    if any(c.lemma_.lower() in SCHEDULING and c.dep_ == "amod" for c in noun.children):
        for prep in noun.children:  # "set sentencing for Dec. 14" read as "set" qualifying it
            if prep.dep_ == "prep" and prep.lower_ in {"for", "on"}:
                day = _date_words(prep)
                if day:
                    return day, prep
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in SCHEDULING | {"set"}:
        if is_negated(head):
            return "event-past"
        past = noun.dep_ == "nsubjpass" and told_past(head)  # "was set for": ahead of the date?
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in {"for", "on"}:
                day = _date_words(child)
                if day and past and not ahead_of_dateline(day, noun.doc):
                    return "event-past"
                if day:
                    return day, head  # "set sentencing for Dec. 14"
            if child.dep_ == "npadvmod" and child.ent_type_ == "DATE" and not past:
                day = _date_words(child)
                if day and any(t.lower_ in {"next", "coming"} for t in child.subtree):
                    return day, head  # "setting up a final vote next week"
        if past:
            return "event-past"
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
    held_in = _held_in(ctx, noun)
    if held_in is not None:
        return held_in
    doc = noun.doc
    start = max(0, noun.sent.start - 400)
    own = [t for t in doc[noun.sent.start : noun.i] if t.pos_ in {"NOUN", "PROPN"}]
    before = [t for t in doc[start : noun.sent.start] if t.pos_ in {"NOUN", "PROPN"}]
    for token in [*reversed(own), *reversed(before)]:
        lemma = token.lemma_.lower()
        if lemma not in DECIDING_BODIES or lemma in NOT_VOTING or token.dep_ == "compound":
            continue
        name = ctx.name_of(token) or _only_name(ctx, token)
        if name and any(w[:1].isupper() for w in name.split()[:-1]):
            return with_the(name), token
        if token.pos_ == "PROPN" and token.text[:1].isupper():
            return own_name(token), token  # "the Assembly": a body its own capital names
        return None  # the nearest body is unnamed: no guess at another
    return None


#: Prepositions that tie a vote to the body that holds it ("a vote in the National
#: Assembly", "a vote of the full council", "a vote by the board").
_HELD_IN = frozenset({"in", "of", "by"})


def _held_in(ctx: RuleContext, noun: Token) -> tuple[str, Token] | None:
    """The named deciding body an event's own preposition puts it in: "the National
    Assembly" for "setting up a vote in the National Assembly on Thursday"."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in _HELD_IN:
            continue
        body = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if body is None or body.lemma_.lower() not in DECIDING_BODIES:
            continue
        if body.lemma_.lower() in NOT_VOTING:
            return None
        name = _named_body(ctx, body)
        return (name, body) if name else None
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
                return own_name(child)
            if child.dep_ == "acl" and child.lemma_.lower() in _NAMING:
                for grand in child.subtree:
                    if grand.dep_ in {"pobj", "oprd", "attr"} and grand.pos_ == "PROPN":
                        return own_name(grand)
    return None


def _authored(measure: Token) -> str | None:
    """ "the budget presented by Finance Minister Ann Lee": a measure told by the named
    person or body that brought it ("presented", "introduced", "proposed by")."""
    for acl in measure.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in _BRINGING:
            continue
        agent = next((c for c in acl.children if c.dep_ == "agent"), None)
        author = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if author is None or author.pos_ != "PROPN" or author.ent_type_ not in {"PERSON", "ORG"}:
            continue
        names = [t for t in author.subtree if t.dep_ in {"compound", "flat"} or t.i == author.i]
        words = [measure, acl, agent, *sorted(names, key=lambda t: t.i)]
        return "the " + running_words(words, all_punct=False)
    return None


#: Prepositions that say what a measure is or is aimed at ("a motion of no confidence
#: in ...", "a resolution against ...", "a bill on ...").
_MEASURE_OF = frozenset({"of", "in", "against", "on"})
#: The most words a measure told by what it is aimed at may take in a question.
AIMED_WORDS = 14


def _measure_against(measure: Token) -> str | None:
    """ "the motion of no confidence in Prime Minister Ann Lee's government": a measure
    with the phrases that say what it is aimed at, when they name someone by a name of
    their own (a measure "on taxes" names nothing) and are short; dates and clauses go."""
    preps = [c for c in measure.children if c.dep_ == "prep" and c.lower_ in _MEASURE_OF]
    if not preps:
        return None
    cut = {
        t.i
        for prep in preps
        for c in prep.subtree
        if c.dep_ in _ACT_ASIDES - {"cc", "conj"}
        or (c.dep_ == "prep" and any(g.ent_type_ == "DATE" for g in c.children))
        for t in c.subtree
    }
    tokens = [measure, *(t for p in preps for t in p.subtree if t.i not in cut)]
    tokens = sorted(tokens, key=lambda t: t.i)
    if len(tokens) > AIMED_WORDS or not any(
        t.pos_ == "PROPN" and t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} for t in tokens
    ):
        return None
    return "the " + running_words(tokens, all_punct=False)


#: Verbs of bringing a measure before a body ("the bill introduced by ...").
_BRINGING = frozenset({"present", "introduce", "propose", "table", "submit", "draft", "unveil"})


def _measure_words(measure: Token) -> str | None:
    """ "the proposal to spend $38 million": a measure with the infinitive that says what
    it does and that verb's object, without the rest; None where nothing names it."""
    named = _measure_name(measure) or _authored(measure) or _measure_against(measure)
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
    cut = {t.i for c in obj.subtree if c.dep_ == "prep" for t in c.subtree}
    keep |= {t.i for t in obj.subtree if t.i not in cut}
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
    sentences = [s for s in doc_sentences(doc) if s.start <= noun.i]
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


#: Words of a vote's own that a question keeps ("the final vote"; not "a tight vote").
_ORDINAL = frozenset({"final", "first", "second", "third", "last"})
#: Dependents a measure's act keeps out of a question: clauses, asides, marks.
_ACT_ASIDES = frozenset({"relcl", "advcl", "appos", "punct", "cc", "conj", "acl", "ccomp"})
#: Entity types of a figure: "by more than 40 percent" says how much, not what.
_FIGURES = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})
#: The most words a measure told by its act may take in a question.
ACT_WORDS = 14


def _act_words(measure: Token) -> str | None:
    """ "the plan to raise the cap on tuition at Aldermere's universities": a measure with
    the whole act it is to do, without clauses and figures, when that is short enough."""
    act = next((c for c in measure.children if c.dep_ == "acl" and c.tag_ == "VB"), None)
    if act is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return None
    cut = {
        t.i
        for c in act.subtree
        if c.i != act.i
        and (
            c.dep_ in _ACT_ASIDES
            or (c.dep_ == "prep" and any(g.ent_type_ in _FIGURES for g in c.children))
        )
        for t in c.subtree
    }
    tokens = [measure, *(t for t in act.subtree if t.i not in cut)]
    if len(tokens) > ACT_WORDS:
        return None
    return "the " + running_words(tokens, all_punct=False)


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
            names.append(as_written(with_the(name), noun.doc))
        elif party.pos_ == "PROPN":
            names.append(own_name(party))
        else:
            return None
    return f"{names[0]} and {names[1]}"


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
        return trial_question(ctx, noun, template)
    if kind == "verdict":
        return ruling_question(ctx, noun)
    if kind == "review":
        return review_question(ctx, noun, template)
    if kind == "election":
        return election_question(noun, template)
    if kind == "vote" and is_confidence_vote(noun):
        held = _held_in(ctx, noun)
        day = _headed_day(noun, noun.head)
        return confidence_question(noun, held[0] if held else None, day)
    when = _when(noun)
    if when is None and kind == "vote":
        headed = headed_vote(noun)
        return _headed_question(ctx, noun, headed, template) if headed else None
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
        if sentenced_later(noun):
            return "settled-later"
        convicted = defendant(ctx, noun)
        if convicted is None:
            return "unnamed-matter"
        return template.format(defendant=convicted, when=day), kind
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


def _headed_day(noun: Token, verb: Token) -> str | None:
    """The day a vote a matter is sent to is set for: a date phrase of the vote or of
    the verb that sends the matter ("next Tuesday", "on Thursday"), or None."""
    for owner in (noun, verb):
        for child in owner.children:
            dated = child.dep_ in {"npadvmod", "tmod"} and child.ent_type_ == "DATE"
            if not (dated or (child.dep_ == "prep" and child.lower_ in {"on", "for"})):
                continue
            day = _date_words(child)
            if day:
                return day
    return None


def _named_body(ctx: RuleContext, body: Token) -> str | None:
    """A deciding body as a question names it: its name with a name word in it ("the
    Selo City Council" for "the full council"), or the capitalised name it has itself."""
    name = ctx.name_of(body) or _only_name(ctx, body)
    if name and any(w[:1].isupper() for w in name.split()[:-1]):
        return with_the(name)
    if body.pos_ == "PROPN" and body.text[:1].isupper():
        return own_name(body)
    return None


def _level_body(body: Token, matter_words: str) -> str | None:
    """ "the provincial assembly": a body told by its level of government, asked so only
    with a matter that carries a name of its own ("the Aldermere tuition plan")."""
    levels = [c for c in body.children if c.dep_ == "amod" and c.lower_ in lemma_set("body_levels")]
    if len(levels) != 1 or not any(w[:1].isupper() for w in matter_words.split()[1:]):
        return None
    return f"the {levels[0].lower_} {body.lower_}"


def _headed_question(
    ctx: RuleContext, noun: Token, headed: HeadedVote, template: str
) -> tuple[str, str] | str:
    """ "Will the Selo City Council approve the plan to build 300 homes next Tuesday?"
    for a vote a matter goes to, faces or is put to (``agenda_heads``)."""
    adopt = matter_verb(headed.matter)
    if adopt is None:
        return "unnamed-matter"  # "the towers go to a vote": what is voted on is not said
    body = _named_body(ctx, headed.body) if headed.body is not None else None
    words = (
        _measure_name(headed.matter)
        or headline_vote_matter(noun.doc, headed.matter)
        or _act_words(headed.matter)
        or _measure_words(headed.matter)
    )
    if body is None and headed.body is not None and words is not None:
        body = _level_body(headed.body, words)
    if body is None or words is None:
        return "unnamed-matter"
    if _called_off(noun):
        return "event-past"
    if body_acted_later_than(headed.body, noun):
        return "settled-later"
    day = _headed_day(noun, headed.verb) or ""
    ordinal = [c.lower_ for c in noun.children if c.lower_ in _ORDINAL]
    event = " ".join(["the", *ordinal, noun.lower_])
    text = template.format(body=body, adopt=adopt, measure=words, event=event, when=day)
    text = " ".join(text.split()).replace(" ?", "?")
    return (text.replace(" at the vote?", "?") if not day else _at_event(text)), "vote"


def body_acted_later_than(body: Token, noun: Token) -> bool:
    """Whether a body of ``body``'s noun votes on a measure in the past after ``noun``'s
    sentence (the outcome told)."""
    later = noun.doc[noun.sent.end :]
    lemma = body.lemma_.lower()
    for verb in later:
        if verb.lemma_.lower() not in _VOTED or verb.tag_ != "VBD" or is_negated(verb):
            continue
        if any(c.dep_ == "mark" and c.lower_ in _SUPPOSING for c in verb.children):
            continue  # "if the council approved it": a vote supposed, not told
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() != lemma:
            continue
        words = {t.lower_ for t in verb.subtree}
        if words & PAST_TIME_WORDS or words & _OTHER_MATTER:
            continue  # "approved a similar plan last year": another vote, before this one
        return True
    return False


#: Conjunctions that make a past-tense vote a supposed one ("if the council approved it").
_SUPPOSING = frozenset({"if", "unless", "whether"})
#: Words that make a later vote another matter's: "a similar plan", "another bill".
_OTHER_MATTER = frozenset({"similar", "another", "other", "previous", "earlier"})


def _scheduled_vote(ctx: RuleContext, verb: Token) -> tuple[str, str] | str | None:
    """ "The board is scheduled to vote on Oct. 8 on a proposal to ...": will it adopt it?"""
    if verb.lemma_.lower() != "vote" or verb.dep_ != "xcomp" or verb.pos_ != "VERB":
        return None
    setter = verb.head
    if setter.lemma_.lower() not in SCHEDULING or setter.tag_ not in {"VBN", "JJ"}:
        return None
    if told_past(setter) or is_negated(setter) or is_negated(verb):
        return None
    holder = setter
    if setter.dep_ == "acomp":  # "is due to vote": the subject and the tense are "is"'s
        holder = setter.head
        if holder.tag_ not in {"VBZ", "VBP"} or is_negated(holder):
            return None
    subject = next((c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lemma_.lower() not in DECIDING_BODIES:
        return None
    if subject.lemma_.lower() in NOT_VOTING:
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
    if measure is None:
        return None
    name = ctx.name_of(subject)
    words = _measure_words(measure)
    if not name or words is None:
        return "unnamed-matter"
    if body_acted_later_than(subject, verb):
        return "settled-later"
    adopt = ADOPTING[measure.lemma_.lower()]
    if day is None:  # "is due to vote on the budget": the article gives no day
        return f"Will {with_the(name)} {adopt} {words}?", "vote"
    return f"Will {with_the(name)} {adopt} {words} at its vote {day}?", "vote"


def _agenda_words(doc: Doc, table: dict[str, tuple[str, str]]) -> Iterator[Token]:
    """The tokens ``find_agenda`` asks about, in order: an event noun of ``table``, any
    name (``_event_lemma`` reads a sentence's first one), a "vote", "have" or "deadline";
    read from the Doc's words, so no Token is built for the others."""
    words = doctext.doc_words(doc)
    for i, (lemma, pos) in enumerate(zip(words.lemmas, words.pos, strict=True)):
        if (pos == "NOUN" and lemma in table) or pos == "PROPN" or lemma in _AGENDA_LEMMAS:
            yield doc[i]


def find_agenda(ctx: RuleContext, doc: Doc) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """The outcome questions of the events the article places ahead, and the vetoes that
    removed others with their cue word. One question per matter: the mentions of one
    vote join one question, phrased from the mention with a calendar day."""
    found: dict[str, Candidate] = {}
    refused: list[tuple[str, Token]] = []
    table = _table()
    for token in _agenda_words(doc, table):
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
