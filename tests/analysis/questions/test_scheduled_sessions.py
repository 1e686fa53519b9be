"""A deciding body due to meet on a day still to come is asked what it will decide there,
not whether it meets; talks with another party, unnamed groups, a meeting without a day
and a meeting told later ask nothing."""

from __future__ import annotations

from .helpers import analysed


def _asked(nlp, text: str) -> list[str]:
    found = analysed(nlp, text)
    return [q.question for q in [*found.shown, *found.held]]


def test_a_body_due_to_meet_is_asked_what_it_will_decide(nlp) -> None:
    text = "The Halden Border Commission is due to meet in emergency session on Wednesday."
    found = analysed(nlp, text)
    assert [q.question for q in found.shown] == [
        "What will the Halden Border Commission decide when it meets on Wednesday?"
    ]
    assert found.shown[0].kind == "pending"


def test_what_the_meeting_will_consider_is_the_matter(nlp) -> None:
    text = (
        "The Selo Port Authority raised berth fees in May. The Selo Port Authority is due to "
        "meet on June 24 to consider a complaint from Tarn Shipping."
    )
    assert (
        "What will the Selo Port Authority decide on a complaint from Tarn Shipping when it "
        "meets on June 24?"
    ) in _asked(nlp, text)


def test_a_meeting_reported_with_would_names_the_owner_of_its_group(nlp) -> None:
    text = (
        "The Selo Farmers Party has not said how it will vote. On Monday the Selo Farmers "
        "Party said its parliamentary group would meet on Wednesday to decide its position."
    )
    assert any(
        q.startswith("What will the Selo Farmers Party's parliamentary group decide when it")
        for q in _asked(nlp, text)
    )


def test_a_group_owned_by_a_common_noun_asks_nothing(nlp) -> None:
    text = "Jana Holub said in a statement that the union's executive would meet on Friday."
    assert not any("decide when it meets" in q for q in _asked(nlp, text))


def test_a_minister_meeting_two_people_asks_nothing(nlp) -> None:
    text = "Transport Minister Ilse Berg said she would meet Tom Rask and Ann Lee on Thursday."
    assert not any("decide when" in q for q in _asked(nlp, text))


def test_a_board_owned_by_a_named_firm_keeps_the_firm_name_as_written(nlp) -> None:
    text = (
        "Tarn Shipping NV restated its accounts on Monday. Tarn Shipping NV's supervisory "
        "board is due to meet on Thursday."
    )
    asked = _asked(nlp, text)
    assert "What will Tarn Shipping NV's supervisory board decide when it meets on Thursday?" in (
        asked
    ), asked
