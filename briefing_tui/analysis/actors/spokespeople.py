"""Whose office a spokesperson means: "Environment Canada spokeswoman Sujata Rai said the
department will look into it" (Environment Canada).

A definite office noun ("the department", "the ministry") in the words a spokesperson
is reported to say stands for the one organisation named within that speaker's own
noun phrase (before the name, or after "for"/"of"), when there is exactly one; a
senator "of the Budget Committee" speaks for no agency.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.syntax import NOMINAL_SUBJECT_DEPS

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Token

    from briefing_tui.analysis.actors.drafts import Draft


def reporting_subject(token: Token, speech_verbs: frozenset[str]) -> Token | None:
    """The subject of the verb of speech whose reported clause holds ``token``, if any."""
    node = token
    while node.head.i != node.i:  # a Token is built anew at each access: compare indices
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in speech_verbs:
            subjects = [c for c in node.head.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
            return subjects[0] if len(subjects) == 1 else None
        node = node.head
    return None


def speakers_organisation(
    subject: Token,
    key_at_head: Mapping[int, str],
    drafts: Mapping[str, Draft],
    spokes_nouns: frozenset[str],
) -> str | None:
    """The one organisation named inside a spokesperson's noun phrase ("Acme spokesman Tom
    Hale", "a spokeswoman for Acme"), or None when none or several are, or when the phrase
    holds none of ``spokes_nouns``."""
    if not any(word.lower_ in spokes_nouns for word in subject.subtree):
        return None
    found = {
        key
        for word in subject.subtree
        if word.i != subject.i
        and (key := key_at_head.get(word.i)) is not None
        and drafts[key].kind == "organisation"
    }
    return found.pop() if len(found) == 1 else None
