"""A claim whose cue interrupts it: the pane, the marks, the copy and the export show the
quoted parts joined with " … ", never the cue between them."""

from __future__ import annotations

from textual.widgets import Input

from briefing_tui.model import Actor, ActorKind, Briefing, Claim, ClaimKind, Mention, Span
from briefing_tui.reading import article_from_text
from briefing_tui.ui.app import BriefingApp
from briefing_tui.ui.screens.prompt import PromptScreen

from ..support import WIDE, wait_analysed, wait_for

#: Invented text: a headline, then a quote its cue interrupts.
TEXT = (
    "Ferry plan delayed\n"
    '"The ferry will run again in May," Rosa Vale said, "and it will stop at Orla too."\n'
)


def _span(words: str) -> Span:
    start = TEXT.index(words)
    return Span(start, start + len(words))


def _app() -> tuple[BriefingApp, Claim]:
    article = article_from_text(TEXT, source="ferry.txt")
    first = _span('"The ferry will run again in May,"')
    second = _span('"and it will stop at Orla too."')
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
        assert "“The ferry will run again in May … and it will stop at Orla too.”" in app.clipboard
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
    assert "Rosa Vale said: “The ferry will run again in May … and it will stop at Orla too.”" in (
        text
    )
