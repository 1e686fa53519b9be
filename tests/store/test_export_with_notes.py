"""The Markdown export carries the notes beside what they are attached to."""

from __future__ import annotations

from briefing_tui.export import briefing_to_markdown
from briefing_tui.model import Article, Briefing
from briefing_tui.store.notes import Note

from .conftest import make_briefing


def note(kind: str, anchor_id: str | None, text: str, body: str, **flags: bool) -> Note:
    return Note(kind, anchor_id, text, body, "t", "t", **flags)  # type: ignore[arg-type]


def test_export_without_notes_is_unchanged(article: Article) -> None:
    briefing = make_briefing(article)
    assert briefing_to_markdown(briefing) == briefing_to_markdown(briefing, notes=[])
    assert "notes" not in briefing_to_markdown(briefing).lower()


def test_each_item_is_followed_by_its_note(article: Article) -> None:
    briefing = make_briefing(article)
    notes = [
        note("actor", "a1", "Donald Trump", "Check his\n\nMarch remarks."),
        note("claim", "c1", "the tariffs would start in March", "Source?"),
        note("question", "q1", "Will Canada retaliate?", "Watch Ottawa."),
        note("article", None, article.title, "Overall: skeptical."),
        note("actor", "a1", "Donald Trump", "other instance", conflict=True),
    ]
    lines = briefing_to_markdown(briefing, notes=notes).split("\n")

    def after(prefix: str) -> list[str]:
        start = next(i for i, line in enumerate(lines) if line.startswith(prefix))
        return lines[start + 1 : start + 6]

    assert after("- **Donald Trump**")[:4] == [
        "  - *Note:* Check his",
        "",
        "    March remarks.",
        "  - *Note (conflict copy):* other instance",
    ]
    assert (
        after("- Donald Trump said the tariffs would start in March.")[0] == "  - *Note:* Source?"
    )
    assert after("- Will Canada retaliate?")[0] == "  - *Note:* Watch Ottawa."
    assert after("## Article notes")[:2] == ["", "- *Note:* Overall: skeptical."]
    assert "Detached notes" not in "\n".join(lines)


def test_detached_and_unplaced_notes_get_their_own_section(article: Article) -> None:
    notes = [
        note("claim", "c9", "a claim since\nrewritten", "old thought", detached=True),
        note("actor", "a1", "Donald Trump", "placed nowhere yet"),
    ]
    # Before analysis finishes the briefing has no actors: the note must still appear.
    text = briefing_to_markdown(Briefing(article=article), notes=notes)
    section = text[text.index("## Detached notes (2)") :]
    assert "- **Claim:** a claim since rewritten\n  - *Note:* old thought" in section
    assert "- **Actor:** Donald Trump\n  - *Note:* placed nowhere yet" in section
