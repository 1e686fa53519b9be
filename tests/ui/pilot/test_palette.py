"""The command palette: one key help (ours, not Textual's "Keys" panel beside it), and a
Quit that says the notes are saved."""

from __future__ import annotations

from textual.command import CommandPalette
from textual.widgets import OptionList

from briefing_tui.ui.screens.help import HelpScreen
from briefing_tui.ui.screens.recent import RecentScreen

from ..support import WIDE, wait_analysed, wait_for


async def test_palette_has_one_key_help_and_a_quit_that_saves(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        recent = RecentScreen([{"location": "/tmp/a.txt", "title": "A", "source": ""}])
        for screen in (app.main, recent):
            if screen is recent:
                app.push_screen(recent)
                await wait_for(pilot, lambda: app.screen is recent and recent.query(OptionList))
            commands = list(app.get_system_commands(app.screen))
            titles = [command.title for command in commands]
            assert "Keys" not in titles  # Textual's own key panel
            assert titles.count("Show keys") == 1
            quits = [command for command in commands if command.title == "Quit"]
            assert len(quits) == 1
            assert "notes" in quits[0].help


async def test_show_keys_from_the_palette_opens_the_key_help(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"Show keys")
        await pilot.pause()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        assert not app.main.query("HelpPanel")
