"""How a disputed question names its two sides: a described actor reads with "the", and the
verb agrees with the name the question writes, not with the words the article wrote."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions.sides import _agreeing, _with_article


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("finance ministry", "the finance ministry"),
        ("the finance ministry", "the finance ministry"),
        ("a senior official", "a senior official"),
        ("several survivors", "several survivors"),
        ("Kenyan officials", "Kenyan officials"),
        ("local health officials", "local health officials"),
        ("Corvina Lines", "Corvina Lines"),
    ],
)
def test_a_described_side_reads_with_the(name: str, written: str) -> None:
    assert _with_article(name) == written


def test_a_proper_name_takes_the_singular_whatever_the_article_wrote() -> None:
    # the source written "central bank data" (plural) is named "the Bank of Velmora" (one)
    assert _agreeing(None, None, "the Bank of Velmora", "say") == "says"  # type: ignore[arg-type]
    assert _agreeing(None, None, "Bank of Velmora's rate committee", "deny") == "denies"  # type: ignore[arg-type]


def test_a_plural_common_noun_takes_the_plural() -> None:
    assert _agreeing(None, None, "Kenyan officials", "deny") == "deny"  # type: ignore[arg-type]
    assert _agreeing(None, None, "the unions", "say") == "say"  # type: ignore[arg-type]
