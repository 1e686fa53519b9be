"""A proceeding the article tells going on, or still to come, with no "ongoing" word.

The proceedings rule asks "How will the inquiry end?" only for a proceeding told under
way ("the inquiry continues", "the pending appeal"); any other is vetoed as
``proceeding-not-running`` ("The trial ended in 2004"). News also tells a proceeding open
in two other shapes, each a named exception here, with the sentence it was written from
and the sentence of the same surface that must still veto:

- ``under-way``: the proceeding is told going on by a phrase, not a word: "The cause of
  the blaze is under investigation" (asked "How will the investigation into the cause of
  the blaze end?"), "the deaths are unexplained pending the outcome of the fire inquiry",
  "while the review was under way", "the inquiry remained open". Still vetoed: "The firms
  were not under investigation" (negated), "He resigned during a corruption inquiry" (a
  past frame, not a running one), "the matter was under investigation" where the thing
  investigated is a pronoun ("it was under review").
- ``dated-ahead``: the proceeding is given a date still to come by a verb of scheduling
  or of starting, as its subject: "A hearing has been set for May 4" (asked "How will the
  hearing set for May 4 end?"), "Talks will resume next Tuesday", "talks are due to resume
  on Thursday". ("The talks, scheduled to begin on Monday, ..." is the forecast's to ask:
  "Will the talks begin on Monday?") Still vetoed: "A hearing has not yet been set"
  (negated), "Talks resumed on Monday" (a start told in the past), "The trial ended on
  Monday" (no verb of scheduling or starting), "the hearing set for last May".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_tui.analysis.calendar_names import MONTH_NAMES, WEEKDAYS
from briefing_tui.analysis.questions.dates import PAST_DATE_WORDS
from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.syntax import clause_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs and adjectives that give a proceeding its date ("set for", "scheduled to").
SCHEDULING = frozenset({"set", "schedule", "list", "fix", "due", "slate", "expect"})
#: Verbs of a proceeding's start, with the "-ing" form the question writes them in.
STARTING = {
    "resume": "resuming",
    "begin": "beginning",
    "open": "opening",
    "start": "starting",
    "reopen": "reopening",
    "convene": "convening",
}
#: Modals that put a start ahead ("talks will resume").
_AHEAD_MODALS = frozenset({"will", "would", "'ll", "shall"})
#: Prepositions whose object is told going on: "under investigation", "pending the inquiry".
_UNDER = "under"
_PENDING = "pending"
#: Nouns through which "pending" reaches a proceeding: "pending the outcome of the inquiry".
_OUTCOME_NOUNS = frozenset({"outcome", "result", "results", "conclusion", "findings", "end"})
#: Words of "under way" and "remain open" that tell a proceeding going on.
_WAY = frozenset({"way", "underway"})
_OPEN = frozenset({"open"})
_STAYING = frozenset({"be", "remain", "stay"})
#: Preposition the thing looked into takes after the proceeding noun.
_INTO = frozenset({"investigation", "inquiry", "probe"})
#: Dependants of the proceeding noun left out of the question: asides and clauses.
_CUT = frozenset({"acl", "relcl", "appos", "punct", "cc", "conj", "prep", "advcl"})
#: Dependants of a proceeding noun kept: its own "of"/"into"/"on" matter.
_KEPT_PREPS = frozenset({"of", "into", "on", "over", "against", "at", "for", "between", "with"})
#: Pronouns that need the article: "it is under review".
_PRONOUN_TAGS = frozenset({"PRP", "DT", "EX"})
#: Longest noun phrase, in words, a question carries.
_MAX_WORDS = 14


@dataclass(frozen=True)
class Running:
    """A named exception to ``proceeding-not-running`` with the question it asks."""

    name: str
    question: str


def _is_day_or_month(word: Token) -> bool:
    """Whether ``word`` names a weekday or a month ("Monday", "Oct.", "June")."""
    text = word.lower_.rstrip(".")
    if text in WEEKDAYS:
        return True
    return len(text) >= 3 and any(month.startswith(text) for month in MONTH_NAMES)


def _date_child(verb: Token) -> Token | None:
    """The dependant of ``verb`` that dates it ahead ("for Oct. 14", "next Monday",
    "on Thursday", "within 30 days"); None where it names no day ahead."""
    for child in verb.children:
        if child.dep_ not in {"prep", "npadvmod", "tmod"}:
            continue
        words = list(child.subtree)
        if any(t.lower_ in PAST_DATE_WORDS for t in words):
            continue
        dated = [t for t in words if t.ent_type_ == "DATE"]
        if any(_is_day_or_month(t) for t in dated) or any(t.lower_ == "next" for t in dated):
            return child
        if child.lower_ == "within" and dated:
            return child
    return None


def _chain(verb: Token) -> list[Token]:
    """``verb`` and the verbs it hands its date to: "is due to resume", "scheduled to begin"."""
    found = [verb]
    node = verb
    while True:
        nxt = next((c for c in node.children if c.dep_ in {"xcomp", "acomp"}), None)
        if nxt is None or len(found) > 3:
            return found
        found.append(nxt)
        node = nxt


def _noun_phrase(noun: Token, drop: set[int] | None = None) -> str | None:
    """The proceeding as "the ..." without its asides: "the first case hearing"."""
    cut = set(drop or ())
    for child in noun.children:
        if child.dep_ in _CUT and not (child.dep_ == "prep" and child.lower_ in _KEPT_PREPS):
            cut |= {t.i for t in child.subtree}
    words = [t for t in noun.subtree if t.i not in cut]
    if not words or len(words) > _MAX_WORDS or any(t.tag_ == "PRP" for t in words):
        return None
    first = words[0]
    if first.lower_ in {"a", "an", "any", "another"}:
        words = words[1:]
    text = running_words(words)
    if not text:
        return None
    if first.dep_ in {"det", "poss"} and first.lower_ not in {"a", "an", "any", "another"}:
        return text
    if first.pos_ == "PROPN" or first.tag_ == "NNP":
        return f"the {text}" if first.dep_ == "compound" else text
    return f"the {text}"


def _when(chain: list[Token], start: Token | None, dated: Token | None) -> str | None:
    """How the question tells the date, in the sentence's own words from the verb of
    scheduling on: "set for Oct. 14", "scheduled to begin on Monday", "due to resume on
    Thursday"; a start told with a modal as its "-ing" form: "resuming next Monday"."""
    if dated is None:
        return None
    date = running_words(dated.subtree)
    if start is not None and not any(v.lemma_.lower() in SCHEDULING for v in chain):
        return f"{STARTING[start.lemma_.lower()]} {date}"
    first = next(i for i, v in enumerate(chain) if v.lemma_.lower() in SCHEDULING)
    verbs = chain[first:]
    if verbs[0].tag_ not in {"VBN", "JJ"}:
        return None  # "the court expects the hearing ...": not a participle to keep
    kept = {v.i for v in verbs} | {t.i for t in dated.subtree}
    kept |= {c.i for v in verbs[1:] for c in v.children if c.dep_ == "aux" and c.lower_ == "to"}
    doc = chain[0].doc
    return running_words(doc[i] for i in sorted(kept))


def _dated_ahead(noun: Token) -> Running | None:
    """A proceeding given a date ahead by a verb of scheduling or starting."""
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None  # "the talks, scheduled to begin on Monday, ...": the forecast asks it
    verb = noun.head
    chain = _chain(verb)
    if any(is_negated(v) for v in chain):
        return None
    lemmas = [v.lemma_.lower() for v in chain]
    scheduled = any(lemma in SCHEDULING for lemma in lemmas)
    start = next((v for v in chain if v.lemma_.lower() in STARTING), None)
    if start is not None and not scheduled:
        modal = any(c.dep_ == "aux" and c.lower_ in _AHEAD_MODALS for c in start.children)
        if not (modal or start.tag_ in {"VBZ", "VBP"}):
            return None  # "Talks resumed on Monday" tells a start in the past
    elif not scheduled:
        return None
    if scheduled and start is None and chain[-1].lemma_.lower() not in SCHEDULING:
        return None  # "is expected to decide": the deciding families ask it
    dated = next((c for v in chain for c in [_date_child(v)] if c is not None), None)
    phrase = _noun_phrase(noun)
    when = _when(chain, start, dated)
    if phrase is None or when is None:
        return None
    text = f"{phrase} {when}"
    if len(text.split()) > _MAX_WORDS + 6:
        return None
    return Running("dated-ahead", f"How will {text} end?")


def _pending_head(noun: Token) -> Token | None:
    """The "pending" a proceeding hangs on: "pending the (outcome of the) inquiry"."""
    node = noun
    for _ in range(3):
        head = node.head
        if node.dep_ != "pobj" or head.i == node.i:
            return None
        if head.lower_ == _PENDING:
            return head
        if head.lower_ != "of" or head.head.lemma_.lower() not in _OUTCOME_NOUNS:
            return None
        node = head.head
    return None


def _under_way(noun: Token) -> Running | None:
    """A proceeding told going on by "under ...", "pending ..." or "remains open"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == _UNDER and head.dep_ == "prep":
        verb = head.head
        subject = clause_subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
        if subject is None or subject.tag_ in _PRONOUN_TAGS or is_negated(verb):
            return None
        if verb.lemma_.lower() not in _STAYING:
            return None
        matter = _noun_phrase(subject)
        if matter is None:
            return None
        linker = "into" if noun.lemma_.lower() in _INTO else "of"
        return Running("under-way", f"How will the {noun.lower_} {linker} {matter} end?")
    pending = _pending_head(noun)
    if pending is not None:
        phrase = _noun_phrase(noun)
        return None if phrase is None else Running("under-way", f"How will {phrase} end?")
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = noun.head
    if verb.lemma_.lower() not in _STAYING or is_negated(verb):
        return None
    told = any(
        (c.dep_ == "prep" and c.lower_ == _UNDER and any(g.lower_ in _WAY for g in c.children))
        or (c.dep_ in {"advmod", "acomp"} and c.lower_ in _WAY | _OPEN)
        for c in verb.children
    )
    if not told:
        return None
    phrase = _noun_phrase(noun)
    return None if phrase is None else Running("under-way", f"How will {phrase} end?")


def still_running(noun: Token) -> Running | None:
    """The named exception that keeps a proceeding noun's question, with the question
    ("How will the hearing set for May 4 end?"), or None where ``proceeding-not-running``
    stands."""
    return _under_way(noun) or _dated_ahead(noun)
