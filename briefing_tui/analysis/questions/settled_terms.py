"""Forward questions that ask back what a speaker's confidence or a routine step of a
procedure already settles: nothing an editor tracks is pending on them.

Two shapes, each a named veto in ``vetoes.py``:

- ``confident-forecast``: the act is the complement of a speaker's confidence ("she was
  confident the government would prevail", "I still believe the plan will save money"). The
  confidence is spin; what is pending (a vote, a ruling) is asked on its own. Still asked:
  a forecast with a day of its own ("confident the deal would close in March"), a negated
  confidence ("was not sure the vote would pass"), an expectation ("expected the caps to take
  effect on January 1"), a decision of a deciding body ("confident the courts would uphold
  the law": the ruling is pending).
- ``routine-handover``: an inquiry's product (its findings, report, evidence) is to be sent
  or handed to an authority (police, a prosecutor, a coroner, a regulator): an announced step of the
  procedure; what is open is what the authority does. Still asked: "Will the footage be
  handed to the United Nations within days?" (no inquiry product, a deadline).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.dates import names_its_day
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.stakes import DECIDING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: Words of a speaker's confidence whose complement clause is the forecast.
CONFIDENCE = frozenset({"confident", "sure", "certain", "convinced", "optimistic", "believe"})
#: Modals of the forecast clause.
_FORWARD_MODALS = frozenset({"will", "would", "'ll", "shall"})
#: Time words of a long-range hope, not a day of the act ("over the next decade").
_LONG_RANGE = frozenset({"decade", "decades", "years", "generation", "century"})


def _forecast_verbs(sentences: Sequence[Span]) -> list[Token]:
    """Verbs told with "will"/"would" as the complement of a confidence word, whose
    confidence is not negated and whose act names no day of its own."""
    found = []
    for sent in sentences:
        for tok in sent:
            if tok.pos_ not in {"VERB", "AUX"} or tok.dep_ != "ccomp":
                continue
            if not any(c.dep_ == "aux" and c.lower_ in _FORWARD_MODALS for c in tok.children):
                continue
            head = tok.head
            if head.lemma_.lower() not in CONFIDENCE or is_negated(head):
                continue
            if any(c.dep_ == "neg" for c in head.head.children) and head.dep_ == "acomp":
                continue  # "was not confident"
            if tok.lemma_.lower() in DECIDING_VERBS:
                continue  # "confident the courts would uphold the law": a ruling pending
            if names_its_day(tok) and not any(t.lower_ in _LONG_RANGE for t in tok.subtree):
                continue
            found.append(tok)
    return found


def confident_forecast(text: str, sentences: Sequence[Span]) -> bool:
    """Whether ``text`` ("Will the government prevail?") asks back an act a speaker was only
    confident of ("she was confident the government would prevail")."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 3 or words[0] not in {"will", "would"}:
        return False
    return any(v.lower_ in words[2:] for v in _forecast_verbs(sentences))


#: Verbs that pass an inquiry's product on.
_HANDOVER = (
    r"(?:send|sent|hand|handed|pass|passed|forward|forwarded|refer|referred|submit|submitted)"
)
#: What an inquiry produces.
_PRODUCTS = (
    r"(?:findings|reports?|results|evidence|conclusions|recommendations|files?|dossiers?|records)"
)
#: Authorities a product is handed to as a matter of routine.
_AUTHORITIES = (
    r"(?:police|prosecutors?|coroners?|prosecutions?|attorney[- ]general|magistrates?|regulators?)"
)
_ROUTINE_HANDOVER = re.compile(
    rf"^(?:Will|Would)\b(?=[^?]*\b{_PRODUCTS}\b[^?]*\bto\b)(?=[^?]*\b{_HANDOVER}\b[^?]*\bto\b)"
    rf"[^?]*\bto\b[^?]*\b{_AUTHORITIES}\b[^?]*\?$",
    re.IGNORECASE,
)
#: Time words that give the step a deadline: then it is a pending matter.
_DEADLINE = re.compile(
    r"\b(?:by|within|before|on|next|until)\b\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:days?|weeks?|months?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|end)\b",
    re.IGNORECASE,
)


def routine_handover(text: str) -> bool:
    """Whether ``text`` ("Will the board's findings be sent to a prosecutor?") asks only
    whether an inquiry's product is handed to an authority, with no deadline of its own."""
    return _ROUTINE_HANDOVER.match(text) is not None and _DEADLINE.search(text) is None
