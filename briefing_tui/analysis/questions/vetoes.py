"""The vetoes that judge a phrased question whatever its family: it must read on its own.

Each veto has a name, a predicate on the candidate and an example question
that fails it (a test reads it). A question that fails one is
dropped, never shown as a statement: a reader must understand it without the
article, so it is a grammatical question with a finite verb, names who or
what it is about rather than "I" or "you", and is short.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from briefing_tui.analysis.questions.rules import Candidate

#: The most words a shown question may have.
MAX_QUESTION_WORDS = 25

#: Finite auxiliaries and modals a question opens with (after any wh-phrase).
FINITE_OPENERS = frozenset(
    [
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "shall",
        "should",
        "must",
        "is",
        "are",
        "was",
        "were",
        "am",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "won't",
        "wouldn't",
        "can't",
        "couldn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "doesn't",
        "don't",
        "didn't",
        "hasn't",
        "haven't",
        "hadn't",
    ]
)
_WH = frozenset("who whom whose what which when where why how".split())  # noqa: SIM905
#: Past-tense verbs a wh-question may open with, the wh-word its subject ("What caused ...?").
_WH_VERBS = frozenset(["caused", "happened", "led", "prompted", "triggered"])
_RELATIVES = frozenset(["that", "which", "who", "whom", "whose"])
#: Words that cannot be the subject right after the auxiliary of a question.
_NOT_SUBJECTS = frozenset(
    ["which", "who", "whom", "whose", "that", "please", "kindly", "let", "not"]
)
#: Pronouns that stand for the speaker or the reader: a question with one is not standalone.
_SPEAKER_WORDS = frozenset(
    [
        "i",
        "me",
        "my",
        "myself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
        "you",
        "your",
        "yours",
    ]
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")


def words_of(text: str) -> list[str]:
    """The words of a question, as written."""
    return list(_words(text))


@lru_cache(maxsize=1024)
def _words(text: str) -> tuple[str, ...]:
    """``words_of``, kept: each veto reads the same question's words again."""
    return tuple(_WORD.findall(text))


def has_finite_opening(text: str) -> bool:
    """Whether a question opens with a finite verb, after a wh-phrase of up to four words."""
    words = [w.lower().replace("’", "'") for w in words_of(text)]
    if len(words) > 1 and words[0] in _WH and words[1] in _WH_VERBS:
        return True
    for index, word in enumerate(words[:5]):
        if word in FINITE_OPENERS:
            return index == 0 or words[0] in _WH or words[0] in {"if", "unless", "as"}
        if index == 0 and word not in _WH and word not in {"if", "unless", "as"}:
            break
        if index > 0 and word in _RELATIVES:
            break  # "How such documents that are ...": the verb is the relative clause's
    # "If the talks fail, will ...?": a condition comes first
    return bool(re.search(r",\s+(" + "|".join(sorted(FINITE_OPENERS)) + r")\b", text.lower()))


def _unphrasable(candidate: Candidate) -> bool:
    return candidate.text.startswith("Unclear:") or not candidate.text.rstrip().endswith("?")


def _too_long(candidate: Candidate) -> bool:
    return len(words_of(candidate.text)) > MAX_QUESTION_WORDS


def _no_finite_verb(candidate: Candidate) -> bool:
    return not has_finite_opening(candidate.text)


def _no_subject(candidate: Candidate) -> bool:
    words = [w.lower() for w in words_of(candidate.text)]
    return len(words) > 1 and words[0] in FINITE_OPENERS and words[1] in _NOT_SUBJECTS


#: Pronouns that, as a question's subject, leave the reader asking who or what is meant.
BARE_PRONOUNS = frozenset(["it", "they", "he", "she"])


def _pronoun_subject(candidate: Candidate) -> bool:
    words = [w.lower() for w in words_of(candidate.text)]
    opener = next((i for i, w in enumerate(words[:10]) if w in FINITE_OPENERS), None)
    if opener is None or opener + 1 >= len(words):
        return False
    subject, verb = words[opener + 1], words[opener]
    after = words[opener + 2] if opener + 2 < len(words) else ""
    if subject == "it" and after == "be" and {"to", "that", "whether"} & set(words[opener + 3 :]):
        return False  # "How costly could it be to ignore it?": "it" stands for what follows
    # "Will they quit?" and "Will it be a blip?": who or what? ("Is it true ...?" may stand)
    return subject in BARE_PRONOUNS and not (subject == "it" and verb in {"is", "was"})


def _speaker_words(candidate: Candidate) -> bool:
    text = re.sub(r"[“\"‘'][^”\"’']*[”\"’']", " ", candidate.text)  # a quoted title may say "I"
    # "US" and "I" are told apart by case: "US" names a country, "us" the speaker
    return any(
        w.lower() in _SPEAKER_WORDS and not (len(w) > 1 and w.isupper()) for w in words_of(text)
    )


#: Verbs that cannot end a question: they need what is said, met or done ("Would Kadzik say?").
_NEEDS_COMPLEMENT = frozenset(
    ["say", "tell", "meet", "ask", "add", "note", "do", "make", "take", "give", "put", "bring"]
)
_BE = frozenset(["is", "are", "was", "were"])
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those"])


def _incomplete(candidate: Candidate) -> bool:
    words = [w.lower() for w in words_of(candidate.text)]
    if len(words) < 2:
        return True
    if words[-1] in _NEEDS_COMPLEMENT and words[0] in FINITE_OPENERS:
        return True  # "Will Mrs. Clinton meet?": meet whom?
    # "Was the bridge?": a copula with a subject and nothing said of it
    return words[0] in _BE and len(words) <= 4 and words[-2] in _DETERMINERS


def _unbalanced(candidate: Candidate) -> bool:
    text = candidate.text
    return text.count("(") != text.count(")") or text.count("“") != text.count("”")


@dataclass(frozen=True, slots=True)
class PhraseVeto:
    """A named test a phrased question must pass, with a question that fails it."""

    name: str
    predicate: Callable[[Candidate], bool]
    why: str
    example: str


_FRAMES = "|".join(sorted(FINITE_OPENERS))
#: "..., will the recording say?": the question asks the reporting verb, not what it reports.
_REPORTING_FRAME = re.compile(
    rf",\s+({_FRAMES})\s+[^,?]+\s(say|tell|add|ask|write|note|explain|reply)\?$", re.IGNORECASE
)


def _reporting_frame(candidate: Candidate) -> bool:
    return bool(_REPORTING_FRAME.search(candidate.text))


#: Every phrase veto, in the order they are tried.
PHRASE_VETOES: tuple[PhraseVeto, ...] = (
    PhraseVeto(
        "unphrasable",
        _unphrasable,
        "the clause could not be turned into a question",
        "Unclear: The minister declined to comment.",
    ),
    PhraseVeto(
        "no-subject",
        _no_subject,
        "the question has no subject after its verb (a relative word, an imperative)",
        "Were which hacked from the bank's servers?",
    ),
    PhraseVeto(
        "reporting-frame",
        _reporting_frame,
        "it asks the verb that reports a quote, not what the quote says",
        "Stay on the line and listen to the message, will the recording say?",
    ),
    PhraseVeto(
        "speaker-words",
        _speaker_words,
        'it says "I", "we" or "you": it does not stand without the article',
        "Will I keep you in suspense?",
    ),
    PhraseVeto(
        "pronoun-subject",
        _pronoun_subject,
        'its subject is a bare pronoun ("Will they quit?"): it does not name who',
        "Will it rain again?",
    ),
    PhraseVeto(
        "no-finite-verb",
        _no_finite_verb,
        "the question has no finite verb",
        "What next for the club?",
    ),
    PhraseVeto(
        "incomplete",
        _incomplete,
        "the question stops before what its verb needs (said what? met whom? was what?)",
        "Was the bridge?",
    ),
    PhraseVeto(
        "unbalanced",
        _unbalanced,
        "a bracket or quotation mark is opened and not closed: the clause was cut",
        "Will Ann Lee (D-Mont. vote for the bill?",
    ),
    PhraseVeto(
        "too-long",
        _too_long,
        f"over {MAX_QUESTION_WORDS} words",
        "Will the regional transport authority decide next month whether the long delayed "
        "northern extension of the light rail line will finally be built through the river "
        "valley?",
    ),
)


#: Prepositions whose trailing phrase a long question can lose and still ask its matter.
_TRAILING = re.compile(
    r"\s+(?:over|about|after|following|during|for|from|with|in|on|at|because of|due to)"
    r"\s+(?:[^,?]|,(?=\d))*\?$"
)


def shortened(text: str) -> str:
    """A question over ``MAX_QUESTION_WORDS`` without its trailing prepositional phrases
    ("... fine the firm over the cancellation of 4,000 trains last winter?" -> "... fine the
    firm?"), as long as it keeps six words; else ``text`` unchanged."""
    short = text
    while len(words_of(short)) > MAX_QUESTION_WORDS:
        cut = _TRAILING.sub("?", short)
        if cut == short or len(words_of(cut)) < 6:
            return text
        short = cut
    return short


def phrase_veto(candidate: Candidate) -> str | None:
    """The name of the first phrase veto ``candidate`` fails, or None."""
    return next((v.name for v in PHRASE_VETOES if v.predicate(candidate)), None)
