"""Two notes written on two parts of a quote, which a newer analysis reads as one claim
(its cue interrupts it), are both kept on that claim and said to be on parts of one quote,
never called a conflict copy."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.export import briefing_to_markdown
from briefing_tui.model import Actor, Briefing, Claim, ClaimKind, Span
from briefing_tui.store.notes import NotesStore
from briefing_tui.store.notes.format import JOINED_LABEL

from .conftest import make_article

#: Invented text: a quote its cue interrupts.
TEXT = '"The ferry will run again in May," Rosa Vale said, "and it will stop at Orla too."\n'
FIRST = '"The ferry will run again in May,"'
SECOND = '"and it will stop at Orla too."'


def _span(words: str) -> Span:
    start = TEXT.index(words)
    return Span(start, start + len(words))


def _joined_briefing(article) -> Briefing:
    first, second = _span(FIRST), _span(SECOND)
    claim = Claim(
        "c9",
        "a1",
        "Rosa Vale",
        _span("Rosa Vale"),
        "said",
        _span("said"),
        Span(first.start, second.end),
        ClaimKind.DIRECT,
        content_parts=(first, second),
    )
    return Briefing(article, actors=[Actor("a1", "Rosa Vale", "person")], claims=[claim])


def test_notes_on_two_parts_of_one_quote_are_both_kept_and_neither_is_a_conflict(
    home: Path,
) -> None:
    article = make_article(TEXT, title="Ferry plan")
    store = NotesStore(article)
    store.load()
    store.set_note("claim", "c1", FIRST, "May is too late")
    store.set_note("claim", "c2", SECOND, "Orla was promised before")
    store.save()

    again = NotesStore(article)
    again.load()
    again.reanchor(_joined_briefing(article))
    main, second = again.notes
    assert (main.anchor_id, second.anchor_id) == ("c9", "c9")
    assert again.note_for("claim", "c9") is main and main.body == "May is too late"
    assert second.joined and not second.conflict and second.body == "Orla was promised before"
    again.save()

    written = again.path.read_text(encoding="utf-8")
    assert "conflict" not in written
    assert f"({JOINED_LABEL})" in written
    reread = NotesStore(article)
    assert [(n.body, n.joined) for n in reread.load()] == [
        ("May is too late", False),
        ("Orla was promised before", True),
    ]
    markdown = briefing_to_markdown(_joined_briefing(article), notes=reread.notes)
    assert "conflict copy" not in markdown
    assert f"*Note ({JOINED_LABEL}):* Orla was promised before" in markdown


def test_two_different_notes_on_the_same_words_are_still_a_conflict(home: Path) -> None:
    article = make_article(TEXT, title="Ferry plan")
    store = NotesStore(article)
    store.set_note("claim", "c1", FIRST, "one")
    store.set_note("claim", "c2", FIRST, "two")
    store.reanchor(_joined_briefing(article))
    assert [(n.conflict, n.joined) for n in store.notes] == [(False, False), (True, False)]
