"""Questions that ask a judgement, advice or a boast, or ask rhetorically: not open matters.

"Is the border plan dangerous and ideological?" turns an opinion into a
question; "Would the campaign do well to target ethnic voters?" asks advice;
"Will the investigations ever stop?" expects no answer. Each is told from the
question's words and the lexicons ``evaluative``, ``advice`` and
``rhetoric_markers``.
"""

from __future__ import annotations

import re
from functools import cache

from briefing_tui.analysis.questions.cues import lexicon

_BE = frozenset({"is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't"})
#: Words that may join or grade the judging adjectives ("so dangerous and ideological").
_GLUE = frozenset({"and", "or", "so", "too", "very", "truly", "deeply", "both", "not", "nor"})


@cache
def _pattern(category: str) -> re.Pattern[str]:
    entries = sorted(lexicon(category), key=len, reverse=True)
    alternatives = "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in entries)
    return re.compile(rf"(?<![\w’'-])(?:{alternatives})(?![\w’'-])", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+|,", text.lower())


def asks_a_judgement(text: str) -> bool:
    """Whether the question is "Is/Are X <judging adjectives>?": an opinion recast.

    "Is the border plan dangerous and ideological?" is; "Is the bridge safe to
    reopen?" and "Is the plan dangerous for farmers?" (something follows) are not.
    """
    words = [w for w in _words(text) if w != ","]
    if len(words) < 3 or words[0] not in _BE:
        return False
    judging = _pattern("evaluative")
    tail: list[str] = []
    for word in reversed(words):
        if judging.fullmatch(word) or word in _GLUE:
            tail.append(word)
            continue
        break
    adjectives = [w for w in tail if w not in _GLUE]
    return bool(adjectives) and len(tail) < len(words) - 1


#: "Would X be a waste of ...?", "Is the plan a mistake?": the verb and the article before
#: the judging noun (one word, an adjective, may stand between).
_VERDICT = re.compile(
    r"^(?:(?:would|will|could|might)\s.+?\sbe|(?:is|was|are|were)\s.+?)\s(?:an?|the)\s(?:[\w-]+\s)?$",
    re.IGNORECASE,
)


def asks_a_verdict(text: str) -> bool:
    """Whether the question asks what something would be called, by a noun of judgement
    ("Would a second trial be a waste of public money?", "Is the merger a mistake?"): an
    opinion recast; "Would the trial be a test of the new law?" asks no judgement."""
    for match in _pattern("evaluative_nouns").finditer(text):
        if _VERDICT.match(text[: match.start()]):
            return True
    return False


def asks_advice(text: str) -> bool:
    """Whether the question's words judge or advise ("do well to", "common-sense")."""
    return _pattern("advice").search(text) is not None


#: Words after a marker that make it plain, not rhetorical: "even if", "even tougher",
#: "ever since", "ever larger".
_PLAIN_AFTER = frozenset(
    {"if", "though", "as", "after", "when", "before", "since", "more", "less", "further"}
    | {"so", "than", "again", "closer", "higher", "lower", "larger", "bigger", "greater"}
)
#: Words before a marker that make it plain: "than ever", "the first ever", "not even".
_PLAIN_BEFORE = frozenset({"than", "first", "most", "best", "worst", "largest", "biggest"})


#: Openers of a question about the past, where "ever" asks a fact ("Did X ever ...?").
_PAST = frozenset({"did", "was", "were", "had", "has", "have"})


def asks_rhetorically(text: str) -> bool:
    """Whether the question holds a word that makes it rhetorical ("Will the
    investigations ever stop?", "How did the plan even get this far?"); "even if" and
    "even tougher" ask plainly."""
    plain = re.sub(r"[“\"][^”\"]*[”\"]", " ", text)  # a quoted title may say it
    for match in _pattern("rhetoric_markers").finditer(plain):
        after = _words(plain[match.end() :])[:1]
        before = _words(plain[: match.start()])[-1:]
        comparative = match.group(0).lower() == "even" and after and after[0].endswith("er")
        if after and (after[0] in _PLAIN_AFTER or comparative):
            continue
        if before and before[0] in _PLAIN_BEFORE:
            continue
        if match.group(0).lower() == "ever" and _words(plain)[:1] and _words(plain)[0] in _PAST:
            continue  # "Did the schools ever receive the bills?" asks a fact
        return True
    return False


#: "would rather", "would prefer": a speaker's stated preference, not an event to wait for.
_PREFERENCE = re.compile(
    r"\b(?:would|'d|’d)\s+(?:much\s+)?(?:rather|sooner|prefer|like\s+to|love\s+to|hate\s+to)\b"
    r"|^Would\s+(?:[\w’'.-]+\s+){1,5}?(?:much\s+)?(?:rather|sooner|prefer|like\s+to|love\s+to)\b"
    r"|^Will\s+(?:[\w’'.-]+\s+){1,5}?(?:rather|sooner)\b",
    re.IGNORECASE,
)


def asks_a_preference(text: str) -> bool:
    """Whether the question asks back a preference someone stated ("Would Ann Lee rather
    fix the bill than see it fail?"): the article has told it; nothing is open."""
    return _PREFERENCE.search(text) is not None
