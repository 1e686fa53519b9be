"""Questions merged across articles, answers found later, and the timeline."""

from __future__ import annotations

from datetime import date

from briefing_tui.analysis.dossier.actors import merge_actors
from briefing_tui.analysis.dossier.dates import dates_in, parse_date
from briefing_tui.analysis.dossier.questions import merge_questions
from briefing_tui.analysis.dossier.timeline import build_timeline
from tests.analysis.dossier.helpers import briefing, question

A = "The league may move the final to Porto. Officials have not decided."
B = "Whether the league moves the final to Porto is not known."
C = "The league moved the final to Porto on Friday, officials said."


def _questions(dates: tuple[str | None, ...]):
    briefings = [
        briefing(
            A,
            [],
            questions=[
                question(
                    A,
                    "q1",
                    "Will the league move the final to Porto?",
                    "The league may move the final to Porto.",
                )
            ],
            date=dates[0],
        ),
        briefing(
            B,
            [],
            questions=[question(B, "q1", "Will the league move the final to Porto?", B)],
            date=dates[1],
        ),
        briefing(C, [], date=dates[2]),
    ]
    return merge_questions(briefings, merge_actors(briefings))


def test_the_same_question_in_two_articles_is_one_answered_by_a_later_one() -> None:
    found = _questions(("May 1, 2021", "May 2, 2021", "May 8, 2021"))
    assert len(found) == 1
    assert {(m.article, m.id) for m in found[0].members} == {(0, "q1"), (1, "q1")}
    assert not found[0].open
    assert found[0].answered_by[0]["article"] == 2
    assert C[found[0].answered_by[0]["start"] : found[0].answered_by[0]["end"]].startswith(
        "The league moved"
    )


def test_an_earlier_or_undated_article_answers_nothing() -> None:
    assert _questions(("May 8, 2021", "May 9, 2021", "May 1, 2021"))[0].open
    assert _questions(("May 1, 2021", "May 2, 2021", None))[0].open


def test_dates_written_in_full_partly_or_relative_to_the_article() -> None:
    when = parse_date("Friday, July 21, 2017")
    assert when == date(2017, 7, 21)
    text = "On Tuesday they met; on 3 May 2016 and on March 9 too, and yesterday. They may 5 times."
    found = [d for d, _s, _e in dates_in(text, when)]
    assert found == [date(2017, 7, 18), date(2016, 5, 3), date(2017, 3, 9), date(2017, 7, 20)]
    assert [d for d, _s, _e in dates_in(text, None)] == [date(2016, 5, 3)]


def test_a_weekday_in_a_sentence_about_the_future_counts_ahead() -> None:
    monday = date(2020, 3, 2)
    ahead = [d for d, _s, _e in dates_in("The report is expected on Thursday.", monday)]
    back = [d for d, _s, _e in dates_in("The report came out on Thursday.", monday)]
    assert ahead == [date(2020, 3, 5)] and back == [date(2020, 2, 27)]


def test_the_timeline_orders_publications_and_events_by_date() -> None:
    first = (
        "Storm hits coast\nMonday, June 3, 2019\n"
        "The storm reached the coast on Sunday, police said."
    )
    second = "Coast cleans up\nThe clean-up began on June 10, 2019 after the storm left."
    entries = build_timeline(
        [
            briefing(first, [], date="Monday, June 3, 2019", title="Storm hits coast"),
            briefing(second, [], title="Coast cleans up"),
        ]
    )
    assert [(e.date, e.kind, e.article) for e in entries] == [
        ("2019-06-02", "event", 0),
        ("2019-06-03", "published", 0),
        ("2019-06-10", "event", 1),
        (None, "published", 1),
    ]
    event = entries[0]
    assert first[event.start : event.end].startswith("The storm reached the coast")
