"""Selecting is explicit: the cursor previews, Enter selects or jumps, Esc clears (issue 15 #4)."""

from __future__ import annotations

from textual.widgets import OptionList

from briefing_tui.model import Span
from briefing_tui.ui.logic.relations import actor_matches, claim_involves
from briefing_tui.ui.screens import main as main_screen
from briefing_tui.ui.screens.actor_detail import ActorDetailScreen

from ..support import NARROW, WIDE, wait_analysed, wait_for


def _mention_spans(actor) -> list[Span]:
    return sorted((Span(m.start, m.end) for m in actor.mentions), key=lambda s: (s.start, s.end))


def _line_in_view(view, offset: int) -> int:
    """The row of the pane (from its top) showing the character at ``offset``."""
    return view._line_of_offset(offset) - int(view.scroll_y)


def _is_centred(view, offset: int) -> bool:
    """Whether ``offset``'s line is in the middle of the pane (or as near as scrolling allows)."""
    height = view.scrollable_content_region.height
    row = _line_in_view(view, offset)
    if view.scroll_y in (0, view.max_scroll_y):
        return 0 <= row < height  # the text cannot scroll further
    return abs(row - height // 2) <= 1


async def test_moving_the_cursor_previews_without_filtering(make_app, sample_briefing, monkeypatch):
    calls = []
    real = main_screen.list_filters
    monkeypatch.setattr(main_screen, "list_filters", lambda *a: calls.append(a) or real(*a))
    app = make_app()
    actor = sample_briefing.actors[1]
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        calls.clear()
        await pilot.press("2", "j")
        await pilot.pause()
        view = app.main.article_view
        assert view.marks("mention") == _mention_spans(actor)  # previewed in the article
        assert app.main.selected_actor is None
        assert app.main.claim_list.visible_items == sample_briefing.claims
        assert calls == []  # the cursor moving re-filters nothing
        await pilot.press("enter")
        await pilot.pause()
        assert app.main.selected_actor is actor
        assert app.main.claim_list.visible_items == [
            c for c in sample_briefing.claims if claim_involves(c, actor)
        ]
        assert f"selected: {actor.name}" in app.main.actor_list.border_subtitle
        assert actor.name in app.main.claim_list.border_subtitle


async def test_jumping_to_a_pane_selects_nothing(make_app, sample_briefing):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        for key in "2341":
            await pilot.press(key)
            await pilot.pause()
        assert app.main.selected_actor is None
        assert app.main.selected_claim is None
        assert app.main.selected_question is None
        view = app.main.article_view
        assert view.marks("mention") == view.marks("claim-content") == []
        assert app.main.notes_pane.anchor.kind == "article"
        assert app.main.claim_list.visible_items == sample_briefing.claims


async def test_escape_clears_the_selection_and_the_note_target(make_app, sample_briefing):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("2", "j", "enter")
        await pilot.pause()
        assert app.main.notes_pane.anchor.kind == "actor"
        await pilot.press("escape")
        await pilot.pause()
        assert app.main.selected_actor is None
        assert app.main.notes_pane.anchor.kind == "article"
        await pilot.press("a")
        assert app.main.notes_pane.anchor.kind == "article"


async def test_cancelling_a_search_restores_the_selected_actor(make_app, sample_briefing):
    app = make_app()
    actors = sample_briefing.actors
    index = 3
    actor = actors[index]
    # A query that keeps some actors listed but not the selected one.
    query = next(
        other.name
        for other in actors
        if other is not actor and not actor_matches(actor, other.name)
    )
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("2", "g", *(["j"] * index), "enter")
        await pilot.pause()
        assert app.main.selected_actor is actor
        await pilot.press("slash", *["space" if ch == " " else ch for ch in query])
        await wait_for(pilot, lambda: actor not in app.main.actor_list.visible_items)
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.main.actor_list.filled)
        await pilot.pause()
        assert app.main.active_pane == "actors"
        assert app.main.selected_actor is actor
        assert app.main.actor_list.selected_item is actor
        assert app.main.claim_list.visible_items == [
            c for c in sample_briefing.claims if claim_involves(c, actor)
        ]


async def test_enter_on_a_claim_shows_it_in_the_middle_of_the_article(make_app, sample_briefing):
    claims = sample_briefing.claims
    index = len(claims) // 2
    claim = claims[index]
    for size in (NARROW, (120, 40)):
        app = make_app()
        async with app.run_test(size=size) as pilot:
            await wait_analysed(pilot)
            await pilot.press("3", "g", *(["j"] * index), "enter")
            await pilot.pause()
            await pilot.pause()
            assert app.main.active_pane == "article"
            view = app.main.article_view
            assert view.marks("claim-content") == [claim.content]
            start = min(s.start for s in [claim.content, claim.source_span] if s is not None)
            assert _is_centred(view, start), (size, _line_in_view(view, start))


async def test_enter_in_the_actor_detail_shows_the_claim_in_the_article(make_app, sample_briefing):
    app = make_app()
    actor = sample_briefing.actors[0]
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("2", "g", "enter", "d")
        assert isinstance(app.screen, ActorDetailScreen)
        items = app.screen.query_one(OptionList)
        first = items.highlighted
        assert first is not None
        kind, _, item_id = (items.get_option_at_index(first).id or "").partition(":")
        assert kind == "claim"
        claim = next(c for c in sample_briefing.claims if c.id == item_id)
        assert claim_involves(claim, actor)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert not isinstance(app.screen, ActorDetailScreen)
        assert app.main.active_pane == "article"
        view = app.main.article_view
        assert view.marks("claim-content") == [claim.content]
        start = min(s.start for s in [claim.content, claim.source_span] if s is not None)
        assert _is_centred(view, start)
