"""Open questions: one small invented text per kind and per trap."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions.cues import CUE_CATEGORIES, lexicon
from briefing_tui.model import Actor, Claim, Mention, QuestionKind, Span

from .helpers import ask, only, report


def _actor(actor_id: str, text: str, name: str, kind: str = "person") -> Actor:
    """An actor with a mention at every occurrence of ``name`` in ``text``."""
    mentions = []
    start = text.find(name)
    while start != -1:
        mentions.append(Mention(start, start + len(name), name))
        start = text.find(name, start + 1)
    return Actor(actor_id, name, kind, mentions, [name], float(len(mentions)))  # type: ignore[arg-type]


def _claim(claim_id: str, text: str, source: Actor, cue: str, content: str, stance: str) -> Claim:
    start = text.index(content)
    cue_start = text.index(cue)
    return Claim(
        id=claim_id,
        source=source.id,
        source_text=source.name,
        source_span=Span(source.mentions[0].start, source.mentions[0].end),
        cue=cue,
        cue_span=Span(cue_start, cue_start + len(cue)),
        content=Span(start, start + len(content)),
        stance=stance,
    )


# --- one text per kind -----------------------------------------------------------


def test_expectation_from_expected_to(nlp):
    question = only(ask(nlp, "The council is expected to approve the budget on Tuesday."))
    assert question.kind == "expectation"
    assert question.question == "Will the council approve the budget on Tuesday?"


def test_expectation_from_will(nlp):
    question = only(ask(nlp, "The old bridge will reopen to traffic in March."))
    assert question.kind == "expectation"
    assert question.question == "Will the old bridge reopen to traffic in March?"


def test_expecting_something_asks_about_the_thing(nlp):
    question = only(ask(nlp, "Analysts expect prices to rise next year."))
    assert question.question == "Will prices rise next year?"


def test_plan_is_an_expectation(nlp):
    question = only(ask(nlp, "The airline plans to cut two hundred jobs next year."))
    assert question.kind == "expectation"
    assert question.question.startswith("Will the airline cut two hundred jobs")


def test_pending_decision(nlp):
    question = only(ask(nlp, "The ministry has not yet decided whether to extend the program."))
    assert question.kind == "pending"
    assert question.question == "Will the ministry extend the program?"


def test_pending_consideration(nlp):
    question = only(ask(nlp, "The board is considering a merger with its largest rival."))
    assert question.kind == "pending"


def test_conditional(nlp):
    question = only(ask(nlp, "If the rains fail again, farmers may lose their harvest."))
    assert question.kind == "conditional"
    assert question.question == "If the rains fail again, will farmers lose their harvest?"


def test_reported_threat_with_condition_stays_conditional(nlp):
    text = "The union said it would strike if the talks failed."
    question = only(ask(nlp, text))
    assert question.kind == "conditional"


def test_unresolved_whether(nlp):
    question = only(ask(nlp, "It is unclear whether the steel plant will reopen."))
    assert question.kind == "unresolved"
    assert question.question == "Will the steel plant reopen?"


def test_a_comment_withheld_on_a_thing_asks_nothing(nlp):
    # "What does the bakery chain say about the closures?": it said nothing, and what it
    # would say is no matter the story leaves open
    assert ask(nlp, "The bakery chain declined to comment on the closures.") == []


def test_a_comment_withheld_on_whether_asks_what_is_open(nlp):
    text = "The bakery chain declined to comment on whether it would close more shops."
    question = only(ask(nlp, text))
    assert question.kind == "unresolved"
    assert question.question == "Will the bakery chain close more shops?"


@pytest.mark.parametrize(
    "text",
    [
        "The city lawyer declined to comment on the landlords' specific arguments.",
        "The bakery chain declined to comment on the union's allegations.",
        "The minister declined to respond to the senator's remarks.",
    ],
)
def test_no_comment_on_someones_talk_is_not_asked(nlp, text):
    # a withheld comment on what someone else argued or said is peripheral
    assert not [q for q in ask(nlp, text) if "say about" in q.question]


def test_no_reply_to_the_press_on_no_topic_is_not_asked(nlp):
    # "Unclear: The firm did not respond ..." is no question; there is nothing to ask it about
    assert ask(nlp, "The firm did not respond to requests for comment.") == []


def test_a_cause_that_is_unknown_asks_what_caused_the_event(nlp):
    text = "Dozens were hurt when the old bridge fell, the cause of which is unknown."
    assert only(ask(nlp, text)).question == "What caused the old bridge to fall?"


def test_an_unknown_fact_is_asked_as_what_it_is(nlp):
    text = "The identity of the gunman remains unclear."
    assert only(ask(nlp, text)).question == "What is the identity of the gunman?"


def test_unverified_hedge(nlp):
    question = only(ask(nlp, "The minister reportedly met the envoy in secret."))
    assert question.kind == "unverified"
    assert question.question == "Did the minister meet the envoy in secret?"


def test_unverified_single_named_source(nlp):
    text = "According to Maria Lopez, the warehouse was emptied overnight."
    question = only(ask(nlp, text))
    assert question.kind == "unverified"


def test_pending_proceeding(nlp):
    question = only(ask(nlp, "The case against the driver is being heard in the county court."))
    assert question.kind == "pending"
    assert question.question.startswith("How will the case against the driver")


# --- disputes -----------------------------------------------------------------


def test_dispute_between_two_actors_claims(nlp):
    text = (
        "Mayor Ortiz said that the builder had finished the tunnel. "
        "Kesta Works said it was unaware of any finished tunnel."
    )
    mayor = _actor("a1", text, "Mayor Ortiz")
    builder = _actor("a2", text, "Kesta Works", "organisation")
    claims = [
        _claim("c1", text, mayor, "said", "the builder had finished the tunnel", "assertion"),
        _claim(
            "c2", text, builder, "said it", "it was unaware of any finished tunnel", "assertion"
        ),
    ]
    question = only(ask(nlp, text, [mayor, builder], claims))
    assert question.kind == "disputed"
    assert {"a1", "a2"} <= set(question.actors)
    assert question.claims == ["c1", "c2"]
    assert question.question == (
        "Did the builder finish the tunnel, as Mayor Ortiz says and Kesta Works denies?"
    )
    assert len(question.evidence) == 2


def test_denial_verb_asks_about_what_it_denies(nlp):
    text = (
        "Senator Brook said the agency had hidden the audit. "
        "The agency's director, Omar Vell, denied that anyone had hidden the audit."
    )
    brook = _actor("a1", text, "Senator Brook")
    vell = _actor("a2", text, "Omar Vell")
    claims = [
        _claim("c1", text, brook, "said", "the agency had hidden the audit", "assertion"),
        _claim("c2", text, vell, "denied", "anyone had hidden the audit", "denial"),
    ]
    question = only(ask(nlp, text, [brook, vell], claims))
    assert question.kind == "disputed"
    assert question.question == "Did anyone hide the audit?"
    assert question.actors[:2] == ["a1", "a2"]


def test_claims_by_the_same_source_are_no_dispute(nlp):
    text = "Mayor Ortiz said the tunnel was finished. Mayor Ortiz said the road was not finished."
    mayor = _actor("a1", text, "Mayor Ortiz")
    claims = [
        _claim("c1", text, mayor, "said", "the tunnel was finished", "assertion"),
        _claim("c2", text, mayor, "said the road", "the road was not finished", "assertion"),
    ]
    assert all(q.kind != "disputed" for q in ask(nlp, text, [mayor], claims))


def test_dispute_from_a_pretext(nlp):
    text = "The guards opened fire under the false pretext that the crowd had thrown stones."
    question = only(ask(nlp, text))
    assert question.kind == "disputed"
    assert question.question == "Did the crowd throw stones?"


def test_dispute_from_rejecting_a_claim(nlp):
    question = only(ask(nlp, "The agency rejected the claim that it had lost the files."))
    assert question.kind == "disputed"


def test_dispute_from_a_relative_rejection(nlp):
    text = "The scheme was dropped over fears it would cost too much, which the ministry rejects."
    question = only(ask(nlp, text))
    assert question.kind == "disputed"
    # "it" is named: the question stands without the article
    assert question.question == "Would the scheme cost too much?"


def test_negated_reply_to_a_single_source_claim_is_a_dispute(nlp):
    text = (
        "According to Lena Park, the shipment was delivered to Varo Freight last week. "
        "Varo Freight said it has not received the shipment."
    )
    park = _actor("a1", text, "Lena Park")
    varo = _actor("a2", text, "Varo Freight", "organisation")
    reply = _claim("c1", text, varo, "said", "it has not received the shipment", "assertion")
    question = only(ask(nlp, text, [park, varo], [reply]))
    assert question.kind == "disputed"
    assert {"a1", "a2"} <= set(question.actors)


def test_rejecting_a_plan_is_no_dispute(nlp):
    assert ask(nlp, "The council rejected the plan for a new stadium.") == []


# --- traps ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The bridge reopened in March. Officials counted 300 cars on the first day.",
        "The tour will include stops in three cities.",
        "The board has ruled out a merger with its rival.",
        "The board is not considering a merger with its rival.",
        "The board decided to sell the stadium.",
        "It also must be signed within ten days.",
        "If it rained, the match was moved indoors.",
        "She asked if the museum was open.",
        "Nobody was hurt, and no damage was reported.",
        "The visitors could have won the match in the first half.",
        "Many parents wish they could start saving again.",
        "Fans gathered in the square before the upcoming final.",
        "Many voters did not respond to the census last spring.",
        "The senator is widely considered a moderate.",
        "You could save a little more each month.",
        "Police said the alleged attacker fled on foot.",
    ],
)
def test_settled_facts_are_never_raised(nlp, text):
    assert ask(nlp, text) == []


def test_past_reported_would_is_not_a_forecast(nlp):
    assert ask(nlp, "Last year the governor said he would resign.") == []


def test_past_narrative_could_is_not_a_forecast(nlp):
    assert ask(nlp, "They drove him to a hotel where he could rest.") == []


def test_present_perfect_report_keeps_the_forecast(nlp):
    question = only(ask(nlp, "The governor has warned that the cuts would hurt schools."))
    assert question.kind == "expectation"


def test_negation_flips_a_settled_decision_open(nlp):
    question = only(ask(nlp, "The government has not ruled out sending troops."))
    assert question.kind == "pending"
    assert question.question == "Will the government send troops?"


def test_direct_quote_keeps_its_future(nlp):
    text = '"The firm will appeal the ruling," the lawyer said on Monday.'
    question = only(ask(nlp, text))
    assert question.question == "Will the firm appeal the ruling?"


# --- merging, ranking and the contract ---------------------------------------------


def test_a_question_the_article_asks_is_kept_as_asked(nlp):
    question = only(ask(nlp, 'The report asks: "Who will pay for the repairs?"'))
    assert question.question == "Who will pay for the repairs?"


def test_coordinated_plans_are_asked_together(nlp):
    text = "The agency will send a reminder after the deadline and consider extensions."
    question = only(ask(nlp, text))
    assert question.kind == "pending"
    assert question.question == (
        "Will the agency send a reminder after the deadline and consider extensions?"
    )


def test_one_question_per_topic(nlp):
    text = (
        "President Amara is expected to visit the port. "
        "President Amara is also expected to meet the dock workers."
    )
    amara = _actor("a1", text, "President Amara")
    question = only(ask(nlp, text, [amara]))
    assert question.actors == ["a1"]
    assert len(question.evidence) == 2


def test_ids_kinds_evidence_and_ranking(nlp):
    text = (
        "The city will hold an election in May. "
        "The city reportedly paid the consultant twice. "
        "It is unclear whether the mayor will stand again."
    )
    questions = ask(nlp, text)
    found = report(nlp, text)
    # shown q1, q2, ...; held back below the threshold h1, h2, ...
    assert [q.id for q in found.shown] == [f"q{i}" for i in range(1, len(found.shown) + 1)]
    assert [q.id for q in found.held] == [f"h{i}" for i in range(1, len(found.held) + 1)]
    assert {q.kind for q in questions} <= set(QuestionKind)
    for question in questions:
        for span in question.evidence:
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end].strip() == text[span.start : span.end]
    scores = [q.score for q in questions]
    assert scores == sorted(scores, reverse=True)


def test_evidence_is_the_sentence_not_the_paragraph(nlp):
    text = "Prices rose sharply. The bank will raise rates in June. Shops closed early."
    question = only(ask(nlp, text))
    (span,) = question.evidence
    assert text[span.start : span.end] == "The bank will raise rates in June."


def test_empty_text(nlp):
    assert ask(nlp, "") == []


def test_every_lexicon_loads():
    for category in (*CUE_CATEGORIES, "claim_nouns", "settled_verbs", "future_time", "ongoing"):
        entries = lexicon(category)
        assert entries, category
        assert all(not e.startswith("#") for e in entries)
