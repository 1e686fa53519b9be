"""Names inside other names across chunks: under the listed actor's id when a chunk lists
that actor, dropped when none does."""

from __future__ import annotations

from briefing_tui.engine.merge import BriefingMerger
from briefing_tui.model import Actor, ActorKind, Article, Briefing, Mention


def test_inside_names_of_chunks_join_their_listed_actor_or_are_dropped() -> None:
    board = Actor("a1", "Chile Tourism Board", ActorKind.ORGANISATION, [Mention(0, 19, "x")])
    first = Briefing(
        Article(text="x" * 40),
        [board],
        inside_names=[
            Actor("a2", "Chile", ActorKind.COUNTRY, [Mention(0, 5, "Chile", "inside")]),
            Actor("a3", "Ohio", ActorKind.PLACE, [Mention(20, 24, "Ohio", "inside")]),
        ],
    )
    chile = Actor("a1", "Chile", ActorKind.COUNTRY, [Mention(0, 5, "Chile")])
    second = Briefing(Article(text="x" * 40), [chile])
    merger = BriefingMerger()
    merger.add(first, 0)
    merger.add(second, 100)
    merged = merger.briefing(Article(text="x" * 140), None)
    ids = {a.name: a.id for a in merged.actors}
    inside = {a.name: (a.id, [(m.start, m.kind) for m in a.mentions]) for a in merged.inside_names}
    assert inside["Chile"] == (ids["Chile"], [(0, "inside")])
    assert "Ohio" not in inside
    actors = {a["name"]: a for a in merged.to_json()["actors"]}
    assert [m["kind"] for m in actors["Chile"]["mentions"]] == ["inside", "name"]
