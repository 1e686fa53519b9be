"""Claims (session 17): a figure given with "at" by a verb of reckoning ("put the number at
about 1,200", "estimated its losses at $62 million") and a forecast of a thing ("has
forecast more rain") are claims; a thing put somewhere, a time set, and a figure inside
what another cue reports are not."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.claims import find_claims


def _claims(nlp, text: str) -> list[tuple[str, str, str]]:
    return [
        (c.source_text or "", c.cue, text[c.content.start : c.content.end])
        for c in find_claims(nlp(text), [])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Organisers said the march drew about 3,000 people. "
            "The city police put the number at about 1,200.\n",
            ("The city police", "put", "the number at about 1,200"),
        ),
        (
            "The insurer estimated its storm losses at $62 million on Friday.\n",
            ("The insurer", "estimated", "its storm losses at $62 million"),
        ),
        (
            "A report by the city engineers put the cost of the repairs at 86,000 crowns.\n",
            (
                "A report by the city engineers",
                "put",
                "the cost of the repairs at 86,000 crowns",
            ),
        ),
        (
            "The weather office has forecast more snow in the valleys over the weekend.\n",
            ("The weather office", "forecast", "more snow in the valleys over the weekend"),
        ),
    ],
)
def test_a_figure_or_forecast_given_is_a_claim(nlp, text: str, expected) -> None:
    assert expected in _claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The nurses would never put patients at risk.\n", "put"),
        ("He put the box at the door of the hall.\n", "put"),
        ("The club put the start of the race at 9 a.m. on Sunday.\n", "put"),
    ],
)
def test_a_thing_put_somewhere_or_a_time_set_is_no_claim(nlp, text: str, cue: str) -> None:
    assert all(c != cue for _, c, _ in _claims(nlp, text))


def test_a_figure_inside_what_another_cue_reports_stays_there(nlp) -> None:
    text = (
        "The insurer said it had received 412 claims by Tuesday and estimated its "
        "losses at $62 million.\n"
    )
    claims = _claims(nlp, text)
    assert all(cue != "estimated" for _, cue, _ in claims)
    assert any(cue == "said" and "$62 million" in content for _, cue, content in claims)
