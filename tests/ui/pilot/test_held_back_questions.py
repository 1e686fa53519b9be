"""The questions pane's h: the held-back questions after the shown ones, dimmed and marked."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Briefing

from ..support import WIDE, text_article, wait_for

TEXT = "The town council will vote on the new park next week. The rain could spoil the fair."


@pytest.fixture
def fair(nlp) -> Briefing:
    article = text_article(TEXT)
    briefing = analyze_doc(nlp(article.text), article)
    assert briefing.questions and briefing.held_back_questions
    return briefing


def _rows(question_list) -> list[str]:
    return [
        str(question_list.get_option_at_index(i).prompt)
        for i in range(question_list.option_count)
        if question_list.get_option_at_index(i).id is not None
    ]


async def test_h_lists_the_held_back_questions_after_the_shown_ones(make_app, fair) -> None:
    app = make_app(fair.article, fair)
    async with app.run_test(size=WIDE) as pilot:
        main = app.main
        await wait_for(pilot, lambda: main.lists_filled)
        questions = main.question_list
        held = fair.held_back_questions
        assert len(_rows(questions)) == len(fair.questions)
        assert questions.border_title == f"Questions ({len(fair.questions)}, {len(held)} held back)"
        # questions are listed: the empty list's "nothing is left open" is no subtitle
        assert questions.border_subtitle == ""
        await pilot.press("4", "h")
        await wait_for(pilot, lambda: len(_rows(questions)) == len(fair.questions) + len(held))
        rows = _rows(questions)
        first_held = rows[len(fair.questions)]
        assert first_held.startswith(f"held back · {held[0].confidence:.2f}")
        assert held[0].question in first_held
        assert not any(r.startswith("held back") for r in rows[: len(fair.questions)])
        # selectable: moving onto it highlights its evidence in the article
        await pilot.press("G")
        await wait_for(pilot, lambda: main.selected_question is not None)
        await wait_for(pilot, lambda: main.selected_question.id == held[-1].id)
        assert main.article_view.marks("evidence") == list(held[-1].evidence)
        await pilot.press("h")
        await wait_for(pilot, lambda: len(_rows(questions)) == len(fair.questions))


async def test_h_says_when_nothing_is_held_back(make_app, fair) -> None:
    none_held = replace(fair, held_back_questions=[])
    app = make_app(fair.article, none_held)
    async with app.run_test(size=WIDE) as pilot:
        main = app.main
        await wait_for(pilot, lambda: main.lists_filled)
        await pilot.press("4", "h")
        await pilot.pause()
        assert any("No question is held back" in str(n.message) for n in app._notifications)
        assert len(_rows(main.question_list)) == len(fair.questions)
        assert "held back" not in str(main.question_list.border_title)


async def test_nothing_open_mentions_the_held_back_ones(make_app, fair) -> None:
    quiet = replace(fair, questions=[])
    app = make_app(fair.article, quiet)
    async with app.run_test(size=WIDE) as pilot:
        main = app.main
        await wait_for(pilot, lambda: main.lists_filled)
        await pilot.pause()
        prompt = str(main.question_list.get_option_at_index(0).prompt)
        assert prompt.startswith("nothing is left open in this article")
        assert f"{len(fair.held_back_questions)} question" in prompt and "held back" in prompt
        await pilot.press("4", "h")
        await wait_for(
            pilot, lambda: len(_rows(main.question_list)) == len(quiet.held_back_questions)
        )


async def test_a_held_back_row_says_why_it_is_held_back(make_app, fair) -> None:
    held = fair.held_back_questions
    assert all(q.held_because for q in held), "the analysis tells why each is held back"
    app = make_app(fair.article, fair)
    async with app.run_test(size=WIDE) as pilot:
        main = app.main
        await wait_for(pilot, lambda: main.lists_filled)
        questions = main.question_list
        await pilot.press("4", "h")
        await wait_for(pilot, lambda: len(_rows(questions)) == len(fair.questions) + len(held))
        rows = _rows(questions)[len(fair.questions) :]
        for row, question in zip(rows, held, strict=True):
            assert question.held_because in row
        assert any("low confidence" in row for row in rows)
