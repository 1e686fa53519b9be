"""An inquiry into whether something happened asks whether it did (``inquiries.py``); a body
considering a proposal is asked whether it will adopt it. Every text is invented."""

from __future__ import annotations

from tests.analysis.questions.helpers import analysed


def _inquiry_questions(nlp, text: str) -> list[str]:
    found = analysed(nlp, text)
    return [f.question for f in found.findings if f.family == "inquiry" and f.veto is None]


def test_an_investigation_into_whether_asks_the_matter(nlp) -> None:
    text = "The regulator opened an investigation into whether Selo Power misled its customers."
    assert _inquiry_questions(nlp, text) == ["Did Selo Power mislead its customers?"]


def test_investigating_whether_asks_the_matter(nlp) -> None:
    text = "Police in Tarn are investigating whether the Tarn warehouse fire was set deliberately."
    assert _inquiry_questions(nlp, text) == ["Was the Tarn warehouse fire set deliberately?"]


def test_an_inquiry_into_a_thing_asks_nothing(nlp) -> None:
    text = "The regulator opened an investigation into the company's accounts on Monday."
    assert _inquiry_questions(nlp, text) == []


def test_no_inquiry_asks_nothing(nlp) -> None:
    text = "The regulator did not open an investigation into whether Selo Power misled anyone."
    assert _inquiry_questions(nlp, text) == []


def test_the_finding_told_later_settles_it(nlp) -> None:
    text = (
        "The regulator opened an investigation into whether Selo Power misled its customers. "
        "In May the investigation concluded that it had not."
    )
    assert _inquiry_questions(nlp, text) == []


def test_a_body_considering_bills_is_asked_whether_it_will_pass_them(nlp) -> None:
    from tests.analysis.questions.helpers import ask

    text = "Idaho and Nevada are considering bills modeled on Utah's ferry law."
    asked = [q.question for q in ask(nlp, text)]
    assert asked == ["Will Idaho and Nevada pass bills modeled on Utah's ferry law?"]
