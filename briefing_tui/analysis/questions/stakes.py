"""Whether a question asks a decision a deciding body has still to take.

A court that may uphold a rule, a chamber that still has to vote, an agency
that has to rule: after a news event, that pending decision is usually the
article's central open matter ("Will the full Senate vote on the bill?",
"Will the appeals court uphold the rules?"), so it ranks first. A question
asks one when its own words hold a verb of deciding and a deciding body, both
taken from the sentence it was raised from.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Verbs of an institutional decision (lemmas).
DECIDING_VERBS = frozenset(
    {
        "rule",
        "decide",
        "vote",
        "appeal",
        "uphold",
        "overturn",
        "overrule",
        "reverse",
        "strike",
        "approve",
        "reject",
        "veto",
        "override",
        "pass",
        "block",
        "review",
        "hear",
        "confirm",
        "ratify",
        "certify",
        "enforce",
        "indict",
        "subpoena",
        "sanction",
        "adopt",
        "repeal",
        "amend",
    }
)
#: Nouns of a body that decides (lemmas).
DECIDING_BODIES = frozenset(
    {
        "court",
        "judge",
        "justice",
        "jury",
        "congress",
        "senate",
        "house",
        "chamber",
        "committee",
        "subcommittee",
        "panel",
        "legislature",
        "parliament",
        "assembly",
        "council",
        "board",
        "commission",
        "agency",
        "regulator",
        "lawmaker",
        "legislator",
        "senator",
        "tribunal",
    }
)


def asks_a_decision(question: str, sentences: list[Span]) -> bool:
    """Whether ``question`` asks a decision a deciding body has still to take: a deciding
    verb and a deciding body of its sentences, both said in the question."""
    words = set(re.findall(r"[a-z]+", question.lower()))
    verb = body = False
    for sent in sentences:
        for token in sent:
            if token.lower_ not in words:
                continue
            lemma = token.lemma_.lower()
            if token.pos_ in {"VERB", "AUX"} and lemma in DECIDING_VERBS:
                verb = True
            if token.pos_ in {"NOUN", "PROPN"} and lemma in DECIDING_BODIES:
                body = True
    return verb and body
