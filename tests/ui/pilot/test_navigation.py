"""Every binding: panes, lists, selection and marks, search, copy, help, palette, files."""

from __future__ import annotations

from pathlib import Path

from textual.binding import Binding
from textual.command import CommandPalette
from textual.widgets import OptionList

from briefing_tui.model import Span
from briefing_tui.ui.app import BriefingApp
from briefing_tui.ui.logic.panes import PANES
from briefing_tui.ui.logic.relations import (
    actor_matches,
    claim_involves,
    claim_matches,
    claim_source_name,
    find_matches,
    paragraph_actors,
    paragraph_claims,
    question_involves,
    question_matches,
)
from briefing_tui.ui.screens.actor_detail import ActorDetailScreen
from briefing_tui.ui.screens.help import HelpScreen
from briefing_tui.ui.screens.main import MainScreen
from briefing_tui.ui.screens.paragraph import ParagraphScreen
from briefing_tui.ui.screens.prompt import PromptScreen
from briefing_tui.ui.screens.recent import RecentScreen

from ..support import WIDE, screen_text, wait_analysed, wait_for


def _mentions(actor) -> list[Span]:
    return sorted((Span(m.start, m.end) for m in actor.mentions), key=lambda s: (s.start, s.end))


def _busiest_actor_index(briefing) -> int:
    """An actor with several mentions and at least one claim involving it, if there is one."""

    def score(index: int) -> tuple[int, int]:
        actor = briefing.actors[index]
        involved = sum(claim_involves(c, actor) for c in briefing.claims)
        return (involved > 0, len(actor.mentions))

    return max(range(len(briefing.actors)), key=score)


async def _select_actor(pilot, index: int) -> None:
    await pilot.press("2", "g", *(["j"] * index), "enter")
    await pilot.pause()


async def test_tab_and_shift_tab_cycle_through_the_panes(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        assert app.main.active_pane == "article"
        visited = []
        for _ in PANES:
            await pilot.press("tab")
            visited.append(app.main.active_pane)
        # Tab passes the notes by: only a or 5 start editing a note.
        cycle = [pane for pane in PANES if pane != "notes"]
        assert visited == [*cycle[1:], cycle[0], cycle[1]]
        await pilot.press("shift+tab")
        assert app.main.active_pane == cycle[0]
        await pilot.press("shift+tab")
        assert app.main.active_pane == cycle[-1]


async def test_number_keys_choose_panes(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        for key, pane in zip("4321", ["questions", "claims", "actors", "article"], strict=True):
            await pilot.press(key)
            assert app.main.active_pane == pane
            assert app.focused is app.query_one(f"#{pane}")


async def test_list_keys_move_the_highlight(make_app, sample_briefing):
    app = make_app()
    last = len(sample_briefing.actors) - 1
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("2")
        actors = app.main.actor_list
        assert actors.highlighted == 0
        await pilot.press("j", "j", "down")
        assert actors.highlighted == 3
        await pilot.press("k", "up")
        assert actors.highlighted == 1
        await pilot.press("G")
        assert actors.highlighted == last
        await pilot.press("g")
        assert actors.highlighted == 0
        assert app.main.selected_actor is None  # moving previews; Enter selects
        await pilot.press("enter")
        assert app.main.selected_actor is sample_briefing.actors[0]


async def test_article_keys_scroll(make_app):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("1")
        view = app.main.article_view
        assert view.max_scroll_y > 0
        await pilot.press("j", "j")
        assert view.scroll_y == 2
        await pilot.press("k")
        assert view.scroll_y == 1
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("g")
        assert view.scroll_y == 0


async def test_selecting_an_actor_highlights_mentions_and_filters(make_app, sample_briefing):
    app = make_app()
    index = _busiest_actor_index(sample_briefing)
    actor = sample_briefing.actors[index]
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_analysed(pilot)
        await _select_actor(pilot, index)
        assert app.main.selected_actor is actor
        view = app.main.article_view
        assert view.marks("mention") == _mentions(actor)
        first = _mentions(actor)[0]
        assert view.marks("current") == [first]
        assert view.offset_in_view(first.start)
        claims = app.main.claim_list.visible_items
        assert claims == [c for c in sample_briefing.claims if claim_involves(c, actor)]
        assert all(claim_involves(c, actor) for c in claims)
        questions = app.main.question_list.visible_items
        assert all(question_involves(q, actor) for q in questions)
        assert questions == [q for q in sample_briefing.questions if question_involves(q, actor)]
        assert actor.name in app.main.claim_list.border_subtitle
        # Esc clears the filter and the marks.
        await pilot.press("escape")
        assert app.main.selected_actor is None
        assert app.main.claim_list.visible_items == sample_briefing.claims
        assert app.main.question_list.visible_items == sample_briefing.questions
        assert view.marks("mention") == []


async def test_n_and_shift_n_walk_the_mentions(make_app, sample_briefing):
    app = make_app()
    index = max(
        range(len(sample_briefing.actors)), key=lambda i: len(sample_briefing.actors[i].mentions)
    )
    mentions = _mentions(sample_briefing.actors[index])
    assert len(mentions) >= 2
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_analysed(pilot)
        await _select_actor(pilot, index)
        view = app.main.article_view
        for expected in [*mentions[1:], mentions[0]]:
            await pilot.press("n")
            assert view.marks("current") == [expected]
            assert view.offset_in_view(expected.start)
        await pilot.press("N")
        assert view.marks("current") == [mentions[-1]]


async def test_n_without_a_selection_warns(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert any("first" in str(n.message) for n in app._notifications)


async def test_selecting_a_claim_marks_content_and_source(make_app, sample_briefing):
    app = make_app()
    claims = sample_briefing.claims
    last = max(range(len(claims)), key=lambda i: claims[i].content.start)
    claim = claims[last]
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("3", "g", *(["j"] * last))
        view = app.main.article_view
        assert app.main.selected_claim is claim
        assert view.marks("claim-content") == [claim.content]
        expected_source = [claim.source_span] if claim.source_span else []
        assert view.marks("claim-source") == expected_source
        start = min([claim.content.start, *(s.start for s in expected_source)])
        assert view.offset_in_view(start)


async def test_selecting_a_question_marks_its_evidence(make_app, sample_briefing):
    app = make_app()
    questions = sample_briefing.questions
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("4", "G")
        question = questions[-1]
        view = app.main.article_view
        assert app.main.selected_question is question
        assert view.marks("evidence") == sorted(question.evidence, key=lambda s: (s.start, s.end))
        if question.evidence:
            assert view.offset_in_view(min(s.start for s in question.evidence))


async def test_paragraph_key_lists_its_claims_and_actors(make_app, sample_briefing):
    app = make_app()
    claim = sample_briefing.claims[0]
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_analysed(pilot)
        view = app.main.article_view
        paragraph = view.paragraph_at(claim.content.start)
        await pilot.press("1")
        view.scroll_to(y=paragraph.virtual_region.y, animate=False)
        await pilot.pause()
        assert view.paragraph_in_view() is paragraph
        await pilot.press("p")
        screen = app.screen
        assert isinstance(screen, ParagraphScreen)
        text = screen_text(app)
        claims = paragraph_claims(sample_briefing, paragraph.span)
        actors = paragraph_actors(sample_briefing, paragraph.span)
        assert claim in claims
        assert f"{len(claims)} claims, {len(actors)} actors" in text
        for actor in actors[:3]:
            assert actor.name in text
        await pilot.press("enter")  # the first entry is the first claim
        assert not isinstance(app.screen, ParagraphScreen)
        assert app.main.active_pane == "article"
        assert app.main.selected_claim is claims[0]
        assert app.main.claim_list.selected_item is claims[0]


async def test_actor_detail_view(make_app, sample_briefing):
    app = make_app()
    index = _busiest_actor_index(sample_briefing)
    actor = sample_briefing.actors[index]
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await _select_actor(pilot, index)
        await pilot.press("d")
        assert isinstance(app.screen, ActorDetailScreen)
        text = screen_text(app)
        assert actor.name in text
        assert f"Kind: {actor.kind}" in text
        assert f"Mentions: {len(actor.mentions)}" in text
        options = app.screen.query_one(OptionList)
        listed = "\n".join(
            str(options.get_option_at_index(i).prompt) for i in range(options.option_count)
        )
        for heading in ("Claims by", "Claims about", "Questions involving"):
            assert heading in listed  # the list, scrolled or not
        await pilot.press("escape")
        assert not isinstance(app.screen, ActorDetailScreen)


async def test_search_highlights_matches_and_narrows_the_lists(make_app, sample_briefing):
    app = make_app()
    actor = sample_briefing.actors[_busiest_actor_index(sample_briefing)]
    query = actor.mentions[0].text.split()[-1][:5]
    text = sample_briefing.article.text
    matches = find_matches(text, query)
    assert matches
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("slash")
        assert app.focused is app.query_one("#search")
        await pilot.press(*query)
        view = app.main.article_view
        assert view.marks("match") == matches
        assert view.marks("current") == [matches[0]]
        visible_actors = app.main.actor_list.visible_items
        assert visible_actors and all(actor_matches(a, query) for a in visible_actors)
        assert all(
            claim_matches(sample_briefing, c, query) for c in app.main.claim_list.visible_items
        )
        assert all(
            question_matches(sample_briefing, q, query)
            for q in app.main.question_list.visible_items
        )
        await pilot.press("enter")  # keep the matches, back to the article
        assert app.main.active_pane == "article"
        if len(matches) > 1:
            await pilot.press("n")
            assert view.marks("current") == [matches[1]]
        await pilot.press("N")
        assert view.marks("current") == [matches[0]]
        await pilot.press("escape")
        assert view.marks("match") == []
        assert app.main.actor_list.visible_items == sample_briefing.actors


async def test_search_escape_cancels(make_app, sample_briefing):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("slash", "t", "h", "e", "escape")
        assert app.main.article_view.marks("match") == []
        assert app.main.search_query == ""
        assert not app.query_one("#search").has_class("-visible")


async def test_y_copies_the_claim_with_its_source(make_app, sample_briefing):
    app = make_app()
    claim = sample_briefing.claims[0]
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("3", "g", "enter", "y")
        content = " ".join(
            sample_briefing.article.text[claim.content.start : claim.content.end].split()
        )
        assert content in app.clipboard
        assert claim_source_name(sample_briefing, claim) in app.clipboard
        await pilot.press("4", "g", "enter", "y")
        assert sample_briefing.questions[0].question in app.clipboard


async def test_help_lists_every_binding(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = app.screen.rows
        described = {does for _, _, does in rows}
        for binding in BriefingApp.key_bindings():
            assert isinstance(binding, Binding) and binding.id and binding.description
            assert (binding.tooltip or binding.description) in described
        text = screen_text(app)
        assert "Next pane" in text and "Search" in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_the_panes_keys_are_off_under_a_modal_screen(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        pane_actions = {binding.action for binding in MainScreen.BINDINGS}
        active = {active.binding.action for active in app.screen.active_bindings.values()}
        assert not active & pane_actions
        await pilot.press("2", "tab", "slash", "a")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert app.main.active_pane == "article"
        assert not app.main.query_one("#search").has_class("-visible")


async def test_command_palette_offers_every_action(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        for binding in BriefingApp.key_bindings():
            if binding.action in ("quit", "interrupt", "help"):
                continue
            assert binding.description in titles
        assert "Quit the application" in titles or "Quit" in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Light/dark")
        await wait_for(pilot, lambda: "Light/dark" in screen_text(app))
        theme = app.theme
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.theme != theme)
        # A pane's action runs on the main screen.
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"Claims pane")
        await wait_for(pilot, lambda: "Claims pane" in screen_text(app))
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.main.active_pane == "claims")


async def test_theme_toggle(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        theme = app.theme
        await pilot.press("t")
        assert app.theme != theme
        await pilot.press("t")
        assert app.theme == theme


async def test_open_another_file_and_reopen_from_recent(make_app, tmp_path, sample_article):
    other = tmp_path / "other.txt"
    other.write_text("Another headline\nThe mayor said the bridge will reopen in May.\n")
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        # A bad path: an error in the app, the current article stays.
        await pilot.press("o")
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*str(tmp_path / "missing.txt"), "enter")
        await app.workers.wait_for_complete()
        await wait_for(
            pilot, lambda: any("no such file" in str(n.message) for n in app._notifications)
        )
        assert app.article is sample_article
        # A good one: shown and analysed.
        await pilot.press("o", *str(other), "enter")
        await wait_for(pilot, lambda: app.article.source == str(other))
        assert "Another headline" in screen_text(app)
        await wait_analysed(pilot)
        # Back to the sample through the recent files list.
        await pilot.press("r")
        assert isinstance(app.screen, RecentScreen)
        locations = [e["location"] for e in app.screen.entries]
        assert locations[0] == str(other.resolve())
        assert str(Path(sample_article.source).resolve()) in locations
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: app.article.source != str(other))
        assert Path(app.article.source).resolve() == Path(sample_article.source).resolve()


async def test_q_quits(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_ctrl_c_quits_after_the_analysis(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
    assert app.return_code == 0


async def test_ctrl_c_while_the_model_loads_exits_at_once_with_130(monkeypatch, sample_article):
    import threading

    release = threading.Event()

    def stuck_stream(article, model_name=None, use_cache=True):
        from briefing_tui.engine.progress import Progress

        yield Progress("loading language model", 0.05)
        release.wait(timeout=60)  # stands for a slow spaCy load

    monkeypatch.setattr("briefing_tui.engine.session.analyze_stream", stuck_stream)
    app = BriefingApp(sample_article, use_cache=False)
    try:
        async with app.run_test(size=WIDE) as pilot:
            await wait_for(pilot, lambda: "loading language model" in screen_text(app))
            await pilot.press("ctrl+c")
            await pilot.pause()
        assert app.return_code == 130
        assert app.analysis_thread is not None and app.analysis_thread.daemon
    finally:
        release.set()


def _type_ahead(app, keys: str) -> None:
    """Queue ``keys`` (one character each) as a fast typist does: all sent before any is
    handled."""
    from textual import events
    from textual.keys import _character_to_key

    for character in keys:
        app._driver.send_message(events.Key(_character_to_key(character), character))


async def test_what_is_typed_right_after_slash_is_the_query(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        _type_ahead(app, "/minister")
        await wait_for(pilot, lambda: app.main.search_query == "minister", rounds=200)
        assert app.query_one("#search").value == "minister"  # no letter went elsewhere


async def test_a_key_typed_right_after_a_pane_key_goes_to_that_pane(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        _type_ahead(app, "2jj")
        await wait_for(pilot, lambda: app.main.actor_list.highlighted == 2, rounds=200)
        assert app.focused is app.main.actor_list
        assert app.main.article_view.scroll_y == 0


async def test_pane_and_search_keys_are_letters_in_the_search_and_the_notes(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        _type_ahead(app, "/a/2")
        await wait_for(pilot, lambda: app.main.search_query == "a/2", rounds=200)
        assert app.focused is app.query_one("#search")
        await pilot.press("escape", "5")
        await pilot.pause()
        editor = app.main.notes_pane.editor
        assert app.focused is editor
        _type_ahead(app, "see 1/2, and a 5")
        await wait_for(pilot, lambda: editor.text == "see 1/2, and a 5", rounds=200)
        assert app.main.active_pane == "notes"
