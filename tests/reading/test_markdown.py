"""Markdown is read as its plain words, with what it styled as offsets into them."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.model import Article, Briefing, Markup, MarkupKind
from briefing_tui.reading import article_from_text, load_article
from briefing_tui.reading.markdown import looks_like_markdown, render_markdown

SOURCE = """# Council Backs New Flood Plan

By Jane Doe

## What was agreed

The council voted **unanimously** on Monday, the *mayor* said, citing a
[report](https://example.org/report) by `engineers` \\*and\\* staff &amp; others.

- New barriers by spring
- A fund for homeowners
  1. Nested step

> Work starts soon.
"""

PLAIN = (
    "Council Backs New Flood Plan\n\n"
    "By Jane Doe\n\n"
    "What was agreed\n\n"
    "The council voted unanimously on Monday, the mayor said, citing a report by engineers"
    " *and* staff & others.\n\n"
    "• New barriers by spring\n\n"
    "• A fund for homeowners\n\n"
    "1. Nested step\n\n"
    "Work starts soon.\n"
)


def _styled(article: Article, kind: MarkupKind) -> list[str]:
    return [article.text[m.start : m.end] for m in article.markup if m.kind is kind]


def test_markdown_file_becomes_plain_text_with_its_structure(tmp_path: Path) -> None:
    path = tmp_path / "flood.md"
    path.write_text(SOURCE, encoding="utf-8")
    article = load_article(str(path))
    assert article.text == PLAIN
    assert article.title == "Council Backs New Flood Plan"
    assert article.byline == "Jane Doe"
    headings = [
        (m.level, article.text[m.start : m.end]) for m in article.markup if m.kind == "heading"
    ]
    assert headings == [(1, "Council Backs New Flood Plan"), (2, "What was agreed")]
    assert _styled(article, MarkupKind.STRONG) == ["unanimously"]
    assert _styled(article, MarkupKind.EMPHASIS) == ["mayor"]
    assert _styled(article, MarkupKind.LINK) == ["report"]
    assert _styled(article, MarkupKind.CODE) == ["engineers"]
    assert _styled(article, MarkupKind.QUOTE) == ["Work starts soon."]
    items = _styled(article, MarkupKind.LIST_ITEM)
    assert items[0] == "• New barriers by spring"
    assert "1. Nested step" in items
    paragraphs = [article.text[p.start : p.end] for p in article.paragraphs]
    assert paragraphs[0] == "Council Backs New Flood Plan"
    assert "• A fund for homeowners" in paragraphs


def test_markup_round_trips_and_old_briefings_still_read() -> None:
    article = render_markdown("# Title\n\nSome **bold** words.\n")
    made = Article(text=article.text, title=article.title, markup=article.markup)
    data = made.to_json()
    assert Article.from_json(data).markup == made.markup
    assert data["markup"][0] == {"start": 0, "end": 5, "kind": "heading", "level": 1}
    plain = article_from_text("Just a plain story.\nIt has two lines.\n")
    assert "markup" not in plain.to_json()  # other articles' briefings are unchanged
    del data["markup"]
    assert Article.from_json(data).markup == []
    assert Briefing.from_json(Briefing(article=made).to_json()).article.markup == [
        Markup(0, 5, MarkupKind.HEADING, 1),
        Markup(12, 16, MarkupKind.STRONG),
    ]


def test_only_clear_markdown_is_rendered_from_plain_text_and_stdin() -> None:
    assert looks_like_markdown("# Title\n\nText.\n")
    assert looks_like_markdown("Intro with **bold**.\n\n## Part two\n\nMore.\n")
    assert not looks_like_markdown("WASHINGTON (Reuters) - A plain story.\n- a dash line\n")
    assert not looks_like_markdown("He said 2 * 3 = 6 and #hashtags trend.\n")
    article = article_from_text("# Storm hits coast\n\nRain **fell**.\n", source="standard input")
    assert article.text == "Storm hits coast\n\nRain fell.\n"
    kept = "Storm hits coast\n- not a list, a dash\nRain fell.\n"
    assert article_from_text(kept).text == kept


def test_markdown_with_only_html_comments_is_kept_as_written(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_text("<!-- draft -->\n", encoding="utf-8")
    assert load_article(str(path)).text == "<!-- draft -->\n"
