"""Direct quotes: which quotes are speech, and the claim each one belongs to.

A quote takes the cue whose content it fills, else a bare cue of its
sentence ("he said."), else the speaker of the claim just before it (split
and multi-paragraph quotes). Reported claims whose content is mostly quoted
become direct or mixed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise
from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.cues import cue_table
from briefing_tui.analysis.claims.draft import QUOTE_MARKS, VERBAL, Draft, Sentences, trim
from briefing_tui.analysis.claims.quotes import Quote
from briefing_tui.analysis.doctext import doc_text
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: What may lie between a quote's marks and its words: the marks, spaces, a stop.
_MARK_GAP = "\"“”„«»'‘’ \t.,;:!?…"
#: A quote shorter than this many words is a scare quote or a title, not a claim.
MIN_QUOTE_WORDS = 4
#: ... and a quote without a verb needs this many ("Poor Mexico, so far from God ...").
MIN_VERBLESS_QUOTE_WORDS = 7
#: Share of a reported content inside quote marks above which it is a direct quote.
DIRECT_SHARE = 0.8
#: Longest stretch between a content-less cue and the end of its sentence that a
#: quote opening right after that sentence may reach back over.
MAX_LEAD_CHARS = 160
#: Longest line without quotes (a caption) that an open quote's continuation may skip.
MAX_CAPTION_CHARS = 200
#: A paragraph break: a line break with any blank lines after it.
_BREAKS_RE = re.compile(r"\n(?:[ \t]*\n)*")
_CLOSING_MARKS = frozenset('"”»')


def substantive_quotes(doc: Doc, quotes: list[Quote]) -> list[tuple[Quote, int, int]]:
    """Quotes that read as speech (enough words, a verb), with their token ranges."""
    text = doc_text(doc)
    kept = []
    for quote in quotes:
        if not quote.closed and not quote.runs_on:
            line_start = text.rfind("\n", 0, quote.open_mark) + 1
            lead = text[line_start : quote.open_mark].rstrip()
            if lead and not lead.endswith((",", ":")):
                continue  # an unbalanced mark mid-paragraph: not a quote
            # 'X said, "...' left open: the quote runs to its paragraph's end
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None:
            continue
        words = [t for t in span if not t.is_punct and not t.is_space]
        if _subhead(text, quote, words):
            continue  # "'All Bets Are Off.'" on a line of its own: a section's heading
        verbless = not any(t.pos_ in VERBAL for t in words)
        if len(words) < MIN_QUOTE_WORDS or (verbless and len(words) < MIN_VERBLESS_QUOTE_WORDS):
            continue
        kept.append((quote, span.start, span.end))
    return kept


#: Words a heading in title case may leave in lower case ("Out of the Woods").
_MINOR_WORDS = frozenset(
    {"a", "an", "the", "and", "but", "or", "nor", "of", "to", "in", "on", "at", "for", "by"}
)


def _subhead(text: str, quote: Quote, words: list[Token]) -> bool:
    """Whether a quote is a heading: alone on its line, every word but the minor ones
    capitalised ("'All Bets Are Off.'" between two paragraphs), as no one speaks."""
    line_start = text.rfind("\n", 0, quote.open_mark) + 1
    line_end = text.find("\n", quote.end)
    line_end = len(text) if line_end == -1 else line_end
    if text[line_start : quote.open_mark].strip() or text[quote.end : line_end].strip(_MARK_GAP):
        return False
    lettered = [t for t in words if t.text[:1].isalpha()]
    return len(lettered) >= 2 and _title_case(lettered)


def _title_case(lettered: list[Token]) -> bool:
    """Every word capitalised but the minor ones after the first ("Out of the Woods")."""
    return all(
        t.text[:1].isupper() or (t.lower_ in _MINOR_WORDS and i > 0) for i, t in enumerate(lettered)
    )


def quote_token_map(doc: Doc, quotes: list[tuple[Quote, int, int]]) -> list[int]:
    """For each token, the index of the quote it is quoted in, else -1."""
    in_quote = [-1] * len(doc)
    for index, (quote, start, end) in enumerate(quotes):
        gap = quote.interruption
        for i in range(start, end):
            if gap is None or not gap[0] <= doc[i].idx < gap[1]:
                in_quote[i] = index
    return in_quote


def _quoted_share(
    content: tuple[int, int], quotes: list[Quote], starts: list[int]
) -> tuple[int, list[Quote]]:
    """Characters of ``content`` inside quotes, and those quotes."""
    total = 0
    touching = []
    i = max(0, bisect_right(starts, content[0]) - 1)
    while i < len(quotes) and quotes[i].start < content[1]:
        q = quotes[i]
        ov = min(q.end, content[1]) - max(q.start, content[0])
        if ov > 0:
            total += ov
            touching.append(q)
        i += 1
    return total, touching


def mark_direct(
    text: str, drafts: list[Draft], all_quotes: list[Quote], real: list[Quote]
) -> set[int]:
    """Turn claims whose content is (mostly) quoted into direct or mixed ones."""
    used: set[int] = set()
    all_starts = [q.start for q in all_quotes]
    real_starts = [q.start for q in real]
    real_ids = {id(q): k for k, q in enumerate(real)}
    for draft in drafts:
        if draft.kind == ClaimKind.DIRECT:
            _quoted, touching = _quoted_share(draft.content, real, real_starts)
            used.update(real_ids[id(q)] for q in touching)
            continue
        _cut_before_colon_quote(text, draft, real, real_starts)
        c_start, c_end = draft.content
        length = len(text[c_start:c_end].replace(" ", "")) or 1
        quoted, touching = _quoted_share(draft.content, real, real_starts)
        starts_quoted = bool(touching) and touching[0].open_mark <= draft.content[0] + 1
        if touching and starts_quoted and quoted >= DIRECT_SHARE * length:
            draft.content = trim(text, touching[0].start, touching[-1].end)
            draft.kind = ClaimKind.DIRECT
            used.update(real_ids[id(q)] for q in touching)
            continue
        any_quoted, touching_any = _quoted_share(draft.content, all_quotes, all_starts)
        whole = _whole_short_quote(text, draft.content, touching_any)
        if whole is not None:
            draft.content = whole
            draft.kind = ClaimKind.DIRECT
            continue
        if any_quoted:
            draft.kind = ClaimKind.MIXED
            if touching and touching[-1].end > draft.content[1]:
                # a quote opened inside the content runs to its closing mark
                draft.content = trim(text, draft.content[0], touching[-1].end)
            draft.content = _with_marks(text, draft.content, all_quotes)
            used.update(real_ids[id(q)] for q in touching)
    return used


def _whole_short_quote(
    text: str, content: tuple[int, int], touching: list[Quote]
) -> tuple[int, int] | None:
    """The words of the one closed quote a reported content is, when it is nothing else:
    '"It is over," said Ana Ruiz' gives "said" the quote as its content. A quote too short
    to be a claim alone (``MIN_QUOTE_WORDS``) is still the speaker's words, and read as a
    paraphrase it would lose its marks; None when the content holds more than the quote."""
    if len(touching) != 1 or not touching[0].closed or touching[0].interruption is not None:
        return None
    quote = touching[0]
    if text[content[0] : quote.start].strip(_MARK_GAP) or text[quote.end : content[1]].strip(
        _MARK_GAP
    ):
        return None
    inner = trim(text, quote.start, quote.end)
    if inner[0] >= inner[1] or trim(text, *content) != inner:
        return None
    return inner


def with_quote_marks(text: str, content: tuple[int, int], quotes: list[Quote]) -> tuple[int, int]:
    """A direct quote's content with the marks that open and close it, as printed (its
    last sentence's stop inside them): what is quoted reads as a quotation. A quote
    left open at its paragraph's end, or quoted only in part keeps its words alone.
    Each part of a quote its cue interrupts keeps its own marks."""
    parts = [part for quote in quotes for part in _parts(text, quote)]
    inside = [
        q for q in parts if q.start - 1 <= content[0] <= q.end or q.start <= content[1] <= q.end + 1
    ]
    if not inside:
        return content
    first, last = inside[0], inside[-1]
    if last.close_mark is None:
        return content
    if text[first.open_mark : content[0]].strip(_MARK_GAP) or text[
        content[1] : last.close_mark
    ].strip(_MARK_GAP):
        return content  # only part of the quote
    width = 2 if text.startswith("''", last.close_mark) else 1
    return first.open_mark, last.close_mark + width


def _parts(text: str, quote: Quote) -> list[Quote]:
    """A quote as printed: an interrupted one ('"A," she said, "b."') as its two parts,
    each between its own marks."""
    if quote.interruption is None:
        return [quote]
    gap_start, gap_end = quote.interruption
    close = gap_start if gap_start < len(text) and text[gap_start] in QUOTE_MARKS else None
    reopen = gap_end - (2 if text[max(0, gap_end - 2) : gap_end] == "''" else 1)
    first = Quote(quote.start, gap_start, quote.open_mark, close)
    return [first, Quote(gap_end, quote.end, reopen, quote.close_mark)]


def _with_marks(text: str, content: tuple[int, int], quotes: list[Quote]) -> tuple[int, int]:
    """A mixed content keeps the marks of a quote it starts or ends in, so that no
    quotation mark is left open and no paraphrase reads as quoted."""
    start, end = content
    for quote in quotes:
        if quote.close_mark is None:
            continue
        if quote.start <= start <= quote.end < end and quote.open_mark == start - 1:
            start = quote.open_mark
        if start < quote.start <= end <= quote.end + 1 and quote.close_mark >= end - 1:
            end = quote.close_mark + 1
    return start, end


def _cut_before_colon_quote(
    text: str, draft: Draft, real: list[Quote], real_starts: list[int]
) -> None:
    """'told X that it "must be fair": "..."': the quote after the colon is a claim of its own."""
    _quoted, touching = _quoted_share(draft.content, real, real_starts)
    for quote in touching:
        if quote.open_mark > draft.content[0] and text[
            max(0, quote.open_mark - 8) : quote.open_mark
        ].rstrip().endswith(":"):
            colon = text.rfind(":", draft.content[0], quote.open_mark)
            if colon > draft.content[0]:
                draft.content = trim(text, draft.content[0], colon)
                return


def _sentence_bounds(
    doc: Doc, sentences: Sentences, start_tok: int, end_tok: int
) -> tuple[int, int]:
    """Character bounds of the sentences that tokens ``[start_tok, end_tok)`` touch."""
    first = sentences.bounds(start_tok)[0]
    last = sentences.bounds(max(start_tok, end_tok - 1))[1]
    return doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)


def quote_drafts(
    doc: Doc,
    sentences: Sentences,
    quotes: list[tuple[Quote, int, int]],
    used: set[int],
    drafts: list[Draft],
    bare: list[Draft],
) -> list[Draft]:
    """Direct claims for quotes no reported claim covered."""
    text = doc_text(doc)
    ordered = sorted(drafts, key=lambda d: d.content[0])
    bare_sorted = sorted(bare, key=lambda d: d.cue_span[0] if d.cue_span else 0)
    bare_starts = [d.cue_span[0] if d.cue_span else 0 for d in bare_sorted]
    made: list[Draft] = []
    pointer = 0
    previous: Draft | None = None
    for index, (quote, start_tok, end_tok) in enumerate(quotes):
        while pointer < len(ordered) and ordered[pointer].content[0] < quote.start:
            candidate = ordered[pointer]
            if previous is None or (
                candidate.content[0] >= previous.content[0] and not _nested(candidate, previous)
            ):
                previous = candidate
            pointer += 1
        if index in used:
            continue
        content = trim(text, quote.start, quote.end)
        if content[1] - content[0] < 2:
            continue
        cue = _nearby_bare_cue(
            doc, text, sentences, quote, (start_tok, end_tok), bare_sorted, bare_starts
        )
        if cue is None and quote.runs_on:
            # '"A.\n\n"B," Reyes said.': the speaker named where the quote goes on
            cue = _speaker_ahead(doc, sentences, quotes[index:], drafts, (bare_sorted, bare_starts))
        if cue is None and (signed := _signed_quote(doc, text, quote)) is not None:
            draft = signed
        elif cue is not None:
            draft = Draft(
                content,
                cue.cue,
                cue.cue_span,
                cue.source_span,
                cue.source_head,
                cue.stance,
                ClaimKind.DIRECT,
            )
        elif (misread := _misread_cue(doc, text, sentences, quote, start_tok))[0]:
            if misread[1] is None:
                continue
            draft = misread[1]
        elif (
            previous is not None
            and _answers_nothing_asked(text, previous, quote)
            and (
                _continues_in_paragraph(text, previous, quote)
                or (
                    previous.stance != "belief"  # a quote goes on in a voice, not in a view held
                    and _close_enough(text, previous, quote)
                    and not _someone_elses_sentence(doc, text, previous, quote)
                )
            )
        ):
            # '"A," she said. "B."' and a quote reopened in the next paragraph: one
            # claim per part (the content stops at the cue), each with the speaker
            draft = carried_on(content, previous)
        else:
            continue
        made.append(draft)
        previous = draft
    return made


#: '"..." - Jane Doe': a quote signed by a name after a dash, alone at the end of its line.
_SIGNATURE_RE = re.compile(r"[ \t]*[-–—]+[ \t]*([^\n]{2,60}?)[ \t.]*(?=\n|$)")


def _signed_quote(doc: Doc, text: str, quote: Quote) -> Draft | None:
    """A quote signed as an epigraph ('"..." - Jane Doe'): the name is the speaker."""
    if quote.close_mark is None:
        return None
    found = _SIGNATURE_RE.match(text, quote.close_mark + 1)
    if found is None:
        return None
    name = doc.char_span(found.start(1), found.end(1), alignment_mode="contract")
    if name is None or not all(t.pos_ == "PROPN" or t.is_punct for t in name):
        return None
    if not 1 <= sum(t.pos_ == "PROPN" for t in name) <= 5:
        return None
    dash = text.index(found.group().strip()[0], found.start())
    return Draft(
        trim(text, quote.start, quote.end),
        text[dash],
        (dash, dash + 1),
        (name.start_char, name.end_char),
        (name[-1].idx, name[-1].idx + len(name[-1].text)),
        "assertion",
        ClaimKind.DIRECT,
    )


#: Parts of speech of a noun phrase that names a speaker before a misread cue word.
_NAME_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PUNCT"})


def _misread_cue(
    doc: Doc, text: str, sentences: Sentences, quote: Quote, start_tok: int
) -> tuple[bool, Draft | None]:
    """ "The ministry notes, "..."": the quote's own sentence leads into it with a cue
    word the parse did not read as a verb. The quote is then not the previous speaker's
    (first value); when the words before the cue word are a noun phrase, it is theirs
    (the draft). No speaker beats a wrong one."""
    sent_start = doc[sentences.bounds(start_tok)[0]].idx
    sent_start = max(sent_start, text.rfind("\n", 0, quote.open_mark) + 1)
    lead = doc.char_span(sent_start, quote.open_mark, alignment_mode="contract")
    if lead is None or not lead.text.rstrip().endswith((",", ":")):
        return False, None
    words = [t for t in lead if not (t.is_punct or t.is_space)]
    if len(words) < 2:
        return False, None
    cue_word = words[-1]
    entries = cue_table().get(cue_word.lemma_.lower()) or cue_table().get(
        cue_word.lower_.removesuffix("s")
    )
    if not entries:
        return False, None
    if cue_word.pos_ == "VERB":
        # "..., saying, "..."": the quote's own cue, which named no speaker the parse
        # could vouch for (its claim would have taken the quote): no one's, not the last
        return True, None
    name = [t for t in lead if t.i < cue_word.i]
    if not all(t.pos_ in _NAME_POS or t.lower_ == "of" for t in name) or not any(
        t.pos_ in {"PROPN", "NOUN"} for t in name
    ):
        return True, None
    head = max((t for t in name if t.pos_ in {"PROPN", "NOUN"}), key=lambda t: t.i)
    source = (name[0].idx, head.idx + len(head.text))
    cue_span = (cue_word.idx, cue_word.idx + len(cue_word.text))
    draft = Draft(
        trim(text, quote.start, quote.end),
        cue_word.text,
        cue_span,
        source,
        (head.idx, head.idx + len(head.text)),
        entries[0].stance,
        ClaimKind.DIRECT,
    )
    return True, draft


def _speaker_ahead(
    doc: Doc,
    sentences: Sentences,
    chain: list[tuple[Quote, int, int]],
    drafts: list[Draft],
    bare: tuple[list[Draft], list[int]],
) -> Draft | None:
    """The cue of a later part of a quote left open at its paragraph's end: the quote
    goes on in the next paragraphs, and the part that names its speaker names it for the
    parts before (item 6: a continued quote keeps its speaker, wherever it is named)."""
    text = doc_text(doc)
    for (quote, _s, _e), (following, start_tok, end_tok) in pairwise(chain):
        between = text[quote.end : following.open_mark]
        if not quote.runs_on or between.strip() or not _opens_paragraph(text, following):
            return None
        cue = _nearby_bare_cue(doc, text, sentences, following, (start_tok, end_tok), *bare)
        if cue is not None:
            return cue
        covering = next(
            (
                d
                for d in drafts
                if d.kind in {ClaimKind.DIRECT, ClaimKind.MIXED}
                and d.source_span is not None
                and d.content[0] < following.end
                and following.start < d.content[1]
            ),
            None,
        )
        if covering is not None:
            return covering
    return None


def _nested(draft: Draft, outer: Draft) -> bool:
    """Whether the draft's cue lies in the outer claim's content (a claim it will drop)."""
    return draft.cue_span is not None and outer.content[0] <= draft.cue_span[0] < outer.content[1]


def _nearby_bare_cue(
    doc: Doc,
    text: str,
    sentences: Sentences,
    quote: Quote,
    tokens: tuple[int, int],
    bare_sorted: list[Draft],
    bare_starts: list[int],
) -> Draft | None:
    """A content-less cue in the quote's sentences, or one ending in a colon just before it."""
    sent_start, sent_end = _sentence_bounds(doc, sentences, *tokens)
    lo = bisect_left(bare_starts, sent_start)
    nearby = []
    for k in range(lo, len(bare_sorted)):
        draft = bare_sorted[k]
        if draft.cue_span is None or draft.cue_span[0] >= sent_end:
            break
        if not quote.open_mark <= draft.cue_span[0] <= quote.end:
            nearby.append(draft)
    if not nearby:
        # '"Is anyone listening?" she asked.': the parser may end the sentence at the mark
        after = bisect_left(bare_starts, quote.end)
        if after < len(bare_sorted):
            candidate = bare_sorted[after]
            source_start = candidate.source_span[0] if candidate.source_span else quote.end
            gap = text[quote.end : bare_starts[after]]
            near = len(gap) <= 60 or 0 <= source_start - quote.end <= 4
            if near and "\n" not in gap:
                nearby = [bare_sorted[after]]
    if nearby:
        return min(nearby, key=lambda d: abs(d.cue_span[0] - quote.start))
    if lo > 0:
        before = bare_sorted[lo - 1]
        gap = text[before.cue_span[1] : quote.open_mark] if before.cue_span else ""
        if gap.rstrip().endswith(":") and gap.count("\n") <= 1 and len(gap) < 80:
            return before
        if _sentence_before(text, gap) and before.cue_span[0] >= _paragraph_start(text, quote):
            return before  # 'X issued a statement on Monday. "We ..."'
    return None


def _answers_nothing_asked(text: str, previous: Draft, quote: Quote) -> bool:
    """Whether a cue-less quote may go on in the previous claim's voice: after a question
    ("When a reporter asked about parking, Reed laughed. 'We counted ...'") a quote that
    asks nothing is the answer, and the asker never said it."""
    return previous.stance != "question" or "?" in text[quote.start : quote.end]


def _sentence_before(text: str, gap: str) -> bool:
    """Whether ``gap`` (from a cue to a quote) ends the cue's sentence and nothing more."""
    body = gap.rstrip()
    return (
        "\n" not in gap
        and len(gap) < MAX_LEAD_CHARS
        and body.endswith(".")
        and not any(mark in body[:-1] for mark in ".?!")
        and not any(ch in QUOTE_MARKS for ch in body)
    )


def _paragraph_start(text: str, quote: Quote) -> int:
    return text.rfind("\n", 0, quote.open_mark) + 1


def _continues_in_paragraph(text: str, previous: Draft, quote: Quote) -> bool:
    """Whether a cue-less quote is the second half of the previous direct quote."""
    if previous.kind != ClaimKind.DIRECT:
        return False
    gap = text[previous.content[1] : quote.open_mark]
    # '"A," she said. "B."': the cue's sentence ends before the second part opens
    return "\n" not in gap and len(gap) < 200 and gap.rstrip().endswith(".")


def _close_enough(text: str, previous: Draft, quote: Quote) -> bool:
    """Whether a quote without its own cue continues the previous claim's speaker.

    It must follow within one paragraph break (blank lines count as one); a
    quote left open at its paragraph's end goes on in the next paragraph that
    opens with a mark, even past one short line without quotes (a caption).
    """
    gap = text[previous.content[1] : quote.open_mark]
    breaks = len(_BREAKS_RE.findall(gap))
    if breaks <= 1 and len(gap) < 400:
        return True
    if breaks != 2 or previous.kind != ClaimKind.DIRECT or not _opens_paragraph(text, quote):
        return False
    first_break = _BREAKS_RE.search(gap)
    assert first_break is not None
    left_open = not any(ch in _CLOSING_MARKS for ch in gap[: first_break.start()])
    between = gap[first_break.end() :].strip()
    no_quote = not any(ch in _CLOSING_MARKS or ch in "“„«" for ch in between)
    return left_open and no_quote and len(between) <= MAX_CAPTION_CHARS


def _someone_elses_sentence(doc: Doc, text: str, previous: Draft, quote: Quote) -> bool:
    """Whether a quote in a later paragraph sits inside a sentence whose subject is not
    the previous speaker's word ("it is banned when voting "to fill a vacancy," per the
    bylaws"): the writer quotes there, the speaker does not go on. "Reid has called
    him a "leech"" after Reid spoke keeps Reid."""
    gap = text[previous.content[1] : quote.open_mark]
    if not _BREAKS_RE.search(gap) or not _inside_a_sentence(text, quote):
        return False
    while previous.carried_from is not None:
        previous = previous.carried_from
    span = doc.char_span(quote.open_mark, quote.open_mark + 1, alignment_mode="expand")
    if span is None or not len(span) or previous.source_head is None:
        return True
    root = span[0].sent.root
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    speaker = text[previous.source_head[0] : previous.source_head[1]]
    return not any(s.text == speaker for s in subjects)


def _inside_a_sentence(text: str, quote: Quote) -> bool:
    """Whether the quote opens inside a sentence of its paragraph ("it is banned when
    voting "to ...""), not at its start or after a sentence's end."""
    lead = text[_paragraph_start(text, quote) : quote.open_mark].rstrip()
    return bool(lead) and not lead.endswith((".", "!", "?", ":"))


def _opens_paragraph(text: str, quote: Quote) -> bool:
    line_start = text.rfind("\n", 0, quote.open_mark) + 1
    return not text[line_start : quote.open_mark].strip()


def split_at_interruptions(text: str, drafts: list[Draft], quotes: list[Quote]) -> list[Draft]:
    """'"A," she said, "b ..."': one draft per quoted part, so no content holds its cue,
    until ``joined.join_interrupted`` makes them one claim again.

    The part after the cue takes the same speaker; the part before it, too short
    to read as a quote on its own, is a fragment, kept only joined.
    """
    gaps = [q.interruption for q in quotes if q.interruption is not None]
    if not gaps:
        return drafts
    result: list[Draft] = []
    for draft in drafts:
        gap = next((g for g in gaps if draft.content[0] < g[0] and g[1] < draft.content[1]), None)
        if gap is None:
            result.append(draft)
            continue
        first = trim(text, draft.content[0], gap[0])
        second = trim(text, gap[1], draft.content[1])
        draft.content = first
        draft.fragment = len(text[first[0] : first[1]].split()) < MIN_QUOTE_WORDS
        result.append(draft)
        after = Draft(second, draft.cue, None, None, None, draft.stance, draft.kind)
        after.carried_from = draft
        result.append(after)
    return result


def carried_on(content: tuple[int, int], previous: Draft) -> Draft:
    """A quote going on in ``previous``'s voice: its speaker is the one ``previous`` has."""
    return Draft(
        content,
        previous.cue,
        None,
        None,
        None,
        previous.stance,
        ClaimKind.DIRECT,
        carried_from=previous,
    )


def short_continuations(text: str, quotes: list[Quote], drafts: list[Draft]) -> list[Draft]:
    """'"Nobody asked us," said Ana Ruiz. "Nobody ever does."': a quote too short to be a
    claim on its own, whose sentence closes its paragraph after a quoted claim in the same
    paragraph, goes on from that claim; it is a fragment, kept only where
    ``joined.join_interrupted`` makes it a part of that claim (the cue's sentence alone
    stands between them), dropped otherwise."""
    quoted = sorted(
        (d for d in drafts if d.kind in {ClaimKind.DIRECT, ClaimKind.MIXED}),
        key=lambda d: d.content[0],
    )
    starts = [d.content[0] for d in quoted]
    made: list[Draft] = []
    for quote in quotes:
        if not quote.closed or quote.double is False or quote.interruption is not None:
            continue
        words = text[quote.start : quote.end].split()
        if not words or len(words) >= MIN_QUOTE_WORDS:
            continue
        if text[quote.end : quote.end + 2].rstrip()[:1] not in {"", *_CLOSING_MARKS}:
            continue
        rest = text[(quote.close_mark or quote.end) + 1 :].split("\n", 1)[0]
        if rest.strip():
            continue  # the paragraph goes on: not a closing word of the quote before
        at = bisect_left(starts, quote.start)
        if at == 0:
            continue
        previous = quoted[at - 1]
        if previous.content[1] > quote.start or "\n" in text[previous.content[1] : quote.start]:
            continue
        if not any(c in _SENTENCE_END for c in text[quote.end - 1 : quote.end]):
            continue  # "... (a "tiny" change)": a word or two quoted inside a sentence
        draft = carried_on(trim(text, quote.start, quote.end), previous)
        draft.fragment = True
        made.append(draft)
    return made


_SENTENCE_END = frozenset(".!?")
