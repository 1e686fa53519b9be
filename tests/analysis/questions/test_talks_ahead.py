"""Talks, meetings and sittings of named parties due at a time ahead are asked by what they
bring ("What will Dravia and Ostrelia agree when their foreign ministers meet on March 14?");
unnamed parties, a meeting with no time ahead and one told as held later ask nothing here."""

from __future__ import annotations

from .helpers import analysed

_LEAD = "LUND (Agency) — Dravia accused Ostrelia on Monday of draining the Sena reservoir. "


def _talks(nlp, text: str) -> list[str]:
    found = analysed(nlp, text)
    return [f.question for f in found.findings if f.family == "talks" and f.veto is None]


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def test_a_group_of_both_countries_due_to_meet_is_asked_what_the_pair_will_agree(nlp) -> None:
    text = _LEAD + "The foreign ministers of both countries are due to meet on March 14."
    assert "What will Dravia and Ostrelia agree when their foreign ministers meet on March 14?" in (
        _shown(nlp, text)
    )


def test_negotiators_from_both_delegations_reported_to_meet_are_asked(nlp) -> None:
    text = _LEAD + (
        "A mediator said negotiators from both delegations would meet on Thursday morning to "
        "settle the last points."
    )
    assert _talks(nlp, text) == [
        "What will Dravia and Ostrelia agree when their negotiators meet on Thursday morning?"
    ]


def test_talks_between_the_two_governments_due_to_resume_are_asked(nlp) -> None:
    text = _LEAD + "Talks between the two governments are due to resume on Thursday."
    assert _talks(nlp, text) == [
        "What will Dravia and Ostrelia agree when their talks resume on Thursday?"
    ]


def test_a_named_person_meeting_named_others_is_asked_what_comes_of_it(nlp) -> None:
    text = (
        "Tarn Air grounded its fleet on Monday. Ana Ruiz, the transport minister, said she "
        "would meet Tom Dale and Eva Lind on Thursday."
    )
    assert _talks(nlp, text) == [
        "What will come of the meeting between Ana Ruiz, Tom Dale and Eva Lind on Thursday?"
    ]


def test_a_body_holding_an_emergency_session_is_asked_what_it_will_decide(nlp) -> None:
    text = (
        "The Selo River Commission blamed the flood on the dam. The commission is due to hold "
        "an emergency session on Friday."
    )
    assert _talks(nlp, text) == [
        "What will the Selo River Commission decide at its emergency session on Friday?"
    ]


def test_the_leaders_of_parties_meeting_to_settle_a_dispute_are_asked_by_the_parties(
    nlp,
) -> None:
    text = (
        "The budget vote is on Thursday. The leaders of the three coalition parties are due to "
        "meet on Wednesday evening to resolve the dispute."
    )
    assert _talks(nlp, text) == [
        "What will the three coalition parties agree when their leaders meet on Wednesday evening?"
    ]


def test_a_pair_the_lead_does_not_set_against_each_other_asks_nothing(nlp) -> None:
    text = (
        "Nurses at Linmere Hospital began a strike on Monday. Both sides said talks would "
        "resume next Monday."
    )
    assert _talks(nlp, text) == []


def test_a_sitting_to_hear_a_briefing_asks_nothing_here(nlp) -> None:
    text = (
        "Selo's parliament will hold a closed session on Monday to hear a briefing from "
        "military commanders, the speaker's office said."
    )
    assert _talks(nlp, text) == []


def test_a_meeting_held_later_in_the_article_asks_nothing_here(nlp) -> None:
    text = _LEAD + (
        "The foreign ministers of both countries are due to meet on March 14. On March 14 the "
        "ministers met in Lund."
    )
    found = analysed(nlp, text)
    assert "settled-later" in {f.veto for f in found.findings if f.family == "talks"}
    assert _talks(nlp, text) == []


def test_donors_due_to_meet_to_discuss_a_matter_are_asked_what_they_will_agree(nlp) -> None:
    text = (
        "The camps at Tarn hold 40,000 refugees. Donors are due to meet in Lund on June 24 to "
        "discuss funding for the camps."
    )
    assert _talks(nlp, text) == [
        "What will donors agree on funding for the camps when they meet in Lund on June 24?"
    ]


def test_officials_due_to_meet_ask_nothing(nlp) -> None:
    text = "The camps at Tarn hold 40,000 refugees. Officials are due to meet on June 24."
    assert _talks(nlp, text) == []
