"""What is no open matter is not asked: appeals, quoted figures, stated figures, refusals to
comment, datelines and dangling object pronouns (``recasts.py``)."""

from __future__ import annotations

import re

import pytest

from briefing_tui.analysis.questions.recasts import (
    asks_a_comment,
    bare_shell_claim,
    dangling_object,
    dateline_left,
    stance_asked_back,
)

from .helpers import analysed


def _vetoes(found) -> set[str | None]:
    return {f.veto for f in found.findings}


def test_an_appeal_to_all_sides_is_not_asked(nlp):
    text = (
        "Bishop Tomas Arendt said he was following the unrest with concern and urged all "
        'sides to "keep the peace in the valley."'
    )
    found = analysed(nlp, text)
    assert "generic-appeal" in _vetoes(found)
    assert not found.shown


def test_an_appeal_to_a_named_body_is_still_asked(nlp):
    text = "Mayor Lina Sorve urged the Harbour Board to delay the vote on the new ferry terminal."
    found = analysed(nlp, text)
    asked = "Will the Harbour Board delay the vote on the new ferry terminal?"
    assert [q.question for q in found.shown] == [asked]


def test_a_quoted_figure_of_speech_is_not_asked(nlp):
    text = (
        "Farm leader Ruth Halloran said her union would march on the capital. "
        '"After that," she said, "the valley will speak for itself."'
    )
    found = analysed(nlp, text)
    assert "quoted-words" in _vetoes(found)
    assert not any("valley" in q.question for q in found.shown)


@pytest.mark.parametrize(
    "text",
    [
        "Without the tenants, the council majority would need the votes of at least three "
        "independents to pass the budget.",
        "The new levy would raise bus fares in Vellby by about 8 percent over two years.",
    ],
)
def test_a_figure_the_article_states_with_would_is_not_asked(nlp, text):
    found = analysed(nlp, text)
    assert "narrated-would" in _vetoes(found)
    assert not found.shown


def test_a_dated_plan_the_article_tells_with_would_is_still_asked(nlp):
    text = "Under the plan, voters in Vellby would then choose a new mayor in March 2027."
    found = analysed(nlp, text)
    assert "narrated-would" not in _vetoes(found)


def test_a_her_the_article_ties_to_a_person_is_named(nlp):
    text = (
        "Transport minister Eva Lund resigned on Monday. A spokesman for the Green Party "
        "declined to comment on whether its two other ministers would follow her."
    )
    asked = [q.question for q in analysed(nlp, text).shown]
    assert any(q.endswith("follow Eva Lund?") for q in asked), asked


def test_a_dangling_her_is_not_asked(nlp):
    text = (
        "A spokesman for the Green Party declined to comment on whether its two other "
        "ministers would follow her."
    )
    found = analysed(nlp, text)
    assert "dangling-object" in _vetoes(found)
    assert not any(re.search(r"\bher\?", q.question) for q in found.shown)


def test_a_dateline_never_opens_a_shown_question(nlp):
    text = (
        "HARWICK - Tenants of the Grey Tower estate said on Monday they would sue the "
        "Harwick Housing Trust unless it repairs the lifts by June 1."
    )
    found = analysed(nlp, text)
    dateline = re.compile(r"^(?:\w+\s+)?[A-Za-z]?[A-Z]{2,}\b(?:\s+[-–—]|\s)")
    assert found.shown
    for question in found.shown:
        assert not dateline.match(question.question), question.question
        assert not question.question.startswith("Will sue"), question.question  # a subject
        assert "HARWICK" not in question.question.upper().replace("HARWICK HOUSING", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Would the ferry company comment further?", True),
        ("Would the ferry company elaborate?", True),
        ("Will the ferry company cut its routes?", False),
        # "would not comment on the result": its topic makes it no more a matter to wait for
        ("Will the interior ministry comment on the result?", True),
        ("Will the ferry company comment about the delays?", True),
        ("Will the ferry company comment on the delays and cut its routes to the islands?", False),
    ],
)
def test_asks_a_comment(text, expected):
    assert asks_a_comment(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Would BRAMLEY - Residents sue the utility?", True),
        ("Would bRAMLEY - Residents sue the utility?", True),
        ("Will NATO send more troops?", False),
        ("Will the Bramley - Oston line reopen?", False),
    ],
)
def test_dateline_left(text, expected):
    assert dateline_left(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Would the two deputies follow her?", True),
        ("Will the court send them back to Norland?", True),
        ("Will Ann Lee keep her seat?", False),
    ],
)
def test_dangling_object(text, expected):
    assert dangling_object(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Is the bribery allegation true?", True),
        ("Is Ann Lee's account true?", True),
        ("Are the smuggling claims true?", True),
        ("Had the Kesh Water Board ignored complaints?", False),
        ("Is the allegation that the board hid the report true?", False),
    ],
)
def test_bare_shell_claim(text, expected):
    assert bare_shell_claim(text) is expected


def test_an_it_inside_a_quote_running_over_two_sentences_is_not_asked(nlp):
    text = (
        '"The men were unarmed and they were fishing. Norland will not accept it, and '
        'Norland will not forget it," Prime Minister Ola Dahl said.'
    )
    found = analysed(nlp, text)
    assert not any(q.question.endswith(" it?") for q in found.shown), [
        q.question for q in found.shown
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Would Norland regard any arrest of the crew as an escalation?", True),
        ("Will the board treat the request as urgent?", True),
        ("Will Norland send a frigate to the strait?", False),
    ],
)
def test_stance_asked_back(text, expected):
    assert stance_asked_back(text) is expected
