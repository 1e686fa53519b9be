"""The actors and claims of the paragraph in view (p)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing_tui.model import Actor, Briefing, Claim, Span
from briefing_tui.widgets.relations import claim_source_name


def _overlaps(start: int, end: int, span: Span) -> bool:
    return start < span.end and span.start < end


def paragraph_actors(briefing: Briefing, span: Span) -> list[Actor]:
    """Actors mentioned in the paragraph."""
    return [a for a in briefing.actors if any(_overlaps(m.start, m.end, span) for m in a.mentions)]


def paragraph_claims(briefing: Briefing, span: Span) -> list[Claim]:
    """Claims whose content or source lies (partly) in the paragraph."""
    found = []
    for claim in briefing.claims:
        spans = [claim.content, *([claim.source_span] if claim.source_span else [])]
        if any(_overlaps(s.start, s.end, span) for s in spans):
            found.append(claim)
    return found


class ParagraphScreen(ModalScreen[tuple[str, str] | None]):
    """Lists the paragraph's claims and actors; Enter goes to the chosen one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,p", "close", "Close", id="paragraph.close"),
    ]

    def __init__(self, briefing: Briefing, span: Span) -> None:
        super().__init__()
        self.briefing, self.span = briefing, span

    def compose(self) -> ComposeResult:
        text = self.briefing.article.text
        options: list[Option] = []
        claims = paragraph_claims(self.briefing, self.span)
        actors = paragraph_actors(self.briefing, self.span)
        for claim in claims:
            content = " ".join(text[claim.content.start : claim.content.end].split())
            prompt = Text("claim  ", style="dim")
            prompt.append(claim_source_name(self.briefing, claim), style="bold")
            prompt.append(f" {claim.cue}: ")
            prompt.append(content)
            options.append(Option(prompt, id=f"claim:{claim.id}"))
        for actor in actors:
            prompt = Text("actor  ", style="dim")
            prompt.append(actor.name, style="bold")
            prompt.append(f"  {actor.kind}", style="dim")
            options.append(Option(prompt, id=f"actor:{actor.id}"))
        if not options:
            options.append(Option(Text("no claims or actors in this paragraph"), disabled=True))
        preview = " ".join(text[self.span.start : self.span.end].split())
        with Vertical(classes="dialog"):
            title = f"In this paragraph: {len(claims)} claims, {len(actors)} actors"
            yield Static(Text(title, style="bold"), classes="dialog-title")
            yield Static(Text(preview[:200], style="italic"), classes="dialog-hint")
            yield OptionList(*options, id="paragraph-items")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        kind, _, item_id = (event.option.id or "").partition(":")
        self.dismiss((kind, item_id) if item_id else None)

    def action_close(self) -> None:
        self.dismiss(None)
