"""Actors: people, organisations and countries that act in the article."""

from briefing_tui.analysis.actors.find import find_actors

__all__ = ["find_actors"]
