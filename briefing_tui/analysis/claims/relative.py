"""A cue inside a relative clause: what is said has the clause's noun as its subject.

"ticket revenue that critics said was inflated", "fraud charges his family says are
fabricated": the cue stands in a relative clause, and the reported clause's subject is
the relative word (or no word at all), which stands for the noun the clause hangs on.
The content drafted from the cue alone is a bare predicate ("was inflated") that says
nothing of what was inflated. The content starts at that noun's phrase instead, and,
like a content its cue interrupts, keeps two parts around the cue's own words, so the
claim reads "ticket revenue … was inflated".

Only a clause right after its noun, with no comma, is read so: after a comma and a
longer phrase (", which the firm said ...") the noun it stands for is often not the one
the parse hangs it on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.draft import Draft, chars, trim
from briefing_tui.analysis.doctext import char_span, doc_text
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_REPORTED = frozenset({ClaimKind.INDIRECT, ClaimKind.MIXED})
#: Words that stand for the noun as the subject of the reported clause.
_RELATIVE_SUBJECTS = frozenset({"that", "which", "who"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NOUNS = frozenset({"NOUN", "PROPN"})
#: The longest noun phrase taken in, in words: a longer one is a parse run astray.
MAX_ANTECEDENT_WORDS = 12


def with_relative_antecedent(doc: Doc, draft: Draft) -> None:
    """Start a bare predicate drafted from a cue in a relative clause at the noun that
    clause hangs on, keeping the noun's phrase and the predicate as its two parts."""
    if draft.kind not in _REPORTED or draft.parts or draft.cue_span is None:
        return
    content = char_span(doc, *draft.content)
    cue_span = char_span(doc, *draft.cue_span)
    if content is None or cue_span is None or len(cue_span) != 1 or not len(content):
        return
    cue = cue_span[0]
    noun = cue.head
    if cue.dep_ != "relcl" or noun.pos_ not in _NOUNS or content.start <= cue.i:
        return
    if noun.dep_ == "ROOT":
        return  # "A study projected revenue that ...": the noun phrase is a parse astray
    if cue.left_edge.i != noun.i + 1:
        return  # ", which ..." after a longer phrase: which noun it stands for is a guess
    speakers = [c for c in cue.children if c.dep_ in _SUBJECT_DEPS]
    if not any(c.lower_ not in _RELATIVE_SUBJECTS for c in speakers):
        return  # no speaker of its own in the clause: not a cue of someone's saying
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i >= content.start), None)
    if clause is None or not _subject_is_the_noun(clause, cue):
        return
    start = noun.left_edge.i
    end = cue.left_edge.i
    if not start < end <= cue.i or end - start > MAX_ANTECEDENT_WORDS:
        return
    if draft.source_span is not None and draft.source_span[0] < doc[end - 1].idx:
        return  # the speaker's words stand inside the noun's phrase: a tangle
    text = doc_text(doc)
    first = trim(text, *chars(doc, start, end))
    if first[0] >= first[1]:
        return
    draft.parts = [first, draft.content]
    draft.content = (first[0], draft.content[1])


def _subject_is_the_noun(clause: Token, cue: Token) -> bool:
    """Whether the reported clause's subject is a relative word before the cue, or
    missing ("charges his family says are fabricated")."""
    subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
    if not subjects:
        return not any(c.dep_ in _SUBJECT_DEPS and c.i > cue.i for c in clause.subtree)
    subject = subjects[0]
    return subject.i < cue.i and subject.lower_ in _RELATIVE_SUBJECTS
