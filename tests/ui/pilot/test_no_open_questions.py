"""An article where nothing is open: the Questions pane says so rather than showing "done"."""

from __future__ import annotations

from dataclasses import replace

from briefing_tui.ui.app import BriefingApp

from ..support import WIDE, wait_for


async def test_the_questions_pane_says_nothing_is_open(sample_article, sample_briefing) -> None:
    quiet = replace(sample_briefing, questions=[], held_back_questions=[])
    app = BriefingApp(sample_article, use_cache=True, cached=quiet)
    async with app.run_test(size=WIDE) as pilot:
        main = app.main
        await wait_for(pilot, lambda: main.lists_filled)
        await pilot.pause()
        prompt = str(main.question_list.get_option_at_index(0).prompt)
        assert prompt == "nothing is left open in this article"
        assert str(main.claim_list.get_option_at_index(0).prompt) != prompt
