"""Whether a condition's outcome is a concrete act a named party threatens or promises.

"If a joint commission confirmed the release, Kazakhstan would seek compensation"
hangs a named party's own act on a body's finding still to come: a threat the
story leaves open, even though "a joint commission" is indefinite. "If a company
fails, its shares fall" has no named party acting, and "if a customer complains,
Nordline will pay the fare back" waits on any customer: general rules. The
outcome's verb must be one of ``threatened_acts``, its subject a named actor (a
name, not a pronoun or a common noun), the outcome not negated, and the
condition's subject a deciding body or an inquiry (a finding still to come).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.stakes import DECIDING_BODIES

if TYPE_CHECKING:
    from collections.abc import Container

    from spacy.tokens import Token

#: Nouns of an inquiry or test whose finding a threat may wait on (lemmas).
_FINDERS = frozenset(
    {"inquiry", "investigation", "probe", "review", "audit", "test", "study", "report", "trial"}
)
#: Entity types of a party that can act on its own threat.
_PARTIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _a_finding_to_come(condition: Token) -> bool:
    """Whether the condition waits on one body's or one inquiry's finding ("if a joint
    commission confirms it", "if a court rules against it"), not on any member of a class
    ("if a customer complains": a policy)."""
    subject = next((c for c in condition.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    return lemma in DECIDING_BODIES or lemma in _FINDERS


def named_party_acts(
    target: Token, subject: Token | None, actors: Container[int], condition: Token
) -> bool:
    """Whether ``target`` (the outcome of ``condition``) is a concrete act of the named
    actor ``subject`` that waits on a finding: "if a joint commission confirmed it,
    Kazakhstan would seek compensation" (``actors`` holds the token indices of the
    article's actors)."""
    if subject is None or subject.i not in actors or not _a_finding_to_come(condition):
        return False
    if subject.ent_type_ not in _PARTIES or subject.pos_ != "PROPN":
        return False
    if is_negated(target):
        return False
    verb = target
    # "would move to block the sale", "would try to recall": the act is the complement
    while verb.lemma_.lower() not in lemma_set("threatened_acts"):
        xcomp = next(
            (
                c
                for c in verb.children
                if c.dep_ == "xcomp"
                or (c.dep_ == "advcl" and any(a.tag_ == "TO" for a in c.children))
            ),
            None,
        )
        if xcomp is None:
            return False
        verb = xcomp
    return True
