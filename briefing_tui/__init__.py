"""Briefing: a terminal briefing reader for news articles."""

__version__ = "0.1.0"
