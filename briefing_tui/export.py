"""Briefing (and notes) rendered as Markdown, and claims written and cited as a journalist would.

How a claim is written (``claim_sentence``): its source and cue, then its words
exactly as the article prints them (``claim_words``), with the article's own
quotation marks, straight or curly, and the punctuation inside them; indirect
speech has no marks because the article gives it none. The Claims pane, ``y``,
the Markdown export and the notes show this one text, so a quote pasted from
Briefing is the article's, character for character (line breaks folded):

    Jane Doe said: "We will reopen the bridge," … "in a matter of weeks."
    Jane Doe said the bridge would reopen “within weeks”.

How it is cited (``claim_citation``, what ``y`` copies; the Markdown briefing
gives the article's citation once and each claim's paragraph):

    <claim> — “<title>”, <outlet>, by <byline>, <date>, <URL>, para. <n>

with the parts that are known. A web article gives its URL; a local file never
gives its path, only its file name in place of a missing title.

Both are printed and copied to the clipboard, so neither holds a control
character: the article's text has none (the reader made them visible), and its
source, notes and anything else are passed through ``visible_controls`` last.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from briefing_tui.cue_phrase import cue_phrase
from briefing_tui.model import (
    PART_JOINER,
    QUESTION_KIND_INFO,
    Actor,
    Article,
    Briefing,
    Claim,
    ClaimKind,
    Span,
)
from briefing_tui.store.notes.format import JOINED_LABEL
from briefing_tui.terminal_text import one_line, visible_controls

if TYPE_CHECKING:
    from briefing_tui.store.notes import Note


def _quote(text: str) -> str:
    """Text as a one-line Markdown quote fragment (line breaks folded)."""
    return " ".join(text.split())


# --- quotation marks ------------------------------------------------------------------

#: The typographic (opening, closing) marks of a quotation, and of one inside it.
_DOUBLE = ("“", "”")
_SINGLE = ("‘", "’")
#: Punctuation that ties a claim into the article's sentence and is dropped when it
#: ends the claim on its own ("…at its conclusion," Trump said).
_TRAILING_TIES = ",;:–—- "
_SENTENCE_ENDS = ".?!…"
#: Marks that may open, or close, a quotation (ASCII marks do both).
_OPENING_MARKS = "“‘\"'"
_CLOSING_MARKS = "”’\"'"
#: Characters after which an ASCII quotation mark opens a quotation.
_OPENS_AFTER = " \t\n([{—–-/"


@dataclass(frozen=True, slots=True)
class _Mark:
    """A quotation mark in a text: where, which level (double or single), opening or not."""

    index: int
    double: bool
    opening: bool


def _mark_at(text: str, index: int) -> _Mark | None:
    """The quotation mark at ``text[index]``, or None (not a mark, or an apostrophe)."""
    char = text[index]
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if char in "“”":
        return _Mark(index, True, char == "“")
    if char == '"':
        return _Mark(index, True, before in _OPENS_AFTER)
    if char == "‘":
        return _Mark(index, False, True)
    if char in "’'":
        if before.isalnum() and after.isalnum():
            return None  # an apostrophe: "war’s", "don't"
        if char == "'" and before in _OPENS_AFTER:
            return _Mark(index, False, True) if after.isalnum() else None
        return _Mark(index, False, False)
    return None


def _paired_marks(text: str) -> tuple[list[tuple[_Mark, _Mark]], list[_Mark]]:
    """The quotation marks of ``text`` paired, and those left without a partner.

    A closing single mark with no opening one is taken for an apostrophe
    ("the Smiths’ house") and left out of both lists.
    """
    pairs: list[tuple[_Mark, _Mark]] = []
    unpaired: list[_Mark] = []
    open_marks: list[_Mark] = []
    for index in range(len(text)):
        mark = _mark_at(text, index)
        if mark is None:
            continue
        if mark.opening:
            open_marks.append(mark)
            continue
        partner = next((m for m in reversed(open_marks) if m.double == mark.double), None)
        if partner is None:
            if mark.double:
                unpaired.append(mark)
            continue
        del open_marks[open_marks.index(partner) :]
        pairs.append((partner, mark))
    return pairs, sorted([*unpaired, *open_marks], key=lambda m: m.index)


def _closer_for(mark: _Mark, text: str) -> str:
    """The mark that closes the quotation ``mark`` opens, in its style (typographic or ASCII)."""
    if text[mark.index] in "\"'":
        return text[mark.index]
    return _DOUBLE[1] if mark.double else _SINGLE[1]


def _opener_for(mark: _Mark, text: str) -> str:
    """The mark that opens the quotation ``mark`` closes, in its style."""
    if text[mark.index] in "\"'":
        return text[mark.index]
    return _DOUBLE[0] if mark.double else _SINGLE[0]


def balanced(text: str) -> str:
    """``text`` with every quotation it opens closed at its end, and every one it closes
    opened at its start (a claim cut out of a longer quotation)."""
    _pairs, unpaired = _paired_marks(text)
    openers = [_opener_for(m, text) for m in unpaired if not m.opening]
    closers = [_closer_for(m, text) for m in unpaired if m.opening]
    return "".join(reversed(openers)) + text + "".join(reversed(closers))


def _nested(text: str) -> str:
    """``text`` to go inside double quotation marks: its outermost quotations in single
    marks, those inside them in double ones, and so on, as quotations nest."""
    pairs, _unpaired = _paired_marks(text)
    chars = list(text)
    for opening, closing in pairs:
        depth = sum(1 for o, c in pairs if o.index < opening.index and closing.index < c.index)
        chars[opening.index], chars[closing.index] = _DOUBLE if depth % 2 else _SINGLE
    return "".join(chars)


def _capitalised(text: str) -> str:
    """``text`` with a capital first letter."""
    return text[:1].upper() + text[1:]


def _as_sentence(text: str) -> str:
    """``text`` with a capital first letter and a full stop, unless it ends a sentence or
    a quotation that ends in punctuation of its own ("…," or "…." inside the marks)."""
    last_word_end = text.rstrip("”’\"'»)")
    closes_quote = last_word_end != text.rstrip(")")
    ended = last_word_end.endswith(tuple(_SENTENCE_ENDS)) or (
        closes_quote and last_word_end.endswith(tuple(_TRAILING_TIES.strip()))
    )
    return _capitalised(text if ended else f"{text}.")


# --- claims and citations ---------------------------------------------------------------


def source_name(briefing: Briefing, claim: Claim) -> str | None:
    """Who the claim is attributed to: its actor's name, else the words naming the source."""
    actor = briefing.actor(claim.source)
    if actor is not None:
        return actor.name
    return " ".join(claim.source_text.split()) if claim.source_text else None


def _claim_words(text: str, span: Span) -> str:
    """The words of a claim, with the quotation marks right around its span: a quote's
    span may leave out its own opening or closing mark."""
    start, end = span.start, span.end
    if start > 0 and text[start - 1] in _OPENING_MARKS:
        start -= 1
    if end < len(text) and text[end] in _CLOSING_MARKS:
        end += 1
    return text[start:end]


def claim_words(text: str, claim: Claim) -> str:
    """The claim's words as the article writes them: each part with the quotation marks
    right around it, exactly as printed (straight or curly, with the comma or stop inside
    them), on one line; parts its cue interrupts joined with " … "; a quotation a part
    opens or closes outside it closed or opened in the article's style."""
    return PART_JOINER.join(
        balanced(" ".join(_claim_words(text, part).split())) for part in claim.parts
    )


#: The role of each piece of a claim's line, so the Claims pane can style it.
SOURCE, CUE, WORDS, GLUE = "source", "cue", "words", ""


#: Words that may stand between a reported sentence and its source's name (", the
#: agency said"), the name's determiner.
_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those"]
)


def _source_set_off(gap: str) -> bool:
    """Whether the text ``gap`` before a source's name ends with punctuation (but for the
    name's determiner): the source follows the claim's words as its own clause (", the
    agency said"), not inside another (", while she was…")."""
    words = gap.split()
    if words and words[-1].lower() in _DETERMINERS:
        words = words[:-1]
    return not words or not words[-1][-1].isalnum()


def _frame(text: str, claim: Claim, source: str, cue: str, said: str) -> list[tuple[str, str]]:
    """The claim's words ``said`` framed by its source and cue: "Smith said: “…”" for a
    quote, "Smith said the talks failed" for reported speech, in the article's order for
    reported speech whose cue comes first ("according to Reuters")."""
    cue_span, source_span = claim.cue_span, claim.source_span
    direct = claim.kind == ClaimKind.DIRECT
    if cue_span and source_span and cue_span.start < source_span.start:
        if source_span.end <= claim.content.start:
            # According to Reuters, the talks failed.
            return [(cue, CUE), (" ", GLUE), (source, SOURCE), (", ", GLUE), (said, WORDS)]
        if not direct:
            # The pier will close in June, according to the harbour master.
            return [(said, WORDS), (", ", GLUE), (cue, CUE), (" ", GLUE), (source, SOURCE)]
    if (
        not direct
        and cue_span
        and source_span
        and claim.content.end <= min(cue_span.start, source_span.start)
        and _source_set_off(text[claim.content.end : min(cue_span.start, source_span.start)])
    ):
        # A reported sentence its source follows straight after: in the article's order
        # ("The pier will close in June, the harbour master said"), not "… said The pier
        # will close"; never across words ("…, while she was reporting").
        return [(said, WORDS), (", ", GLUE), (source, SOURCE), (" ", GLUE), (cue, CUE)]
    if not cue:
        # Oldfeldt: “...” (the cue was "told", its hearer unknown: no cue a reader can use)
        return [(source, SOURCE), (": ", GLUE), (said, WORDS)]
    if not any(char.isalpha() for char in cue):
        # Reports: “...” (a colon, not a verb)
        return [(source, SOURCE), (cue, CUE), (" ", GLUE), (said, WORDS)]
    return [
        (source, SOURCE),
        (", " if _aside_closed(text, claim, source, cue_span) else " ", GLUE),
        (cue, CUE),
        (": " if direct else " ", GLUE),
        (said, WORDS),
    ]


def _aside_closed(text: str, claim: Claim, source: str, cue_span: Span | None) -> bool:
    """Whether the source as written opens an aside that the article closes with a comma
    before the cue ("Two officials, who asked not to be named, said …"): the line keeps
    that comma, or it reads as one run-on phrase."""
    source_span = claim.source_span
    if cue_span is None or source_span is None or source_span.end > cue_span.start:
        return False
    written = " ".join((claim.source_text or "").split())
    return (
        "," in source
        and source == written
        and text[source_span.end : cue_span.start].strip() == ","
    )


def claim_pieces(article: Article, briefing: Briefing, claim: Claim) -> list[tuple[str, str]]:
    """``claim_sentence`` in pieces, each with its role (``SOURCE``, ``CUE``, ``WORDS`` or
    ``GLUE``), for the Claims pane to style; joined, they are the sentence."""
    said = claim_words(article.text, claim)
    cue = cue_phrase(article.text, claim)
    source = source_name(briefing, claim)
    if source is None:
        cued = [("Unattributed (", GLUE), (cue, CUE), ("): ", GLUE)] if cue else []
        pieces = [*(cued or [("Unattributed: ", GLUE)]), (said, WORDS)]
    else:
        pieces = _frame(article.text, claim, source, cue, said)
    line = "".join(text for text, _role in pieces)
    pieces[0] = (_capitalised(pieces[0][0]), pieces[0][1])
    if _as_sentence(line) != _capitalised(line):
        pieces.append((".", GLUE))
    return pieces


def claim_sentence(article: Article, briefing: Briefing, claim: Claim) -> str:
    """The claim as one sentence, its words exactly as the article writes them.

    ``Trump said: "We will see," …``; ``Trump said he is speaking with Putin.``;
    ``According to Reuters, the talks failed.``; ``Unattributed (expected): ...``.
    The claim's words are ``claim_words``: the article's own quotation marks and
    punctuation, nothing added inside them and nothing taken away, so what is
    copied, exported and shown in the Claims pane is one text, and a quote
    pasted from it is the article's. A content its cue interrupts is written as its
    parts joined with " … ": ``Lee said: "We will win," … "and we will win big."``.
    """
    return "".join(text for text, _role in claim_pieces(article, briefing, claim))


def paragraph_number(article: Article, offset: int) -> int | None:
    """The 1-based number of the paragraph holding ``offset``, None without paragraphs."""
    starts = [paragraph.start for paragraph in article.paragraphs]
    index = bisect_right(starts, offset) - 1
    return index + 1 if index >= 0 else None


def is_web_article(article: Article) -> bool:
    """Whether the article was fetched from the web (its source is a URL)."""
    return article.source.startswith(("http://", "https://"))


def article_citation(article: Article) -> str:
    """The article cited: “title”, outlet, by byline, date, URL, with the parts known.

    Without a title, a local file is named by its file name (never its path).
    """
    title = f"{_DOUBLE[0]}{_nested(article.title)}{_DOUBLE[1]}" if article.title else ""
    if not title and article.source and not is_web_article(article):
        title = PurePath(article.source).name
    parts = [
        title,
        article.outlet or "",
        f"by {article.byline}" if article.byline else "",
        article.date or "",
        article.source if is_web_article(article) else "",
    ]
    return ", ".join(part for part in parts if part) or "untitled article"


def claim_citation(article: Article, briefing: Briefing, claim: Claim) -> str:
    """The claim of ``briefing`` (an analysis of ``article``) as a journalist would cite it:
    the sentence, then where it was read, down to the paragraph."""
    number = paragraph_number(article, claim.content.start)
    paragraph = f", para. {number}" if number is not None else ""
    return one_line(
        f"{claim_sentence(article, briefing, claim)} — {article_citation(article)}{paragraph}"
    )


def claims_by_source(briefing: Briefing) -> list[tuple[str, list[Claim]]]:
    """Claims grouped by the name of their source, in order of first appearance."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in briefing.claims:
        actor = briefing.actor(claim.source)
        name = actor.name if actor else (claim.source_text or "Unattributed")
        groups[name].append(claim)
    return list(groups.items())


def _note_item(note: Note, indent: str = "  ") -> list[str]:
    """A note as a (nested) list item; its body keeps its own Markdown."""
    label = "Note (conflict copy)" if note.conflict else "Note"
    if note.joined:
        label = f"Note ({JOINED_LABEL})"
    first, *rest = note.body.split("\n")
    continued = [f"{indent}  {line}" if line else "" for line in rest]
    return [f"{indent}- *{label}:* {first}", *continued]


class _NotesIndex:
    """The notes by what they are attached to, remembering which were placed."""

    def __init__(self, notes: Sequence[Note]) -> None:
        self.notes = list(notes)
        self.placed: set[int] = set()

    def lines_for(self, kind: str, anchor_id: str | None, indent: str = "  ") -> list[str]:
        """The note items attached to this anchor (main note first, then conflict copies)."""
        lines: list[str] = []
        for index, note in enumerate(self.notes):
            if note.detached or note.anchor_kind != kind or index in self.placed:
                continue
            if kind == "article" or note.anchor_id == anchor_id:
                self.placed.add(index)
                lines += _note_item(note, indent)
        return lines

    def unplaced(self) -> list[Note]:
        """Detached notes, and notes whose anchor is not in this briefing."""
        return [n for i, n in enumerate(self.notes) if i not in self.placed]


def _notes_sections(index: _NotesIndex) -> list[str]:
    lines: list[str] = []
    article_notes = index.lines_for("article", None, indent="")
    if article_notes:
        lines += ["## Article notes", "", *article_notes, ""]
    return lines


def _detached_section(index: _NotesIndex) -> list[str]:
    detached = index.unplaced()
    if not detached:
        return []
    lines = [f"## Detached notes ({len(detached)})", ""]
    for note in detached:
        # No quotation marks: a claim's anchor is its content, which may be paraphrase.
        lines.append(f"- **{note.anchor_kind.capitalize()}:** {_quote(note.anchor_text)}")
        lines += _note_item(note)
    return [*lines, ""]


def briefing_to_markdown(briefing: Briefing, notes: Sequence[Note] | None = None) -> str:
    """A readable Markdown briefing: title, source, actors, claims by source, questions by kind.

    With ``notes``, each actor, claim and question is followed by its note, the
    article's notes get an "Article notes" section and notes whose anchor is
    gone (or not in this briefing) a "Detached notes" section at the end.
    """
    note_index = _NotesIndex(notes or [])
    article = briefing.article
    text = article.text
    lines: list[str] = [f"# {article.title or 'Untitled article'}", ""]
    lines.append(f"Cite as: {article_citation(article)}  ")
    if article.byline:
        lines.append(f"Byline: {article.byline}  ")
    if article.dateline:
        lines.append(f"Dateline: {article.dateline}  ")
    lines += [f"SHA-256: `{article.sha256[:16]}`", ""]
    lines += _notes_sections(note_index)

    acting = [actor for actor in briefing.actors if not actor.located_only]
    places = [actor for actor in briefing.actors if actor.located_only]
    lines += [f"## Actors ({len(acting)})", ""]
    for actor in acting:
        lines += _actor_lines(actor, note_index)
    if places:
        # places that only say where things happen: a group of their own, after the actors
        lines += ["", f"### Places ({len(places)})", ""]
        for actor in places:
            lines += _actor_lines(actor, note_index)
    lines.append("")

    lines += [f"## Claims ({len(briefing.claims)})", ""]
    for source_name, claims in claims_by_source(briefing):
        lines += [f"### {source_name}", ""]
        for claim in claims:
            number = paragraph_number(article, claim.content.start)
            where = f", para. {number}" if number is not None else ""
            lines.append(f"- {claim_sentence(article, briefing, claim)} ({claim.kind}{where})")
            lines += note_index.lines_for("claim", claim.id)
        lines.append("")

    lines += [f"## Open questions ({len(briefing.questions)})", ""]
    for kind, info in QUESTION_KIND_INFO.items():
        questions = [q for q in briefing.questions if q.kind == kind]
        if not questions:
            continue
        lines += [f"### {info.heading}", ""]
        for question in questions:
            lines.append(f"- {question.question}")
            for span in question.evidence:
                lines.append(f"  > {_quote(text[span.start : span.end])}")
            lines += note_index.lines_for("question", question.id)
        lines.append("")
    lines += _detached_section(note_index)
    return visible_controls("\n".join(lines).rstrip() + "\n")


def _actor_lines(actor: Actor, note_index: _NotesIndex) -> list[str]:
    """An actor's line in the export, with the notes on it."""
    role = f", {actor.role}" if actor.role else ""
    count = len(actor.mentions)
    plural = "s" * (count != 1)
    return [
        f"- **{actor.name}** ({actor.kind}{role}): {count} mention{plural}",
        *note_index.lines_for("actor", actor.id),
    ]
