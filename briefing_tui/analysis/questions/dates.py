"""Dates in the parse: whether a clause's time lies ahead of what the article reports.

A reported "would" is a past stance ("he said he would resign") unless a date
puts its event ahead: a deadline ("by 2050"), a time word that points ahead
("next month", "soon"), or a day or month of its own ("would take place on
October 2", "would decide within a month").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.calendar_names import MONTH_NAMES, WEEKDAYS
from briefing_tui.analysis.questions.cues import lemma_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def has_deadline(sent: Span) -> bool:
    """Whether a sentence sets a deadline, "by 2050": a reported "would" then still forecasts
    ("they estimated that by 2050 food needs would rise")."""
    return any(
        t.lower_ == "by" and any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in t.children)
        for t in sent
    )


def future_time(word: Token) -> bool:
    """Whether a time expression under ``word`` points ahead ("next month", "soon")."""
    future = lemma_set("future_time")
    return any(
        t.lemma_.lower() in future
        for child in word.children
        if child.dep_ in {"npadvmod", "advmod", "prep", "tmod"}
        for t in child.subtree
    )


#: Month and weekday names.
MONTHS_AND_DAYS = frozenset(MONTH_NAMES + WEEKDAYS)
#: The seasons, which date a time as a month does ("in the autumn", "by spring").
SEASONS = frozenset({"spring", "summer", "autumn", "winter"})
#: Month and weekday names, and words that date a plan ahead ("next", "tomorrow").
_CALENDAR_WORDS = MONTHS_AND_DAYS | {"next", "tomorrow", "coming"} | SEASONS
#: Words that put a time behind the article's day ("last week", "two days ago", "earlier").
PAST_TIME_WORDS = frozenset({"last", "ago", "yesterday", "earlier"})
#: Words that put a date in the past ("last May", "two days ago").
PAST_DATE_WORDS = frozenset({"last", "ago", "yesterday", "earlier", "previous", "past"})


def names_its_day(verb: Token) -> bool:
    """Whether ``verb`` names its own date ("would take place on October 2", "could cut
    rates in December"): a reported plan with a date of its own is still to come."""
    for child in verb.children:
        if child.dep_ not in {"prep", "npadvmod", "tmod"}:
            continue
        words = [t for t in child.subtree if t.ent_type_ == "DATE"]
        if any(t.lower_ in PAST_DATE_WORDS for t in child.subtree):
            continue
        if child.lower_ == "within" and words:
            return True  # "would decide within a month"
        # a day or a month ("on October 2", "in December"), not a bare year or "weeks"
        if any(t.lower_ in _CALENDAR_WORDS for t in words):
            return True
        if any(t.lower_ in {"week", "month", "weekend"} and t.tag_ == "NN" for t in words):
            return True  # "this week", "within a month"; not "weeks of talks"
    return False
