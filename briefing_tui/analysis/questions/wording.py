"""Wordings that read as no standalone question, or ask back what the article reports.

Each test names one class, by its words alone:

- ``demonstrative_subject``: a bare "that", "this", "those" or "these" as the subject
  ("When will that be?"): what it points at is in the article, not in the question.
- ``negated_passive``: a yes/no passive built on "not" ("Was a vote not ruled out?"):
  either answer reads as its opposite.
- ``doubled_noun``: a noun repeated across "of" ("the number of number"): a template
  filled with its own head.
- ``kept_stance``: a stance asked as whether it is kept up ("Will Ann Reed keep being
  open?", "Will the board continue to be transparent?"): a quote's pledge, not a matter.
- ``reported_accusation``: "Did X accuse Y of Z?": the article reports the accusation;
  the open matter is whether Z is true.
- ``cut_at_the_end``: a question that stops on a word needing what follows it ("Will the
  agency lower the alert level if?"): a clause was cut off.
- ``doubled_word``: one word written twice in a row ("Will the the court quash it?"):
  two phrases were joined, each with its own article.
- ``inquiry_asked_back``: "Had the agency opened an inquiry?": the opening of an inquiry
  asked in the past is an act the article tells; what the inquiry finds is the matter.
"""

from __future__ import annotations

import re

#: An auxiliary that opens a question, after an optional wh-word (a regex alternation).
AUXILIARY = (
    r"(?:will|would|could|can|may|might|should|must|is|are|was|were|do|does|did"
    r"|has|have|had)"
)
#: "(When) will that be?", "What will those cost?": a demonstrative subject standing alone.
_DEMONSTRATIVE = re.compile(
    r"^(?:(?:what|when|where|why|how|who)(?: \w+)? )?" + AUXILIARY + r" (?:that|this|those|these)"
    r" (?:be|been|happen|mean|include|involve)\b",
    re.IGNORECASE,
)
#: "Was a formal declaration not ruled out?": a passive of "be" with "not" before its
#: participle.
_NEGATED_PASSIVE = re.compile(
    r"^(?:is|are|was|were|has been|have been|had been)\b[^?]*? not (?:been )?\w+(?:ed|en|wn)\b",
    re.IGNORECASE,
)
#: "the number of number": one noun on both sides of "of".
_DOUBLED = re.compile(r"\b(\w{3,}) of (?:the |a |an )?\1\b", re.IGNORECASE)
#: "keep being open", "continue to be open", "remain open"-like stance asked back.
_KEPT_STANCE = re.compile(r"\b(?:keep|kept|keeps) being\b|\bcontinue (?:to be|being)\b", re.I)
#: "Did X accuse Y of Z?"
_ACCUSED = re.compile(
    r"^(?:Did|Does|Do|Has|Have|Had|Will|Would) [^?]+? (?:accuse|accused|charge|blame|blamed)"
    r" [^?]+? (?:of|for) [^?]+\?$"
)


#: Words that cannot end a question: subordinators, conjunctions and articles that need
#: what follows them ("... if?", "... and?", "... the?").
_CUT_END = re.compile(
    r"\b(?:if|unless|whether|because|although|though|than|and|or|but|nor|the|a|an)\s*\?\s*$",
    re.IGNORECASE,
)


def cut_at_the_end(text: str) -> bool:
    """Whether ``text`` stops on a word that needs what follows it ("... level if?")."""
    return _CUT_END.search(text) is not None


#: "the the", "a a", "will will": a short word twice in a row.
_DOUBLED_WORD = re.compile(
    r"\b(the|a|an|of|to|in|on|by|for|will|would|be|is|was|and|or)\s+\1\b", re.IGNORECASE
)


def doubled_word(text: str) -> bool:
    """Whether ``text`` writes a short word twice in a row ("Will the the court rule?")."""
    return _DOUBLED_WORD.search(text) is not None


def demonstrative_subject(text: str) -> bool:
    """Whether ``text`` has a bare demonstrative as its subject ("When will that be?")."""
    return _DEMONSTRATIVE.match(text.strip()) is not None


def negated_passive(text: str) -> bool:
    """Whether ``text`` is a yes/no passive built on "not" ("Was a plan not ruled out?")."""
    return _NEGATED_PASSIVE.match(text.strip()) is not None


def doubled_noun(text: str) -> bool:
    """Whether ``text`` repeats one noun across "of" ("Is the number of number ...?")."""
    return _DOUBLED.search(text) is not None


def kept_stance(text: str) -> bool:
    """Whether ``text`` asks whether a stance is kept up ("Will Ann Reed keep being open?")."""
    return _KEPT_STANCE.search(text) is not None


def reported_accusation(text: str) -> bool:
    """Whether ``text`` asks whether someone made an accusation ("Did Ann Reed accuse the
    mayor of lying?"), which the article reports, rather than whether it is true."""
    return _ACCUSED.match(text.strip()) is not None


#: "Had|Has|Did <body> open(ed)|launch(ed) an inquiry ...?"
_INQUIRY_OPENED = re.compile(
    r"^(?:Had|Has|Have|Did) [^?]+? (?:opened|open|launched|launch|begun|begin|started|start)"
    r" (?:an? |its |their |the )?(?:formal |new |criminal |official )?"
    r"(?:inquiry|investigation|probe|review|audit)\b",
)


def inquiry_asked_back(text: str) -> bool:
    """Whether ``text`` asks in the past whether an inquiry was opened ("Had the agency
    opened an inquiry?"): an act the article tells, not what the inquiry will find."""
    return _INQUIRY_OPENED.match(text.strip()) is not None
