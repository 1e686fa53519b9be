"""A claim whose cue interrupts it: the pane, the marks, the copy and the export show the
quoted parts joined with " … ", never the cue between them."""

from __future__ import annotations

from textual.widgets import Input, Static
from textual.widgets._toast import Toast

from briefing_tui.model import Actor, ActorKind, Briefing, Claim, ClaimKind, Mention, Span
from briefing_tui.reading import article_from_text
from briefing_tui.ui.app import BriefingApp
from briefing_tui.ui.screens.prompt import PromptScreen

from ..support import WIDE, wait_analysed, wait_for
from .test_article_clicks import _cell_of

#: Invented text: a headline, then a quote its cue interrupts.
TEXT = (
    "Ferry plan delayed\n"
    '"The ferry will run again in May," Rosa Vale said, "and it will stop at Orla too."\n'
)


def _span(words: str) -> Span:
    start = TEXT.index(words)
    return Span(start, start + len(words))


def _app(second_words: str = '"and it will stop at Orla too."') -> tuple[BriefingApp, Claim]:
    article = article_from_text(TEXT, source="ferry.txt")
    first = _span('"The ferry will run again in May,"')
    second = _span(second_words)
    vale = _span("Rosa Vale")
    actor = Actor("a1", "Rosa Vale", ActorKind.PERSON, [Mention(vale.start, vale.end, "Rosa Vale")])
    claim = Claim(
        "c1",
        "a1",
        "Rosa Vale",
        vale,
        "said",
        _span("said"),
        Span(first.start, second.end),
        ClaimKind.DIRECT,
        content_parts=(first, second),
    )
    briefing = Briefing(article=article, actors=[actor], claims=[claim])
    return BriefingApp(article, briefing=briefing), claim


async def test_the_claims_pane_shows_the_parts_joined_and_not_the_cue():
    app, _claim = _app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        (option,) = app.main.claim_list.options
        shown = option.prompt.plain
        assert '"The ferry will run again in May," … "and it will stop at Orla too."' in shown
        assert "Rosa Vale said," not in shown


async def test_choosing_the_claim_marks_its_parts_and_y_copies_them_joined():
    app, claim = _app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("3", "g", "enter")
        assert app.main.article_view.marks("claim-content") == list(claim.content_parts)
        await pilot.press("y")
        joined = '"The ferry will run again in May," … "and it will stop at Orla too."'
        assert app.clipboard.startswith(f"Rosa Vale said: {joined} — ")
        assert "Vale said, " not in app.clipboard


async def test_the_markdown_export_writes_the_parts_joined(tmp_path):
    app, _claim = _app()
    target = tmp_path / "briefing.md"
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("e")
        assert isinstance(app.screen, PromptScreen)
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await wait_for(pilot, target.exists)
    text = target.read_text(encoding="utf-8")
    joined = '"The ferry will run again in May," … "and it will stop at Orla too."'
    assert f"- Rosa Vale said: {joined} (direct, para. 2)" in text


async def test_the_pane_the_copy_and_the_export_write_the_claim_as_one_text(tmp_path):
    """What the Claims pane shows is what y copies (before the citation) and what the export
    writes: the article's own straight marks and the comma inside them, verbatim."""
    app, _claim = _app()
    target = tmp_path / "briefing.md"
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        (option,) = app.main.claim_list.options
        shown = option.prompt.plain
        await pilot.press("3", "g", "enter", "y")
        copied = app.clipboard.split(" — ")[0]
        await pilot.press("e")
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await wait_for(pilot, target.exists)
    assert shown.lstrip("✎ ") == copied
    assert f"- {copied} (direct, para. 2)" in target.read_text(encoding="utf-8").split("\n")


async def test_a_click_on_the_cue_between_the_parts_selects_no_claim():
    """The cue between the parts is not the claim's words: a click on it selects nothing,
    a click on the parts selects the claim, and one on the speaker's name the speaker."""
    app, claim = _app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        main = app.main
        await pilot.click(offset=_cell_of(app, "said"))
        await pilot.pause()
        assert main.selected_claim is None and main.selected_actor is None
        await pilot.click(offset=_cell_of(app, "Orla"))
        await pilot.pause()
        assert main.selected_claim is claim
        await pilot.press("escape")
        await pilot.click(offset=_cell_of(app, "Vale"))
        await pilot.pause()
        assert main.selected_actor is not None and main.selected_actor.name == "Rosa Vale"


async def test_the_notes_header_names_every_part_of_the_joined_quote():
    app, _claim = _app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("3", "g", "enter")
        await pilot.pause()
        header = str(app.main.notes_pane.query_one("#notes-anchor", Static).content)
        assert '"The ferry will run again' in header and '… "and it will stop at' in header
    app, _claim = _app()
    async with app.run_test(size=(100, 40)) as pilot:  # narrow: each part cut, none dropped
        await wait_analysed(pilot)
        await pilot.press("3", "g", "enter")
        await pilot.pause()
        header = str(app.main.notes_pane.query_one("#notes-anchor", Static).content)
        assert '"The ferry will' in header and '… "and it will' in header


async def test_the_export_notice_breaks_a_long_path_only_after_a_slash(tmp_path):
    folder = tmp_path / "a-folder-with-a-rather-long-name" / "and-another-one-inside-it"
    folder.mkdir(parents=True)
    target = folder / "ferry-plan-delayed-briefing-for-the-morning-meeting.md"
    app, _claim = _app()
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await wait_analysed(pilot)
        await pilot.press("e")
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await wait_for(pilot, target.exists)
        await wait_for(pilot, lambda: app.screen.query(Toast))
        (toast,) = app.screen.query(Toast)
        room = toast.content_region.width
        shown = toast._notification.message.split("\n")
    assert shown[0] == "Exported to"
    assert "".join(shown[1:]) == str(target)
    assert all(len(line) <= room for line in shown)
    assert all(line.endswith("/") for line in shown[1:-1])


async def test_the_notes_header_shows_a_claim_as_the_pane_does_with_its_marks():
    """A part whose span leaves out its own quotation marks is shown with them, as in the
    Claims pane (the note is still attached by the claim's bare words)."""
    app, claim = _app(second_words="and it will stop at Orla too.")
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("3", "g", "enter")
        await pilot.pause()
        header = str(app.main.notes_pane.query_one("#notes-anchor", Static).content)
        assert '… "and it will stop at' in header
        assert app.main.notes_pane.anchor.text == claim.words(TEXT)
