"""A question that leans on the article (a "such", a "that", an "either" or an "any" it
does not name; an unknown asked of nobody; what ought to be) is held back, not shown,
and its veto says why."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions.leaning import LEANING_VETOES, leaning_veto
from briefing_tui.model import QuestionKind

from .helpers import analysed

_K = QuestionKind


@pytest.mark.parametrize(
    ("text", "kind", "veto"),
    [
        ("Will such a meeting take place?", _K.EXPECTATION, "points-back"),
        ("When will that review be completed?", _K.PENDING, "points-back"),
        ("Would Ann Lee appeal in that event?", _K.EXPECTATION, "points-back"),
        ("What steps will Ann Lee's cabinet take beyond that?", _K.PENDING, "points-back"),
        ("Has either side agreed to mediation?", _K.UNRESOLVED, "points-back"),
        ("Is any hearing likely before the end of the year?", _K.EXPECTATION, "any-subject"),
        ("Did any change reflect new dredging?", _K.UNRESOLVED, "any-subject"),
        ("Should Tom Berg remain in his post?", _K.PENDING, "should-question"),
        ("Has the application ever been processed?", _K.UNRESOLVED, "names-nobody"),
        ("How do individual members vote?", _K.UNRESOLVED, "names-nobody"),
        ("What steps were under consideration?", _K.UNRESOLVED, "names-nobody"),
        ("Would the institution defend it in court?", _K.EXPECTATION, "nameless-pronoun"),
        ("Will Ann Lee and Tom Berg appear before it?", _K.PENDING, "object-it"),
        ("Will the Selo board defend it in court?", _K.EXPECTATION, "object-it"),
        ("Will two Selo deputies back it if the levy is dropped?", _K.CONDITIONAL, "object-it"),
    ],
)
def test_a_question_leaning_on_the_article_is_named_by_its_veto(text, kind, veto):
    assert leaning_veto(text, kind) == veto
    assert veto in LEANING_VETOES


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Will Ann Lee attend such talks as the Vienna summit?", _K.EXPECTATION),
        ("How did such files that were kept in safes end up on a street?", _K.PENDING),
        ("Will the mayor of Selo say that the plan failed?", _K.EXPECTATION),
        ("Will either the mayor or the Selo council appeal?", _K.PENDING),
        ("Will any Selo councillor vote against the plan?", _K.PENDING),
        ("Should the Lees be acquitted, as their lawyer says?", _K.DISPUTED),
        ("Has the Selo Water Board published its review?", _K.UNRESOLVED),
        ("What is unknown about future levels of ozone?", _K.UNRESOLVED),
        ("Will the council approve the plan?", _K.PENDING),
        ("Is it likely that the board will meet?", _K.EXPECTATION),
        ("Would the Selo Party repeal the levy if it wins the election?", _K.CONDITIONAL),
        ("Will the Selo council vote before it adjourns on Friday?", _K.PENDING),
        ("Will Ann Lee ask a court to void the Selo levy if the mayor signs it?", _K.CONDITIONAL),
    ],
)
def test_a_question_that_names_its_matter_passes(text, kind):
    assert leaning_veto(text, kind) is None


def _held(nlp, text: str) -> tuple[list[str], dict[str, str | None]]:
    report = analysed(nlp, text)
    vetoes = {f.question: f.veto for f in report.findings if f.question}
    return [q.question for q in report.shown], vetoes


def test_an_unknown_asked_of_either_side_is_held_back(nlp):
    text = (
        "The Lund Ferry Union walked out on Monday. It was not clear on Tuesday whether "
        "either side had agreed to mediation."
    )
    shown, vetoes = _held(nlp, text)
    assert "Has either side agreed to mediation?" not in shown
    assert vetoes["Has either side agreed to mediation?"] == "points-back"


def test_such_a_meeting_is_held_back_and_the_named_meeting_shown(nlp):
    text = (
        "The foreign ministers of Arvo and Tessel may meet in Vienna next month, diplomats "
        "said. Tessel officials have not confirmed that such a meeting will take place."
    )
    shown, vetoes = _held(nlp, text)
    assert "Will such a meeting take place?" not in shown
    assert vetoes["Will such a meeting take place?"] == "points-back"
    assert "Will the foreign ministers of Arvo and Tessel meet in Vienna next month?" in shown


def test_any_hearing_is_held_back(nlp):
    text = (
        "Mira Holt, a law professor at Selo University, said the court had never ruled on "
        "such a case and that any hearing was unlikely before the end of the year."
    )
    shown, vetoes = _held(nlp, text)
    assert not shown
    assert vetoes["Is any hearing likely before the end of the year?"] == "any-subject"


def test_an_unknown_vote_of_members_named_by_nobody_is_held_back(nlp):
    text = (
        "The Selo Water Board will vote on the tariff on Friday. The board does not "
        "disclose how individual members vote."
    )
    shown, vetoes = _held(nlp, text)
    assert "How do individual members vote?" not in shown
    assert vetoes["How do individual members vote?"] == "names-nobody"


def test_an_unknown_about_the_application_is_held_back(nlp):
    text = (
        "The Arvo Press Union said it had asked the interior ministry for accreditation in "
        "March. It was not clear whether the application had ever been processed."
    )
    shown, vetoes = _held(nlp, text)
    assert "Has the application ever been processed?" not in shown
    assert vetoes["Has the application ever been processed?"] == "names-nobody"


def test_what_ought_to_be_is_held_back(nlp):
    text = (
        "The Dala Retail Group's supervisory board will decide on Thursday whether Tom Berg "
        "should remain in his post until the audit is complete, two people familiar with "
        "the matter said."
    )
    shown, vetoes = _held(nlp, text)
    question = "Should Tom Berg remain in his post until the audit is complete?"
    assert question not in shown
    assert vetoes[question] == "should-question"


def test_an_it_in_a_question_naming_nobody_is_held_back(nlp):
    text = (
        "Ivo Marsh, a spokesman for the Selo Port Authority, said on Monday the institution "
        '"stands behind its decision" and would defend it in court.'
    )
    shown, vetoes = _held(nlp, text)
    # the "would" stands after the quotation closes: a reported "will", asked now
    assert "Will the institution defend it in court?" not in shown
    assert vetoes["Will the institution defend it in court?"] == "nameless-pronoun"


def test_an_its_in_a_question_naming_nobody_is_held_back(nlp):
    text = (
        "Arvo says the new reservoir will reduce water flow to its farmland downstream; "
        "Tessel says the dam will be run under a sharing agreement."
    )
    shown, vetoes = _held(nlp, text)
    question = "Will the new reservoir reduce water flow to its farmland downstream?"
    assert question not in shown
    assert vetoes[question] == "nameless-pronoun"


def test_an_inquiry_into_a_fire_no_one_names_is_held_back(nlp):
    text = "Police in Tarn are investigating whether the warehouse fire was set deliberately."
    shown, vetoes = _held(nlp, text)
    assert "Was the warehouse fire set deliberately?" not in shown
    assert vetoes["Was the warehouse fire set deliberately?"] == "names-nobody"


def test_a_group_told_as_a_partys_own_is_named_by_its_owner(nlp):
    """``owner-named``: "the group" of the sentence before's "its parliamentary group"."""
    text = (
        "The Lowland Farmers' Party said on Monday that its parliamentary group would meet "
        "on Friday. The statement did not say whether the group would vote as a bloc."
    )
    shown, _vetoes = _held(nlp, text)
    assert any(
        "Lowland Farmers" in q and "parliamentary group vote as a bloc?" in q for q in shown
    ), shown


def test_either_vessel_is_named_by_the_two_the_article_joined(nlp):
    """``pair-named``: "either vessel" after "both vessels" and one subject of two names."""
    text = (
        "The bulk carrier Grey Heron and the ferry Red Kite collided off Tarvo on Sunday, "
        "the port authority said. Both vessels were later towed to an anchorage. "
        "It was not clear whether a pilot was on board either vessel at the time."
    )
    shown, _vetoes = _held(nlp, text)
    assert any("either the Grey Heron or the Red Kite" in q for q in shown), shown


def test_either_side_with_no_pair_told_stays_held_back(nlp):
    text = (
        "The Lund Ferry Union walked out on Monday, and both sides blamed each other. It was "
        "not clear on Tuesday whether either side had agreed to mediation."
    )
    shown, _vetoes = _held(nlp, text)
    assert not any("either" in q for q in shown), shown


def test_an_object_it_in_a_question_naming_someone_is_held_back(nlp):
    """``object-it``: "appear before it" names nobody it stands for."""
    text = (
        "Tom Berg and Ann Lee ran the Selo dredging works until March. The Selo harbour board "
        "has asked Berg and Lee to appear before it on May 2."
    )
    shown, _vetoes = _held(nlp, text)
    assert not any(q.endswith("before it?") for q in shown), shown


def test_it_with_no_body_asking_stays_held_back(nlp):
    text = (
        "The Selo levy was dropped in March. Two deputies of the Selo Party said they would "
        "back it if the council cut the rate."
    )
    shown, _vetoes = _held(nlp, text)
    assert not any(" back it " in q for q in shown), shown
