"""A participle cue hung on a reported clause: the reporter's, when the clause's own
subject is only described.

"Kim said the council had not decided, adding that a vote would follow": the parser
hangs "adding" on "decided", the verb of the clause Kim reports, so the clause's
subject ("the council") looked like the one adding. A participle set off by a comma
after a clause that a verb of saying reports goes on with the report: the one who
adds, says, cites or argues is the reporter. This holds when the reported clause's
subject is a common noun ("the council", "members", "its members"); when it is a name
or a pronoun ("Kim said Lee had refused, saying ...") the parse cannot tell who spoke
(Lee may have refused with words of his own), so the rule stays out of it.

A closing participle that is no act of saying ("said floods hit nine villages, killing
three people", "said the intruders gained access, using an employee's password") tells
what the reported event did or how: it is part of what was said, not the writer's
aside (``event_participle``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.syntax import nominal_subject

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

#: Dependencies of the clause a verb of saying reports.
_REPORTED_DEPS = frozenset({"ccomp"})


def reporter_of_participle(verb: Token, is_cue: Callable[[Token], bool]) -> Token | None:
    """The cue reporting the clause a subjectless participle cue is hung on ("said the
    council had not decided, adding ..."): "said"; None when the rule does not apply."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or nominal_subject(verb) is not None:
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None  # "said the plan would fail saying ..." without a comma: not set off
    clause = verb.head
    if clause.dep_ not in _REPORTED_DEPS or clause.i > verb.i:
        return None
    subject = nominal_subject(clause)
    if subject is None or subject.pos_ != "NOUN":
        return None  # a name or a pronoun may be the one who spoke: no guess
    reporter = clause.head
    if reporter.i == clause.i or reporter.i > clause.i or not is_cue(reporter):
        return None
    if nominal_subject(reporter) is None:
        return None
    return reporter


#: Participles of the writer's summing-up ("..., making it the worst flood in a decade",
#: "..., meaning the bill will fail") or of what followed the telling ("..., sending its
#: shares down a third", "pushing prices higher"): the writer's narration, not the speaker's.
_WRITERS_PARTICIPLES = frozenset({"make", "mean", "mark", "bring", "send", "push", "drive"})


def event_participle(verb: Token, start: int, is_cue: Callable[[Token], bool]) -> bool:
    """Whether a closing subjectless participle set off by a comma ("..., killing three
    people") goes on with a reported clause that begins at token ``start``: it hangs on a
    verb of that clause that tells an event, not a future or a possibility (what a
    participle adds to "would impose tariffs" is done by the announcement), and names no
    act of saying and none of the writer's narration."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or nominal_subject(verb) is not None:
        return False
    head = verb.head
    if not start <= head.i < verb.i or head.pos_ not in {"VERB", "AUX"}:
        return False  # hung on the cue or on a noun: the speaker's act or an aside
    if head.dep_ == "pcomp" or head.tag_ == "VBG":
        return False  # "accused each other of breaking a truce, giving ...": the accusers gave
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return False  # "would impose tariffs, escalating the dispute": the announcement did it
    return not is_cue(verb) and verb.lemma_.lower() not in _WRITERS_PARTICIPLES
