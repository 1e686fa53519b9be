"""The actor detail view (d): who the actor is, and the claims and questions involving it."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing_tui.model import Actor, Briefing, Claim
from briefing_tui.ui.logic.relations import claims_about, claims_by, questions_involving
from briefing_tui.ui.screens.dialog import Chooser
from briefing_tui.ui.widgets.claim_list import append_claim


def actor_summary_text(actor: Actor) -> Text:
    """Name, kind, role, aliases and number of mentions."""
    out = Text()
    out.append(actor.name + "\n", style="bold underline")
    out.append("Kind: ", style="bold")
    located = " (only says where things happen)" if actor.located_only else ""
    out.append(f"{actor.kind}{located}\n")
    out.append("Role: ", style="bold")
    out.append(f"{actor.role or '—'}\n")
    out.append("Aliases: ", style="bold")
    out.append(", ".join(actor.aliases) or "—")
    out.append("\n")
    out.append("Mentions: ", style="bold")
    out.append(f"{len(actor.mentions)}")
    return out


def actor_item_options(briefing: Briefing, actor: Actor) -> list[Option]:
    """Claims by and about the actor and its questions, each under a heading; an item's
    option id is ``claim:<id>`` or ``question:<id>``."""

    def claim_option(claim: Claim) -> Option:
        return Option(append_claim(Text("  • "), briefing, claim), id=f"claim:{claim.id}")

    sections: list[tuple[str, list[Option]]] = [
        ("Claims by", [claim_option(c) for c in claims_by(briefing, actor)]),
        ("Claims about", [claim_option(c) for c in claims_about(briefing, actor)]),
        (
            "Questions involving",
            [
                Option(Text(f"  • [{q.kind}] ") + Text(q.question), id=f"question:{q.id}")
                for q in questions_involving(briefing, actor)
            ],
        ),
    ]
    options: list[Option] = []
    for heading, items in sections:
        title = Text(f"{heading} {actor.name} ({len(items)})", style="bold")
        options.append(Option(title, disabled=True))
        options.extend(items or [Option(Text("  none", style="dim"), disabled=True)])
    return options


class ActorDetailScreen(Chooser[tuple[str, str]]):
    """Everything the briefing knows about one actor; Enter on a claim or question shows
    it in the article."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,d", "close", "Close", id="detail.close"),
    ]

    def __init__(self, briefing: Briefing, actor: Actor) -> None:
        super().__init__()
        self.briefing, self.actor = briefing, actor

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog detail"):
            yield Static(actor_summary_text(self.actor), id="actor-detail")
            yield OptionList(*actor_item_options(self.briefing, self.actor), id="actor-items")
            hint = "Enter shows the claim or question in the article · Esc closes"
            yield Static(Text(hint), classes="dialog-hint")

    def on_mount(self) -> None:
        items = self.query_one(OptionList)
        # The list takes the dialog's height (the app's dialog lists are short pickers).
        items.styles.height = "1fr"
        items.styles.max_height = None
        super().on_mount()

    def chosen(self, option: Option) -> tuple[str, str] | None:
        kind, _, item_id = (option.id or "").partition(":")
        return (kind, item_id) if item_id else None
