"""Counters as in less and vim (issue 15 #7): "match 3/17", "mention 4/10", a wrap notice,
the reading position in the article's border, and zero matches said as such."""

from __future__ import annotations

from briefing_tui.ui.logic.relations import find_matches

from ..support import wait_analysed


def _status(app) -> str:
    return str(app.main.article_view.border_subtitle)


def _messages(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_search_counts_its_matches(make_app, sample_article):
    app = make_app()
    total = len(find_matches(sample_article.text, "trump"))
    assert total > 2
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("slash", *"trump")
        await pilot.pause()
        assert _status(app).startswith(f"match 1/{total}")
        await pilot.press("enter", "n", "n")
        assert _status(app).startswith(f"match 3/{total}")
        await pilot.press("N")
        assert _status(app).startswith(f"match 2/{total}")


async def test_n_counts_the_mentions_and_says_when_it_wraps(make_app, sample_briefing):
    app = make_app()
    actor = sample_briefing.actors[1]
    count = len(actor.mentions)
    assert count > 2
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("2", "j", "enter")
        await pilot.pause()
        assert _status(app).startswith(f"mention 1/{count}")
        await pilot.press("n")
        assert _status(app).startswith(f"mention 2/{count}")
        assert not any("Wrapped" in m for m in _messages(app))
        await pilot.press("N", "N")
        assert _status(app).startswith(f"mention {count}/{count}")
        await pilot.pause()
        assert any("Wrapped around to the last mention" in m for m in _messages(app))


async def test_a_search_without_matches_says_so(make_app):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("slash", *"zqxj", "enter")
        await pilot.pause()
        assert _status(app).startswith("no matches")
        await pilot.press("n")
        await pilot.pause()
        assert any("No matches for “zqxj”" in m for m in _messages(app))
        assert not any("first" in m for m in _messages(app))


async def test_the_article_border_shows_how_far_down_it_is_read(make_app):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("1")
        await pilot.pause()
        assert _status(app).endswith("0%")
        await pilot.press("G")
        await pilot.pause()
        assert _status(app).endswith("100%")
        await pilot.press("g")
        await pilot.pause()
        assert _status(app).endswith("0%")
