"""End to end: a stray line inside an article is never glued to the next sentence."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.engine.analyze import analyze
from briefing_tui.engine.nlp import parse
from briefing_tui.reading import article_from_text, load_article

STRAY = "Russia is a permanent threat to Europe’s security, says Luxembourg PM"
ARTICLE = (
    "Trump to meet Zelenskiy\n"
    "US President Donald Trump said he is speaking with Russian President Vladimir Putin.\n"
    f"{STRAY}\n"
    "Tomahawks would allow Kyiv’s forces to strike deeper into Russian territory, "
    "officials said.\n"
    "Related: Oil prices rise\n"
    "“We will see what happens,” Trump told reporters on Friday.\n"
)


def assert_sentences_within_lines(doc, text: str) -> None:
    """No sentence of ``doc`` runs across a line break of ``text``."""
    for sent in doc.sents:
        inner = text[sent.start_char : sent.end_char].strip()
        assert "\n" not in inner, f"sentence crosses a line break: {inner!r}"


def test_no_sentence_crosses_a_line(nlp, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE.replace("\n", "\r\n"), encoding="utf-8")
    article = load_article(str(path))
    assert_sentences_within_lines(parse(nlp, article.text), article.text)


def test_stray_line_does_not_join_a_claim(nlp) -> None:
    article = article_from_text(ARTICLE, "test")
    briefing = analyze(article, nlp=nlp)
    stray_start = article.text.index(STRAY)
    stray_end = stray_start + len(STRAY)
    for claim in briefing.claims:
        content = claim.content
        inside = stray_start <= content.start and content.end <= stray_end
        outside = content.end <= stray_start or content.start >= stray_end
        assert inside or outside, article.text[content.start : content.end]


def test_the_sample_keeps_its_stray_headline_apart(nlp) -> None:
    path = Path(__file__).resolve().parents[2] / "seeds" / "000_4418247077a2d3e9.txt"
    article = load_article(str(path))
    assert_sentences_within_lines(parse(nlp, article.text), article.text)


def test_hard_wrapped_sentence_is_not_split_at_its_line_breaks() -> None:
    """A paragraph wrapped at a fixed width keeps its sentences whole."""
    from briefing_tui.engine.nlp import load_pipeline

    nlp = load_pipeline()
    text = (
        "The finance minister told reporters on Monday that the\n"
        "budget would be published next week.\n"
        "A headline on a line of its own\n"
        "The committee meets again in March."
    )
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences == [
        "The finance minister told reporters on Monday that the\n"
        "budget would be published next week.",
        "A headline on a line of its own",
        "The committee meets again in March.",
    ]
