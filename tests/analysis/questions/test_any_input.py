"""Open questions never break the pipeline: odd inputs from the other modules, any text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.analysis.questions import find_questions
from briefing_tui.model import Actor, Claim, Mention, Span

_WORDS = [
    "the", "council", "will", "would", "may", "if", "unless", "not", "has", "decided",
    "is", "expected", "to", "reportedly", "said", "denied", "that", "it", "was", "unaware",
    "of", "unclear", "whether", "according", "Ms", "Vale", ",", ".", "?", '"', "“", "”",
    "which", "rejects", "the", "claim", "case", "being", "heard", "could", "have", "won",
]  # fmt: skip


def test_out_of_range_actors_and_claims_are_ignored(nlp):
    text = "Ann Marlowe will vote on Monday. Ms Vale said it was unaware of the vote."
    actors = [Actor("a1", "Ghost", "person", [Mention(500, 505, "Ghost")])]
    claims = [
        Claim("c1", "a1", "Ghost", Span(500, 505), "said", None, Span(400, 450)),
        Claim("c2", None, None, None, "said", None, Span(10, 10)),
        Claim("c3", "a9", "Ms Vale", Span(33, 40), "said", Span(41, 45), Span(46, 71)),
    ]
    questions = find_questions(nlp(text), actors, claims)
    assert questions and all(q.evidence for q in questions)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=40))
def test_any_text_gives_well_formed_questions(nlp, words):
    text = " ".join(words)
    doc = nlp(text)
    questions = find_questions(doc, [], [])
    for number, question in enumerate(questions, start=1):
        assert question.id == f"q{number}"
        assert question.question.strip()
        for span in question.evidence:
            assert 0 <= span.start < span.end <= len(text)
