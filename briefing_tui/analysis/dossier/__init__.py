"""Dossiers: one story across several articles, from the Briefings of each.

Pure functions over several ``Briefing`` objects: actors merged across articles,
claims aligned, questions merged, a timeline. Nothing here parses text again.
"""
