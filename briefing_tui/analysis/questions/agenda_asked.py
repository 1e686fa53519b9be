"""Agenda events a phrased question asks by their occurrence or by a bare name.

Three classes of question fail a reader who has not read the article:

- a vote named only as "the vote", "next week's vote" or "the final vote" ("Could the
  vote be postponed?"): which vote? Where the article's agenda has one vote, the
  question names it by its body and measure ("Could the Selo City Council's March 17
  vote on the Harbour Act be postponed?"); otherwise it is held back
  (``unnamed-matter``). "The vote on the levy" names it and stays.
- a routine meeting asked as its occurrence ("Will the mayor meet with council
  leaders before the vote?"): that it takes place is not the open matter; what it is
  for would be. Without a purpose ("to reach a compromise", "on the budget") it is
  held back (``routine-meeting``).
- a deciding body taking up a measure on a day ("Will the council take up the plan
  again on April 9?"): what rides on the day is the outcome, so it is asked
  ("Will the council approve the plan on April 9?"); likewise a person who "will be
  sentenced on May 2" ("What sentence will Ann Reed receive on May 2?").
"""

from __future__ import annotations

import re

from briefing_tui.analysis.questions.stakes import DECIDING_BODIES
from briefing_tui.analysis.questions.votes import ADOPTING

#: A vote named by nothing but an article, a day or an order: "the vote", "next
#: week's vote", "the final vote"; "the vote on the levy" is named.
_BARE_VOTE = re.compile(
    r"\b(?:the|its|their|(?:next|this|last) (?:week|month)'s|(?:tomorrow|today)'s|\w+day's)"
    r"\s+(?:(?:final|upcoming|scheduled|planned|next|second|third|first|full)\s+)?vote\b"
    r"(?!\s+(?:on|to|of|over|in favou?r)\b(?!\s+(?:(?:the\s+)?\d|[A-Z][a-z]{2}\w*\.? \d|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:next|this)\b)))"
    r"(?:\s+(?:on\s+(?P<day>[A-Z][a-z]{2,}\.?\s+\d+|\w+day)|(?:next|this)\s+(?:week|month)))?",
    re.I,
)
#: The agenda's vote question ("Will the council pass the levy at the final reading on
#: March 17?", ``questions/agenda.py``): its body, its measure and its day.
_AGENDA_VOTE = re.compile(
    r"^Will (?P<body>.+?) (?:pass|approve|accept|adopt|ratify) (?P<measure>.+?)"
    r"(?: at (?:its vote|the [a-z ]+?))? (?P<when>on [^?]+|(?:next|this) \w+)\?$"
)
#: Bodies that adopt measures by vote (a court takes up a case to rule on it, not adopt it).
_VOTING = DECIDING_BODIES - {"court", "judge", "justice", "jury", "tribunal", "circuit"}
#: Openers of a question of what is to come.
_AHEAD = re.compile(r"^(?:[^?]*, )?(?:Will|Would|Could|Can|Might|May|Should|When will)\b")
#: "Will X meet (with) Y ...?": a meeting asked as its occurrence.
_MEETS = re.compile(r"^(?:Will|Would|Could|Can|Is|Are)\b[^?,]*?\bmeet\b", re.I)
#: Words that give a meeting its purpose or its matter.
_PURPOSE = re.compile(r"\bmeet\b.*\b(?:to|on|about|over|for|regarding)\b", re.I)
#: Words that open a clause of time or condition after the main one.
_CLAUSE = re.compile(r"\b(?:before|ahead of|after|until|when|once|if|while|as)\b")
#: "Will <body> take up <measure> (again) <day>?"
_TAKE_UP = re.compile(
    r"^(?P<aux>Will|Would) (?P<body>[^?]+?) take up (?P<measure>[^?]+?)(?: again)?"
    r"(?P<when> (?:on|at|next|this|in) [^?]+)\?$"
)
#: "Will <person> be sentenced <day>?"
_SENTENCED = re.compile(
    r"^Will (?P<who>[^?]+?) be sentenced(?P<when> (?:on|next|this|in) [^?]+)\?$"
)
#: Words that put a day in a phrase ("on March 14", "next week").
_DAY = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday|week|month|meeting|session)\b"
)


def bare_vote(text: str) -> bool:
    """Whether ``text``, a question of what is to come, names a vote by nothing but "the
    vote" or its day ("Did she resign after the vote?" asks of a vote held: not here)."""
    return _AHEAD.match(text) is not None and _BARE_VOTE.search(text) is not None


def routine_meeting(text: str) -> bool:
    """Whether ``text`` asks whether a meeting takes place before an event ("before the
    vote"), with no purpose said."""
    main, *rest = re.split(_CLAUSE, text, maxsplit=1)
    if not rest or not re.search(r"\b(?:before|ahead of)\b", text):
        return False  # a visit's meeting or one agreed by a day is asked elsewhere
    return _MEETS.search(main) is not None and _PURPOSE.search(main) is None


def agenda_veto(text: str) -> str | None:
    """The veto of a question asking a vote by a bare name (``unnamed-matter``) or a
    meeting by its occurrence (``routine-meeting``), or None."""
    if bare_vote(text):
        return "unnamed-matter"
    if routine_meeting(text):
        return "routine-meeting"
    return None


def _adopt(measure: str) -> str:
    """The verb a measure passes by ("pass" a bill, "approve" a plan)."""
    nouns = [w.lower().strip(",") for w in measure.split()]
    head = next((w for w in nouns if w in ADOPTING), None)
    if head is None:
        head = next((w[:-1] for w in nouns if w[:-1] in ADOPTING), None)
    return ADOPTING.get(head, "approve") if head else "approve"


def taken_up_outcome(text: str) -> str:
    """ "Will the council take up the plan again on April 9?" asked by its outcome:
    "Will the council approve the plan on April 9?"; other text as it is."""
    match = _TAKE_UP.match(text)
    if match is None or _DAY.search(match["when"]) is None:
        return text
    body = match["body"]
    if not any(w.lower() in _VOTING for w in re.findall(r"[A-Za-z]+", body)):
        return text
    measure = match["measure"]
    return f"{match['aux']} {body} {_adopt(measure)} {measure}{match['when']}?"


def vote_name(agenda_questions: list[str]) -> str | None:
    """ "the Selo City Council's March 17 vote on the Harbour Act": the one vote the
    article's agenda asks about, named; None where it asks none or several."""
    found = {m.groups() for q in agenda_questions if (m := _AGENDA_VOTE.match(q))}
    if len(found) != 1:
        return None
    body, measure, when = found.pop()
    owner = body if body.endswith("s") else f"{body}'s"
    if when.startswith("on "):
        return f"{owner} {when[3:]} vote on {measure}"
    return f"{owner} vote on {measure} {when}"


def name_bare_vote(text: str, name: str | None) -> str:
    """``text`` with its bare "the vote" ("next week's vote", "the final vote") named by
    ``name``; as it is where there is no name or no bare vote."""
    match = _BARE_VOTE.search(text)
    if name is None or match is None:
        return text
    if match["day"] and match["day"] not in name:
        return text  # "the vote on March 3": another day than the agenda's vote
    return text[: match.start()] + name + text[match.end() :]


def _sentence_outcome(text: str) -> str:
    """ "Will Ann Reed be sentenced on May 2?": "What sentence will Ann Reed receive on
    May 2?"; other text as it is."""
    match = _SENTENCED.match(text)
    if match is None or _DAY.search(match["when"]) is None:
        return text
    return f"What sentence will {match['who']} receive{match['when']}?"


def asked_by_outcome(text: str) -> str:
    """A scheduled decision asked by its outcome, not its occurrence: a body taking up a
    measure on a day, a person sentenced on a day; other text as it is."""
    return _sentence_outcome(taken_up_outcome(text))
