"""Reading plain text, Markdown, HTML and standard input into an Article."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from briefing_tui.model import Span
from briefing_tui.reading import (
    article_from_text,
    find_byline,
    find_date,
    find_dateline,
    find_outlet,
    guess_title,
    load_article,
    paragraph_spans,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

PLAIN = (
    "Ministers agree on water plan\n"
    "By Jane Doe\n"
    "LONDON, Oct 3 - Ministers agreed a plan on Tuesday to fix leaking pipes, officials said.\n"
    "The plan will cost 2 billion pounds, the treasury said.\n"
)

NEWS_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Storm hits coast | Example News</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie">We use cookies. Accept all cookies?</div>
<article>
<h1>Storm hits coast</h1>
<p class="byline">By Jane Doe</p>
<p>WASHINGTON (Reuters) - A powerful storm hit the coast on Tuesday, officials said,
cutting power to thousands of homes.</p>
<p>"We are doing everything we can," the mayor told reporters. The weather service
expects more rain on Wednesday.</p>
<p>Residents were told to stay indoors until the wind drops.</p>
</article>
<footer>Copyright 2024 Example News. All rights reserved. Privacy policy.</footer>
</body></html>
"""


def write(tmp_path: Path, name: str, data: str | bytes) -> str:
    """Write ``data`` to ``tmp_path/name`` and return the path as a string."""
    path = tmp_path / name
    if isinstance(data, str):
        path.write_bytes(data.encode("utf-8"))
    else:
        path.write_bytes(data)
    return str(path)


def test_plain_text_is_kept_as_written(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "story.txt", PLAIN))
    assert article.text == PLAIN
    assert article.title == "Ministers agree on water plan"
    assert article.byline == "Jane Doe"
    assert article.dateline == "LONDON, Oct 3"
    assert article.source.endswith("story.txt")
    assert [article.text[p.start : p.end] for p in article.paragraphs] == PLAIN.splitlines()


def test_the_bundled_sample() -> None:
    path = SEEDS / "000_4418247077a2d3e9.txt"
    article = load_article(str(path))
    assert article.text == path.read_text(encoding="utf-8")
    assert article.title == ""  # its first line is a sentence
    lines = [line for line in article.text.split("\n") if line.strip()]
    assert len(article.paragraphs) == len(lines)
    assert article.byline is None and article.dateline is None


def test_markdown_title_and_offsets_into_its_plain_text(tmp_path: Path) -> None:
    text = "# Floods close *main* roads\n\nRoads were closed on [Monday](x), police said.\n"
    article = load_article(write(tmp_path, "story.md", text))
    # Markdown is read as its plain words, so offsets point into what is shown.
    assert article.text == "Floods close main roads\n\nRoads were closed on Monday, police said.\n"
    assert article.title == "Floods close main roads"
    assert article.text[article.paragraphs[1].start : article.paragraphs[1].end].startswith("Roads")


def test_html_file_drops_navigation_and_boilerplate(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "page.html", NEWS_PAGE))
    assert article.title == "Storm hits coast"
    assert article.text.startswith("Storm hits coast\n")
    assert "A powerful storm hit the coast" in article.text
    assert "Residents were told" in article.text
    for boilerplate in ("Home", "Sport", "cookies", "Copyright", "Privacy"):
        assert boilerplate not in article.text
    assert article.byline == "Jane Doe"
    assert article.dateline == "WASHINGTON (Reuters)"
    texts = [article.text[p.start : p.end] for p in article.paragraphs]
    assert texts[0] == "Storm hits coast"
    assert any(t.startswith('"We are doing everything') for t in texts)


def test_html_metadata_gives_the_outlet_and_date(tmp_path: Path) -> None:
    head = (
        '<meta property="og:site_name" content="Harbour Gazette">'
        '<meta property="article:published_time" content="2025-03-04T09:00:00Z">'
    )
    page = NEWS_PAGE.replace('<meta charset="utf-8">', f'<meta charset="utf-8">{head}')
    article = load_article(write(tmp_path, "page.html", page))
    assert (article.outlet, article.date) == ("Harbour Gazette", "2025-03-04")


def test_html_link_lines_and_captions_are_not_body_text(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Harbour board delays vote</title></head><body><article>"
        "<h1>Harbour board delays vote</h1>"
        "<p>The harbour board delayed its vote on the ferry terminal on Monday, "
        'its <a href="/chair">chairman</a> said.</p>'
        '<figure><img src="pier.jpg"><figcaption>The old pier at dusk.</figcaption></figure>'
        '<p><strong>Read more:</strong> <a href="/a">Ferry fares rise across the region</a></p>'
        '<p>Profile: <a href="/b">Ana Lind, the harbour master</a></p>'
        '<p><a href="/c">Critics</a> said the delay would cost the town '
        '<a href="/d">millions of pounds</a>.</p>'
        "</article></body></html>"
    )
    article = load_article(write(tmp_path, "page.html", page))
    assert article.text.split("\n") == [
        "Harbour board delays vote",
        "The harbour board delayed its vote on the ferry terminal on Monday, its chairman said.",
        "Critics said the delay would cost the town millions of pounds.",
    ]


def test_html_recognised_by_content(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "saved-page.txt", NEWS_PAGE))
    assert article.title == "Storm hits coast"
    assert "<p>" not in article.text


def test_html_page_without_title_uses_first_line(tmp_path: Path) -> None:
    page = (
        "<html><body><p>Bridge closes for repairs</p><p>The council voted on Tuesday to "
        "close the old bridge for repairs, the mayor said.</p></body></html>"
    )
    article = load_article(write(tmp_path, "page.htm", page))
    assert "The council voted on Tuesday" in article.text
    assert "<" not in article.text


def test_html_declared_latin1(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Caf\xe9 closes</title></head><body>'
        "<article><p>The caf\xe9 in Z\xfcrich closed on Monday after forty years, its owner "
        "said.</p></article></body></html>"
    ).encode("latin-1")
    article = load_article(write(tmp_path, "page.html", page))
    assert "café in Zürich" in article.text
    assert article.title == "Café closes"


def test_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    data = PLAIN.replace("\n", "\r\n").encode("utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    article = load_article("-")
    assert article.text == PLAIN
    assert article.source == "standard input"


def test_standard_input_html(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(NEWS_PAGE.encode())))
    assert load_article("-").title == "Storm hits coast"


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        (
            "Trump says talks with Putin are going well",
            "Trump says talks with Putin are going well",
        ),
        ("Will Ukraine get Tomahawks?", "Will Ukraine get Tomahawks?"),
        ("Trump spoke with Putin on Thursday.", ""),
        ("“We will see,” he said", "“We will see,” he said"),
        ("He said: “We will see.”", ""),
        ("# A Markdown title", "A Markdown title"),
        ("## A second-level heading", ""),
        ("By Jane Doe", ""),
        ("WASHINGTON (Reuters) - The talks went on.", ""),
        ("word " * 40, ""),
    ],
)
def test_title(first_line: str, title: str) -> None:
    assert guess_title(f"\n  {first_line}\nThe talks went on for hours.\n") == title


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        # title case with the one trailing full stop some outlets add to every headline
        ("Harbour Board Delays Vote on New Ferry Terminal.", True),
        ("Old Mills Find New Life As Village Studios.", True),
        ("Senator Calls Water Plan ‘Reckless.’", True),
        ("Council Approves ‘Historic’ Budget For Parks.", True),
        # a headline ending in a quoted phrase, with no full stop
        ("Minister warns of 'long, hard winter'", True),
        ("Regulators call merger “a done deal”", True),
        # sentence case with a full stop: the article's first sentence
        ("The harbour board delayed its vote on the ferry terminal.", False),
        ("Ferry terminal vote delayed...", False),
        ("The Board Met, and Then:", False),
        # a date is not a headline
        ("Tuesday, March 4, 2025", False),
        ("4 March 2025", False),
        ("2025-03-04", False),
    ],
)
def test_a_first_line_reads_as_a_headline_by_its_form(first_line: str, title: bool) -> None:
    text = f"{first_line}\n\nThe board met for three hours on Monday evening, a spokesman said.\n"
    assert guess_title(text) == (first_line if title else "")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ferry vote delayed\nTuesday, March 4, 2025\nThe board met.", "Tuesday, March 4, 2025"),
        ("Ferry vote delayed\n4 March 2025\nThe board met.", "4 March 2025"),
        ("LONDON, Oct 3 (Reuters) - The board met.", "Oct 3"),
        ("Ferry vote delayed\nThe board met on March 4, 2025, to vote.", None),
    ],
)
def test_date(text: str, date: str | None) -> None:
    assert find_date(text) == date


def test_outlet_is_the_agency_a_dateline_names() -> None:
    assert find_outlet("Ferry vote delayed\nOSLO (Reuters) - The board met.") == "Reuters"
    assert find_outlet("Ferry vote delayed\nOSLO - The board met.") is None
    article = article_from_text("Ferry Vote Delayed.\n\nOSLO, Oct 3 (AP) - The board met.\n")
    assert (article.title, article.outlet, article.date) == ("Ferry Vote Delayed.", "AP", "Oct 3")


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("Title\nBy Jane Doe\nBody.", "Jane Doe"),
        ("By Jane Doe and John Smith\nBody.", "Jane Doe and John Smith"),
        ("Title\nBY MARY-ANNE O’NEIL\nBody.", "MARY-ANNE O’NEIL"),
        ("By the time talks began, both sides had left.\nBody.", None),
        ("By Monday the river had burst its banks in three places.\nBody.", None),
        ("Title\nBody.\nMore.\nStill more.\nBy Jane Doe", None),  # not near the top
    ],
)
def test_byline(text: str, byline: str | None) -> None:
    assert find_byline(text) == byline


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("WASHINGTON (Reuters) - Talks began.", "WASHINGTON (Reuters)"),
        ("Title\nLONDON, Oct 3 - Talks began.", "LONDON, Oct 3"),
        ("KYIV, Ukraine (AP) — Talks began.", "KYIV, Ukraine (AP)"),
        ("NEW YORK — Talks began.", "NEW YORK"),
        ("SAN FRANCISCO, Calif., Sept. 12 -- Talks began.", "SAN FRANCISCO, Calif., Sept. 12"),
        ("US President Donald Trump said talks began.", None),
        ("Title\nThe talks - which began late - went on.", None),
    ],
)
def test_dateline(text: str, dateline: str | None) -> None:
    assert find_dateline(text) == dateline


def test_stray_line_is_its_own_paragraph() -> None:
    text = (
        "Trump spoke with Putin on Thursday.\n"
        "Russia is a permanent threat to Europe, says Luxembourg PM\n"
        "Tomahawks would allow Kyiv to strike deeper into Russia.\n"
    )
    spans = paragraph_spans(text)
    assert [text[s.start : s.end] for s in spans] == text.splitlines()


def test_hard_wrapped_paragraphs_are_kept_whole() -> None:
    text = (
        "The council voted on Tuesday to close the old\n"
        "bridge for repairs, the mayor said, after a long\n"
        "debate.\n"
        "\n"
        "Work is expected to start in May.\n"
    )
    first_end = text.index("debate.") + len("debate.")
    second_start = text.index("Work")
    assert paragraph_spans(text) == [
        Span(0, first_end),
        Span(second_start, second_start + len("Work is expected to start in May.")),
    ]


def test_markdown_list_lines_stay_separate() -> None:
    text = "Key points\n\n- the bridge closes\n- work starts in May\n"
    assert len(paragraph_spans(text)) == 3


def test_article_from_text_refuses_blank() -> None:
    from briefing_tui.errors import InputError

    with pytest.raises(InputError, match="only whitespace"):
        article_from_text(" \n\t\n", "x.txt")
