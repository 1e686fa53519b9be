"""Rival figures told in one frame: two sources counting the same thing with the same verb
make a dispute with no contest word; figures that differ in what, when or where they count
do not."""

from __future__ import annotations

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article


def _disputes(nlp, text: str) -> list[str]:
    briefing = analyze_doc(nlp(text), Article(text=text))
    return [q.question for q in briefing.questions if q.kind == "disputed"]


def test_two_crowd_counts_of_one_march_are_disputed(nlp) -> None:
    text = (
        "Thousands protest over pension cuts\n\n"
        "The march began at noon in the capital on Saturday.\n\n"
        "Police said 12,000 people marched through the city centre. The organisers, the "
        "Pensioners' League, said 40,000 people marched."
    )
    found = _disputes(nlp, text)
    assert len(found) == 1, found
    assert "12,000" in found[0] and "40,000" in found[0], found
    assert "police say" in found[0] and "Pensioners' League" in found[0], found


def test_two_figures_of_one_rise_are_disputed(nlp) -> None:
    text = (
        "The housing ministry said average rents in the capital rose 14 percent last year. "
        "The Landlords' Federation said average rents in the capital rose 6 percent last year."
    )
    found = _disputes(nlp, text)
    assert len(found) == 1, found
    assert "14 percent" in found[0] and "6 percent" in found[0], found


def test_counts_of_differently_named_things_are_no_dispute(nlp) -> None:
    text = (
        "Three Velmoran soldiers were killed, the Velmoran army said. Two Tarsk soldiers were "
        "killed, the Tarsk defence ministry said."
    )
    assert _disputes(nlp, text) == []


def test_figures_of_different_months_are_no_dispute(nlp) -> None:
    text = (
        "The statistics office said exports rose 4 percent in May. The chamber of commerce "
        "said exports rose 6 percent in June."
    )
    assert _disputes(nlp, text) == []


def test_figures_told_with_different_verbs_are_no_dispute(nlp) -> None:
    text = (
        "The regulator said the firm was fined 28 million euros. The firm said it spent 60 "
        "million euros on new safety systems."
    )
    assert _disputes(nlp, text) == []
