"""Questions that only ask whether an announced gathering, journey or publication comes.

"Will the city council hold a closed session on Monday to hear a briefing?", "Will
the funerals of the two firefighters be held on Friday?", "Will the tenants' group
meet next week to discuss its next steps?", "Will the envoy travel to both capitals
later this week?": the article announces the arrangement, and whether it is kept
is no matter a reader waits for. What the gathering decides is, so a question that
names a decision (a vote, a ruling, "to decide") is left alone. A gathering is a
noun of ``gathering_nouns``. "Will the inspectors publish a preliminary report within
30 days?" asks whether a document of ``document_nouns`` comes out, not what it finds;
"Will the bus strike continue until Friday?" asks back how long an act was said to last.
"""

from __future__ import annotations

import re
from functools import cache

from briefing_tui.analysis.questions.cues import lemma_set

#: Words that name a decision the gathering may take: then its outcome is the matter.
_DECIDING = re.compile(
    r"\b(?:vote|votes|voting|decide|decides|decision|rule|ruling|approve|approval|elect|"
    r"choose|select|sign|ratify|adopt|pass|reject|verdict|sentence|agree|agreement|deal)\b",
    re.IGNORECASE,
)
#: Openers of a question that asks what will happen.
_FORWARD = r"^(?:will|would|is|are)\s"
#: Words that may stand between "meet" and its purpose: a time, not someone met.
_WHEN_WORDS = (
    r"(?:again|next|this|later|early|soon|on|in|at|the|week|month|year|weekend|morning|"
    r"afternoon|evening|tomorrow|today|\w+day|\d+\w*|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)"
)
#: "meet next week to discuss its next steps": a body meets on its own, to a purpose that
#: decides nothing (meeting another party is asked by whether it takes place).
_MEET_TO_TALK = re.compile(
    _FORWARD + r"[^?]*\bmeet(?:\s+" + _WHEN_WORDS + r")*\s+to\s+(?:discuss|consider|review|"
    r"talk|hear|plan|mark)\b",
    re.IGNORECASE,
)
#: "travel to both capitals", "arrive in the capital": a journey's itinerary.
_JOURNEY = re.compile(_FORWARD + r"[^?]*\b(?:travel|arrive)\s+(?:to|in|at)\b", re.IGNORECASE)


def _done_to(verbs: str, passives: str, nouns_file: str) -> re.Pattern[str]:
    """A forward question whose act (``verbs``, or a noun of ``nouns_file`` that will "be"
    one of ``passives``) is done to a noun of ``nouns_file``: "hold a closed session",
    "the findings be published"."""
    nouns = "|".join(sorted(lemma_set(nouns_file)))
    return re.compile(
        _FORWARD + rf"[^?]*(?:\b(?:{verbs})\s+(?:\S+\s+){{0,3}}?(?:{nouns})s?\b|"
        rf"\b(?:{nouns})s?\b[^?]*\bbe\s+(?:{passives})\b)",
        re.IGNORECASE,
    )


@cache
def _held() -> re.Pattern[str]:
    """ "hold a closed session", "the funerals ... be held": a gathering's being held."""
    return _done_to("hold", "held", "gathering_nouns")


def gathering_held(text: str) -> bool:
    """Whether the question asks only whether an announced gathering is held or a body
    meets to talk ("Will the council hold a closed session on Monday?"), naming no
    decision it may take."""
    if _DECIDING.search(text):
        return False
    return bool(_held().search(text) or _MEET_TO_TALK.search(text))


def journey_made(text: str) -> bool:
    """Whether the question asks only whether someone travels or arrives as announced
    ("Will the envoy travel to both capitals later this week?"), naming no decision."""
    return _JOURNEY.search(text) is not None and not _DECIDING.search(text)


@cache
def _published() -> re.Pattern[str]:
    """ "publish a preliminary report", "the findings be published": a document put out."""
    return _done_to(
        "publish|release|issue", r"published|released|issued|made\s+public", "document_nouns"
    )


def publication_asked(text: str) -> bool:
    """Whether the question asks only whether a report, its findings or figures are put
    out ("Will the inspectors publish a preliminary report within 30 days?")."""
    return _published().search(text) is not None


#: "Will the bus strike continue until Friday?": how long an ongoing act is said to last.
_LASTS = re.compile(
    r"^Will\s[^?]*?\b(?:continue|last|run|go on)\s+(?:until|till|through)\s+[^?,]+\?$",
    re.IGNORECASE,
)


def duration_told(text: str) -> bool:
    """Whether the question asks only whether an ongoing act lasts as long as it was said
    to ("Will the bus strike continue until Friday?"), naming no decision."""
    return _LASTS.match(text) is not None and not _DECIDING.search(text)
