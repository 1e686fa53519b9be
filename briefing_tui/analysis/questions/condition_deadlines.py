"""A condition with a deadline: one occasion still to come, not a general rule.

"It would take the state to court if the relief was not paid *by Friday*", "the agency
could restore full rations if funding arrived *by mid-August*": a condition that must be
met by a day is one event the story waits for, even where its subject is a sum or a bare
noun that the general-rule veto reads as any member of a class. The test: a "by" or
"before" phrase whose object is a date or a time, inside the condition's own clause. A
span ("within 30 days") sets a window any member of a class may act in, not a day, and a
subject with "a" ("if a customer complains by Friday") still means anyone: neither counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Prepositions that set a deadline ("by Friday", "before the end of the week").
_DEADLINE_PREPOSITIONS = frozenset({"by", "before"})
#: Determiners of a subject that means any member of a class.
_ANY = frozenset({"a", "an", "any", "every", "each"})
#: Entity types of a deadline's object.
_TIMES = frozenset({"DATE", "TIME"})


def has_deadline(condition: Token) -> bool:
    """Whether the clause of ``condition`` (the verb of an "if"/"unless" clause) must be
    met by a day: "if the relief is not released by Friday"."""
    subject = next((c for c in condition.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and any(c.dep_ == "det" and c.lower_ in _ANY for c in subject.children):
        return False
    return any(
        token.lower_ in _DEADLINE_PREPOSITIONS
        and any(c.dep_ == "pobj" and c.ent_type_ in _TIMES for c in token.children)
        for token in condition.subtree
    )
