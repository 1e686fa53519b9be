"""The dossier screen: actors across articles, per-article detail, Enter opens the place."""

from __future__ import annotations

from textual.widgets import OptionList

from briefing_tui.analysis.dossier.build import build_dossier
from briefing_tui.ui.app import BriefingApp
from briefing_tui.ui.screens.dossier import DossierScreen
from tests.analysis.dossier.helpers import actor, briefing, claim

from ..support import WIDE, wait_for

FIRST = (
    "Harbour vote delayed\n"
    "The council of Eastvale delayed the harbour vote on Monday. "
    '"We will not rush this," said Nadia Flores, the mayor.\n'
)
SECOND = (
    "Harbour plan approved\n"
    + "The plan drew a long debate in the chamber before the vote. " * 12
    + '"We will not rush this," Nadia Flores told reporters. Nadia Flores then left.\n'
)


def _dossier():
    first = briefing(
        FIRST,
        [actor(FIRST, "a1", "Nadia Flores", "person")],
        [claim(FIRST, "c1", "a1", "We will not rush this")],
        date="March 2, 2020",
        title="Harbour vote delayed",
    )
    second = briefing(
        SECOND,
        [actor(SECOND, "a1", "Nadia Flores", "person")],
        [claim(SECOND, "c1", "a1", "We will not rush this")],
        date="March 5, 2020",
        title="Harbour plan approved",
    )
    return build_dossier([first, second])


def _filled(app: BriefingApp) -> bool:
    """The dossier screen is shown with its lists filled (after its first frame)."""
    screen = app.screen
    return (
        isinstance(screen, DossierScreen)
        and screen.query_one("#dossier-actors", OptionList).option_count > 0
    )


def _app(dossier, home) -> BriefingApp:
    first = dossier.briefings[0]
    return BriefingApp(first.article, use_cache=False, briefing=first, home=home, dossier=dossier)


async def test_selecting_an_actor_shows_its_mentions_and_claims_per_article(tmp_path):
    dossier = _dossier()
    app = _app(dossier, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: _filled(app))
        screen = app.screen
        actors = screen.query_one("#dossier-actors", OptionList)
        assert actors.highlighted == 0
        assert str(actors.get_option_at_index(0).prompt).startswith("Nadia Flores (person) [1,2]")
        detail = screen.query_one("#dossier-detail", OptionList)
        prompts = [str(detail.get_option_at_index(i).prompt) for i in range(detail.option_count)]
        headings = [p for p in prompts if p.startswith("[")]
        assert (
            len(headings) == 2 and headings[0].startswith("[1]") and headings[1].startswith("[2]")
        )
        # each claim as the Claims pane, y and the export write it: verbatim, its own cue
        assert prompts.count('Nadia Flores said: "We will not rush this".') == 2
        assert sum("[Nadia Flores]" in p for p in prompts) == 3  # one mention, then two


async def test_enter_on_a_mention_opens_that_article_at_that_place(tmp_path):
    dossier = _dossier()
    app = _app(dossier, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: _filled(app))
        await pilot.press("enter")  # into Detail, at the first row of the current article
        await pilot.press("right_square_bracket")  # the second article
        screen = app.screen
        assert screen.current_article == 1
        detail = screen.query_one("#dossier-detail", OptionList)
        place = screen.place_of("dossier-detail", detail.highlighted)
        assert place is not None and place.article == 1 and place.actor_id == "a1"
        second_mention = SECOND.rindex("Nadia Flores")
        await pilot.press("j")  # the second mention (the claim row follows)
        place = screen.place_of("dossier-detail", detail.highlighted)
        assert place.offset == second_mention
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.article.text == SECOND and app.briefing is not None)
        await wait_for(pilot, lambda: app.main.selected_actor is not None)
        assert not isinstance(app.screen, DossierScreen)
        assert app.main.selected_actor.id == "a1"
        view = app.main.article_view
        await wait_for(pilot, lambda: view.offset_in_view(second_mention))


async def test_enter_on_a_claim_group_member_opens_the_claim_and_d_comes_back(tmp_path):
    dossier = _dossier()
    app = _app(dossier, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: _filled(app))
        claims = app.screen.query_one("#dossier-claims", OptionList)
        prompts = [str(claims.get_option_at_index(i).prompt) for i in range(claims.option_count)]
        assert prompts[0].startswith("Nadia Flores (verbatim): We will not rush this")
        claims.focus()
        claims.highlighted = 2  # "in [2] ..."
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.article.text == SECOND)
        await wait_for(pilot, lambda: app.main.selected_claim is not None)
        assert app.main.selected_claim.id == "c1"
        await pilot.press("D")
        await wait_for(pilot, lambda: isinstance(app.screen, DossierScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, DossierScreen))


async def test_n_saves_a_note_on_the_dossier_and_e_exports_it(tmp_path):
    from briefing_tui.store.dossier_notes import dossier_notes_path, read_dossier_notes

    dossier = _dossier()
    app = _app(dossier, tmp_path)
    articles = [b.article for b in dossier.briefings]
    target = tmp_path / "out" / "dossier.md"
    target.parent.mkdir()
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: _filled(app))
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"Both quote the mayor.")
        await pilot.press("escape")  # saves the note and closes the editor
        path = dossier_notes_path(articles, tmp_path)
        await wait_for(pilot, path.exists)
        assert [n.body for n in read_dossier_notes(path)] == ["Both quote the mayor."]
        await wait_for(pilot, lambda: isinstance(app.screen, DossierScreen))
        await pilot.press("e")
        await pilot.pause()
        prompt = app.screen.query_one("Input")
        prompt.value = str(target)
        await pilot.press("enter")
        await wait_for(pilot, target.exists)
        text = target.read_text(encoding="utf-8")
        assert text.startswith("# Dossier")
        assert "## Notes on the dossier" in text and "Both quote the mayor." in text


async def test_a_dossier_still_to_analyse_paints_its_articles_first(tmp_path):
    import threading

    from briefing_tui.ui.dossier_actions import DossierBuild

    dossier = _dossier()
    articles = [b.article for b in dossier.briefings]
    release = threading.Event()

    def build():
        release.wait(10)
        return dossier

    first = dossier.briefings[0]
    app = BriefingApp(
        first.article,
        use_cache=False,
        briefing=first,
        home=tmp_path,
        dossier=DossierBuild(articles, build),
    )
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, DossierScreen))
        screen = app.screen
        listed = screen.query_one("#dossier-articles", OptionList)
        await wait_for(pilot, lambda: listed.option_count == 2)
        assert "analysing" in str(screen.query_one("#dossier-actors", OptionList).border_title)
        assert screen.query_one("#dossier-actors", OptionList).option_count == 0
        release.set()
        actors = screen.query_one("#dossier-actors", OptionList)
        await wait_for(pilot, lambda: actors.option_count > 0)
        assert app.dossier is dossier
        assert str(actors.get_option_at_index(0).prompt).startswith("Nadia Flores")


async def test_the_dossier_screen_is_the_first_shown_and_the_main_screen_waits(tmp_path):
    from briefing_tui.ui.screens.main import MainScreen

    dossier = _dossier()
    app = _app(dossier, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        # the first screen of the app, not one pushed over the article's
        assert len(app.screen_stack) == 1 and isinstance(app.screen_stack[0], DossierScreen)
        await wait_for(pilot, lambda: _filled(app))
        assert not app.query(MainScreen) and not any(
            isinstance(s, MainScreen) for s in app.screen_stack
        )
        await pilot.press("escape")  # back to the article: composed now, from the dossier
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen))
        main = app.screen
        await wait_for(pilot, lambda: main.lists_filled)
        assert app.article.text == FIRST and app.briefing is dossier.briefings[0]
        await pilot.press("D")
        await wait_for(pilot, lambda: isinstance(app.screen, DossierScreen))
        await pilot.press("escape")  # the same main screen, kept
        await wait_for(pilot, lambda: app.screen is main)
        assert app.article.text == FIRST


async def test_esc_while_the_dossier_is_analysed_opens_the_first_article(tmp_path):
    import threading

    from briefing_tui.ui.dossier_actions import DossierBuild
    from briefing_tui.ui.screens.main import MainScreen

    dossier = _dossier()
    release = threading.Event()

    def build():
        release.wait(10)
        return dossier

    first = dossier.briefings[0]
    articles = [b.article for b in dossier.briefings]
    app = BriefingApp(
        first.article,
        use_cache=False,
        briefing=first,
        home=tmp_path,
        dossier=DossierBuild(articles, build),
    )
    try:
        async with app.run_test(size=WIDE) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, DossierScreen))
            await pilot.press("escape")
            await wait_for(pilot, lambda: isinstance(app.screen, MainScreen))
            await wait_for(pilot, lambda: app.screen.lists_filled)
            assert app.article is first.article and app.briefing is first
            release.set()
            await wait_for(pilot, lambda: app.dossier is dossier)
            await pilot.press("D")
            await wait_for(pilot, lambda: _filled(app))
    finally:
        release.set()


async def test_q_on_the_dossier_screen_quits_before_any_article_is_opened(tmp_path):
    dossier = _dossier()
    app = _app(dossier, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: _filled(app))
        await pilot.press("q")
        await wait_for(pilot, lambda: app.return_code is not None)
    assert app.return_code == 0 and not app.has_main
