"""Briefing (and notes) rendered as Markdown."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing_tui.model import QUESTION_KIND_INFO, Briefing, Claim

if TYPE_CHECKING:
    from briefing_tui.store.notes import Note


def _quote(text: str) -> str:
    """Text as a one-line Markdown quote fragment (line breaks folded)."""
    return " ".join(text.split())


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
        lines.append(f"- **{note.anchor_kind.capitalize()}:** “{_quote(note.anchor_text)}”")
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
    if article.source:
        lines.append(f"Source: {article.source}  ")
    if article.byline:
        lines.append(f"Byline: {article.byline}  ")
    if article.dateline:
        lines.append(f"Dateline: {article.dateline}  ")
    lines += [f"SHA-256: `{article.sha256[:16]}`", ""]
    lines += _notes_sections(note_index)

    lines += [f"## Actors ({len(briefing.actors)})", ""]
    for actor in briefing.actors:
        role = f", {actor.role}" if actor.role else ""
        count = len(actor.mentions)
        plural = "s" * (count != 1)
        lines.append(f"- **{actor.name}** ({actor.kind}{role}): {count} mention{plural}")
        lines += note_index.lines_for("actor", actor.id)
    lines.append("")

    lines += [f"## Claims ({len(briefing.claims)})", ""]
    for source_name, claims in claims_by_source(briefing):
        lines += [f"### {source_name}", ""]
        for claim in claims:
            content = _quote(text[claim.content.start : claim.content.end])
            lines.append(f"- {claim.cue}: “{content}” ({claim.kind})")
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
    return "\n".join(lines).rstrip() + "\n"
