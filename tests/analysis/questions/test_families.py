"""Each rule family raises its example; each named veto removes its example; every shown
question reads on its own (a property test over generated sentences)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.analysis.questions.confidence import SHOW_AT
from briefing_tui.analysis.questions.explain import explain_text
from briefing_tui.analysis.questions.families import FAMILIES
from briefing_tui.analysis.questions.find import QuestionReport, explain_questions
from briefing_tui.analysis.questions.rules import Candidate
from briefing_tui.analysis.questions.vetoes import (
    FINITE_OPENERS,
    PHRASE_VETOES,
    has_finite_opening,
    phrase_veto,
)
from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article, QuestionKind

from .helpers import analysed

FAMILY_VETOES = [(f.name, v.name, v.example) for f in FAMILIES for v in f.vetoes]


@pytest.mark.parametrize("family", FAMILIES, ids=[f.name for f in FAMILIES])
def test_each_family_raises_a_shown_question_from_its_example(nlp, family):
    found = analysed(nlp, family.example)
    raised = [f for f in found.findings if f.family == family.name and f.veto is None]
    assert raised, [(f.family, f.veto, f.question) for f in found.findings]
    assert raised[0].kind == family.kind
    assert any(q.kind == family.kind for q in found.shown)


@pytest.mark.parametrize(("family", "veto", "example"), FAMILY_VETOES)
def test_each_family_veto_removes_its_example(nlp, family, veto, example):
    found = analysed(nlp, example)
    assert veto in {f.veto for f in found.findings}, [(f.family, f.veto) for f in found.findings]
    assert all(f.veto is not None for f in found.findings if f.family == family) or veto in {
        "same-dispute"
    }


@pytest.mark.parametrize("veto", PHRASE_VETOES, ids=[v.name for v in PHRASE_VETOES])
def test_each_phrase_veto_fails_its_example_question(nlp, veto):
    sentences = [nlp(veto.sentence)[:]] if veto.sentence else []
    candidate = Candidate(QuestionKind.EXPECTATION, sentences, veto.example)
    assert veto.predicate(candidate)
    assert phrase_veto(candidate) == veto.name


@pytest.mark.parametrize(
    "text",
    [
        "Will the council vote on the harbour plan on Tuesday?",
        "What caused the old bridge to fall?",
        "How did the files reach the street?",
        "If the talks fail, will the union strike?",
        "Is the US ready to sign the deal?",
        "How costly could it be to ignore the warning?",
    ],
)
def test_well_formed_questions_pass_every_phrase_veto(text):
    assert phrase_veto(Candidate(QuestionKind.EXPECTATION, [], text)) is None


def test_a_request_asks_whether_the_one_asked_will_do_it(nlp):
    found = analysed(nlp, "Senator Ann Hall asked the Selo Mining Board not to close the old mine.")
    assert [q.question for q in found.shown] == ["Will the Selo Mining Board close the old mine?"]
    assert found.shown[0].kind == "pending"


def test_a_question_an_actor_asks_is_asked_in_the_pane(nlp):
    text = "Minister Ann Hall has asked officials how the secret files wound up on the street."
    found = analysed(nlp, text)
    assert "How did the secret files wind up on the street?" in [q.question for q in found.shown]


def test_two_sources_in_one_sentence_joined_by_but_make_a_dispute(nlp):
    text = (
        "She was sent to the Harbour Camp in Perth, which the club describes as a quiet "
        "retreat, but critics charge is a labour camp."
    )
    question = next(q for q in analysed(nlp, text).shown if q.kind == "disputed")
    assert question.question == "Is the Harbour Camp in Perth a quiet retreat or a labour camp?"


def test_a_denial_ending_in_a_colon_carries_on_in_the_next_sentences(nlp):
    text = (
        "Ann Hall says the club kept her on the boat for a year.\n"
        "In a statement, the club denied these allegations:\n"
        "She was never kept on the boat. She was free to leave at any time.\n"
        "Ann Hall now lives in Perth."
    )
    question = next(q for q in analysed(nlp, text).shown if q.kind == "disputed")
    evidence = [text[e.start : e.end] for e in question.evidence]
    assert "She was free to leave at any time." in evidence
    assert "Ann Hall now lives in Perth." not in evidence


def test_a_source_saying_something_is_not_what_the_article_called_it_is_a_dispute(nlp):
    text = (
        "A secret army report was found on a bench in Leeds. "
        'Minister Tom Reed said, "It is not secret at all."'
    )
    question = next(q for q in analysed(nlp, text).shown if q.kind == "disputed")
    assert question.question == "Was the army report secret?"
    assert len(question.evidence) == 2


def test_a_competing_figure_for_that_number_is_a_dispute(nlp):
    text = (
        "About 9,000 fishermen work on the lake. The Lake Council estimates that number is "
        "closer to 4,000."
    )
    question = next(q for q in analysed(nlp, text).shown if q.kind == "disputed")
    assert question.question.startswith("Is the number of fishermen closer to 4,000")


def test_a_plea_of_innocence_in_a_trial_names_the_accused(nlp):
    text = (
        "The couple are on trial for fraud. Speaking in their defence, their lawyer Tom Reed "
        "said that, as the parents came from abroad, they should be declared not guilty."
    )
    question = next(q for q in analysed(nlp, text).shown if q.kind == "disputed")
    assert question.question == "Should the parents be declared not guilty?"


def test_a_criticised_decision_its_maker_defends_is_disputed(nlp):
    text = (
        "The Tarva Defence Agency's director, Tom Reed, said the base cost too much to run. "
        "Senator Ann Hall said she was disappointed with the Tarva Defence Agency's decision "
        "to close the base."
    )
    question = next(q for q in analysed(nlp, text).shown if q.kind == "disputed")
    assert question.question == (
        "Was the Tarva Defence Agency's decision to close the base justified?"
    )


def test_a_criticised_decision_with_only_its_critic_s_side_is_not_shown(nlp):
    # one critic's disappointment recast as "Was it justified?" is an opinion, not a matter
    text = (
        "Senator Ann Hall said she was disappointed with the agency's decision to close the base."
    )
    found = analysed(nlp, text)
    assert not any("justified" in q.question for q in found.shown)
    assert "one-sided-judgement" in {f.veto for f in found.findings}


def test_a_condemned_ruling_is_neither_asked_as_an_opinion_nor_as_one_sided(nlp):
    # "Is the ruling dangerous and ideological?" recasts an opinion; so does "Was the ruling
    # justified?" when only the critic speaks
    text = 'The bishops conference of Tarva has called the ruling "dangerous" and "ideological".'
    found = analysed(nlp, text)
    assert not any(q.kind == "disputed" for q in found.shown)
    assert not any("ideological" in q.question for q in found.shown)


def test_a_denied_role_is_disputed(nlp):
    text = "The Harbor School District has said that the student's religion was not a factor."
    question = next(q for q in analysed(nlp, text).shown if q.kind == "disputed")
    assert question.question == "Was the student's religion a factor?"


def test_a_role_denied_by_two_bodies_together_is_disputed_with_both_as_sides(nlp):
    # the claims analysis gives a source of two bodies joined by "and" no single speaker;
    # the denial still has its sides, the bodies named in the source phrase
    text = (
        "Both the Harbor School District and the Harbor Police Department have said that "
        "the student's religion was not a factor."
    )
    briefing = analyze_doc(nlp(text), Article(text=text))
    question = next(q for q in briefing.questions if q.kind == "disputed")
    assert question.question == "Was the student's religion a factor?"
    names = {a.id: a.name for a in briefing.actors}
    sides = {names[a] for a in question.actors}
    assert {"Harbor School District", "Harbor Police Department"} <= sides


def test_a_plan_that_is_to_be_held_is_an_expectation(nlp):
    text = "The first referendum of the Harbour Council is to be held from May 2 to May 9."
    questions = [q.question for q in analysed(nlp, text).shown]
    assert "Will the first referendum of the Harbour Council be held from May 2 to May 9?" in (
        questions
    )


def test_an_expressed_hope_asks_whether_it_comes(nlp):
    text = "Director Ann Lee expressed interest in further donations from the foundation."
    questions = [q.question for q in analysed(nlp, text).shown]
    assert questions == ["Will there be further donations from the foundation?"]


def test_an_announcement_answers_its_own_where(nlp):
    found = analysed(nlp, "The agency announced where the four rockets will be displayed.")
    assert found.shown == []


def test_a_reported_would_with_a_deadline_still_forecasts(nlp):
    text = "Scientists at Leeds estimated that by 2050 the harvest would fall by a third."
    assert [q.kind for q in analysed(nlp, text).shown] == ["expectation"]


def test_nothing_open_shows_nothing_and_explain_says_so(nlp):
    text = "The museum opened in 1901. It holds four thousand paintings. Tom Reed runs it."
    doc = nlp(text)
    briefing = analyze_doc(doc, Article(text=text))
    assert explain_questions(doc, briefing.actors, briefing.claims).shown == []
    assert "nothing open is shown" in explain_text(doc, briefing.actors, briefing.claims)


def test_explain_lists_the_family_confidence_question_veto_and_sentence(nlp):
    text = "The mayor is expected to announce the new budget on Monday. He said he would resign."
    doc = nlp(text)
    briefing = analyze_doc(doc, Article(text=text))
    report = explain_text(doc, briefing.actors, briefing.claims)
    assert "forecast [expectation] SHOWN conf=" in report
    assert "Q: Will the mayor announce the new budget on Monday?" in report
    assert "vetoed: reported-past" in report
    assert "He said he would resign." in report


def test_shown_questions_are_those_at_or_above_the_threshold(nlp):
    text = (
        "Minister Ann Lee reportedly resigned after the vote. "
        "According to Tom Reed, the bridge was closed for repairs."
    )
    found = analysed(nlp, text)
    assert all(q.confidence >= SHOW_AT for q in found.shown)
    assert all(q.confidence < SHOW_AT for q in found.held)


# --- the property: every shown question reads on its own ------------------------------

_SUBJECTS = ["The council", "Mayor Ann Lee", "The union", "They", "It", "We", "The old ferry"]
_FRAMES = [
    "{s} will {v} next week.",
    "{s} is expected to {v} on Monday.",
    "{s} has yet to decide whether to {v}.",
    "It is unclear whether {l} will {v}.",
    "{s} said {l} would {v} if the talks fail.",
    '"{s} will {v}," the spokesman said.',
    "{s} plans to {v}, according to Tom Reed.",
    "{s} could {v}, which the ministry denies.",
    "{s} declined to comment on the plan to {v}.",
    "Will {l} {v}?",
    "{s} would not say which changes will win the vote.",
    "{s} is not expected to {v} until next week.",
    "{s} denied that the port had closed and said the ships were late.",
    "{s} had asked a colleague to check.",
    "The measure, Senate Bill 88, will {v} when {l} reaches the floor.",
]
_VERBS = ["close the port", "sell the old bridge", "strike", "appeal the ruling", "win"]


def _verb_phrase(verb: str) -> str:
    return verb


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(
        st.tuples(st.sampled_from(_FRAMES), st.sampled_from(_SUBJECTS), st.sampled_from(_VERBS)),
        min_size=1,
        max_size=4,
    )
)
def test_every_shown_question_is_a_short_question_with_a_finite_verb(nlp, parts):
    text = " ".join(
        frame.format(s=subject, l=subject.lower() if subject[1:].islower() else subject, v=verb)
        for frame, subject, verb in parts
    )
    for question in analysed(nlp, text).shown:
        words = question.question.split()
        assert question.question.endswith("?"), question.question
        assert len(words) < 30, question.question
        parsed = nlp(question.question)
        finite = [t for t in parsed if t.tag_ in {"MD", "VBD", "VBZ", "VBP"}]
        assert finite, question.question
        assert _built_like_a_question(question.question), question.question


#: What a question may open with: an auxiliary, a wh-word, or a fronted condition or time.
_OPENINGS = FINITE_OPENERS | {"who", "what", "which", "whose", "when", "where", "why", "how"}
_FRONTED = {"if", "unless", "as", "when", "before", "after", "once"}
_NOT_SUBJECTS = {"and", "or", "but", "of", "to", "for", "which", "who", "that", "not"}


def _built_like_a_question(text: str) -> bool:
    """An auxiliary or wh-word first (or after a fronted clause), a subject after the
    auxiliary, no modal straight after "which"/"whose", no "until" that lost its "not",
    no dangling conjunction or "and said"."""
    words = [w.lower() for w in re.findall(r"[\w’'-]+", text)]
    if not words or (words[0] not in _OPENINGS and words[0] not in _FRONTED):
        return False
    if words[0] in FINITE_OPENERS and len(words) > 1 and words[1] in _NOT_SUBJECTS:
        return False
    if words[0] in {"which", "whose"} and len(words) > 1 and words[1] in FINITE_OPENERS:
        return False
    if "until" in words and not {"not", "never"} & set(words):
        return False
    if re.search(r"\b(?:and|or|but)\s*\?$|\band\s+said\b", text):
        return False
    return has_finite_opening(text)


def test_a_dateline_does_not_enter_the_question(nlp):
    text = (
        "HALDEN, March 3 - Dock workers at the port of Halden will walk out on Monday if the "
        "port authority does not raise wages, the Dockers' Union said."
    )
    questions = [q.question for q in analysed(nlp, text).shown]
    assert questions and all(not q.startswith("HALDEN") for q in questions)
    assert questions[0].startswith("Will Dock workers at the port of Halden walk out on Monday")


def test_a_request_to_both_sides_is_not_asked(nlp):
    text = "Minister Karl Berg has urged both sides to return to the table before the weekend."
    report = analysed(nlp, text)
    # an appeal to parties nobody names is an exhortation, not an open matter: dropped
    assert [q.question for q in report.shown] == []
    assert [q.question for q in report.held] == []
    assert "generic-appeal" in {f.veto for f in report.findings}


def test_an_apposition_leaves_the_asked_subject(nlp):
    text = "Nordline, the largest shipping firm, declined to say whether it would reroute ships."
    questions = [q.question for q in analysed(nlp, text).shown]
    assert questions == ["Will Nordline reroute ships?"]


def test_playing_no_part_is_a_denied_role(nlp):
    text = "Minister Anna Weiss said her former adviser played no part in the tender."
    question = next(q for q in analysed(nlp, text).shown if q.kind == "disputed")
    assert question.question == "Did Anna Weiss’s former adviser play a part in the tender?"


def test_a_condemned_decision_is_asked_as_the_decision_with_its_critic_a_side(nlp):
    text = (
        "The Harbour Board's chairman, Ivo Lind, said the port could not stay open. "
        'Opposition leader Tomas Rey called the Harbour Board\'s decision "scandalous" on '
        "Wednesday."
    )
    doc = nlp(text)
    briefing = analyze_doc(doc, Article(text=text))
    found = explain_questions(doc, briefing.actors, briefing.claims)
    question = next(q for q in found.shown if q.kind == "disputed")
    # the critic's word is an opinion; the open matter is the decision he disputes, and the
    # board that made it gives its side
    assert question.question == "Was the Harbour Board's decision justified?"
    names = {a.id: a.name for a in briefing.actors}
    assert any("Rey" in names[a] for a in question.actors)


def test_a_stated_goal_asks_whether_its_owner_reaches_it(nlp):
    text = (
        "Microsoft has launched a campaign against the old browser. Its goal is to cut the "
        "browser's users to less than one percent."
    )
    questions = [q.question for q in analysed(nlp, text).shown]
    assert "Will Microsoft cut the browser's users to less than one percent?" in questions


def test_uncertainty_of_a_thing_asks_what_is_unknown_about_it(nlp):
    text = "Several scenarios were considered because of uncertainty of future levels of ozone."
    questions = [q.question for q in analysed(nlp, text).shown]
    assert questions == ["What is unknown about future levels of ozone?"]


def test_a_pronoun_subject_is_named_from_its_sentence_hyphens_kept(nlp):
    text = (
        "A similar fast-track system was rejected by the minister over fears it would amount "
        "to an amnesty, which the Home Office rejects."
    )
    question = next(q for q in analysed(nlp, text).shown if q.kind == "disputed")
    assert question.question == "Would a similar fast-track system amount to an amnesty?"


def test_considering_something_by_a_deadline_is_a_pending_decision(nlp):
    text = (
        "Ann Lee, for the Food Agency of Ireland, says they are looking at mandatory guidelines "
        "on salt by the end of the year."
    )
    question = only_shown(analysed(nlp, text))
    assert question.kind == "pending"
    assert question.question == (
        "Will the Food Agency of Ireland decide on mandatory guidelines on salt by the end of "
        "the year?"
    )


def only_shown(found: QuestionReport):
    """The one shown question of a report."""
    assert len(found.shown) == 1, [q.question for q in found.shown]
    return found.shown[0]


def test_a_chunked_briefing_keeps_each_question_s_confidence(nlp):
    from briefing_tui.engine.merge import BriefingMerger

    text = "The mayor is expected to announce the new budget on Monday."
    doc = nlp(text)
    part = analyze_doc(doc, Article(text=text))
    merger = BriefingMerger()
    merger.add(part, 100)
    merged = merger.briefing(Article(text=" " * 100 + text), None)
    assert [q.confidence for q in merged.questions] == [q.confidence for q in part.questions]
    assert merged.questions and merged.questions[0].confidence >= SHOW_AT


def test_a_quoted_we_is_named_by_the_quote_s_source(nlp):
    text = '"We will appeal the Harlow ruling on Monday," Senator Ann Hall told reporters.'
    assert [q.question for q in analysed(nlp, text).shown] == [
        "Will Ann Hall appeal the Harlow ruling on Monday?"
    ]


def test_a_quoted_we_of_an_office_is_asked_of_the_office(nlp):
    text = (
        'The Home Office letter reads "we may extend the use of the questionnaire to other '
        'claimants in due course".'
    )
    questions = [q.question for q in analysed(nlp, text).shown]
    assert questions == [
        "Will the Home Office extend the use of the questionnaire to other claimants in due course?"
    ]


def test_a_long_question_loses_its_trailing_phrases_before_it_is_dropped(nlp):
    text = (
        "The national rail regulator said on Thursday it would decide by the end of May "
        "whether to fine Northline Rail over the cancellation of more than 4,000 trains last "
        "winter."
    )
    questions = [q.question for q in analysed(nlp, text).shown]
    assert questions == [
        "Will the national rail regulator decide by the end of May whether to fine Northline Rail?"
    ]


def test_rejecting_that_figure_disputes_the_claim_it_points_back_to(nlp):
    text = (
        "The nurses' union says the hospital is short of at least 80 nurses. Hospital director "
        "Eva Holm rejected that figure, saying only 35 posts were vacant."
    )
    question = next(q for q in analysed(nlp, text).shown if q.kind == "disputed")
    assert question.question == "Is the hospital short of at least 80 nurses?"
    assert len(question.evidence) == 2


def test_a_pledge_and_an_unknown_in_one_sentence_are_both_asked(nlp):
    text = (
        "The regional health board has promised to hire 50 nurses by the end of the year, but "
        "has not said where the money will come from."
    )
    questions = {q.question for q in analysed(nlp, text).shown}
    held = {q.question for q in analysed(nlp, text).held}
    # "the money" needs the article to be understood: asked, but held back
    assert questions | held == {
        "Will the regional health board hire 50 nurses by the end of the year?",
        "Where will the money come from?",
    }
