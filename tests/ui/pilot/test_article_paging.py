"""Paging the article as in less and vim: Space and b a page, Ctrl+D and Ctrl+U half a page."""

from __future__ import annotations

from ..support import NARROW, wait_analysed


async def test_space_b_ctrl_d_ctrl_u_page_the_article(make_app):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await wait_analysed(pilot)
        view = app.main.article_view
        assert app.focused is view
        page = view.scrollable_content_region.height
        assert view.max_scroll_y > 2 * page, "the article must be longer than two pages"
        await pilot.press("space")
        assert view.scroll_y == page
        await pilot.press("space")
        assert view.scroll_y == 2 * page
        await pilot.press("b")
        assert view.scroll_y == page
        await pilot.press("ctrl+u")
        assert view.scroll_y == page - page // 2
        await pilot.press("ctrl+d", "ctrl+d")
        assert view.scroll_y == page - page // 2 + 2 * (page // 2)
        await pilot.press("b", "b")
        assert view.scroll_y == 0
