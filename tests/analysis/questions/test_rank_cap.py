"""The pane shows at most ``MAX_SHOWN`` questions, the most important; the rest are held
back with their reason. A question that only restates a speaker's quoted words ranks
below one the reporter's own sentence raises."""

from __future__ import annotations

from briefing_tui.analysis.questions import find
from briefing_tui.analysis.questions.find import _quoted_share
from briefing_tui.analysis.questions.rules import Candidate
from briefing_tui.model import QuestionKind

from .helpers import analysed

TWO_MATTERS = (
    "The Selo City Council will vote on the harbour levy on May 4. Separately, Mayor Ann"
    " Kell asked the Tarn Water Board to lower its fees."
)


def test_the_questions_past_the_cap_are_held_back_with_their_reason(nlp, monkeypatch):
    before = analysed(nlp, TWO_MATTERS)
    assert len(before.shown) == 2, [q.question for q in before.shown]
    monkeypatch.setattr(find, "MAX_SHOWN", 1)
    after = analysed(nlp, TWO_MATTERS)
    assert [q.question for q in after.shown] == [before.shown[0].question]
    moved = [q for q in after.held if q.question == before.shown[1].question]
    assert moved and moved[0].held_because == "ranked below the questions shown"


def test_a_question_restating_a_quote_is_told_from_the_reporters_own(nlp):
    quoted = nlp('"The countryside will rise against this cabinet," said Ida Sorn.')[:]
    told = nlp("The Selo City Council will vote on the harbour levy on May 4.")[:]
    ask = "Will the countryside rise against this cabinet?"
    assert _quoted_share(Candidate(QuestionKind.EXPECTATION, [quoted], ask)) >= 0.6
    ask = "Will the Selo City Council vote on the harbour levy on May 4?"
    assert _quoted_share(Candidate(QuestionKind.EXPECTATION, [told], ask)) == 0.0
