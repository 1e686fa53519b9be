"""The notes file a claim's note is saved in says whose words it is on, not an id."""

from __future__ import annotations

from textual.widgets import OptionList

from briefing_tui.export import source_name
from briefing_tui.store.notes import NotesStore

from ..support import WIDE, wait_analysed


async def test_a_claim_note_is_saved_under_its_speaker_and_words(
    make_app, sample_article, sample_briefing
):
    app = make_app()
    claim = next(c for c in sample_briefing.claims if source_name(sample_briefing, c))
    index = sample_briefing.claims.index(claim)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("3", "g", *(["j"] * index), "enter", "a")
        assert app.main.notes_pane.anchor.id == claim.id
        await pilot.press(*"check")
        await pilot.press("escape", "q")
    saved = NotesStore(sample_article).path.read_text(encoding="utf-8")
    headings = [line for line in saved.splitlines() if line.startswith("## ")]
    opening = " ".join(claim.words(sample_article.text).split()[:4])
    speaker = source_name(sample_briefing, claim)
    assert len(headings) == 1 and headings[0].startswith(f"## Claim by {speaker}: {opening}")
    assert f"## Claim {claim.id}" not in saved
    assert f'id="{claim.id}"' in saved


async def test_the_notes_overview_names_whose_words_a_note_is_on(
    make_app, sample_article, sample_briefing
):
    app = make_app()
    claim = next(c for c in sample_briefing.claims if source_name(sample_briefing, c))
    index = sample_briefing.claims.index(claim)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("3", "g", *(["j"] * index), "enter", "a")
        await pilot.press(*"check")
        await pilot.press("escape", "A")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        shown = str(options.get_option_at_index(0).prompt)
        assert f"claim by {source_name(sample_briefing, claim)}: " in shown
