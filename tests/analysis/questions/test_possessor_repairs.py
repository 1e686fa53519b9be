"""A possessive in reported words is named by its speaker rather than held back.

"The union said its members would strike" is asked about the union the
article names ("the Harbour Workers' Union's members"); "Lundia's prime
minister said his government would sue" about Lundia's government. Where two
bodies could be meant, or no country is said, the pronoun stays (and the
question stays held back).
"""

from __future__ import annotations

from briefing_tui.analysis.questions.references import name_references

from .helpers import analysed


def _questions(nlp, text: str) -> tuple[list[str], list[str]]:
    found = analysed(nlp, text)
    return [q.question for q in found.shown], [q.question for q in found.held]


def _named(nlp, text: str, question: str) -> str:
    doc = nlp(text)
    return name_references(question, list(doc.sents), lambda token: None)


def test_its_in_a_union_s_reported_words_is_named_by_the_union_named_next(nlp):
    text = (
        "HALBURG — The union representing about 900 port workers said on Monday that its "
        "members would walk off the job on May 4 if the port authority cuts their overtime "
        "pay.\n\nMembers of the Halburg Dockworkers' Union voted by 70 percent to back a strike."
    )
    shown, held = _questions(nlp, text)
    asked = shown + held
    assert any("Halburg Dockworkers' Union’s members walk off the job" in q for q in asked)
    assert not any("its members" in q for q in asked)


def test_its_stays_when_two_unions_are_named_near(nlp):
    text = (
        "The union representing about 900 port workers said on Monday that its members would "
        "walk off the job on May 4 if the port authority cuts their overtime pay. Members of "
        "the Halburg Dockworkers' Union and the Halburg Crane Operators' Union voted to strike."
    )
    shown, held = _questions(nlp, text)
    assert not any("Union’s members" in q for q in shown + held)


def test_his_government_is_the_government_of_the_minister_s_country(nlp):
    text = (
        "Lundia's prime minister, Ola Brekke, said his government would recall its ambassador "
        "if the ship was not released by Friday."
    )
    asked = _named(
        nlp, text, "Would his government recall its ambassador if the ship was not released?"
    )
    assert asked.startswith("Would Lundia’s government recall")


def test_his_government_of_a_minister_named_first_takes_the_country_of_the_apposition(nlp):
    text = (
        "Ola Brekke, Lundia's foreign minister, said on Sunday that his government would "
        "recall its ambassador if the ship was not released by Friday."
    )
    asked = _named(
        nlp, text, "Would his government recall its ambassador if the ship was not released?"
    )
    assert asked.startswith("Would Lundia’s government recall")


def test_his_government_stays_when_no_country_is_said(nlp):
    text = (
        "Ola Brekke said on Sunday that his government would recall its ambassador if the "
        "ship was not released by Friday."
    )
    asked = _named(
        nlp, text, "Would his government recall its ambassador if the ship was not released?"
    )
    assert asked.startswith("Would his government")


def test_its_stays_when_another_council_is_named_further_on(nlp):
    text = (
        "The council said its members would decide in March whether to close the library. "
        "The Orlen District Council has cut spending twice. The Orlen Arts Council opposed "
        "the plan."
    )
    shown, held = _questions(nlp, text)
    assert not any("Council’s members" in q for q in shown + held)
