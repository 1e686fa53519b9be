"""A place that is a claim's source acts; a place that acts in any chunk acts in the article."""

from __future__ import annotations

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.engine.merge import BriefingMerger
from briefing_tui.model import Actor, ActorKind, Article, Briefing, Mention


def test_a_place_named_as_a_claims_source_is_not_located_only(nlp) -> None:
    text = "The new rules would cost millions, according to Ohio."
    briefing = analyze_doc(nlp(text), Article(text=text))
    ohio = next(a for a in briefing.actors if a.name == "Ohio")
    assert ohio.kind == ActorKind.PLACE
    assert any(c.source == ohio.id for c in briefing.claims)
    assert not ohio.located_only


def test_a_place_located_only_in_one_chunk_and_acting_in_another_acts() -> None:
    def part(located: bool) -> Briefing:
        place = Actor("a1", "Eastvale", ActorKind.PLACE, [Mention(0, 8, "Eastvale")])
        place.located_only = located
        return Briefing(Article(text="x" * 20), [place])

    merger = BriefingMerger()
    merger.add(part(True), 0)
    assert merger.actors[0].located_only
    merger.add(part(False), 100)
    assert not merger.actors[0].located_only
    merger.add(part(True), 200)
    assert not merger.actors[0].located_only
