"""Places that only locate events are listed last in the Actors pane, after a rule."""

from __future__ import annotations

from dataclasses import replace

from ..support import wait_analysed


async def test_located_only_places_come_last_after_a_rule(make_app, sample_briefing):
    # flag the most salient actor alone, so that the test does not hang on the sample's places
    first, *others = sample_briefing.actors
    flagged = replace(first, located_only=True)
    others = [replace(actor, located_only=False) for actor in others]
    briefing = replace(sample_briefing, actors=[flagged, *others])
    app = make_app(sample_briefing.article, briefing)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_analysed(pilot)
        actor_list = app.main.actor_list
        shown = actor_list.visible_items
        assert shown[-1].id == flagged.id
        assert all(not a.located_only for a in shown[:-1])
        options = actor_list.options
        assert [o.id for o in options if o._divider] == [shown[-2].id]  # the rule before it
        assert "bold" not in str(options[-1].prompt.spans)  # its name is not in bold
        assert actor_list.border_title == f"Actors ({len(briefing.actors)})"


def test_the_actor_detail_says_a_place_only_locates_events():
    from briefing_tui.model import Actor, ActorKind
    from briefing_tui.ui.screens.actor_detail import actor_summary_text

    place = Actor("a1", "Eastvale", ActorKind.PLACE, located_only=True)
    assert "Kind: place (only says where things happen)" in actor_summary_text(place).plain
    acting = Actor("a2", "Westvale", ActorKind.PLACE)
    assert "Kind: place\n" in actor_summary_text(acting).plain
