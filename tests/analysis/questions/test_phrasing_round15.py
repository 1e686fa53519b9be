"""Wording an editor keeps: "the" before an institution's name, and a past act asked in
the simple past rather than the past perfect of reported speech. Every text is invented.
"""

from __future__ import annotations

from briefing_tui.analysis.questions.institution_names import (
    shaped_as_institution,
    with_institution_the,
)
from briefing_tui.analysis.questions.tense import asked_now, simple_past
from tests.analysis.questions.helpers import analysed


def _sentences(nlp, text: str):
    return list(nlp(text).sents)


def test_a_name_built_like_an_institutions_takes_the():
    assert shaped_as_institution("Ministry of Farming")
    assert shaped_as_institution("Ostrel Guild of Bakers and Millers") is False
    assert shaped_as_institution("Dorvan Association of Bakers")
    assert shaped_as_institution("Harbour and Rivers Authority")
    assert shaped_as_institution("Lakeside Anglers' Trust")
    assert not shaped_as_institution("Keller Motors")
    assert not shaped_as_institution("Marlow University")
    assert not shaped_as_institution("Pell County")
    assert not shaped_as_institution("Dorvan's farming ministry")


def test_the_is_put_before_an_institutions_bare_name_in_a_question(nlp):
    doc = nlp(
        "The smaller Dorvan Association of Bakers said the Ministry of Farming would publish "
        "guidance before the ballot closes."
    )
    names = ["Ministry of Farming", "Dorvan Association of Bakers"]
    assert with_institution_the(
        "Will Ministry of Farming publish guidance before the ballot closes?", doc, names
    ) == ("Will the Ministry of Farming publish guidance before the ballot closes?")
    assert with_institution_the(
        "Has Dorvan Association of Bakers taken a position?", doc, names
    ) == ("Has the Dorvan Association of Bakers taken a position?")
    # already determined, possessed or inside a longer name: left as it is
    for said in (
        "Will the Ministry of Farming publish guidance?",
        "Will Dorvan's Ministry of Farming publish guidance?",
    ):
        assert with_institution_the(said, doc, names) == said


def test_a_disputed_past_act_is_asked_in_the_simple_past(nlp):
    sents = _sentences(
        nlp, "Survivors said the ferry had been overloaded, which the operator denied."
    )
    assert simple_past("Had the ferry been overloaded?", sents) == "Was the ferry overloaded?"
    sents = _sentences(nlp, "Officials said a patrol had crossed the river, which Dorva denied.")
    assert simple_past("Had a patrol crossed the river?", sents) == (
        "Did a patrol cross the river?"
    )


def test_a_reported_how_in_the_past_perfect_is_asked_in_the_simple_past(nlp):
    sents = _sentences(
        nlp, "The firm would not say how the intruders had gained access to its server."
    )
    assert asked_now("How had the intruders gained access to its server?", sents) == (
        "How did the intruders gain access to its server?"
    )


def test_a_past_perfect_with_its_own_past_time_is_asked_in_the_simple_past(nlp):
    sents = _sentences(
        nlp, "She did not say whether the mill had begun work before the road was closed."
    )
    assert asked_now("Had the mill begun work before the road was closed?", sents) == (
        "Did the mill begin work before the road was closed?"
    )
    # a negative is left as it is
    assert simple_past("Had the mill never begun work?", sents) == (
        "Had the mill never begun work?"
    )


def test_a_reported_would_is_asked_as_will_with_its_condition_in_the_present(nlp):
    from briefing_tui.analysis.questions.tense import reported_future

    sents = _sentences(
        nlp, "An officer said the ban would be extended if the new tests showed any risk."
    )
    assert reported_future(
        "Would the ban be extended if the new tests showed any risk?", sents
    ) == ("Will the ban be extended if the new tests show any risk?")
    sents = _sentences(nlp, "The board did not say whether it would seek damages.")
    assert reported_future("Would the board seek damages?", sents) == (
        "Will the board seek damages?"
    )
    sents = _sentences(nlp, "Dorva said it would lift the siege if the rebels withdrew.")
    assert reported_future("Would Dorva lift the siege if the rebels withdrew?", sents) == (
        "Will Dorva lift the siege if the rebels withdraw?"
    )


def test_a_quotes_own_would_or_a_hypothetical_is_left_as_it_is(nlp):
    from briefing_tui.analysis.questions.tense import reported_future

    sents = _sentences(nlp, '"We would respond in kind," the minister said.')
    assert reported_future("Would we respond in kind?", sents) == "Would we respond in kind?"
    sents = _sentences(nlp, "If the court rules against her, Ann Lee would lose her seat.")
    assert reported_future("Would Ann Lee lose her seat?", sents) == (
        "Would Ann Lee lose her seat?"
    )


# --- settled by their sentence: named vetoes (``settled.announced_step``, ``told_consequence``)


def test_a_step_an_actor_announces_it_will_take_is_no_open_matter(nlp):
    from briefing_tui.analysis.questions.settled import announced_step

    sents = _sentences(nlp, "The Dorvan Bakers' Union will ask its members to vote on a strike.")
    assert announced_step(
        "Will the Dorvan Bakers' Union ask its members to vote on a strike?", sents
    )
    sents = _sentences(
        nlp, "Its chair, Ada Moss, said the trust would seek a meeting with the owner."
    )
    assert announced_step("Will the trust seek a meeting with the owner?", sents)
    # a condition keeps it open; an outcome of others is no step of one's own
    sents = _sentences(nlp, "The union said it would ask for talks if the offer was withdrawn.")
    assert not announced_step("Will the union ask for talks if the offer is withdrawn?", sents)
    sents = _sentences(nlp, "The council will approve the plan on Tuesday, officials said.")
    assert not announced_step("Will the council approve the plan on Tuesday?", sents)


def test_a_consequence_the_article_works_out_is_no_forecast(nlp):
    from briefing_tui.analysis.questions.settled import told_consequence

    sents = _sentences(
        nlp,
        "The bloc holds 40 seats, meaning Ann Lee would need the votes of ten members from "
        "outside it.",
    )
    assert told_consequence("Would Ann Lee need the votes of ten members from outside it?", sents)
    sents = _sentences(nlp, "Ann Lee said she would need the votes of ten more members.")
    assert not told_consequence("Would Ann Lee need the votes of ten more members?", sents)


def test_announced_steps_and_worked_out_consequences_are_not_shown(nlp):
    text = (
        "Bakers in Dorvan to vote on strike\n\n"
        "The Dorvan Bakers' Union will ask its members to vote on strike action over pay, "
        "the union said on Tuesday.\n\n"
        "If members vote for action, the union must give 14 days' notice, meaning the "
        "earliest possible strike date would be in mid-April."
    )
    report = analysed(nlp, text)
    shown = [q.question for q in report.shown]
    assert not any("ask its members" in q or "mid-April" in q for q in shown)


def test_a_yes_no_question_on_a_not_of_its_main_verb_is_a_negative_question():
    from briefing_tui.analysis.questions.standalone import negative_question, standalone_veto

    assert standalone_veto("Has the mill not ruled out an appeal?") == "negative-question"
    assert negative_question("Does the Dorvan Bakers' Union not expect a strike?")
    # a "not" of a relative or a conditional clause, "or not": the question reads forward
    assert not negative_question("Will the deal hinge on members who have not voted?")
    assert not negative_question("Would the board delay the vote if it could not win?")
    assert not negative_question("Will the mill reopen or not?")


def test_a_name_ending_in_s_is_possessive_by_its_apostrophe_alone():
    from briefing_tui.analysis.questions.institution_names import name_possessives

    names = ["Dorvan Association of Bakers", "Kell Robotics", "Congress"]
    assert name_possessives("Will the Dorvan Association of Bakers’s members strike?", names) == (
        "Will the Dorvan Association of Bakers’ members strike?"
    )
    assert name_possessives("Did Kell Robotics's own review find a fault?", names) == (
        "Did Kell Robotics' own review find a fault?"
    )
    # a person's name, a name ending in "-ss": "'s" kept
    assert name_possessives("Will Ana Vos's firm appeal?", names) == "Will Ana Vos's firm appeal?"
    assert name_possessives("Will the Congress's vote pass?", names) == (
        "Will the Congress's vote pass?"
    )


def test_a_not_that_a_participle_governs_is_no_negative_question():
    from briefing_tui.analysis.questions.standalone import negative_question

    assert not negative_question("Should the two brothers be declared not guilty?")


def test_a_could_in_a_reported_condition_is_asked_as_can(nlp):
    from briefing_tui.analysis.questions.tense import reported_future

    sents = _sentences(
        nlp, "Officials said the board would delay the vote if it could not win a majority."
    )
    assert reported_future(
        "Would the board delay the vote if it could not win a majority?", sents
    ) == ("Will the board delay the vote if it cannot win a majority?")


def test_an_act_its_doer_disclaims_is_no_open_matter(nlp):
    from briefing_tui.analysis.questions.settled import disclaimed_act

    sents = _sentences(
        nlp, '"I do not like the ruling, but I will not drag the club through the courts."'
    )
    assert disclaimed_act("Will Ann Lee drag the club through the courts?", sents)
    sents = _sentences(
        nlp, "Dorva says the dam is vital and that it has never intended to harm its neighbours."
    )
    assert disclaimed_act("Will Dorva harm its neighbours?", sents)
    # a condition keeps it open; another's refusal to forecast is no disclaimer
    sents = _sentences(nlp, "Three members said they will not back the bill unless it is cut.")
    assert not disclaimed_act("Will three members back the bill if it is cut?", sents)
    sents = _sentences(nlp, "Analysts said the bank will raise rates in June.")
    assert not disclaimed_act("Will the bank raise rates in June?", sents)


def test_a_term_an_approved_plan_provides_is_not_asked(nlp):
    """``told-term``: "Under the approved plan, the county will ..." is told, not open."""
    text = (
        "The Selo County board voted 4-3 on Tuesday to build a new ferry terminal. Under the "
        "approved plan, the county will issue bonds to cover half of the $40 million cost."
    )
    found = analysed(nlp, text)
    assert not any("issue bonds" in q.question for q in found.shown), found.shown
    vetoes = {f.question: f.veto for f in found.findings if f.question}
    assert "told-term" in vetoes.values(), vetoes


def test_a_term_hanging_on_a_condition_is_not_told(nlp):
    from briefing_tui.analysis.questions.settled import told_term

    told = _sentences(nlp, "Under the charter, the council will name a successor in May.")
    assert told_term("Will the council name a successor in May?", told)
    hanging = _sentences(
        nlp, "Under the charter, if the mayor resigns, the council will name a successor."
    )
    assert not told_term("Will the council name a successor?", hanging)
