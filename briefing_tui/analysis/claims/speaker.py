"""The words that name a claim's speaker, corrected before the speaker is looked up.

Three source phrases name someone other than their head word: "each" after "A
and B" names no single speaker (the claim keeps no speaker words); "most of
whom" names the group the relative clause hangs on ("4,000 nurses, most of whom
said ..."); a setting ("at a news conference announcing ...", ``lexicon/claims/
setting_nouns.txt``) names the occasion, and the speaker is the subject of the
clause the setting belongs to ("Lynch, at a news conference announcing ...").
A time phrase the parse hung on the speaker's name is not part of it ("Trump
this week said": the speaker is "Trump"). A cue whose subject the parse put in the
wrong place ("... and Democrats accused", "with officials saying", ``subjects.py``)
takes the subject the word order gives it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.claims.draft import Draft, chars
from briefing_tui.analysis.claims.sources import RELATIVE_PRONOUNS, phrase_bounds
from briefing_tui.analysis.claims.subjects import misparsed_subject
from briefing_tui.analysis.datelines import dateline_at
from briefing_tui.analysis.doctext import char_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Quantifiers that speak for each member of a group in turn, never for one speaker.
DISTRIBUTIVES = frozenset({"each", "either", "neither"})
#: Words that open a clause set off by commas on a speaker's name.
_SIDE_CLAUSE_OPENERS = RELATIVE_PRONOUNS | {"where", "whose"}
#: Subjects of a verb: who acts in the clause a setting belongs to.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@cache
def setting_nouns() -> frozenset[str]:
    """Occasions at which someone speaks (``lexicon/claims/setting_nouns.txt``)."""
    return data_files.words("claims/setting_nouns.txt")


def correct_speaker_words(doc: Doc, draft: Draft) -> None:
    """Point ``draft.source_span`` and ``source_head`` at the words naming the speaker."""
    _take_misparsed_subject(doc, draft)
    if draft.source_head is None or draft.source_span is None:
        return
    span = char_span(doc, *draft.source_head)
    if span is None or not len(span):
        return
    head = span[0]
    if _skip_dateline(doc, draft, head):
        return
    if head.lower_ in DISTRIBUTIVES and head.pos_ in {"PRON", "DET"}:
        draft.source_span = draft.source_head = None
        return
    _drop_time_phrase(doc, draft, head)
    _drop_side_clause(doc, draft, head)
    found = _partitive_antecedent(head)
    if found is None and _cue_on_setting(doc, draft, head):
        found = _setting_subject(head)
        if found is None:
            draft.source_span = draft.source_head = None
            return
    if found is not None:
        start, end = phrase_bounds(found, None)
        clause = next((c for c in found.children if c.dep_ in {"relcl", "acl"}), None)
        if clause is not None and start < clause.left_edge.i < end:
            end = clause.left_edge.i
        while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        draft.source_span = chars(doc, start, end)
        draft.source_head = chars(doc, found.i, found.i + 1)


def _skip_dateline(doc: Doc, draft: Draft, head: Token) -> bool:
    """ "LISBON (Wire) - Portugal's energy regulator Regen said": a source word in the
    paragraph's dateline is the place the story was filed from; the speaker is the
    phrase the parse hung on the dateline after its dash, or nobody. True when it applied."""
    assert draft.source_span is not None
    dateline = dateline_at(doc, head.idx)
    if dateline is None:
        return False
    end = dateline[1]
    # the phrase opening the sentence after the dash, hung on a dateline word
    # ("ALMATY, Kazakhstan - Kazakhstan accused": on the region, not the town)
    later = [
        t
        for t in head.subtree
        if t.dep_ == "appos"
        and t.idx >= end
        and t.head.idx < end
        and (t.head == head or all(w.idx >= end or w.is_punct for w in t.subtree))
    ]
    if not later:
        draft.source_span = draft.source_head = None
        return True
    found = later[0]
    name = next((c for c in found.children if c.dep_ == "appos" and c.pos_ == "PROPN"), found)
    start, stop = phrase_bounds(found, None)
    draft.source_span = chars(doc, start, max(stop, name.i + 1))
    draft.source_head = chars(doc, name.i, name.i + 1)
    return True


def _take_misparsed_subject(doc: Doc, draft: Draft) -> None:
    """ "... and Democrats accused the GOP": the subject the parse gave another clause."""
    if draft.cue_span is None:
        return
    cue = doc.char_span(*draft.cue_span, alignment_mode="expand")
    if cue is None or len(cue) != 1 or cue[0].pos_ not in {"VERB", "AUX"}:
        return
    found = misparsed_subject(cue[0])
    if found is None:
        return
    start, end = phrase_bounds(found, cue[0].i)
    draft.source_span = chars(doc, start, end)
    draft.source_head = chars(doc, found.i, found.i + 1)


def _drop_side_clause(doc: Doc, draft: Draft, head: Token) -> None:
    """ "Pratt, who said on Monday that ..., added": a clause set off by commas on the
    speaker's name, wholly before the cue, is not part of the words naming the speaker."""
    assert draft.source_span is not None
    if draft.cue_span is None or head.pos_ not in {"PROPN", "NOUN"}:
        return
    for clause in head.children:
        if clause.dep_ != "relcl" or clause.i < head.i:
            continue
        first = clause.left_edge
        comma = doc[first.i - 1] if first.i > 0 else None
        if comma is None or comma.text != "," or first.lower_ not in _SIDE_CLAUSE_OPENERS:
            continue
        if chars(doc, clause.right_edge.i, clause.right_edge.i + 1)[1] > draft.cue_span[0]:
            continue  # the cue is in the clause ("Pratt, who said ..."): "who" names her
        if draft.source_span[0] < comma.idx < draft.source_span[1]:
            end = comma.i
            while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            draft.source_span = (draft.source_span[0], chars(doc, end - 1, end)[1])
        return


def _drop_time_phrase(doc: Doc, draft: Draft, head: Token) -> None:
    """ "Trump this week said": end the source words before a time phrase on the head."""
    assert draft.source_span is not None
    later = [c for c in head.children if c.dep_ == "npadvmod" and c.i > head.i]
    if not later:
        return
    cut = later[0].left_edge.i
    if cut > head.i and doc[cut - 1].idx >= draft.source_span[0]:
        start = draft.source_span[0]
        end = chars(doc, cut - 1, cut)[1]
        draft.source_span = (start, min(end, draft.source_span[1]))


def _cue_on_setting(doc: Doc, draft: Draft, head: Token) -> bool:
    """Whether the cue is a participle on a setting noun ("a news conference announcing")."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in setting_nouns() or not draft.cue_span:
        return False
    cue = char_span(doc, *draft.cue_span)
    return cue is not None and any(t.dep_ == "acl" and t.head.i == head.i for t in cue)


def _partitive_antecedent(head: Token) -> Token | None:
    """ "most of whom said": the noun the relative clause hangs on ("nurses")."""
    relative = next(
        (
            obj
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children
            if obj.dep_ == "pobj" and obj.lower_ in RELATIVE_PRONOUNS
        ),
        None,
    )
    if relative is None:
        return None
    clause = head.head
    if clause.dep_ == "relcl" and clause.head.pos_ in {"NOUN", "PROPN"}:
        return clause.head
    return None


def _setting_subject(noun: Token) -> Token | None:
    """ "Lynch spoke at a news conference announcing ...": the subject of the verb the
    setting's preposition hangs on."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    verb = prep.head
    while verb.dep_ in {"relcl", "acl"} and verb.head.i != verb.i:
        # "Park, who spoke at a news conference announcing ...": the noun "who" stands for
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if subjects and subjects[0].lower_ not in RELATIVE_PRONOUNS:
            return subjects[0]
        verb = verb.head
        if verb.pos_ in {"NOUN", "PROPN"}:
            return verb
    if verb.pos_ in {"NOUN", "PROPN"}:
        return verb  # "Park, at a news conference announcing ..."
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    return subjects[0] if subjects else None
