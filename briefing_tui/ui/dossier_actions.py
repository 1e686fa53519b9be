"""Showing the dossier screen, and opening one of its articles at a place (Enter)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.dossier.model import Dossier
from briefing_tui.ui.logic.dossier_rows import DossierPlace
from briefing_tui.ui.screens.dossier import DossierScreen

if TYPE_CHECKING:
    from briefing_tui.ui.app import BriefingApp


def show_dossier(app: BriefingApp, dossier: Dossier) -> None:
    """Push the dossier screen (once: D on it again does nothing)."""
    if isinstance(app.screen, DossierScreen):
        return

    def opener(place: DossierPlace) -> None:
        app.run_worker(open_place(app, dossier, place), group="dossier", exclusive=True)

    app.push_screen(DossierScreen(dossier, opener))


async def open_place(app: BriefingApp, dossier: Dossier, place: DossierPlace) -> None:
    """Close the dossier screen, show the place's article and go to the place in it."""
    if isinstance(app.screen, DossierScreen):
        app.pop_screen()
    briefing = dossier.briefings[place.article]
    await app.show_analysed(briefing, lambda: go_to_place(app, place))


def go_to_place(app: BriefingApp, place: DossierPlace) -> None:
    """Select what the place names in the main screen (a claim, a question, an actor's
    mention) or bring its offset into view."""
    main = app.main
    briefing = app.briefing
    if briefing is None:
        return
    main.record_jump()
    claim = next((c for c in briefing.claims if c.id == place.claim_id), None)
    question = next((q for q in briefing.questions if q.id == place.question_id), None)
    actor = briefing.actor(place.actor_id)
    if claim is not None:
        main.go_to_claim(claim)
    elif question is not None:
        main.go_to_question(question)
    else:
        if actor is not None:
            main.select_actor(actor)
        main.show_pane("article")
        main.article_view.focus()
        app.call_after_refresh(main.article_view.scroll_to_offset, place.offset, True)
