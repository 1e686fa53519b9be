"""Whether a condition's outcome is a concrete act a named party threatens or promises.

"If a joint commission confirmed the release, Kazakhstan would seek compensation"
hangs a named party's own act on a body's finding still to come: a threat the
story leaves open, even though "a joint commission" is indefinite. "If a company
fails, its shares fall" has no named party acting, and "if a customer complains,
Nordline will pay the fare back" waits on any customer: general rules. The
outcome's verb must be one of ``threatened_acts``, its subject a named actor (a
name, not a pronoun or a common noun), the outcome not negated, and the
condition's subject a deciding body or an inquiry (a finding still to come).

``terms_of_a_stance`` reads a second class: a party's terms. "The group said it would not
attend the talks unless government forces pulled back", "his party would back the cap only
if rural pharmacies were compensated": an "unless" or an "only if" sets the price of a
party's own move, told as its "will" or "would" outside a quote, however general the
condition's subject ("government forces", "rural pharmacies"). A rule states what follows
for anyone ("if a customer complains, Nordline will pay the fare back", "food stocks will
run out unless donors give"): a plain "if", or an outcome whose subject is no actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.scope import is_negated, quoted_region
from briefing_tui.analysis.questions.stakes import DECIDING_BODIES

if TYPE_CHECKING:
    from collections.abc import Container

    from spacy.tokens import Token

#: Nouns of an inquiry or test whose finding a threat may wait on (lemmas).
_FINDERS = frozenset(
    {"inquiry", "investigation", "probe", "review", "audit", "test", "study", "report", "trial"}
)
#: Modals that tell a party's own move ("will", a reported "would"), not a possibility.
_MOVE_MODALS = frozenset({"will", "would", "'ll", "\u2019ll", "'d", "\u2019d"})
#: Subjects of a general or first- and second-person clause, never a party's terms.
_ANYONE = frozenset({"i", "we", "you", "one", "anyone", "everyone", "someone"})
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


def terms_of_a_stance(
    target: Token, subject: Token | None, actors: Container[int], marker: Token
) -> bool:
    """Whether ``target`` (the outcome ``marker`` conditions) is a party's own move on its
    terms: an "unless" or an "only if", a subject that is one of the article's actors,
    a "will" or a reported "would", outside a quote ("the group would not attend the
    talks unless government forces pulled back")."""
    only = any(c.dep_ == "advmod" and c.lower_ == "only" for c in marker.head.children)
    if marker.lower_ != "unless" and not (marker.lower_ == "if" and only):
        return False
    if subject is None or subject.lower_ in _ANYONE:
        return False
    if subject.i not in actors and not _a_body_said_before(subject):
        return False
    if target.pos_ != "VERB" or target.lemma_.lower() in lemma_set("reported_states"):
        return False
    modals = [c for c in target.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if not modals or any(m.lower_ not in _MOVE_MODALS for m in modals):
        return False
    return quoted_region(target) is None and quoted_region(marker) is None


def _a_body_said_before(subject: Token) -> bool:
    """ "the group", "the company": a body noun made definite, which refers to a body the
    article named before (the naming step names it or holds the question back)."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in data_files.words(
        "questions/body_nouns.txt"
    ):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
