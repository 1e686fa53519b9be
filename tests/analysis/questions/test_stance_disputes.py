"""Disputes found by stance: two sources on one matter with opposite stance, where the
two sides share few words, are paired by what they are about (issue 17)."""

from __future__ import annotations

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article


def _disputes(nlp, text: str) -> list:
    doc = nlp(text)
    briefing = analyze_doc(doc, Article(text=text))
    return [q for q in briefing.questions if q.kind == "disputed"]


def test_opposite_states_by_a_source_no_actor_stands_for(nlp) -> None:
    text = (
        "Hundreds of families waited at the Tarn border crossing on Monday.\n\n"
        "The Dravian interior ministry said the crossing had been closed since Sunday night "
        "because of security concerns.\n\n"
        "But the government of Lusovia said the crossing was open.\n"
    )
    found = _disputes(nlp, text)
    assert [q.question for q in found] == ["Is the Tarn border crossing closed?"], found


def test_a_denied_charge_the_jury_decided_is_no_dispute(nlp) -> None:
    text = (
        "A jury at Brennock Crown Court convicted Tomas Vale on three counts on Friday.\n\n"
        "Prosecutors told the court that Vale had ordered staff to alter the sales ledgers "
        "of Kessler Steel.\n\n"
        "Vale, who gave evidence in his own defence, had denied the charges.\n"
    )
    assert _disputes(nlp, text) == []


def test_a_denied_charge_before_the_verdict_stays_disputed(nlp) -> None:
    text = (
        "The trial of Tomas Vale opened at Brennock Crown Court on Friday.\n\n"
        "Prosecutors told the court that Vale had ordered staff to alter the sales ledgers "
        "of Kessler Steel.\n\n"
        "Vale, who gave evidence in his own defence, denied the charges. The jury could "
        "convict him next week.\n"
    )
    found = _disputes(nlp, text)
    assert any("ledgers" in q.question for q in found), [q.question for q in found]
