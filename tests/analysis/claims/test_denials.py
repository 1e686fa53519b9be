"""Claims (session 17): a verb of denial whose object points back at words just reported
("rejected that account", "disputes those figures", "denied the allegations", "The
ministry denied that.") is a claim of the denier; a thing turned down, a noun with no
pointer back and a negated denial are not (issue 16 item 8)."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.claims import find_claims


def _denials(nlp, text: str) -> list[tuple[str, str, str]]:
    claims = find_claims(nlp(text), [])
    return [
        (c.source_text or "", c.cue, text[c.content.start : c.content.end])
        for c in claims
        if c.stance == "denial"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Residents said the water had been unsafe for weeks. "
            "The council rejected that account.\n",
            ("The council", "rejected", "that account"),
        ),
        (
            "Opposition leaders accused the minister of lying to parliament. "
            "The minister denied that.\n",
            ("The minister", "denied", "that"),
        ),
        (
            "The union says the company broke the law. The company disputes that.\n",
            ("The company", "disputes", "that"),
        ),
        (
            "Critics say the bridge was built too cheaply. The builder rejected the allegations.\n",
            ("The builder", "rejected", "the allegations"),
        ),
        (
            "The airline said the fault was found in March. The pilots' union disputed the "
            "airline's account of when the problem first appeared.\n",
            (
                "The pilots' union",
                "disputed",
                "the airline's account of when the problem first appeared",
            ),
        ),
        (
            "The regulator said 40,000 homes lost power. The company rejected that number.\n",
            ("The company", "rejected", "that number"),
        ),
    ],
)
def test_a_denial_of_words_just_reported_is_a_claim(nlp, text: str, expected) -> None:
    assert expected in _denials(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The court dismissed the appeal on Tuesday.\n",
        "The minister rejected the union's offer.\n",
        "The regulator said 40,000 homes lost power. The board did not dispute that figure.\n",
        "The watchdog published its report. The firm disputes the findings.\n",
        "Critics said the tower was unsafe. Officials denied it.\n",
        "The mayor dismissed the report.\n",
    ],
)
def test_a_thing_turned_down_or_no_pointer_back_is_no_denial(nlp, text: str) -> None:
    assert _denials(nlp, text) == []


def test_the_questions_read_a_pointer_back_from_their_own_parse(nlp) -> None:
    from briefing_tui.engine.analyze import claims_for_questions

    text = (
        "The inspector said the dam had been poorly maintained. "
        "The operator rejected that account. It denied that the dam was unsafe.\n"
    )
    doc = nlp(text)
    claims = find_claims(doc, [])
    given = [text[c.content.start : c.content.end] for c in claims_for_questions(doc, claims)]
    assert "that account" in [text[c.content.start : c.content.end] for c in claims]
    assert "that account" not in given
    assert "the dam was unsafe" in given
