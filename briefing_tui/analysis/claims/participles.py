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
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

#: Dependencies of a clause's subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Dependencies of the clause a verb of saying reports.
_REPORTED_DEPS = frozenset({"ccomp"})


def reporter_of_participle(verb: Token, is_cue: Callable[[Token], bool]) -> Token | None:
    """The cue reporting the clause a subjectless participle cue is hung on ("said the
    council had not decided, adding ..."): "said"; None when the rule does not apply."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or _subject_of(verb) is not None:
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None  # "said the plan would fail saying ..." without a comma: not set off
    clause = verb.head
    if clause.dep_ not in _REPORTED_DEPS or clause.i > verb.i:
        return None
    subject = _subject_of(clause)
    if subject is None or subject.pos_ != "NOUN":
        return None  # a name or a pronoun may be the one who spoke: no guess
    reporter = clause.head
    if reporter.i == clause.i or reporter.i > clause.i or not is_cue(reporter):
        return None
    if _subject_of(reporter) is None:
        return None
    return reporter


def _subject_of(verb: Token) -> Token | None:
    """The verb's own nominal subject, if written."""
    return next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
