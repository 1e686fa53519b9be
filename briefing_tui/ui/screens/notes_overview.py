"""Every note of the article, Detached ones too (A); Enter goes to what a note is on."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing_tui.store.notes import Note, said_by
from briefing_tui.terminal_text import one_line
from briefing_tui.ui.screens.dialog import Chooser

#: Characters of a note's anchor and first line shown in the list.
PREVIEW_CHARS = 70


def _clip(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= PREVIEW_CHARS else line[: PREVIEW_CHARS - 1] + "…"


def note_prompt(note: Note) -> Text:
    """What the note is on (kind, a claim's speaker, text), then the start of its body."""
    prompt = Text()
    if note.detached:
        prompt.append("Detached ", style="bold reverse")
        prompt.append(" ")
    if note.joined:
        prompt.append("Second note on this quote ", style="bold")
    elif note.conflict:
        prompt.append("Conflict copy ", style="bold")
    if note.anchor_kind == "article":
        prompt.append("the article", style="bold")
    else:
        prompt.append(f"{note.anchor_kind} ", style="dim")
        if note.speaker:
            # Whose words a claim's note is on, as the notes file's heading says it.
            prompt.append(f"{said_by(one_line(_clip(note.speaker)))}: ", style="dim")
        prompt.append(one_line(_clip(note.anchor_text)), style="bold")
    first_line = next((line for line in note.body.splitlines() if line.strip()), "")
    prompt.append("\n  " + one_line(_clip(first_line)), style="italic")
    return prompt


class NotesOverviewScreen(Chooser[str]):
    """Lists the notes (attached first, then Detached); Enter returns the chosen note's uid."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,A", "close", "Close", id="notes-overview.close"),
    ]

    def __init__(self, notes: list[Note]) -> None:
        super().__init__()
        self.notes = notes

    def compose(self) -> ComposeResult:
        options = [Option(note_prompt(note), id=note.uid) for note in self.notes]
        if not options:
            options.append(Option(Text("no notes yet: a writes one"), disabled=True))
        detached = sum(note.detached for note in self.notes)
        title = f"Notes on this article: {len(self.notes)}"
        if detached:
            title += f", {detached} detached (what they were on is gone from the article)"
        with Vertical(classes="dialog"):
            yield Static(Text(title, style="bold"), classes="dialog-title")
            yield OptionList(*options, id="notes-overview")
            yield Static(
                Text("Enter goes to what the note is on · Esc closes"), classes="dialog-hint"
            )

    def chosen(self, option: Option) -> str | None:
        return option.id
