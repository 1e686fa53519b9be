"""The theme chosen with t (or the palette) is the one the next launch starts in."""

from __future__ import annotations

import json

from ..support import wait_analysed


async def test_the_chosen_theme_is_remembered_across_launches(make_app, private_home):
    first = make_app()
    async with first.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        started_in = first.theme
        await pilot.press("t")
        await pilot.pause()
        chosen = first.theme
        assert chosen != started_in
    saved = json.loads((private_home / "settings.json").read_text(encoding="utf-8"))
    assert saved["theme"] == chosen
    second = make_app()
    async with second.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        assert second.theme == chosen
        await pilot.press("t")
        await pilot.pause()
    assert make_app().theme == started_in


async def test_a_damaged_settings_file_starts_in_the_default_theme(make_app, private_home):
    private_home.mkdir(parents=True, exist_ok=True)
    (private_home / "settings.json").write_text("{not json", encoding="utf-8")
    default = make_app().theme
    (private_home / "settings.json").write_text('{"theme": "no-such-theme"}', encoding="utf-8")
    assert make_app().theme == default
