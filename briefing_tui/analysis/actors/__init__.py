"""Actors: people, organisations and countries that act in the article."""

from briefing_tui.analysis.actors.find import actor_at, find_actors

__all__ = ["actor_at", "find_actors"]
