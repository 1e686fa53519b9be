"""An actor the article knows only by descriptions joins no other article's (issue 16,
actors): two articles' "two people familiar with the matter" are different people
(invented articles, Briefings built by hand)."""

from __future__ import annotations

from briefing_tui.analysis.dossier.actors import merge_actors
from briefing_tui.model import Actor, ActorKind, Mention
from tests.analysis.dossier.helpers import actor, briefing

SOURCE = "two people familiar with the matter"


def described(text: str, aid: str, written: str) -> Actor:
    """An actor whose one mention is a description."""
    start = text.index(written)
    mention = Mention(start, start + len(written), written, "description")
    return Actor(aid, SOURCE, ActorKind.GROUP, [mention])


def test_unnamed_sources_of_two_articles_stay_apart() -> None:
    a = "Ostley Capital made an offer. Two people familiar with the matter said it was funded."
    b = "Harlow Energy will sell a unit. Two people familiar with the matter said it could close."
    found = merge_actors(
        [
            briefing(a, [described(a, "a1", "Two people familiar with the matter")]),
            briefing(b, [described(b, "a1", "Two people familiar with the matter")]),
        ]
    )
    assert len([d for d in found if d.name == SOURCE]) == 2


def test_a_named_actor_still_joins_across_articles() -> None:
    a = "Ostley Capital made an offer on Monday."
    b = "Ostley Capital raised its offer on Friday."
    found = merge_actors(
        [
            briefing(a, [actor(a, "a1", "Ostley Capital", "organisation")]),
            briefing(b, [actor(b, "a1", "Ostley Capital", "organisation")]),
        ]
    )
    assert len(found) == 1
