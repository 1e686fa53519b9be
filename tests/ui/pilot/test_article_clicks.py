"""A click on a name in the article selects that actor; on a claim's words, the claim."""

from __future__ import annotations

from tests.ui.support import WIDE, screen_rows, wait_analysed


def _cell_of(app, word: str) -> tuple[int, int]:
    """The screen cell of the first ``word`` shown in the article pane, from the rows drawn."""
    region = app.main.article_view.content_region
    rows = screen_rows(app)
    for y in range(region.y, region.bottom):
        line = "".join(rows[y][region.x : region.right])
        column = line.find(word)
        if column >= 0:
            return region.x + column + 1, y  # inside the word, not on its edge
    raise AssertionError(f"{word!r} is not shown in the article pane")


async def test_clicking_a_name_in_the_article_selects_that_actor(make_app, sample_briefing):
    actor = next(a for a in sample_briefing.actors if a.name == "Volodymyr Zelenskiy")
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        main = app.main
        assert main.selected_actor is None
        x, y = _cell_of(app, "Zelenskiy")
        await pilot.click(offset=(x, y))
        await pilot.pause()
        assert main.selected_actor is actor
        assert main.actor_list.border_subtitle == f"selected: {actor.name}"
        assert main.actor_list.selected_item is actor
        # Claims are narrowed to it, as after Enter in the Actors pane.
        assert main.claim_list.border_subtitle == f"involving {actor.name}"
        assert len(main.claim_list.visible_items) < len(sample_briefing.claims)
        assert main.article_view.marks("mention")
        # The jump list counts the click as a selection.
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert main.selected_actor is None


async def test_clicking_a_claims_words_selects_the_claim(make_app, sample_briefing):
    text = sample_briefing.article.text
    assert text.count("lengthy") == 1
    offset = text.index("lengthy")
    claim = next(c for c in sample_briefing.claims if c.content.start <= offset < c.content.end)
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        main = app.main
        x, y = _cell_of(app, "lengthy")
        await pilot.click(offset=(x, y))
        await pilot.pause()
        assert main.selected_claim is claim
        assert main.claim_list.selected_item is claim
        assert main.article_view.marks("claim-content") == [claim.content]
        assert main.selected_actor is None


async def test_clicking_plain_text_selects_nothing(make_app, sample_briefing):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        main = app.main
        x, y = _cell_of(app, "frustration")
        await pilot.click(offset=(x, y))
        await pilot.pause()
        assert main.selected_actor is None and main.selected_claim is None
