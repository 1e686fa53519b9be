""" "According to SOURCE, CONTENT" in either order, and "in the words of SOURCE, "...""."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.draft import QUOTE_MARKS, Draft, Sentences, chars, trim
from briefing_tui.analysis.claims.sources import phrase_bounds
from briefing_tui.analysis.doctext import doc_heads, doc_text, doc_words
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _in_the_words_of(token: Token) -> tuple[Token, Token] | None:
    """ "in the words of the prosecutor, "..."": the phrase's "in" and its "of"."""
    doc = token.doc
    if token.lower_ != "words" or token.i < 2:
        return None
    if doc[token.i - 1].lower_ != "the" or doc[token.i - 2].lower_ != "in":
        return None
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return None if of is None else (doc[token.i - 2], of)


def _before_swallowed_clause(doc: Doc, source: Token, end: int, sent_end: int) -> int:
    """ "According to radio host Sam Pike, the move reeks of fear.": a source phrase the
    parser ran to the end of its sentence (the clause read as an apposition) ends at
    its last comma; the clause after it is what was said."""
    last = sent_end - 1
    while last > source.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if end <= last:
        return end
    commas = [t.i for t in doc[source.i + 1 : end] if t.text == ","]
    return commas[-1] if commas and last - commas[-1] >= 3 else end


#: Participles by which a source relays another's words: "according to X, quoting Y".
_RELAYING = frozenset({"quoting", "citing"})
#: Longest "quoting ..." phrase skipped before the content, in tokens.
_MAX_RELAYED = 15


def _past_relayed_source(doc: Doc, start: int, sent_end: int) -> int:
    """ "According to Yonhap, quoting state media, the army ...": the content starts after
    the phrase naming whom the source quotes (the source stays the one "according to"
    names)."""
    i = start
    while i < sent_end and doc[i].is_punct:
        i += 1
    if i >= sent_end or doc[i].lower_ not in _RELAYING:
        return start
    for j in range(i + 1, min(sent_end, i + _MAX_RELAYED)):
        if doc[j].text == ",":
            return j + 1
    return start


def _before_relative_clause(doc: Doc, source: Token, end: int) -> int:
    """ "according to Delaney, who said the plaintiffs would oppose it": the source is
    Delaney; the clause on him says something else and is no part of his name."""
    for clause in source.subtree:
        if clause.dep_ != "relcl" or not source.i < clause.left_edge.i < end:
            continue
        # on the source or, set off by a comma, on a word of its phrase ("officials on
        # both sides, who blamed ...")
        if clause.head.i == source.i or doc[clause.left_edge.i - 1].text == ",":
            end = min(end, clause.left_edge.i)
            while end - 1 > source.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
    return end


def _joins_next_clause(doc: Doc, words_before: int, phrase_end: int) -> bool:
    """ "The illnesses began in June, according to the agency, and the patients ...": a
    mid-sentence phrase followed by "and" or "but" closes the clause it is attributed to;
    the next clause is the writer's."""
    i = phrase_end
    while i < len(doc) and doc[i].text == ",":
        i += 1
    return words_before >= 3 and i < len(doc) and doc[i].pos_ == "CCONJ"


def _last_conjunct(doc: Doc, start: int, end: int) -> int:
    """ "Kelmaria closed two crossings last week, and trucks have been backed up for miles,
    according to the haulage association": a source named after two clauses joined by a
    comma and "and" or "but", each with a subject of its own, vouches for the one it
    closes; the first is the writer's. The start of that last clause (or ``start``)."""
    heads = doc_heads(doc)
    roots = [doc[i] for i in range(start, end) if heads[i] == i or not start <= heads[i] < end]
    for root in roots:
        if root.pos_ not in {"VERB", "AUX"}:
            continue
        joined = [
            c
            for c in root.children
            if c.dep_ == "conj"
            and c.pos_ in {"VERB", "AUX"}
            and c.i < end
            and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
            and doc[c.left_edge.i - 1].pos_ == "CCONJ"
            and doc[c.left_edge.i - 2].text == ","
        ]
        if joined:
            return joined[-1].left_edge.i
    return start


def according_drafts(doc: Doc, sentences: Sentences) -> list[Draft]:
    """ "according to SOURCE, CONTENT" in either order."""
    text = doc_text(doc)
    drafts = []
    lowers = doc_words(doc).lowers  # the phrase opens with "according" or "words"
    for token in (doc[i] for i, lower in enumerate(lowers) if lower in ("according", "words")):
        words_of = _in_the_words_of(token)
        if words_of is not None:
            token, to = words_of
            objects = [c for c in to.children if c.dep_ == "pobj"]
        elif (
            token.lower_ != "according"
            or token.i + 1 >= len(doc)
            or doc[token.i + 1].lower_ != "to"
        ):
            continue
        else:
            to = doc[token.i + 1]
            objects = [c for c in to.children if c.dep_ in {"pobj", "pcomp"}] or [
                c for c in token.children if c.dep_ == "pobj"
            ]
        if not objects:
            continue
        src_start, src_end = phrase_bounds(objects[0], None)
        if any(c.dep_ == "dobj" for c in objects[0].children):
            src_end = objects[0].i + 1  # "according to Smith the plan ...": a misparse
        names = [o for o in objects[1:] if o.pos_ == "PROPN" and o.left_edge.i == src_end]
        if names:
            # "according to curator Elaine Gustafon" parsed as two objects: the name heads it
            src_end = max(src_end, phrase_bounds(names[0], None)[1])
            objects = [names[0]]
        sent_start, sent_end = sentences.bounds(token.i)
        if token.i - sent_start < 3:  # the phrase opens its sentence
            src_end = _before_swallowed_clause(doc, objects[0], src_end, sent_end)
        phrase_start, phrase_end = token.i, max(src_end, to.i + 1)
        quote_follows = doc[min(phrase_end, len(doc) - 1)].text in QUOTE_MARKS or (
            phrase_end + 1 < len(doc) and doc[phrase_end + 1].text in QUOTE_MARKS
        )
        before_longer = phrase_start - sent_start >= sent_end - phrase_end
        if not (words_of and quote_follows) and (
            before_longer or _joins_next_clause(doc, phrase_start - sent_start, phrase_end)
        ):
            content = (_last_conjunct(doc, sent_start, phrase_start), phrase_start)
        else:
            content = (_past_relayed_source(doc, phrase_end, sent_end), sent_end)
        if content[1] - content[0] < 3:
            continue
        span = trim(text, *chars(doc, *content))
        drafts.append(
            Draft(
                span,
                text[token.idx : to.idx + len(to.text)],
                (token.idx, to.idx + len(to.text)),
                chars(doc, src_start, _before_relative_clause(doc, objects[0], src_end)),
                chars(doc, objects[0].i, objects[0].i + 1),
                "assertion",
                ClaimKind.ACCORDING_TO,
            )
        )
    return drafts
