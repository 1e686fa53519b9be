"""Keys in the dialogs: j/k/g/G move in every one with a list or text, the key bar
shows the dialog's own keys, and the Open prompt's hint names a key that works
(Ctrl+R, recent articles)."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Input, OptionList

from briefing_tui.model import Briefing
from briefing_tui.ui.logic.relations import paragraph_actors, paragraph_claims
from briefing_tui.ui.screens.actor_detail import ActorDetailScreen
from briefing_tui.ui.screens.confirm import ConfirmScreen
from briefing_tui.ui.screens.help import HelpScreen
from briefing_tui.ui.screens.paragraph import ParagraphScreen
from briefing_tui.ui.screens.prompt import PromptScreen
from briefing_tui.ui.screens.recent import RecentScreen
from briefing_tui.ui.widgets.key_bar import KeyBar

from ..support import NARROW, WIDE, wait_analysed, wait_for

RECENT = [
    {"location": f"/tmp/article-{n}.txt", "title": f"Article {n}", "source": ""} for n in range(4)
]


def _busy_paragraph(briefing: Briefing):
    """A paragraph with at least three claims and actors."""
    return next(
        span
        for span in briefing.article.paragraphs
        if len(paragraph_claims(briefing, span)) + len(paragraph_actors(briefing, span)) >= 3
    )


def _dialog_hints(app) -> list[str]:
    """The descriptions in the key bar of the dialog on top."""
    hints, palette = app.screen.query_one(KeyBar).hints()
    assert palette is None
    return [hint.description for hint in hints]


async def _moves_in_list(pilot, app) -> None:
    options = app.screen.query_one(OptionList)
    assert app.focused is options
    enabled = [
        index
        for index in range(options.option_count)
        if not options.get_option_at_index(index).disabled
    ]
    assert len(enabled) >= 3, "the list must have three items to move through"
    first, second, last = enabled[0], enabled[1], enabled[-1]
    await pilot.press("g")
    assert options.highlighted == first
    await pilot.press("j")
    assert options.highlighted == second
    await pilot.press("G")
    assert options.highlighted == last
    await pilot.press("k")
    assert options.highlighted == enabled[-2]
    await pilot.press("g")
    assert options.highlighted == first


async def _scrolls_text(pilot, app) -> None:
    scroll = app.screen.query_one(VerticalScroll)
    assert scroll.max_scroll_y > 2, "the text must be longer than the dialog"
    await pilot.press("j", "j")
    assert scroll.scroll_y == 2
    await pilot.press("k")
    assert scroll.scroll_y == 1
    await pilot.press("G")
    assert scroll.scroll_y == scroll.max_scroll_y
    await pilot.press("g")
    assert scroll.scroll_y == 0


async def test_paragraph_dialog_moves_with_j_k_g_G(make_app, sample_briefing):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        chosen: list[object] = []
        app.push_screen(
            ParagraphScreen(sample_briefing, _busy_paragraph(sample_briefing)), chosen.append
        )
        await wait_for(pilot, lambda: isinstance(app.screen, ParagraphScreen))
        await pilot.pause()
        await _moves_in_list(pilot, app)
        assert {"Choose", "Down", "Up", "Close"} <= set(_dialog_hints(app))
        assert "Quit" not in _dialog_hints(app)
        await pilot.press("j", "enter")
        await wait_for(pilot, lambda: chosen != [])
        assert chosen[0] is not None


async def test_recent_dialog_moves_with_j_k_g_G(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        chosen: list[object] = []
        app.push_screen(RecentScreen(RECENT), chosen.append)
        await wait_for(pilot, lambda: isinstance(app.screen, RecentScreen))
        await pilot.pause()
        await _moves_in_list(pilot, app)
        assert "Quit" not in _dialog_hints(app)
        await pilot.press("G", "enter")
        await wait_for(pilot, lambda: chosen != [])
        assert chosen == [RECENT[-1]["location"]]


async def test_actor_detail_moves_with_j_k_g_G(make_app, sample_briefing):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await wait_analysed(pilot)
        app.push_screen(ActorDetailScreen(sample_briefing, sample_briefing.actors[0]))
        await wait_for(pilot, lambda: isinstance(app.screen, ActorDetailScreen))
        await pilot.pause()
        await _moves_in_list(pilot, app)
        hints = _dialog_hints(app)
        assert "Close" in hints and "Down" in hints and "Quit" not in hints


async def test_a_yes_or_no_question_shows_only_its_answers(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        answers: list[object] = []
        app.push_screen(ConfirmScreen("Overwrite?"), answers.append)
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.pause()
        assert _dialog_hints(app) == ["Yes", "No"]  # nothing for j/k to move
        await pilot.press("j", "G", "y")
        await wait_for(pilot, lambda: answers != [])
        assert answers == [True]


async def test_help_scrolls_with_j_k_g_G(make_app):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await wait_analysed(pilot)
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.pause()
        await _scrolls_text(pilot, app)
        hints = _dialog_hints(app)
        assert "Close" in hints and "Quit" not in hints and "Keys" not in hints


async def test_prompt_takes_j_k_g_G_as_letters(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        answers: list[object] = []
        app.push_screen(PromptScreen("Name it"), answers.append)
        await wait_for(pilot, lambda: isinstance(app.screen, PromptScreen))
        await pilot.pause()
        await pilot.press("j", "k", "g", "G")
        assert app.screen.query_one(Input).value == "jkgG"
        # Only the prompt's keys: j and k are letters here, no Ctrl+R without recent articles.
        assert sorted(_dialog_hints(app)) == ["Cancel", "OK"]
        await pilot.press("enter")
        await wait_for(pilot, lambda: answers != [])
        assert answers == ["jkgG"]


async def test_open_prompt_lists_recent_articles_with_the_key_its_hint_names(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("o")
        await wait_for(pilot, lambda: isinstance(app.screen, PromptScreen))
        await pilot.pause()
        prompt = app.screen
        hint = " ".join(str(static.render()) for static in prompt.query(".dialog-hint"))
        assert "Ctrl+R lists recent articles" in hint
        assert "Recent" in _dialog_hints(app)
        await pilot.press("r")  # a letter of a path
        assert prompt.query_one(Input).value == "r"
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: isinstance(app.screen, RecentScreen))


async def test_a_recent_article_chosen_from_the_prompt_is_its_answer(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        answers: list[object] = []
        app.push_screen(PromptScreen("Open", recent=lambda: RECENT), answers.append)
        await wait_for(pilot, lambda: isinstance(app.screen, PromptScreen))
        await pilot.pause()
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: isinstance(app.screen, RecentScreen))
        await pilot.pause()
        await pilot.press("j", "enter")
        await wait_for(pilot, lambda: answers != [])
        assert answers == [RECENT[1]["location"]]
