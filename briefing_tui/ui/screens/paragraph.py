"""The actors and claims of the paragraph in view (p)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing_tui.model import Briefing, Span
from briefing_tui.ui.logic.relations import one_line, paragraph_actors, paragraph_claims
from briefing_tui.ui.screens.dialog import Chooser
from briefing_tui.ui.widgets.claim_list import append_claim


class ParagraphScreen(Chooser[tuple[str, str]]):
    """Lists the paragraph's claims and actors; Enter goes to the chosen one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,p", "close", "Close", id="paragraph.close"),
    ]

    def __init__(self, briefing: Briefing, span: Span) -> None:
        super().__init__()
        self.briefing, self.span = briefing, span

    def compose(self) -> ComposeResult:
        options: list[Option] = []
        claims = paragraph_claims(self.briefing, self.span)
        actors = paragraph_actors(self.briefing, self.span)
        for claim in claims:
            prompt = append_claim(Text("claim  ", style="dim"), self.briefing, claim, cue_style="")
            options.append(Option(prompt, id=f"claim:{claim.id}"))
        for actor in actors:
            prompt = Text("actor  ", style="dim")
            prompt.append(actor.name, style="bold")
            prompt.append(f"  {actor.kind}", style="dim")
            options.append(Option(prompt, id=f"actor:{actor.id}"))
        if not options:
            options.append(Option(Text("no claims or actors in this paragraph"), disabled=True))
        preview = one_line(self.briefing.article.text, self.span)
        with Vertical(classes="dialog"):
            title = f"In this paragraph: {len(claims)} claims, {len(actors)} actors"
            yield Static(Text(title, style="bold"), classes="dialog-title")
            yield Static(Text(preview[:200], style="italic"), classes="dialog-hint")
            yield OptionList(*options, id="paragraph-items")

    def chosen(self, option: Option) -> tuple[str, str] | None:
        kind, _, item_id = (option.id or "").partition(":")
        return (kind, item_id) if item_id else None
