"""Adjuncts that belong to the act of saying, cut off the end of a reported content.

"She said the plan would cut costs during a forum sponsored by the chamber": the
forum is where she said it, not part of what she said. A prepositional phrase of
place or time whose object is an occasion of speaking (``lexicon/claims/
setting_nouns.txt``: forum, rally, news conference, ...) that closes a reported
content is taken off it, unless it sets an act carried out at a gathering ("would
decide how to vote at a meeting on Monday": ``lexicon/claims/gathering_acts.txt``),
which is where that act takes place. So is the speaker's next act that the parse joined to
a content stating a state ("stated that the voters were ineligible and then
purged them", "said workers were devastated and called on the governor to act"),
and the writer's summing-up in a closing appositive after a comma or a dash
("is endorsing the campaign, the latest chapter in a long feud", "likened the
law to theft - a charge that stung": ``lexicon/claims/comment_nouns.txt``), and
the writer's contrast in a closing "though"/"although"/"while" clause that reports
another statement or the speaker's own act ("said the road would reopen,
although officials have not confirmed it", "..., though she gave no date"), and
the writer's scene in a closing "as" clause with its own subject ("said they
would sue, as officials waited for test results"). A
day phrase between the cue and the content's subject ("said on Wednesday they
would sue") dates the saying and is cut off the front (a year or month may be the
content's own, and stays). A
dateline opening a paragraph ("HARLOW BAY, May 3 (Wire) — ") is the writer's
too and is cut off the front of a content.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.calendar_names import WEEKDAYS
from briefing_tui.analysis.claims.conjuncts import (
    corrects_a_negation,
    shares_passive,
    states_a_state,
    thinks_on,
)
from briefing_tui.analysis.claims.cues import cue_table
from briefing_tui.analysis.claims.draft import Draft, chars, trim
from briefing_tui.analysis.claims.speaker import setting_nouns
from briefing_tui.analysis.datelines import clip
from briefing_tui.analysis.doctext import char_span, doc_heads, doc_text
from briefing_tui.analysis.syntax import has_nominal_subject
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Prepositions that place an act in a setting ("during a forum", "at a rally").
SETTING_PREPS = frozenset({"at", "during"})
#: Verbs whose own place the setting is ("the vote will take place at a rally").
_HAPPENING_VERBS = frozenset(
    {"be", "have", "take", "hold", "happen", "occur", "meet", "appear", "speak"}
)
#: Adverbs that mark the next act in a sequence ("and then purged them").
_SEQUENCE = frozenset({"then", "later", "subsequently"})
#: The fewest words a content keeps after its setting is cut.
_MIN_WORDS = 3
#: Marks that open an appositive: a comma or a dash.
_APPOSITION_MARKS = frozenset({",", "-", "--", "\u2013", "\u2014"})
#: How far after its determiner an appositive's head noun may stand ("the latest chapter").
_HEAD_REACH = 3


@cache
def comment_nouns() -> frozenset[str]:
    """Nouns that sum up a reported act (``lexicon/claims/comment_nouns.txt``)."""
    return data_files.words("claims/comment_nouns.txt")


def _reported_content(doc: Doc, draft: Draft) -> Span | None:
    """The content of a reported (indirect or mixed) claim, the one kind these cuts apply
    to; None for a direct quote or a content the tokens cannot hold."""
    if draft.kind not in (ClaimKind.INDIRECT, ClaimKind.MIXED):
        return None
    return char_span(doc, *draft.content)


def drop_comment(doc: Doc, draft: Draft) -> None:
    """Cut the writer's closing summing-up (", the latest chapter in ...", " - a charge
    that ...") off a reported content; one that a conjunct of the content follows
    ("had filed an objection, the first step of an appeal, and would go to court") closes
    nothing, and stays."""
    content = _reported_content(doc, draft)
    if content is None:
        return
    text = doc_text(doc)
    for mark in content:
        if mark.text not in _APPOSITION_MARKS or mark.i + 1 >= content.end:
            continue
        if doc[mark.i + 1].pos_ != "DET":
            continue
        if not _sums_up(doc, mark.i + 1, content.end) and not _glosses(doc, mark, content):
            continue
        if _conjunct_after(doc, mark, content):
            return
        words = [t for t in doc[content.start : mark.i] if not (t.is_punct or t.is_space)]
        if len(words) < 2:
            return
        if _inside_quotation(text[content.start_char : mark.idx]):
            return  # the mark stands inside a quotation: the words are the speaker's
        last = doc[mark.i - 1]
        draft.content = (draft.content[0], last.idx + len(last.text))
        return


def _conjunct_after(doc: Doc, mark: Token, content: Span) -> bool:
    """Whether a verb of the content before ``mark`` has a conjunct after it, inside the
    content: the content goes on past the appositive."""
    return any(
        t.dep_ == "conj"
        and t.pos_ in {"VERB", "AUX"}
        and content.start <= t.head.i < mark.i
        and any(c.dep_ == "cc" and mark.i < c.i < t.i for c in t.head.children)
        for t in doc[mark.i + 1 : content.end]
    )


def drop_dateline(doc: Doc, draft: Draft) -> None:
    """Cut a paragraph's opening dateline ("HARLOW BAY — ") off a content that starts there."""
    if draft.kind != ClaimKind.DIRECT:
        draft.content = clip(doc, *draft.content)


#: Marks of a contrast clause.
_CONTRAST = frozenset({"though", "although", "while", "whereas"})
#: Marks of a closing clause of the writer's that sets the scene ("..., as officials
#: waited for the results"): with a subject of its own it is the writer's, not said.
_CIRCUMSTANCE = frozenset({"as"})
#: Subjects that make a contrast clause the speaker's own act in the writer's words.
_SPEAKER_PRONOUNS = frozenset({"he", "she"})


def drop_contrast(doc: Doc, draft: Draft) -> None:
    """Cut a closing contrast clause of the writer's (", although officials have not
    confirmed it", ", though she gave no date") off a reported content."""
    content = _reported_content(doc, draft)
    if content is None:
        return
    words = [t for t in content if not (t.is_punct or t.is_space)]
    if not words:
        return
    for clause in content:
        if clause.dep_ != "advcl" or clause.right_edge.i < words[-1].i:
            continue
        opener = doc[clause.left_edge.i]
        if opener.dep_ != "mark" or opener.i < 1:
            continue
        if opener.lower_ in _CONTRAST:
            writers = _writers_contrast(clause)
        elif opener.lower_ in _CIRCUMSTANCE:
            writers = _scene(clause)
        else:
            continue
        comma = doc[opener.i - 1]
        before = [t for t in doc[content.start : comma.i] if not (t.is_punct or t.is_space)]
        if comma.text != "," or len(before) < _MIN_WORDS or not writers:
            continue
        if _inside_quotation(doc_text(doc)[content.start_char : comma.idx]):
            return
        last = before[-1]
        draft.content = (draft.content[0], last.idx + len(last.text))
        return


#: Verbs that stand in for another ("as I did", "as are nine of ten"): a comparison.
_PRO_VERBS = frozenset({"do", "be", "have"})


def _scene(clause: Token) -> bool:
    """An "as" clause with a full verb after its own subject ("as officials waited"), not
    a comparison ("as I did earlier", "as are most limes")."""
    return (
        clause.pos_ == "VERB"
        and clause.lemma_.lower() not in _PRO_VERBS
        and has_nominal_subject(clause)
        and all(c.i < clause.i for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"})
    )


def _writers_contrast(clause: Token) -> bool:
    """A contrast clause that reports a statement (a cue verb) or the speaker's own act
    (a "he" or "she" subject)."""
    cues = cue_table()
    if any(t.pos_ == "VERB" and t.lemma_.lower() in cues for t in clause.subtree):
        return True
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _SPEAKER_PRONOUNS for c in clause.children
    )


def _inside_quotation(before: str) -> bool:
    """Whether text ending here leaves a quotation open."""
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _sums_up(doc: Doc, det: int, end: int) -> bool:
    """A noun phrase opened at ``det`` whose head is a summing-up noun, the content not
    going on after it ("the claim, a charge first made in 2019, was false": what comes
    before the comma hangs on a word after the appositive)."""
    for token in doc[det + 1 : min(end, det + 1 + _HEAD_REACH)]:
        if token.pos_ == "NOUN":
            if token.lemma_.lower() not in comment_nouns():
                return False
            before = doc[det - 2] if det >= 2 else None
            return before is None or not any(det < a.i < end for a in before.ancestors)
    return False


#: What follows an appositive's head noun and tells what the thing is: a phrase, a
#: relative clause, a participle or an adjective after the noun.
_GLOSS_DEPS = frozenset({"prep", "relcl", "acl", "amod"})


def _glosses(doc: Doc, mark: Token, content: Span) -> bool:
    """A closing appositive after a comma that tells the reader what the last thing named
    is (", the computerised equipment that sets routes", ", a town of about 3,000 people",
    ", a procedure available under the treaty"): the writer's gloss, not what was said.
    A bare description (", a former judge") may be the speaker's, and stays."""
    if mark.text != ",":
        return False
    last = content.end - 1
    while last > mark.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    for head in doc[mark.i + 1 : last + 1]:
        if head.dep_ != "appos" or head.left_edge.i != mark.i + 1 or head.right_edge.i < last:
            continue
        if head.head.i >= mark.i or head.pos_ not in {"NOUN", "PROPN"}:
            return False
        named = head.head  # "endorsed the budget, a plan drawn up by ...": the content's
        if named.head.i == named.i or not content.start <= named.head.i < content.end:
            return False  # own head noun, which the appositive describes as said
        return any(c.dep_ in _GLOSS_DEPS and c.i > head.i for c in head.children)
    return False


def drop_setting(doc: Doc, draft: Draft) -> None:
    """Cut a closing setting phrase ("during a forum ...") off a reported content."""
    content = _reported_content(doc, draft)
    if content is None:
        return
    text = doc_text(doc)
    for token in content:
        if not _is_setting(token) or token.right_edge.i < content.end - 1:
            continue
        words = [t for t in doc[content.start : token.i] if not (t.is_punct or t.is_space)]
        if len(words) < _MIN_WORDS or text[token.idx - 1 : token.idx] == "\n":
            return
        if any(t.text in '"“”' for t in doc[token.i : content.end]):
            return  # a quotation runs through it: the words are the speaker's
        start, end = trim(text, draft.content[0], chars(doc, content.start, token.i)[1])
        draft.content = (start, end)
        return


def drop_next_act(doc: Doc, draft: Draft) -> None:
    """Cut the speaker's next act off a content that states a state.

    The content's root is a copula or a passive ("were ineligible", "were
    devastated") and a past-tense verb without a subject of its own is joined to it
    by "and": a cue verb ("and called on ...") or a verb with an object after
    "then" ("and then purged them"). That verb is the speaker's, not the content's.
    """
    content = _reported_content(doc, draft)
    if content is None:
        return
    inside = range(content.start, content.end)
    heads = doc_heads(doc)  # a Token is built for a root only
    roots = [doc[i] for i in inside if heads[i] not in inside or heads[i] == i]
    for root in roots:
        if not states_a_state(root):
            continue
        for conj in root.children:
            if conj.dep_ != "conj" or conj.i not in inside or corrects_a_negation(root, conj):
                continue  # "were not opposed to homes but wanted lower ones": one position
            if thinks_on(root, conj):
                continue  # "it was pleased and expected to start work": said of itself
            if shares_passive(root, conj):
                continue  # "had been noted and explained in the protocols": one passive
            if _speakers_act(conj):
                first = next((c for c in root.children if c.dep_ == "cc" and c.i < conj.i), conj)
                last = doc[first.i - 1]
                while last.i > content.start and last.text in ",;":
                    last = doc[last.i - 1]
                end = last.idx + len(last.text)
                if end > draft.content[0]:
                    draft.content = (draft.content[0], end)
                return


def _speakers_act(verb: Token) -> bool:
    """A past-tense verb without a subject or auxiliary of its own: a cue verb, or a
    transitive verb after "then"."""
    if verb.tag_ != "VBD" or any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children
    ):
        return False
    if verb.lemma_.lower() in cue_table():
        return True
    then = any(c.dep_ == "advmod" and c.lower_ in _SEQUENCE for c in verb.children)
    return then and any(c.dep_ == "dobj" for c in verb.children)


def _is_setting(prep: Token) -> bool:
    """A preposition of place or time whose object is an occasion of speaking."""
    if prep.dep_ != "prep" or prep.lower_ not in SETTING_PREPS:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or objects[0].lemma_.lower() not in setting_nouns():
        return False
    host = prep.head  # "voters were angry at the meeting": the meeting is theirs
    acts = [host, host.head] if host.dep_ == "xcomp" else [host]  # "voted to reject it at"
    if any(act.lemma_.lower() in gathering_acts() for act in acts):
        return False  # "would decide how to vote at a meeting": where the deciding is done
    return host.pos_ == "VERB" and host.lemma_.lower() not in _HAPPENING_VERBS


@cache
def gathering_acts() -> frozenset[str]:
    """Acts carried out at a gathering (``lexicon/claims/gathering_acts.txt``)."""
    return data_files.words("claims/gathering_acts.txt")


#: Prepositions of a time phrase that dates the act of saying ("said on Wednesday").
_TIME_PREPS = frozenset({"on", "in", "at", "late", "early", "during"})
#: Words of the day a statement was made, the news convention for dating the saying.
_DAYS_OF_SAYING = frozenset(WEEKDAYS) | {"yesterday", "today", "tonight"}
#: Entity types of a date or time.
_TIME_ENTS = frozenset({"DATE", "TIME"})


def drop_leading_time(doc: Doc, draft: Draft) -> None:
    """Cut a time phrase right after the cue off the front of the content it opens
    ("said on Wednesday they would sue": "on Wednesday" dates the saying)."""
    content = _reported_content(doc, draft)
    if content is None or draft.cue_span is None or len(content) < 2:
        return
    text = doc_text(doc)
    if text[draft.cue_span[1] : draft.content[0]].strip():
        return  # something stands between the cue and the content
    first = content[0]
    if first.ent_type_ in _TIME_ENTS and first.dep_ == "npadvmod":
        phrase_end = first.right_edge.i + 1  # "said Wednesday they would ..."
    elif first.dep_ == "prep" and first.lower_ in _TIME_PREPS:
        objects = [c for c in first.children if c.dep_ == "pobj"]
        if not objects or objects[0].ent_type_ not in _TIME_ENTS:
            return
        phrase_end = first.right_edge.i + 1
    else:
        return
    if phrase_end >= content.end or not any(
        t.lower_ in _DAYS_OF_SAYING for t in doc[first.i : phrase_end]
    ):
        return  # "said in 2019 the firm had lost money": the year may be the content's
    nxt = doc[phrase_end]
    if nxt.dep_ == "mark" and nxt.lower_ == "that":
        start = phrase_end + 1  # "said on Monday that ..."
    elif any(t.dep_ in {"nsubj", "nsubjpass"} and t.left_edge.i == phrase_end for t in content):
        start = phrase_end  # the clause's subject follows the time phrase
    else:
        return
    if start < content.end:
        draft.content = (doc[start].idx, draft.content[1])
