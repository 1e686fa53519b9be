"""A report's second clause under the same cue stays in its content.

"told reporters that observers had been present at every count and that no complaint
had been lodged": the second "that" repeats the cue's complementiser, so the speaker
said both, with one cue. The parse often hangs the second clause on the cue itself,
and the content stopped at "and", losing half of what was said; it runs on over the
second clause (one claim, as the editors' keys and PolNeAR read "said A and that B").
So does a content the parse cut to its subject ("said the evidence made public so far
was limited": "the evidence ..." made the cue's object and "was limited" a second
complement of the cue).

After a relative clause the parse may hang the second "that" clause on that clause's
verb ("said A, which she described as standard practice, and that B"): the content
stops before the relative clause, and B is a claim of its own with the same cue.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.cues import cue_table
from briefing_tui.analysis.claims.draft import Draft
from briefing_tui.analysis.doctext import char_span, doc_text
from briefing_tui.analysis.syntax import FINITE_TAGS, has_nominal_subject
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Conjunctions that join the two reported clauses.
_JOINERS = frozenset({"and", "but"})
#: Complementisers that open the second clause.
_OPENERS = frozenset({"that"})
_REPORTED = frozenset({ClaimKind.INDIRECT, ClaimKind.MIXED})
_VERBAL = frozenset({"VERB", "AUX"})
#: Sources that show the sentence is itself someone's words, quoted without marks.
_FIRST_PERSON = frozenset({"i", "we"})
_DOUBLE_MARKS = {'"': '"', "“": "”"}


def with_second_clauses(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Each reported content run on over a second clause its cue governs (``... and that
    B``, or the predicate of a content cut to its subject); a second "that" clause the
    content was cut short of, after a relative clause the parse hung it on, is a draft of
    its own. A draft whose content the run-on takes in is dropped."""
    out: list[Draft] = []
    taken = [d.content for d in drafts]
    for draft in drafts:
        out.append(draft)
        lost = _lost_second_clause(doc, draft, taken)
        if lost is not None:
            out.append(lost)
            taken.append(lost.content)
    if len(out) > len(drafts) and all(a.content[0] <= b.content[0] for a, b in pairwise(drafts)):
        out.sort(key=lambda d: d.content[0])  # the drafts came in document order: keep it
    absorbed: set[int] = set()
    for draft in out:
        if id(draft) in absorbed:
            continue
        end = _run_on_end(doc, draft)
        if end is None:
            continue
        old_end = draft.content[1]
        inside = [d for d in out if d is not draft and old_end <= d.content[0] < end]
        if any(d.content[1] > end for d in inside) or any(
            d is not draft and d.content[0] < old_end < d.content[1] for d in out
        ):
            continue  # another claim runs across the second clause: leave both alone
        if not _outside_quotes(doc_text(doc)[draft.content[0] : end]):
            continue  # the run-on would leave a quotation open
        draft.content = (draft.content[0], end)
        if draft.kind == ClaimKind.INDIRECT and _quoted(doc_text(doc)[slice(*draft.content)]):
            draft.kind = ClaimKind.MIXED
        absorbed.update(id(d) for d in inside)
    return [d for d in out if id(d) not in absorbed]


#: How the content's own clause hangs on its cue when a second "that" clause may follow.
_COMPLEMENT_DEPS = frozenset({"ccomp"})


def _run_on_end(doc: Doc, draft: Draft) -> int | None:
    """The character end of ``draft``'s content run on over a second clause of its cue,
    or None when none follows it in the sentence.

    Two shapes, both read off the cue's children after the content: a conjunct opened by
    "that" after "and" or "but", the content being a complement clause of the same cue
    ("said A and that B"); and a complement without a subject of its own right after a
    content that is only a noun phrase hung on the cue ("said [the evidence so far] [was
    limited]"). A second clause that is a cue of its own is a statement of its own."""
    if draft.kind not in _REPORTED or draft.parts is not None or draft.cue_span is None:
        return None
    content = char_span(doc, *draft.content)
    cue_words = char_span(doc, *draft.cue_span)
    if content is None or cue_words is None or not len(content) or content.end >= len(doc):
        return None
    cue = cue_words.root
    root = _content_root(content)
    if root is None or root.head.i != cue.i or cue.i >= content.start:
        return None
    for other in sorted(cue.children, key=lambda c: c.i):
        if other.i < content.end or other.pos_ not in _VERBAL:
            continue
        gap = doc[content.end : other.left_edge.i]
        if any(t.text in {".", ";", ":", "?", "!"} or "\n" in t.text for t in gap):
            return None
        if other.lemma_.lower() in cue_table():
            return None  # "... and urged the court to act": a second statement
        if (
            root.dep_ in _COMPLEMENT_DEPS
            and _subject_inside(root, content)
            and (_that_conjunct(other, gap))
        ):
            return _clause_end(doc, other)
        if _no_finite_verb(content) and _predicate_of(other, gap):
            return _clause_end(doc, other)
        return None
    return None


def _content_root(content: Span) -> Token | None:
    """The one word of a content whose head stands outside it."""
    roots = [t for t in content if not content.start <= t.head.i < content.end or t.head.i == t.i]
    roots = [t for t in roots if not (t.is_punct or t.is_space)]
    return roots[0] if len(roots) == 1 else None


def _subject_inside(root: Token, content: Span) -> bool:
    """Whether the content's clause has its subject in the content: a whole clause, not
    the predicate of a relative ("which he said [was inconsistent ...]"), whose second
    "that" clause is the main cue's."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and content.start <= c.i < content.end
        for c in root.children
    )


def _that_conjunct(other: Token, gap: Span) -> bool:
    """ "... and that B": a conjunct clause of the cue opened by its own "that" after
    "and" or "but" (a comma may stand before the conjunction)."""
    opener = other.doc[other.left_edge.i]
    if other.dep_ != "conj" or opener.lower_ not in _OPENERS or opener.dep_ != "mark":
        return False
    words = [t for t in gap if not (t.is_punct or t.is_space)]
    return len(words) == 1 and words[0].lower_ in _JOINERS and has_nominal_subject(other)


def _no_finite_verb(content: Span) -> bool:
    """Whether a content is a noun phrase, perhaps with a participle ("the evidence made
    public so far", "pupils enrolled in May", which the tagger may read as a past tense):
    no finite verb or auxiliary of its own."""
    finite = [t for t in content if t.tag_ in FINITE_TAGS and not _bare_participle(t)]
    return not finite and any(t.pos_ in _NOMINAL for t in content)


def _bare_participle(verb: Token) -> bool:
    """A past form without auxiliaries or object after a noun ("pupils enrolled in May")."""
    return verb.tag_ == "VBD" and not any(
        c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children
    )


def _predicate_of(other: Token, gap: Span) -> bool:
    """ "said [the evidence made public so far] [was limited]": a finite complement with
    no subject of its own, opening on its verb group right after a content without a
    finite verb that the parse hung on the cue, with nothing but a quotation mark between
    them."""
    if other.dep_ != "ccomp" or has_nominal_subject(other):
        return False
    if any(not (t.is_space or t.is_quote) for t in gap):
        return False
    lefts = list(other.lefts)
    if any(c.dep_ not in _VERB_GROUP_DEPS for c in lefts):
        return False
    return any(t.tag_ in FINITE_TAGS for t in [*lefts, other])


#: Nouns that can be a clause's subject.
_NOMINAL = frozenset({"NOUN", "PROPN"})
#: What may stand before a verb in its own verb group: auxiliaries, "not", an adverb,
#: a time phrase ("every night").
_VERB_GROUP_DEPS = frozenset({"aux", "auxpass", "neg", "advmod", "npadvmod"})


def _clause_end(doc: Doc, other: Token) -> int:
    """Where the clause of ``other`` ends: its last word, with a quotation mark closing
    right after it (and the stop inside that mark)."""
    last = other.right_edge
    while last.i > other.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    end = last.idx + len(last.text)
    text = doc_text(doc)
    tail = end
    while tail < len(text) and text[tail] in ".,!?":
        tail += 1
    if tail < len(text) and text[tail] in '"”':
        return tail + 1
    return end


def _lost_second_clause(doc: Doc, draft: Draft, taken: list[tuple[int, int]]) -> Draft | None:
    """ "said the officer had been placed on restricted duties, which she described as
    standard practice, and that the force would cooperate": the content stops before the
    relative clause, and the parse hangs the second "that" clause on that clause's verb;
    the second clause is reported by the same cue all the same."""
    if draft.kind not in _REPORTED or draft.parts is not None:
        return None
    if (draft.source_text or "").lower() in _FIRST_PERSON:
        return None
    content = char_span(doc, *draft.content)
    if content is None or not len(content) or content.end >= len(doc):
        return None
    text = doc_text(doc)
    sentence_end = doc[content.end - 1].sent.end
    for opener in doc[content.end : sentence_end]:
        joiner = _second_clause(opener, content.start, sentence_end)
        if joiner is None:
            continue
        first = opener.head.head
        hung_on_relative = first.dep_ == "relcl" and content.start <= first.head.i < content.end
        if not hung_on_relative:
            return None
        if not _outside_quotes(text[text.rfind("\n", 0, opener.idx) + 1 : opener.idx]):
            return None
        last = opener.head.right_edge
        while last.i > opener.i and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        start = _skip_space(text, opener.idx + len(opener.text), last.idx)
        span = (start, last.idx + len(last.text))
        if any(s < span[1] and span[0] < e for s, e in taken) or " " not in text[slice(*span)]:
            return None
        kind = ClaimKind.MIXED if _quoted(text[slice(*span)]) else ClaimKind.INDIRECT
        return replace(draft, content=span, kind=kind, carried_from=None)
    return None


def _second_clause(opener: Token, start: int, end: int) -> Token | None:
    """The "and" or "but" before ``opener`` when ``opener`` is the complementiser "that"
    of a clause joined to an earlier clause inside the same content; else None."""
    if opener.lower_ not in _OPENERS or opener.dep_ != "mark":
        return None
    verb = opener.head
    if verb.dep_ != "conj" or not start <= verb.head.i < opener.i or verb.i >= end:
        return None
    joiner = opener.nbor(-1) if opener.i > start else None
    if joiner is None or joiner.lower_ not in _JOINERS or joiner.head.i != verb.head.i:
        return None
    return joiner


def _skip_space(text: str, start: int, end: int) -> int:
    """The first character from ``start`` that is not a space or a comma (an opening
    quotation mark stays: 'and that "standing still is not an option."')."""
    while start < end and text[start] in " \t\n,":
        start += 1
    return start


def _outside_quotes(before: str) -> bool:
    """Whether a point after ``before`` stands outside any double quotation."""
    if before.count('"') % 2:
        return False
    return before.count("“") == before.count("”")


def _quoted(words: str) -> bool:
    return any(mark in words for mark in _DOUBLE_MARKS)
