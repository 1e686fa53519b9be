"""A headline's "Reports: X" or "Minister says X" sums up the body; it is not a claim."""

from __future__ import annotations

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.reading import load_article


def test_the_headline_holds_no_claim(nlp, tmp_path) -> None:
    path = tmp_path / "pier.txt"
    path.write_text(
        "Reports: Harbour Board to close the old pier by May\n\n"
        "The Harbour Board said on Monday that the old pier would close by May.\n\n"
        '"We have no choice," said board chair Dana Whitlock.\n',
        encoding="utf-8",
    )
    article = load_article(str(path))
    assert article.title.startswith("Reports:")
    briefing = analyze_doc(nlp(article.text), article)
    headline_end = article.text.index("\n")
    assert briefing.claims, "the body's claims stay"
    assert all(c.content.start > headline_end for c in briefing.claims)
    assert [c.id for c in briefing.claims] == [f"c{n}" for n in range(1, len(briefing.claims) + 1)]


def test_the_apps_analysis_reads_no_claim_in_the_headline_either(tmp_path) -> None:
    """The app's analysis (streamed from the child) and ``analyze`` write the same cache
    entry: they must agree (the app's kept the headline's claim, a dossier reusing the
    cache then differed with who had opened the article first)."""
    from briefing_tui.engine.analyze import analyze
    from briefing_tui.engine.session import analyze_stream

    path = tmp_path / "tax.txt"
    path.write_text(
        "Minister says taxes will rise next year\n\n"
        "The finance minister, Ana Ruiz, said on Monday that taxes would rise next year.\n",
        encoding="utf-8",
    )
    article = load_article(str(path))
    streamed = list(analyze_stream(article, use_cache=False))[-1].briefing
    assert streamed is not None and streamed.article is article
    headline_end = article.text.index("\n")
    assert streamed.claims and all(c.content.start > headline_end for c in streamed.claims)
    expected = analyze(article)
    assert [(c.id, c.content) for c in streamed.claims] == [
        (c.id, c.content) for c in expected.claims
    ]
