"""Companies named like people (issue 16, item 5): a name the model calls a person's that owns
shareholders or is described with "which" is an organisation's (invented sentences)."""

from __future__ import annotations

from tests.analysis.readers import actors_by_name


def test_a_name_owning_shareholders_is_a_company(nlp):
    text = (
        "The regulator opened an investigation into the planned takeover of German rival "
        "Hoffel Antriebstechnik by a Dutch maker of trains.\n\n"
        "Hoffel's shareholders approved the offer in June. The regulator said it would decide "
        "by March, while Hoffel, which remains listed in Frankfurt, declined to comment."
    )
    hoffel = actors_by_name(nlp, text)["Hoffel Antriebstechnik"]
    assert hoffel.kind == "organisation"


def test_a_person_with_a_first_name_stays_a_person(nlp):
    text = (
        "Ann Lindqvist founded the firm in 1990. Lindqvist's shareholders approved the offer "
        "in June, and she said she was pleased."
    )
    assert actors_by_name(nlp, text)["Ann Lindqvist"].kind == "person"


def test_a_developers_short_name_is_the_developer(nlp):
    text = (
        "The tower was proposed by Ashby Stone Developments, which bought the site in 2019.\n\n"
        "A spokesman for Ashby Stone said the design had been changed twice after talks with "
        "residents."
    )
    actors = actors_by_name(nlp, text)
    assert "Ashby Stone" not in actors
    assert "Ashby Stone" in [m.text for m in actors["Ashby Stone Developments"].mentions]
