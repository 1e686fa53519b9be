"""Named mentions of actors: which entities are actors, of what kind, and which are one.

The small English model mislabels often (a surname as an organisation, a
weapon as a person, a capital as an organisation), so the model's label is
only a first guess. It is corrected with evidence from the article itself:
titles and honorifics before a name, full names seen elsewhere, the country
gazetteer, and the words around the entity.

The work runs in stages over plain values: the article's facts are read once
(``facts``), the spans that may name actors are collected (``collect``), each is
classified and recorded on a draft (``classify``), drafts that name one actor
are merged (``merge``), and the names inside longer names are added last
(``nested``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.camps import add_camps
from briefing_tui.analysis.actors.classify import classify_candidates
from briefing_tui.analysis.actors.collect import collect_candidates
from briefing_tui.analysis.actors.drafts import Draft, Names
from briefing_tui.analysis.actors.facts import article_facts
from briefing_tui.analysis.actors.merge import merge_names
from briefing_tui.analysis.actors.nested import add_nested_names
from briefing_tui.analysis.actors.spans import qualifier
from briefing_tui.analysis.actors.stances import add_stance_groups
from briefing_tui.analysis.actors.titles import describe_title

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Draft", "Names", "collect_names", "describe_title", "qualifier"]


def collect_names(doc: Doc) -> Names:
    """The document's named actors: corrected kinds, merged names, titles and roles."""
    facts = article_facts(doc)
    candidates = collect_candidates(facts)
    classified = classify_candidates(facts, candidates)
    merge_names(facts, classified, candidates.acronyms)
    add_nested_names(facts, classified)
    add_stance_groups(doc, classified.names)
    add_camps(doc, classified.names)
    return classified.names
