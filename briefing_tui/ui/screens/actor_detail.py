"""The actor detail view (d)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from briefing_tui.model import Actor, Briefing, Claim
from briefing_tui.ui.logic.relations import claims_about, claims_by, questions_involving
from briefing_tui.ui.screens.dialog import Dialog
from briefing_tui.ui.widgets.claim_list import append_claim


def actor_detail_text(briefing: Briefing, actor: Actor) -> Text:
    """Name, kind, role, aliases, mentions, claims by and about the actor, its questions."""

    def claim_line(claim: Claim) -> Text:
        return append_claim(Text("  • "), briefing, claim)

    out = Text()
    out.append(actor.name + "\n", style="bold underline")
    out.append("Kind: ", style="bold")
    out.append(f"{actor.kind}\n")
    out.append("Role: ", style="bold")
    out.append(f"{actor.role or '—'}\n")
    out.append("Aliases: ", style="bold")
    out.append(", ".join(actor.aliases) or "—")
    out.append("\n")
    out.append("Mentions: ", style="bold")
    out.append(f"{len(actor.mentions)}\n")
    sections: list[tuple[str, list[Text]]] = [
        ("Claims by", [claim_line(c) for c in claims_by(briefing, actor)]),
        ("Claims about", [claim_line(c) for c in claims_about(briefing, actor)]),
        (
            "Questions involving",
            [
                Text(f"  • [{q.kind}] ") + Text(q.question)
                for q in questions_involving(briefing, actor)
            ],
        ),
    ]
    for heading, lines in sections:
        out.append(f"\n{heading} {actor.name} ({len(lines)})\n", style="bold")
        if not lines:
            out.append("  none\n", style="dim")
        for line in lines:
            out.append_text(line)
            out.append("\n")
    return out


class ActorDetailScreen(Dialog[None]):
    """Everything the briefing knows about one actor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,d", "close", "Close", id="detail.close"),
    ]

    def __init__(self, briefing: Briefing, actor: Actor) -> None:
        super().__init__()
        self.briefing, self.actor = briefing, actor

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog detail"):
            with VerticalScroll():
                yield Static(actor_detail_text(self.briefing, self.actor), id="actor-detail")
            yield Static(Text("Esc closes"), classes="dialog-hint")
