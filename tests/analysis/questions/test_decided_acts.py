"""A decision still to come on whether (or how) to act is asked as the act of the one who
decides ("Will the Selo Prosecution Office bring charges against the crew?"); no named
decider, an act that needs the article and an act told done later ask nothing here."""

from __future__ import annotations

from .helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def _due(nlp, text: str) -> list[tuple[str | None, str]]:
    found = analysed(nlp, text)
    return [(f.veto, f.cue) for f in found.findings if f.family == "due"]


def test_a_body_that_will_decide_whether_to_act_is_asked_the_act(nlp) -> None:
    text = (
        "The Selo Prosecution Office received the police file on Monday. A spokesman said "
        "the office would decide by Friday whether to bring charges against the ferry crew."
    )
    assert _shown(nlp, text) == [
        "Will the Selo Prosecution Office bring charges against the ferry crew?"
    ]


def test_a_relative_which_after_a_misplaced_noun_stands_for_the_name_before_it(nlp) -> None:
    text = (
        "The Selo coast guard detained a fishing boat on Monday. Police sent their file to "
        "the Selo Prosecution Office, which will decide whether to bring charges against "
        "the crew."
    )
    assert "Will the Selo Prosecution Office bring charges against the crew?" in _shown(nlp, text)


def test_a_party_deciding_how_to_vote_is_asked_how_it_will_vote(nlp) -> None:
    text = (
        "The Tarn Farmers' Party holds the balance of power in the chamber. Its leader, Ivo "
        "Brandt, said the party would decide how to vote at a meeting of its deputies on "
        "Monday."
    )
    assert "How will the Tarn Farmers' Party vote?" in _shown(nlp, text)


def test_a_hearing_at_a_court_decides_for_the_court(nlp) -> None:
    text = (
        "Ana Lind has been held in Varno since May. A hearing at the Varno district court on "
        "Thursday is expected to decide whether to extend Lind's detention by 30 days."
    )
    assert "Will the Varno district court extend Ana Lind's detention by 30 days?" in _shown(
        nlp, text
    )


def test_an_act_that_needs_the_article_asks_nothing(nlp) -> None:
    text = (
        "Opposition lawmakers have called for a hearing; the Selo Transport Committee is due "
        "to decide next week whether to hold one."
    )
    assert ("unnamed-matter", "decide") in _due(nlp, text)
    assert _shown(nlp, text) == []


def test_a_decision_told_as_taken_asks_nothing_here(nlp) -> None:
    text = (
        "The Selo Mining Agency decided on Friday whether to close the Tarn mine, a spokesman said."
    )
    assert (None, "decided-act") not in _due(nlp, text)
