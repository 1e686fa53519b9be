"""Two named parties who agreed to meet by a day still to come: will they meet? A pair
("the two governments") is named by the lead; a meeting told later, or an agreement dated
in the past, asks nothing."""

from __future__ import annotations

from .helpers import analysed


def _asked(nlp, text: str) -> list[str]:
    found = analysed(nlp, text)
    return [q.question for q in [*found.shown, *found.held]]


def test_two_named_parties_agreeing_to_meet_by_a_day_are_asked(nlp) -> None:
    text = "The Halden Dockers Union and Nordline Shipping agreed to meet again before May 3."
    found = analysed(nlp, text)
    assert [q.question for q in found.shown] == [
        "Will the Halden Dockers Union and Nordline Shipping meet again before May 3?"
    ]
    assert found.shown[0].kind == "pending"


def test_the_two_governments_are_named_by_the_lead(nlp) -> None:
    text = (
        "Dravia and Ostrelia traded accusations over a flooded valley on Monday. The two "
        "governments agreed to hold talks before May 3."
    )
    assert "Will Dravia and Ostrelia hold talks before May 3?" in _asked(nlp, text)


def test_a_meeting_told_later_settles_it(nlp) -> None:
    text = (
        "Dravia and Ostrelia agreed on Monday to resume talks next week. On Friday the two "
        "governments met in Lund."
    )
    assert not any("resume talks" in q for q in _asked(nlp, text))


def test_an_agreement_dated_in_the_past_asks_nothing(nlp) -> None:
    text = "Dravia and Ostrelia agreed last year to meet in May."
    assert not any(" meet " in q for q in _asked(nlp, text))


def test_an_agreement_without_a_day_asks_nothing(nlp) -> None:
    text = "Dravia and Ostrelia agreed to meet again."
    assert not any(" meet " in q for q in _asked(nlp, text))


def test_a_common_noun_party_beside_a_name_is_asked(nlp) -> None:
    text = (
        "The Halden Dockers Union accused Nordline Shipping of cutting pay. The union and "
        "Nordline agreed to meet again before May 3."
    )
    assert any(q.endswith("and Nordline meet again before May 3?") for q in _asked(nlp, text))


def test_two_unnamed_parties_ask_nothing(nlp) -> None:
    text = "The union and the company agreed to meet again before May 3."
    assert not any(" meet " in q for q in _asked(nlp, text))
