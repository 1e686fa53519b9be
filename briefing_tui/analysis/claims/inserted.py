"""A cue inserted between a clause's subject and its verb: the subject is what was said.

"The harbour, as the mayor said last week, will reopen in the spring", "The budget,
the minister said, leaves little room for tax cuts": the parse hangs the insert on
the subject, on the verb, or makes the cue the root with the clause as its
complement, and a content read from it starts at the verb ("will reopen in the
spring"), which shown alone says nothing about the harbour. Whatever the parse, a
sentence that opens with a noun phrase and a comma, then the insert and a comma,
then a predicate with no subject of its own, reports that whole clause: the content
runs from the noun phrase to its end, over the insert (as a split clause's content
does, "The difference now, she told me, is that ..."). Where the parse took "as"
for a preposition and the opening noun phrase for the cue's subject ("The harbour,
as one engineer pointed out, rarely freezes"), the speaker is the noun phrase after
"as".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.draft import Draft, chars
from briefing_tui.analysis.doctext import char_span
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Kinds of claim whose content is read from the parse (a quote has its own bounds).
_REPORTED = frozenset({ClaimKind.INDIRECT, ClaimKind.MIXED})
#: Parts of speech a predicate without a subject opens with: a verb, an auxiliary or
#: modal, an adverb ("will reopen", "leaves", "rarely freezes").
_PREDICATE_POS = frozenset({"VERB", "AUX", "ADV"})
#: Parts of speech an opening noun phrase may not hold: a verb makes it a clause, a
#: preposition a setting ("In the north, officials said, ..."), a subordinator a clause.
_NOT_IN_SUBJECT = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PUNCT"})
#: Heads of a noun phrase.
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
#: Entity types of a phrase that dates the saying rather than names a subject.
_WHEN = frozenset({"DATE", "TIME"})
#: The longest insert, in tokens, between the two commas ("as the mayor told
#: reporters on Monday").
MAX_INSERT_TOKENS = 14
#: The most words between the cue and the comma closing the insert.
MAX_CUE_TAIL = 5
#: Parts of speech that end a cue's own words: another verb, a quotation's marks.
_NOT_IN_TAIL = frozenset({"VERB", "AUX", "PUNCT"})
#: Dependencies of a predicate the parse hung on an inserted cue.
_PREDICATE_DEPS = frozenset({"advcl", "conj", "ccomp", "xcomp"})
#: The longest opening noun phrase, in tokens.
MAX_SUBJECT_TOKENS = 12


def with_inserted_subject(doc: Doc, draft: Draft) -> None:
    """Run a reported content whose cue stands between its clause's subject and verb back
    over the insert to that subject."""
    found = _split_clause(doc, draft)
    if found is None:
        return
    opening, subject, _cue, after = found
    start = min(draft.content[0], doc[subject].idx)
    draft.content = (start, draft.content[1])
    # the subject and the predicate are what was said; the insert between them is the cue
    before = doc[opening - 1]
    draft.parts = [(start, before.idx + len(before.text)), (doc[after].idx, draft.content[1])]


def inserted_speaker(doc: Doc, draft: Draft) -> None:
    """ "The harbour, as one engineer pointed out, rarely freezes": name the speaker after
    "as" when the parse took the clause's subject, before the insert, for the speaker."""
    found = _split_clause(doc, draft)
    if found is None or draft.source_span is None:
        return
    opening = found[0]
    if draft.source_span[0] < doc[opening].idx:
        _speaker_after_as(doc, draft, opening, found[2])


def clause_around_insert(verb: Token) -> tuple[int, int] | None:
    """The token range of the clause a content-less cue is inserted in ("Hawaii, as one
    adviser pointed out, rarely gets two storms": the parse hung the predicate on the cue
    as an adverbial): from the subject before the insert to the predicate's end."""
    doc = verb.doc
    after = _after_closing_comma(doc, verb.i)
    if after is None or doc[after].pos_ not in _PREDICATE_POS:
        return None
    predicate = next(
        (c for c in verb.children if c.dep_ in _PREDICATE_DEPS and c.left_edge.i == after), None
    )
    opening = _opening_comma(doc, verb.i)
    if predicate is None or opening is None or after - opening > MAX_INSERT_TOKENS:
        return None
    subject = _subject_before(doc, opening)
    return None if subject is None else (subject, predicate.right_edge.i + 1)


def _split_clause(doc: Doc, draft: Draft) -> tuple[int, int, int, int] | None:
    """The comma opening the insert, the first word of the subject before it, the cue's
    first token and the first token after the insert, for a reported content that holds
    its clause's predicate right after an insert holding the cue."""
    if draft.kind not in _REPORTED or draft.cue_span is None:
        return None
    cue = char_span(doc, *draft.cue_span)
    content = char_span(doc, *draft.content)
    if cue is None or content is None or not len(cue) or not len(content):
        return None
    after = _after_closing_comma(doc, cue[-1].i)
    if after is None or not content.start <= after < content.end:
        return None
    if doc[after].pos_ not in _PREDICATE_POS:
        return None
    opening = _opening_comma(doc, cue[0].i)
    if opening is None or after - opening > MAX_INSERT_TOKENS:
        return None
    subject = _subject_before(doc, opening)
    return None if subject is None else (opening, subject, cue[0].i, after)


def _after_closing_comma(doc: Doc, cue_last: int) -> int | None:
    """The first token after the comma that closes the insert: the cue's particle and a
    few words of its own ("said last week", "told reporters on Monday") may stand
    between the cue and that comma."""
    i = cue_last + 1
    while i < len(doc) and doc[i].text != "," and i - cue_last <= MAX_CUE_TAIL:
        if doc[i].pos_ in _NOT_IN_TAIL or doc[i].is_sent_start:
            return None
        i += 1
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    return i + 1


def _opening_comma(doc: Doc, cue_first: int) -> int | None:
    """The comma that opens the insert: the nearest one before the cue in its sentence."""
    i = cue_first - 1
    while i >= 0 and not doc[i + 1].is_sent_start:
        if doc[i].text == ",":
            return i
        if doc[i].is_punct and doc[i].text not in {"'s", "’s"}:
            return None
        i -= 1
    return None


def _subject_before(doc: Doc, comma: int) -> int | None:
    """The first token of a noun phrase that opens the sentence and ends at ``comma``."""
    start = comma
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
        if comma - start > MAX_SUBJECT_TOKENS:
            return None
    words = [t for t in doc[start:comma] if not t.is_space]
    if not words or any(t.pos_ in _NOT_IN_SUBJECT for t in words):
        return None
    if not any(t.pos_ in _NOMINAL for t in words) or all(t.ent_type_ in _WHEN for t in words):
        return None
    return words[0].i


def _speaker_after_as(doc: Doc, draft: Draft, opening: int, cue_first: int) -> None:
    """ "The harbour, as one engineer pointed out, ...": the speaker is the phrase between
    "as" and the cue, not the opening noun phrase the parse made the cue's subject."""
    marker = doc[opening + 1]
    if marker.lower_ != "as":
        return
    phrase = [t for t in doc[opening + 2 : cue_first] if t.pos_ not in {"AUX", "ADV"}]
    if not phrase or not any(t.pos_ in _NOMINAL for t in phrase):
        return
    start, end = phrase[0].i, phrase[-1].i + 1
    if any(t.pos_ == "VERB" for t in doc[start:end]):
        return
    head = next((t for t in doc[start:end] if not start <= t.head.i < end), phrase[-1])
    draft.source_span = chars(doc, start, end)
    draft.source_head = chars(doc, head.i, head.i + 1)
