"""Every list row is shown whole, however the list's width changed since it was first wrapped."""

from __future__ import annotations

from ..support import screen_rows, wait_analysed


async def rendered_rows(pilot, item_list) -> list[str]:
    """Every line of ``item_list`` as painted on the screen, scrolling it from top to bottom."""
    app = pilot.app
    region = item_list.scrollable_content_region
    total = item_list.virtual_size.height
    lines: dict[int, str] = {}
    top = 0
    while top < total:
        item_list.scroll_to(y=top, animate=False, immediate=True)
        await pilot.pause()
        offset = int(item_list.scroll_offset.y)
        rows = screen_rows(app)
        for row in range(region.height):
            line = offset + row
            if line < total:
                cells = rows[region.y + row][region.x : region.right]
                lines.setdefault(line, "".join(cells))
        top = offset + region.height
    return [lines[n] for n in range(total)]


def option_words(item_list) -> list[str]:
    """The words of every option, in order, as the widget was given them."""
    return [word for option in item_list.options for word in option.prompt.plain.split()]


async def assert_every_row_whole(pilot) -> None:
    for item_list in pilot.app.main.lists:
        rows = await rendered_rows(pilot, item_list)
        # The rules between claims are not text.
        shown = [word for row in rows for word in row.split() if set(word) != {"─"}]
        assert shown == option_words(item_list), f"{item_list.id} lost text"


async def _check_after(make_app, size: tuple[int, int], *keys: str) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await wait_analysed(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        await assert_every_row_whole(pilot)


async def test_list_rows_rewrap_when_a_cleared_filter_brings_the_scrollbar(make_app):
    # 2 selects the first actor and narrows the lists; Esc refills them past their height.
    await _check_after(make_app, (160, 48), "2", "escape")


async def test_list_rows_rewrap_when_the_lists_fill_on_opening(make_app):
    await _check_after(make_app, (120, 40))


async def test_list_rows_rewrap_when_another_actor_narrows_them(make_app):
    await _check_after(make_app, (160, 40), "2", "j", "escape")


async def test_list_rows_rewrap_after_a_resize(make_app):
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("2", "escape")
        await pilot.resize_terminal(170, 30)
        await pilot.pause()
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        await assert_every_row_whole(pilot)
