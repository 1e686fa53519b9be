"""The jump list walks back and forward as vim's does."""

from __future__ import annotations

from briefing_tui.ui.logic.jumps import JumpList, Place


def _places(*offsets: int) -> list[Place]:
    return [Place(offset) for offset in offsets]


def test_back_walks_the_recorded_places_then_forward_returns_to_the_current_one() -> None:
    jumps = JumpList()
    first, second, third = _places(0, 10, 20)
    jumps.record(first)
    jumps.record(second)
    here = Place(30)
    assert jumps.back(here) == second
    assert jumps.back(here) == first
    assert jumps.back(here) is None
    assert jumps.forward() == second
    assert jumps.forward() == here
    assert jumps.forward() is None
    assert third not in jumps.places


def test_a_new_jump_after_going_back_drops_the_places_ahead() -> None:
    jumps = JumpList()
    for place in _places(0, 10, 20):
        jumps.record(place)
    assert jumps.back(Place(30)) == Place(20)
    assert jumps.back(Place(30)) == Place(10)
    jumps.record(Place(11))
    assert jumps.places == _places(0, 11)
    assert jumps.forward() is None
    assert jumps.back(Place(40)) == Place(11)


def test_the_same_place_twice_in_a_row_is_recorded_once() -> None:
    jumps = JumpList()
    jumps.record(Place(5, actor_id="a"))
    jumps.record(Place(5, actor_id="a"))
    assert jumps.places == [Place(5, actor_id="a")]
    # Going back from the last place recorded does not add it again.
    assert jumps.back(Place(5, actor_id="a")) is None


def test_the_list_keeps_the_latest_places_only() -> None:
    jumps = JumpList(limit=3)
    for place in _places(0, 1, 2, 3, 4):
        jumps.record(place)
    assert jumps.places == _places(2, 3, 4)
    assert jumps.back(Place(9)) == Place(4)
    assert len(jumps.places) == 3
