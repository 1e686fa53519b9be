"""Lists that read at a glance: actors by salience with their counts in a column, a rule
between claims, and the briefing summed up in the header."""

from __future__ import annotations

from dataclasses import replace

from briefing_tui.model import QuestionKind

from ..support import WIDE, screen_rows, wait_analysed, wait_for
from .test_list_rows import rendered_rows


async def test_actors_are_sorted_by_salience_with_their_counts_aligned(
    make_app, sample_article, sample_briefing
):
    shuffled = replace(sample_briefing, actors=list(reversed(sample_briefing.actors)))
    app = make_app(sample_article, shuffled)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        listed = app.main.actor_list.visible_items
        # by salience, the places that only locate events in a group of their own, last
        order = [(actor.located_only, -actor.salience) for actor in listed]
        assert order == sorted(order)
        rows = await rendered_rows(pilot, app.main.actor_list)
        first_lines = [row for row in rows if "×" in row]
        assert len(first_lines) == len(listed)
        assert len({row.index("×") for row in first_lines}) == 1, first_lines
        for row, actor in zip(first_lines, listed, strict=True):
            assert row.split("×", 1)[0].strip() == str(len(actor.mentions))
            assert actor.name.split()[0] in row


async def test_a_rule_separates_the_claims(make_app, sample_briefing):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        rows = await rendered_rows(pilot, app.main.claim_list)
        rules = [row for row in rows if row.strip() and set(row.strip()) == {"─"}]
        assert len(rules) == len(sample_briefing.claims) - 1
        assert rows[0].strip() and rows[-1].strip() and rows[-1] not in rules


async def test_the_header_sums_up_the_briefing(make_app, sample_briefing):
    claims = sample_briefing.claims
    sources = {c.source or " ".join((c.source_text or "unattributed").split()) for c in claims}
    disputed = sum(q.kind == QuestionKind.DISPUTED for q in sample_briefing.questions)
    expected = (
        f"{len(sample_briefing.actors)} actors · {len(claims)} claims by {len(sources)} sources"
        f" · {len(sample_briefing.questions)} questions"
    )
    if disputed:
        expected += f", {disputed} disputed"
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await wait_for(pilot, lambda: expected in "".join(screen_rows(app)[0]))
