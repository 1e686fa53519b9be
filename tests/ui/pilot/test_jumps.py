"""Ctrl+O goes back through selections and jumps, Ctrl+N (or Ctrl+I) forward, as in vim."""

from __future__ import annotations

from tests.ui.support import NARROW, wait_analysed, wait_for


async def _settle(pilot, main, place) -> None:
    await wait_for(pilot, lambda: main.current_place() == place, rounds=200)


async def _walk_a_selection_and_jumps(pilot, main) -> list:
    """Select an actor, jump to its next mention twice, select a claim: the five places."""
    places = [main.current_place()]
    await pilot.press("2", "j", "enter")
    await pilot.pause()
    await pilot.pause()
    places.append(main.current_place())
    for _ in range(2):
        await pilot.press("n")
        await pilot.pause()
        await pilot.pause()
        places.append(main.current_place())
    await pilot.press("3", "j", "enter")
    for _ in range(4):
        await pilot.pause()
    places.append(main.current_place())
    return places


async def test_ctrl_o_steps_back_through_exactly_the_places_left_and_ctrl_n_forward(
    make_app, sample_briefing
):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await wait_analysed(pilot)
        main = app.main
        places = await _walk_a_selection_and_jumps(pilot, main)
        actor = sample_briefing.actors[1]
        assert places[1].actor_id == actor.id and places[4].claim_id is not None
        assert len(set(places)) == 5  # each a different place (position or selection)
        assert len({place.offset for place in places}) > 1  # the article did move
        for expected in reversed(places[:-1]):
            await pilot.press("ctrl+o")
            await _settle(pilot, main, expected)
        assert main.selected_actor is None and main.selected_claim is None
        assert "Actors (" in str(main.actor_list.border_title)
        assert not main.actor_list.border_subtitle  # no selection named in the border
        await pilot.press("ctrl+o")  # nothing older: it stays
        await pilot.pause()
        assert main.current_place() == places[0]
        for expected in places[1:]:
            await pilot.press("ctrl+n")
            await _settle(pilot, main, expected)
        assert main.selected_actor is actor
        assert main.actor_list.border_subtitle == f"selected: {actor.name}"


async def test_a_new_jump_after_going_back_drops_the_places_ahead(make_app):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await wait_analysed(pilot)
        main = app.main
        places = await _walk_a_selection_and_jumps(pilot, main)
        await pilot.press("ctrl+o", "ctrl+o")
        await _settle(pilot, main, places[2])
        await pilot.press("N")  # a new jump: back to the first mention
        await pilot.pause()
        await pilot.pause()
        here = main.current_place()
        await pilot.press("ctrl+n")  # nothing ahead any more
        await pilot.pause()
        assert main.current_place() == here
        await pilot.press("ctrl+o")
        await _settle(pilot, main, places[2])
        await pilot.press("ctrl+o")
        await _settle(pilot, main, places[1])


async def test_ctrl_i_goes_forward_where_the_terminal_tells_it_from_tab(make_app):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await wait_analysed(pilot)
        main = app.main
        places = await _walk_a_selection_and_jumps(pilot, main)
        await pilot.press("ctrl+o")
        await _settle(pilot, main, places[3])
        await pilot.press("ctrl+i")  # the kitty keyboard protocol sends it apart from Tab
        await _settle(pilot, main, places[4])
        await pilot.press("tab")  # Tab still moves to the next pane
        await pilot.pause()
        assert main.active_pane == "actors"


async def test_g_and_G_in_the_article_are_jumps(make_app):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await wait_analysed(pilot)
        main = app.main
        await pilot.press("1", "space", "space")
        await pilot.pause()
        reading = main.current_place()
        assert reading.offset > 0
        await pilot.press("G")
        await pilot.pause()
        end = main.current_place()
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("ctrl+o")
        await _settle(pilot, main, end)
        await pilot.press("ctrl+o")
        await _settle(pilot, main, reading)
