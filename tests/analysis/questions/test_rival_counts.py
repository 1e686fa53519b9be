"""Rival counts: two sources number one group of people with different verbs ("had been
listed" / "boarded"), and the pair is asked as one disputed question; counts of
different groups ("listed" / "missing", "killed" / "injured") stay apart."""

from __future__ import annotations

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article


def _disputes(nlp, text: str) -> list[str]:
    doc = nlp(text)
    briefing = analyze_doc(doc, Article(text=text))
    return [q.question for q in briefing.questions if q.kind == "disputed"]


def test_two_counts_of_one_group_told_with_different_verbs_are_disputed(nlp) -> None:
    text = (
        "The Velmoran harbour police said 184 people had been registered on the boat's "
        "list. The Korsa Shipping Company said 167 people boarded the boat, and it blamed "
        "double bookings for the gap."
    )
    found = _disputes(nlp, text)
    assert any("184" in q and "167" in q for q in found), found


def test_counts_of_two_groups_stay_apart(nlp) -> None:
    text = (
        "The Velmoran harbour police said 184 people had been registered on the boat's "
        "list. The Korsa Shipping Company said 17 people were still missing after the "
        "storm."
    )
    found = _disputes(nlp, text)
    assert not any("184" in q for q in found), found


def test_killed_and_injured_are_two_counts(nlp) -> None:
    text = (
        "The Tarvian army said 14 soldiers were killed in the clash. The rebel Dawn "
        "Front said 30 soldiers were wounded in the fighting."
    )
    found = _disputes(nlp, text)
    assert not any("14" in q and "30" in q for q in found), found


def test_counts_told_for_different_days_stay_apart(nlp) -> None:
    text = (
        "The Tarvian army said 14 soldiers were killed on Monday. The rebel Dawn Front "
        "said 40 soldiers died in the fighting."
    )
    found = _disputes(nlp, text)
    assert not any("14" in q and "40" in q for q in found), found


def test_two_counts_of_one_group_are_asked_with_their_class_words(nlp) -> None:
    text = (
        "The Tarvian army said 14 soldiers were killed in the clash. The rebel Dawn Front "
        "said 40 soldiers died in the clash."
    )
    found = _disputes(nlp, text)
    assert any(q.startswith("How many soldiers were killed: 14") for q in found), found


def test_a_forecast_count_is_no_rival_of_a_count_told(nlp) -> None:
    text = (
        "The harbour police said 184 passengers had been listed on the ferry. The Korsa "
        "Shipping Company said it would carry 167 passengers on the next crossing."
    )
    found = _disputes(nlp, text)
    assert not any("184" in q and "167" in q for q in found), found
