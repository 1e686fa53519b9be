"""Open questions: the traps and phrasings found when reading unseen news articles.

Every sentence here is invented; each stands for one family of false alarms
or one kind of awkward or missing question seen on texts outside the dev set.
"""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions import find_questions
from briefing_tui.model import Actor, Mention

from .helpers import ask, only

# --- statements that are not open questions -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a duty under a condition, not an outcome that hangs on it
        "If the talks fail, the union must be ready to strike.",
        # a relative clause describes a thing, even with a condition inside
        "The drug is made from plants that, if eaten raw, would cause nausea.",
        "The powder is diluted past the point where any trace of it is likely to remain.",
        "Rules were drafted for those who might seek to lead the party.",
        # a speaker's own musing or manner of speaking
        '"I think unity would be essential," he said.',
        '"I am sure some members would want to join," she said.',
        '"So I would just say to the voters: look at the record."',
        '"I\'ll tell you, there is an issue that unites us."',
        # judging, not deciding
        "The city says the practice is considered as a commercial activity.",
        # a reason given for a settled fact
        "Thousands were struck off because they did not respond to queries about their address.",
        # an aside, not a condition
        "Few, if any, towns voted for the plan.",
        # a past arrangement, told as background
        "There were also two teams scheduled to compete.",
        # an argument, not a pending matter
        "The answer is not yet more paperwork.",
        # a stance told with an imagined condition, not a live threat
        "The mayor said after the vote he would not accept the post if it were offered.",
        "“If the police wanted anyone else's phone, they’d just go get it,” the senator said.",
        # "forthcoming" about someone means candid
        "Lawmakers felt the agency was not being forthcoming about the report.",
        # "talk" in the singular is chatter, not negotiations
        "Talk had been mounting about a challenger.",
        # "when" that tells a time asks nothing
        "Last week, 76 people were killed when the old hotel collapsed.",
    ],
)
def test_not_an_open_question(nlp, text):
    assert ask(nlp, text) == []


def test_a_first_person_will_still_forecasts(nlp):
    question = only(ask(nlp, "I think the vote will pass."))
    assert question.question == "Will the vote pass?"


# --- kinds that were missed or mis-phrased -----------------------------------------


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("It is unclear which firm will win the contract.", "Which firm will win the contract?"),
        (
            "Officials declined to say when the factory would reopen.",
            "When will the factory reopen?",
        ),
        ("Officials would not say how many people were hurt.", "How many people were hurt?"),
        ("It is unknown how many people were on board.", "How many people were on board?"),
        ("It is not clear what the deal will cost.", "What will the deal cost?"),
        (
            "The company did not explain why it closed the plant.",
            "Why did the company close the plant?",
        ),
        ("It remains to be seen whether the plan will work.", "Will the plan work?"),
    ],
)
def test_unresolved_asks_the_embedded_question(nlp, text, asked):
    question = only(ask(nlp, text))
    assert question.kind == "unresolved"
    assert question.question == asked


def test_unknowns_about_a_topic(nlp):
    question = only(ask(nlp, "There are still many unknowns about the mayor's illness."))
    assert question.kind == "unresolved"
    assert question.question == "What is still unknown about the mayor's illness?"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "The committee has yet to set a date for the vote.",
            "Will the committee set a date for the vote?",
        ),
        ("The mayor has yet to decide whether to run again.", "Will the mayor run again?"),
        # the article answers the perfect ("not yet"): what is open is whether they will
        ("Police have not yet identified the driver.", "Will police identify the driver?"),
        ("The winner will be decided next week.", "Will the winner be decided next week?"),
        (
            "The country begins a process to consider changing its flag.",
            "Will the country consider changing its flag?",
        ),
    ],
)
def test_pending(nlp, text, asked):
    question = only(ask(nlp, text))
    assert question.kind == "pending"
    assert question.question == asked


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # connectives and asides fronted before the subject are left out
        (
            "However, the museum will receive two seats from the flight deck.",
            "Will the museum receive two seats from the flight deck?",
        ),
        (
            "Though the last merger went well, he said, replacing the chief would take years.",
            "Would replacing the chief take years?",
        ),
        (
            "The old flag is partly British; the new one would fly over every school.",
            "Would the new one fly over every school?",
        ),
        # so is the speaker's comment on it
        (
            "To be frank, the city will never go back to the way it was.",
            "Will the city go back to the way it was?",
        ),
        (
            "Frankly, the talks would collapse without a deal.",
            "Would the talks collapse without a deal?",
        ),
        # a fronted purpose clause is part of the question
        (
            "To win the vote, the party will need every member.",
            "To win the vote, will the party need every member?",
        ),
        # a hedged negative asks the plain question
        ("A judge may not enforce the order.", "Will a judge enforce the order?"),
        # the subject of a noun's "set to" is the noun
        (
            "The board met in May, with the first hearing set to take place in Leeds on June 3.",
            "Will the first hearing take place in Leeds on June 3?",
        ),
        ("A ruling is expected next month.", "Will a ruling come next month?"),
        (
            "Next year's contest is scheduled to take place in Lima.",
            "Will next year's contest take place in Lima?",
        ),
        # the wh-phrase goes first
        (
            "Citizens should ask how costly it could be to ignore the warning.",
            "How costly could it be to ignore the warning?",
        ),
        # the tense sits on the verb above a bare "to consider"
        (
            "Aides say that Mayor Tom Hill would have to consider the deputy mayor.",
            "Would Mayor Tom Hill have to consider the deputy mayor?",
        ),
        # typographic apostrophes
        ("The union says it’ll strike in May.", "Will the union strike in May?"),
    ],
)
def test_phrasing(nlp, text, asked):
    assert only(ask(nlp, text)).question == asked


def test_only_if_attaches_to_the_main_clause(nlp):
    question = only(ask(nlp, "The senator could back the plan, but only if he can be convinced."))
    assert question.kind == "conditional"
    assert question.question == "Could the senator back the plan?"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "The club, which has strongly denied any involvement in the fraud, was fined.",
            "Did the club have any involvement in the fraud?",
        ),
        (
            "In a statement to the paper, the club denied these allegations.",
            "Are these allegations true?",
        ),
    ],
)
def test_denied_claim_nouns_are_asked(nlp, text, asked):
    question = only(ask(nlp, text))
    assert question.kind == "disputed"
    assert question.question == asked


def test_a_merged_topic_keeps_the_phrased_question(nlp):
    text = (
        "The Vale Group did not respond to requests for comment. "
        "There are still many unknowns about the Vale Group's debts."
    )
    mentions = [Mention(i, i + len("Vale Group"), "Vale Group") for i in (4, 96)]
    assert all(text[m.start : m.end] == "Vale Group" for m in mentions)
    actor = Actor("a1", "Vale Group", "organisation", mentions, ["Vale Group"], 2.0)  # type: ignore[arg-type]
    question = only(find_questions(nlp(text), [actor], []))
    assert question.kind == "unresolved"
    assert question.question == "What is still unknown about the Vale Group's debts?"
    assert len(question.evidence) == 2


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman said that if the senator were to win in May, she would sign the bill.",
        "The union said it would strike if the talks failed.",
        "If the illness were to persist, it would force a new vote.",
    ],
)
def test_live_conditions_stay_conditional(nlp, text):
    assert only(ask(nlp, text)).kind == "conditional"


def test_a_proceeding_without_a_determiner_gets_one(nlp):
    question = only(ask(nlp, "The couple are undergoing trial for fraud."))
    assert question.kind == "pending"
    assert question.question == "How will the trial for fraud end?"
