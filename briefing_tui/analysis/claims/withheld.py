"""What a speaker left unsaid, in the writer's words, cut off a reported content.

"The board said the search would include outside candidates but did not give a
timeline": the closing conjunct with no subject of its own, a negated verb of telling
or a verb of refusing (``lexicon/claims/withholding_verbs.txt``: "did not say",
"would not describe", "declined to comment"), is the writer reporting what the
speaker did not say; it is cut off, with its "but" or "and". A conjunct in the past
perfect ("said it had opened an inquiry but had not confirmed any violation") is what
the speaker said, and stays; so is one added by "and" in the future of reported speech
("said it respects the ruling and would not comment further": "we will not comment").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.doctext import char_span, doc_text
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.claims.draft import Draft

#: Verbs of refusing: the conjunct is the speaker's act without a negation.
_REFUSING = frozenset({"decline", "refuse"})
#: Tags of a verb told in the writer's past ("did not say", "would not describe", "declined").
_PAST_OR_MODAL = frozenset({"VBD", "MD"})
#: Marks that close a quotation.
_CLOSING = frozenset({'"', "\u201d"})
#: The fewest words a content keeps after the cut.
_MIN_WORDS = 3


@cache
def withholding_verbs() -> frozenset[str]:
    """Verbs of telling and refusing (``lexicon/claims/withholding_verbs.txt``)."""
    return data_files.words("claims/withholding_verbs.txt")


def drop_withheld(doc: Doc, draft: Draft) -> None:
    """Cut a closing "but did not say ..." conjunct off a reported content."""
    if draft.kind not in (ClaimKind.INDIRECT, ClaimKind.MIXED):
        return
    content = char_span(doc, *draft.content)
    if content is None:
        return
    text = doc_text(doc)
    for verb in content:
        if not _withholds(verb) or verb.head.i < content.start or verb.i >= content.end:
            continue
        cc = next((c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i), None)
        first = verb.left_edge.i
        cut = cc.i if cc is not None and cc.i < first else first
        if cut <= content.start:
            continue
        before = [t for t in doc[content.start : cut] if not (t.is_punct or t.is_space)]
        if len(before) < _MIN_WORDS or _open_quotation(text[content.start_char : doc[cut].idx]):
            continue
        last = before[-1]
        end = last.idx + len(last.text)
        while (
            end < len(text)
            and text[end] in _CLOSING
            and _open_quotation(text[content.start_char : end])
        ):
            end += 1  # 'the plant "remains safe"': the quotation keeps its closing mark
        draft.content = (draft.content[0], end)
        return


def _withholds(verb: Token) -> bool:
    """A subjectless conjunct verb of telling, negated, or of refusing."""
    if verb.dep_ != "conj" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return False
    if verb.tag_ not in _PAST_OR_MODAL and not any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in _PAST_OR_MODAL for c in verb.children
    ):
        return False  # "what to say or not say": no tense, the speaker's own words
    if _past_perfect(verb):
        return False  # "said it had opened an inquiry but had not confirmed ...": reported
    if _backshifted_added(verb):
        return False  # "said it respects the ruling and would not comment further": reported
    lemma = verb.lemma_.lower()
    if lemma not in withholding_verbs():
        return False
    if lemma in _REFUSING:
        return True
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children) for c in verb.children
    )


#: Modals of a future told in reported speech ("we will not comment" as "would not comment").
_FUTURE_MODALS = frozenset({"would", "will", "'d", "'ll"})


def _backshifted_added(verb: Token) -> bool:
    """ "... and would not comment further": a negated telling added by "and" in the future
    of reported speech is the speaker's own announcement ("we will not comment"), not
    the writer's account of a refusal ("but would not say when")."""
    cc = [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
    if not cc or cc[-1].lower_ != "and":
        return False
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in verb.children)


def _past_perfect(verb: Token) -> bool:
    """ "had not confirmed": the past perfect of reported speech, not the writer's past."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _open_quotation(before: str) -> bool:
    """Whether text ending here leaves a quotation open."""
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")
