"""Claims written and cited as a journalist would: the article's words verbatim, its own
quotation marks and punctuation kept, paraphrase never put in marks."""

from __future__ import annotations

import pytest

from briefing_tui.export import (
    article_citation,
    balanced,
    briefing_to_markdown,
    claim_citation,
    claim_sentence,
    claim_words,
    paragraph_number,
)
from briefing_tui.model import Actor, Article, Briefing, Claim, ClaimKind, Span

#: Invented text: one paragraph per line.
TEXT = (
    "Harbour board delays ferry vote\n"
    "Mayor Ana Lind said the terminal would open in May.\n"
    "“The board has “no plan at all” for the ferry,” Lind said.\n"
    "Lind said the delay was “a scandal” and would cost “millions.”\n"
    "Critics said “the vote was rigged.”\n"
    "According to the harbour master, the pier is unsafe.\n"
    "The pier will close in June, according to the harbour master.\n"
    "“We will see,” said Lind.\n"
)


def _span(part: str, after: int = 0) -> Span:
    start = TEXT.index(part, after)
    return Span(start, start + len(part))


def _paragraphs() -> list[Span]:
    spans, start = [], 0
    for line in TEXT.split("\n")[:-1]:
        spans.append(Span(start, start + len(line)))
        start += len(line) + 1
    return spans


def _claim(
    content: str, kind: ClaimKind, cue: str, source: str = "Lind", *, after: int = 0
) -> Claim:
    """A claim by ``source`` whose cue and source are the first after ``after``."""
    content_span = _span(content, after)
    line_start = TEXT.rfind("\n", 0, content_span.start) + 1
    return Claim(
        id=f"c{content_span.start}",
        source="a1" if source == "Lind" else None,
        source_text=source,
        source_span=_span(source, line_start),
        cue=cue,
        cue_span=_span(cue, line_start),
        content=content_span,
        kind=kind,
    )


def _article(**metadata: str) -> Article:
    fields = {"title": "Harbour board delays ferry vote", "source": "/home/me/news/ferry.txt"}
    return Article(TEXT, paragraphs=_paragraphs(), **{**fields, **metadata})


def _briefing(*claims: Claim, article: Article | None = None) -> Briefing:
    lind = Actor("a1", "Ana Lind", "person")
    return Briefing(article or _article(), actors=[lind], claims=list(claims))


INDIRECT = _claim("the terminal would open in May", ClaimKind.INDIRECT, "said")
DIRECT_WITH_INNER_QUOTE = _claim(
    "“The board has “no plan at all” for the ferry,", ClaimKind.DIRECT, "said"
)
MIXED = _claim("the delay was “a scandal” and would cost “millions.", ClaimKind.MIXED, "said")
DIRECT_OWN_MARKS = _claim("“the vote was rigged.”", ClaimKind.DIRECT, "said", source="Critics")
ACCORDING_FIRST = _claim(
    "the pier is unsafe", ClaimKind.ACCORDING_TO, "According to", source="the harbour master"
)
ACCORDING_AFTER = _claim(
    "The pier will close in June",
    ClaimKind.ACCORDING_TO,
    "according to",
    source="the harbour master",
    after=TEXT.index("The pier"),
)
SAID_AFTER = _claim("We will see,", ClaimKind.DIRECT, "said", after=TEXT.index("“We will"))


def _sentence(claim: Claim) -> str:
    briefing = _briefing(claim)
    return claim_sentence(briefing.article, briefing, claim)


def test_indirect_speech_is_reported_never_quoted() -> None:
    assert _sentence(INDIRECT) == "Ana Lind said the terminal would open in May."


def test_a_direct_quote_is_the_articles_verbatim_with_its_marks_and_its_comma() -> None:
    # Nothing inside the article's marks is changed: no single marks, no comma dropped,
    # and no full stop added after the quote's own comma.
    assert _sentence(DIRECT_WITH_INNER_QUOTE) == (
        "Ana Lind said: “The board has “no plan at all” for the ferry,”"
    )


def test_mixed_speech_is_reported_with_only_the_articles_own_marks() -> None:
    # The claim stops before the article's closing mark: it is closed, as the article closes it.
    assert _sentence(MIXED) == "Ana Lind said the delay was “a scandal” and would cost “millions.”"


def test_a_quote_that_brings_its_own_marks_is_not_quoted_twice() -> None:
    assert _sentence(DIRECT_OWN_MARKS) == "Critics said: “the vote was rigged.”"


def test_the_article_order_is_kept_when_the_cue_comes_before_the_source() -> None:
    assert _sentence(ACCORDING_FIRST) == "According to the harbour master, the pier is unsafe."
    assert _sentence(ACCORDING_AFTER) == (
        "The pier will close in June, according to the harbour master."
    )
    # A quote is never followed by its cue and source: "“We will see,”, said" would not read.
    assert _sentence(SAID_AFTER) == "Ana Lind said: “We will see,”"


@pytest.mark.parametrize(
    ("text", "inside", "written"),
    [
        ('"We will see," he said.', "We will see,", '"We will see,"'),
        ("“We will see,” he said.", "We will see,", "“We will see,”"),
        ("He said: 'We will see.'", "We will see.", "'We will see.'"),
        ('"It is "a farce", and wrong," she said.', "It is", '"It is "a farce", and wrong,"'),
        (
            "“it was the Smiths’ boat\nall along,” he said.",
            "it",
            "“it was the Smiths’ boat all along,”",
        ),
        ("“I said, ‘Look, it is over,’ and left.", "Look, it is over,", "‘Look, it is over,’"),
        ("It was “a plan for years,” he said.", "a plan", "“a plan”"),
    ],
)
def test_claim_words_are_the_articles_own_with_the_marks_around_them(
    text: str, inside: str, written: str
) -> None:
    """The span of the words, widened to the marks right around it (and to the end of the
    quote it starts when ``inside`` is only its start), is copied as the article prints it."""
    start = text.index(inside)
    end = start + len(inside) if inside.endswith((",", ".")) or inside == "a plan" else None
    if end is None:  # the words run on to the quote's closing mark
        end = max(text.rindex(mark) for mark in '"”' if mark in text)
    claim = Claim("c1", None, "he", None, "said", None, Span(start, end), ClaimKind.DIRECT)
    assert claim_words(text, claim) == written


def test_balanced_closes_what_a_cut_claim_leaves_open() -> None:
    assert balanced("would cost “millions") == "would cost “millions”"
    assert balanced('millions" for the port') == '"millions" for the port'
    assert balanced("it is ‘permanent’ and “final”") == "it is ‘permanent’ and “final”"


def test_every_claim_in_the_markdown_briefing_is_written_as_the_article_marks_it() -> None:
    claims = [INDIRECT, DIRECT_WITH_INNER_QUOTE, MIXED, ACCORDING_FIRST]
    markdown = briefing_to_markdown(_briefing(*claims))
    assert "- Ana Lind said the terminal would open in May. (indirect, para. 2)" in markdown
    assert "- Ana Lind said: “The board has “no plan at all” for the ferry,” (direct, para. 3)" in (
        markdown
    )
    assert "- According to the harbour master, the pier is unsafe. (according_to, para. 6)" in (
        markdown
    )
    assert "“the terminal" not in markdown
    assert "/home/me" not in markdown


def test_a_web_article_is_cited_with_outlet_byline_date_url_and_paragraph() -> None:
    article = _article(
        title="Board delays “historic” vote",
        source="https://news.example.org/ferry",
        outlet="Harbour Gazette",
        byline="Jo Park",
        date="2025-03-04",
    )
    briefing = _briefing(INDIRECT, article=article)
    assert claim_citation(article, briefing, INDIRECT) == (
        "Ana Lind said the terminal would open in May. — “Board delays ‘historic’ vote”, "
        "Harbour Gazette, by Jo Park, 2025-03-04, https://news.example.org/ferry, para. 2"
    )
    assert briefing_to_markdown(briefing).split("\n")[2] == (
        "Cite as: “Board delays ‘historic’ vote”, Harbour Gazette, by Jo Park, 2025-03-04, "
        "https://news.example.org/ferry  "
    )


def test_a_local_file_is_cited_by_title_and_only_by_its_name_without_one() -> None:
    assert article_citation(_article()) == "“Harbour board delays ferry vote”"
    assert article_citation(_article(title="")) == "ferry.txt"
    assert article_citation(_article(title="", source="standard input")) == "standard input"
    assert article_citation(Article("Text.")) == "untitled article"


def test_the_paragraph_number_counts_from_one() -> None:
    article = _article()
    assert paragraph_number(article, 0) == 1
    assert paragraph_number(article, TEXT.index("Critics")) == 5
    assert paragraph_number(Article("Text."), 0) is None


def test_outlet_and_date_are_optional_in_the_json() -> None:
    article = _article(outlet="Harbour Gazette", date="2025-03-04")
    data = article.to_json()
    assert (data["outlet"], data["date"]) == ("Harbour Gazette", "2025-03-04")
    assert Article.from_json(data) == article
    del data["outlet"], data["date"]  # a briefing/1 document written before they existed
    assert (Article.from_json(data).outlet, Article.from_json(data).date) == (None, None)


def test_places_that_only_locate_events_are_listed_apart_after_the_actors() -> None:
    lind = Actor("a1", "Ana Lind", "person")
    harbour = Actor("a2", "Eastvale Harbour", "place", located_only=True)
    town = Actor("a3", "Eastvale", "place")  # a place that acts stays among the actors
    markdown = briefing_to_markdown(Briefing(_article(), actors=[lind, harbour, town]))
    lines = markdown.split("\n")
    actors = lines.index("## Actors (2)")
    places = lines.index("### Places (1)")
    assert actors < lines.index("- **Eastvale** (place): 0 mentions") < places
    assert places < lines.index("- **Eastvale Harbour** (place): 0 mentions")
    assert places < lines.index("## Claims (0)")


def test_a_quote_its_cue_interrupts_is_written_as_its_parts_joined() -> None:
    text = "“The pier is safe,” Lind said, “and it will stay open.”\n"
    first = Span(0, text.index(" Lind"))
    second = Span(text.index("“and"), text.index("\n"))
    claim = Claim(
        "c1",
        "a1",
        "Lind",
        None,
        "said",
        None,
        Span(first.start, second.end),
        ClaimKind.DIRECT,
        content_parts=(first, second),
    )
    briefing = _briefing(claim, article=Article(text, paragraphs=[Span(0, len(text) - 1)]))
    written = "Ana Lind said: “The pier is safe,” … “and it will stay open.”"
    assert claim_sentence(briefing.article, briefing, claim) == written
    assert f"- {written} (direct, para. 1)" in briefing_to_markdown(briefing)
