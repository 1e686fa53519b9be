"""The Claims pane, and how a claim reads on one line wherever it is listed."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message

from briefing_tui.export import CUE, SOURCE, claim_pieces
from briefing_tui.model import Briefing, Claim
from briefing_tui.ui.logic.relations import claim_source_name
from briefing_tui.ui.messages import ClaimSelected
from briefing_tui.ui.widgets.item_list import ItemList


def append_claim(
    line: Text,
    briefing: Briefing,
    claim: Claim,
    *,
    source_style: str = "bold",
    cue_style: str = "italic",
) -> Text:
    """Append the claim as ``y`` copies and the export writes it (``claim_sentence``) to
    ``line``, its source and cue styled (the Claims pane, actor detail, paragraph view)."""
    styles = {SOURCE: source_style, CUE: cue_style}
    for text, role in claim_pieces(briefing.article, briefing, claim):
        line.append(text, style=styles.get(role, ""))
    return line


class ClaimList(ItemList[Claim]):
    """Claims as sentences ("Source said: …"); moving onto one selects it."""

    label = "Claims"
    separated = True  # claims wrap over several lines: a rule shows where each ends

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.briefing: Briefing | None = None
        self._source_names: dict[str, str] = {}  # as last shown, by claim id
        self._names_of: list | None = None
        self._names: dict[str, str] = {}

    def render_item(self, item: Claim) -> Text:
        if self.briefing is None:
            self._source_names.pop(item.id, None)
            return Text(item.id)
        self._source_names[item.id] = self._source_name(item)
        # The whole line is bold (the base style), the cue italic on top.
        return append_claim(Text(style="bold"), self.briefing, item, source_style="")

    def same_item(self, old: Claim, new: Claim) -> bool:
        # The source's name comes from the actors, which change as the analysis goes on.
        if not super().same_item(old, new) or self.briefing is None:
            return False
        return self._source_names.get(new.id) == self._source_name(new)

    def _source_name(self, claim: Claim) -> str:
        """``claim_source_name`` with the actors looked up by id once per briefing."""
        briefing = self.briefing
        assert briefing is not None
        if self._names_of is not briefing.actors:
            self._names_of = briefing.actors
            self._names = {actor.id: actor.name for actor in briefing.actors}
        name = self._names.get(claim.source) if claim.source is not None else None
        return name if name is not None else claim_source_name(briefing, claim)

    def make_message(self, item: Claim) -> Message:
        return ClaimSelected(item)
