"""The story's matter named where a question refers to it by a bare noun or a pronoun."""

from __future__ import annotations

from .helpers import analysed


def _all(nlp, text: str) -> list[str]:
    report = analysed(nlp, text)
    return [q.question for q in (*report.shown, *report.held)]


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def test_a_bare_matter_is_named_by_the_headline_phrase(nlp):
    text = (
        "Marsk's housing bill heads to tight vote as partners waver\n\n"
        "The city council will debate the bill on Thursday. "
        "The Dockers Union has said it will call a one-day strike if the bill passes."
    )
    assert "Will the Dockers Union call a one-day strike if Marsk's housing bill passes?" in (
        _shown(nlp, text)
    )


def test_it_for_the_matter_is_named_by_the_headline_phrase(nlp):
    text = (
        "Marsk's housing bill heads to tight vote as partners waver\n\n"
        "The city council will debate the bill on Thursday. "
        "Even if the bill passes, it is not clear whether Mayor Ilse Varo will sign it."
    )
    assert any("sign Marsk's housing bill" in q for q in _all(nlp, text)), _all(nlp, text)


def test_a_title_case_headline_names_nothing(nlp):
    text = (
        "Marsk's Housing Bill Heads To Tight Vote\n\n"
        "The city council will debate the bill on Thursday. "
        "The Dockers Union has said it will call a one-day strike if the bill passes."
    )
    assert not any("Transit" in q for q in _all(nlp, text)), _all(nlp, text)
