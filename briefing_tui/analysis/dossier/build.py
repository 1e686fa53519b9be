"""A dossier built from several articles' Briefings: actors, claims, questions, timeline."""

from __future__ import annotations

from briefing_tui.analysis.dossier.actors import merge_actors
from briefing_tui.analysis.dossier.claims import align_claims
from briefing_tui.analysis.dossier.model import Dossier
from briefing_tui.analysis.dossier.questions import merge_questions
from briefing_tui.analysis.dossier.timeline import build_timeline
from briefing_tui.model import Briefing


def build_dossier(briefings: list[Briefing]) -> Dossier:
    """The dossier of these Briefings, in the order given."""
    dossier = Dossier(list(briefings))
    dossier.actors = merge_actors(dossier.briefings)
    dossier.claims, dossier.divergences = align_claims(dossier.briefings, dossier.actors)
    dossier.questions = merge_questions(dossier.briefings, dossier.actors)
    dossier.timeline = build_timeline(dossier.briefings)
    return dossier
