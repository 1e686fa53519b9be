"""Notes: the main flow, autosave, quitting mid-note, detached notes, export, unwritable data."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from briefing_tui.model import Briefing, Span
from briefing_tui.reading import article_from_text
from briefing_tui.store.notes import NotesStore
from briefing_tui.ui.app import BriefingApp
from briefing_tui.ui.logic.relations import claim_involves
from briefing_tui.ui.screens.prompt import PromptScreen

from ..support import WIDE, wait_analysed, wait_for


def _actor_with_claims(briefing: Briefing) -> int:
    def score(index: int) -> tuple[bool, int]:
        actor = briefing.actors[index]
        return (any(claim_involves(c, actor) for c in briefing.claims), len(actor.mentions))

    return max(range(len(briefing.actors)), key=score)


async def _type(pilot, text: str) -> None:
    await pilot.press(*["space" if ch == " " else ch for ch in text])


async def test_main_flow_select_actor_write_note_quit_reopen(sample_article, sample_briefing):
    """On the real analysis worker: select an actor, see it marked, note it, quit, reopen."""
    app = BriefingApp(sample_article, use_cache=False)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        briefing = app.briefing
        index = _actor_with_claims(briefing)
        actor = briefing.actors[index]
        await pilot.press("2", "g", *(["j"] * index), "enter")
        await pilot.pause()
        assert app.main.selected_actor.id == actor.id
        mentions = sorted(
            (Span(m.start, m.end) for m in actor.mentions), key=lambda s: (s.start, s.end)
        )
        assert app.main.article_view.marks("mention") == mentions
        shown = app.main.claim_list.visible_items
        assert shown and all(claim_involves(c, actor) for c in shown)
        await pilot.press("a")
        assert app.focused is app.main.notes_pane.editor
        assert app.main.notes_pane.anchor.kind == "actor"
        await _type(pilot, "check their record")
        await pilot.press("escape")
        assert app.main.active_pane == "actors"
        await pilot.press("q")
    assert app.return_code == 0
    path = NotesStore(sample_article).path
    saved = path.read_text(encoding="utf-8")
    assert "check their record" in saved
    assert actor.name in saved

    again = BriefingApp(sample_article, use_cache=False, briefing=briefing)
    async with again.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        assert again.main.notes_pane.border_title == "Notes (1)"
        await pilot.press("2", "g", *(["j"] * index), "enter")
        await pilot.pause()
        assert again.main.notes_pane.body == "check their record"


async def test_note_on_the_article_autosaves_after_a_pause(make_app, sample_article):
    app = make_app()
    path = NotesStore(sample_article).path
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("1", "a")
        assert app.main.notes_pane.anchor.kind == "article"
        store = app.main.store
        saves: list[str] = []
        real_save = store.save

        def counted_save() -> None:
            saves.append(app.main.notes_pane.body)
            real_save()

        store.save = counted_save
        typed = "worth a follow-up"
        await _type(pilot, typed)
        # Debounced: not written on every keystroke. (Not "nothing written yet": on a
        # loaded machine the typing itself can outlast the autosave's maximum wait.)
        assert len(saves) < len(typed) // 2, saves
        await wait_for(pilot, lambda: path.exists() and not store.dirty)
        assert "worth a follow-up" in path.read_text(encoding="utf-8")
        note = app.main.store.note_for("article", None)
        assert note is not None and note.body == "worth a follow-up"


async def test_ctrl_c_while_typing_keeps_the_note(make_app, sample_article):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("3", "g", "a")
        await _type(pilot, "unfinished thought")
        await pilot.press("ctrl+c")
    assert "unfinished thought" in NotesStore(sample_article).path.read_text(encoding="utf-8")


async def test_q_typed_in_a_note_is_text_not_quit(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("a", "q", "1", "n")
        assert app.is_running
        assert app.main.notes_pane.body == "q1n"


async def test_notes_whose_anchor_is_gone_are_kept_as_detached(make_app, tmp_path, sample_briefing):
    source = tmp_path / "story.txt"
    source.write_text("Storm hits coast\nThe mayor said the bridge will reopen in May.\n")
    first = article_from_text(source.read_text(), source=str(source))
    claim_span = Span(first.text.index("the bridge"), first.text.index(" in May"))
    from briefing_tui.model import Claim

    claim = Claim("c1", None, "The mayor", Span(17, 26), "said", None, claim_span)
    app = BriefingApp(first, briefing=Briefing(article=first, claims=[claim]))
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("3", "g", "enter", "a")
        await _type(pilot, "ask the council")
        await pilot.press("escape", "q")

    source.write_text("Storm hits coast\nThe council has not decided anything yet.\n")
    changed = article_from_text(source.read_text(), source=str(source))
    app = BriefingApp(changed, briefing=Briefing(article=changed))
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        detached = app.main.store.detached_notes
        assert [n.body for n in detached] == ["ask the council"]
        assert app.save_notes_now()
    text = NotesStore(changed).path.read_text(encoding="utf-8")
    assert "# Detached" in text and "ask the council" in text


async def test_export_writes_the_briefing_with_notes(make_app, tmp_path, sample_briefing):
    app = make_app()
    target = tmp_path / "out" / "briefing.md"
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("2", "g", "a")
        await _type(pilot, "exported note")
        await pilot.press("escape", "e")
        assert isinstance(app.screen, PromptScreen)
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await wait_for(pilot, target.exists)
    text = target.read_text(encoding="utf-8")
    assert "exported note" in text
    for actor in sample_briefing.actors[:3]:
        assert actor.name in text


async def test_unwritable_data_folder_warns_keeps_notes_and_offers_export(
    make_app, tmp_path, monkeypatch
):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    monkeypatch.setenv("BRIEFING_HOME", str(blocked))
    target = tmp_path / "rescued.md"
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("1", "a")
        await _type(pilot, "do not lose me")
        await pilot.press("escape")
        assert not app.save_notes_now()
        await pilot.pause()
        assert app.main.notes_pane.has_class("-warning")
        assert any("export" in str(n.message) for n in app._notifications)
        assert app.main.store.note_for("article", None).body == "do not lose me"
        # Quitting warns once instead of losing the note.
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running
        await pilot.press("e")
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await wait_for(pilot, target.exists)
        await pilot.press("q")
    assert "do not lose me" in Path(target).read_text(encoding="utf-8")
