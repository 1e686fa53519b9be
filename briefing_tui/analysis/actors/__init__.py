"""Actors: people, organisations and countries that act in the article."""

from briefing_tui.analysis.actors.find import find_actors
from briefing_tui.analysis.actors.inside import inside_names

__all__ = ["find_actors", "inside_names"]
