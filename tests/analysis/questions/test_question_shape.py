"""Every shown question is built like a question and names what it asks about: the grammar
vetoes, questions that name nothing, preferences asked back, owners and names kept whole."""

from __future__ import annotations

from briefing_tui.analysis.questions.grammar import (
    come_with_object,
    lost_negation,
    modal_then_finite,
    name_fragment,
    opener_without_subject,
    wh_before_modal,
)
from briefing_tui.analysis.questions.references import names_nothing

from .helpers import analysed

# --- the grammar checks, on a question and its sentence --------------------------------


def test_which_left_before_the_modal_is_no_question(nlp):
    sentence = nlp("The mayor would not say which changes will win her vote.")[:]
    assert wh_before_modal("Which will changes win the mayor's vote?", [sentence])
    assert not wh_before_modal("Which changes will win the mayor's vote?", [sentence])


def test_until_of_a_negated_verb_without_its_not_says_the_opposite(nlp):
    sentence = nlp("The repairs to the Selo bridge will not be finished until next spring.")[:]
    assert lost_negation(
        "Will the repairs to the Selo bridge be finished until next spring?", [sentence]
    )
    assert not lost_negation(
        "Will the repairs to the Selo bridge not be finished until next spring?", [sentence]
    )
    plain = nlp("The Selo bridge will stay closed until next spring.")[:]
    assert not lost_negation("Will the Selo bridge stay closed until next spring?", [plain])


def test_a_modal_before_a_past_verb_runs_two_clauses_together(nlp):
    sentence = nlp("As the minister said, Tom Berg posted on Thursday that the talks will resume.")[
        :
    ]
    assert modal_then_finite("As the minister said, will Tom Berg posted on Thursday?", [sentence])


def test_a_base_form_like_its_past_and_a_participle_after_a_noun_are_in_order(nlp):
    cut = nlp("Tom Berg cut school funds twice.")[:]
    assert not modal_then_finite("Will Tom Berg cut school funds again?", [cut])
    passed = nlp("The bill passed by the Senate will become law in May.")[:]
    assert not modal_then_finite("Will the bill passed by the Senate become law in May?", [passed])


def test_an_auxiliary_straight_before_a_verb_lost_the_subject(nlp):
    sentence = nlp("A spokeswoman said the agency would publish a joint count next week.")[:]
    assert opener_without_subject("Will publish a joint count next week?", [sentence])
    assert not opener_without_subject(
        "Will the agency publish a joint count next week?", [sentence]
    )


def test_a_gerund_or_a_noun_may_open_the_subject(nlp):
    voting = nlp("Voting will take place from 7 a.m. on Sunday.")[:]
    assert not opener_without_subject("Will voting take place from 7 a.m. on Sunday?", [voting])
    plural = nlp("Divers will try to reach the wreck on Monday.")[:]
    assert not opener_without_subject("Will divers try to reach the wreck on Monday?", [plural])
    plural = nlp("He did not say whether cargoes under contract would be exempt.")[:]
    assert not opener_without_subject("Will cargoes under contract be exempt?", [plural])
    how = nlp("The agency will publish the count.")[:]
    assert not opener_without_subject("How will the agency publish the count?", [how])


def test_a_piece_of_a_name_is_told_from_the_whole_name(nlp):
    sentence = nlp("The ministry said the Fish and Wildlife Service had delayed the listing.")[:]
    assert name_fragment("Had Wildlife Service delayed the listing?", [sentence]) == (
        "Wildlife Service"
    )
    assert (
        name_fragment("Had the Fish and Wildlife Service delayed the listing?", [sentence]) is None
    )
    numbered = nlp("The measure, Senate Bill 88, passed the Senate last week.")[:]
    assert name_fragment("Will Senate Bill become law?", [numbered]) == "Senate Bill"
    assert name_fragment("Will Senate Bill 88 become law?", [numbered]) is None


def test_a_question_that_names_nothing_is_told():
    assert names_nothing("Will a colleague check?")
    assert names_nothing("Did the available data settle the question?")
    assert not names_nothing("Will a colleague of Ann Lee check?")
    assert not names_nothing("Will an independent safety board review the trial data by May?")
    assert not names_nothing("How will the trial for manslaughter end?")


# --- in the pipeline -------------------------------------------------------------------


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def test_a_negated_until_is_not_asked_without_its_not(nlp):
    text = (
        "Tests of water samples from the Marlow reservoir, run by the Marlow Health Board, "
        "are not expected to be complete until next week."
    )
    shown = _shown(nlp, text)
    assert not any("until" in q and " not " not in q for q in shown), shown


def test_a_name_taken_from_an_apposition_keeps_its_number(nlp):
    text = (
        "The measure, Senate Bill 88, passed the state Senate last week. "
        "Speaker Tom Berg has not said whether he will allow amendments when the bill "
        "reaches the floor."
    )
    shown = _shown(nlp, text)
    assert not any("Senate Bill " in q and "Senate Bill 88" not in q for q in shown), shown


def test_a_colleague_asked_to_check_is_held_back_as_naming_nothing(nlp):
    text = (
        "Dr. Ann Lee, a hydrologist at the University of Selo, said the readings could "
        "have two causes. She had asked a colleague with access to the records to check."
    )
    found = analysed(nlp, text)
    assert not any("colleague" in q.question for q in found.shown), found.shown
    held = [q for q in found.held if "colleague" in q.question]
    assert all(q.held_because == "unnamed matter" for q in held)


def test_a_stated_preference_is_not_asked_back(nlp):
    text = (
        "Rep. Tom Berg co-sponsored the Assembly version of the harbour bill. "
        '"I would rather fix this bill than watch it die," Berg said.'
    )
    shown = _shown(nlp, text)
    assert not any("rather" in q for q in shown), shown


def test_an_owner_no_one_named_is_named_or_held(nlp):
    text = "Officials said it was not known whether the fever contributed to his death."
    found = analysed(nlp, text)
    assert not any(" his " in f" {q.question} " for q in found.shown), found.shown


def test_a_proceeding_is_not_asked_with_a_phrase_from_elsewhere_in_its_sentence(nlp):
    from briefing_tui.analysis.questions.grammar import detached_phrase

    apart = nlp(
        "The judge may pause the deadline while the case proceeds, said Ann Lee, a lawyer "
        "for the farmers."
    )[:]
    assert detached_phrase("How will the case for the farmers end?", [apart])
    together = nlp("The trial for fraud of Tom Berg opened in Selo on Monday.")[:]
    assert not detached_phrase("How will the trial for fraud of Tom Berg end?", [together])


def test_how_a_possible_lawsuit_ends_is_not_asked(nlp):
    text = "At least two law firms in Selo said on Monday they were examining possible lawsuits."
    shown = _shown(nlp, text)
    assert not any(q.startswith("How will the possible") for q in shown), shown


def test_will_rather_is_a_preference_too():
    from briefing_tui.analysis.questions.opinions import asks_a_preference

    assert asks_a_preference("Will Tom Berg rather wait a month than build the wrong pier?")
    assert asks_a_preference("Would Ann Lee rather fix the bill than watch it fail?")
    assert not asks_a_preference("Will Ann Lee sign the bill before May?")


def test_a_day_of_a_month_is_no_piece_of_a_name(nlp):
    sentence = nlp("The next fair is scheduled for June 11-13 in Selo.")[:]
    assert name_fragment("Is the next fair scheduled for June 11-13?", [sentence]) is None


def test_an_owner_is_named_by_the_subject_that_says_it(nlp):
    text = (
        "Mayor Carla Whitfield said Tuesday she would veto the Selo stadium plan. "
        "Whitfield said she was open to changes but would not say which terms might win "
        "her signature."
    )
    shown = _shown(nlp, text)
    assert "Which terms might win Carla Whitfield’s signature?" in shown, shown


def test_an_owner_no_subject_stands_for_is_not_named(nlp):
    text = (
        "Melloway Pharmaceuticals recalled two lots of its eye drops on Thursday. "
        "The company denied that its plant had failed an inspection last year.\n\n"
        "A spokesman for the company, Pieter Laan, declined to comment on whether Melloway "
        "had received complaints before the recall. Officials said it was not known whether "
        "the drops contributed to his injury, referring to a patient in Kessel who lost sight "
        "in one eye."
    )
    found = analysed(nlp, text)
    asked = [q.question for q in [*found.shown, *found.held]]
    assert not any("Pieter Laan’s injury" in q for q in asked), asked


def test_a_name_put_for_a_pronoun_after_a_role_is_in_doubt(nlp):
    from briefing_tui.analysis.questions.grammar import person_in_doubt
    from briefing_tui.analysis.questions.rules import is_role_word

    sentence = nlp(
        '"The governor has every right to veto a bill, but he owes people an answer about '
        'what he would actually sign," Ann Lee said.'
    )[:]
    asked = "What would Tom Berg actually sign?"
    assert person_in_doubt(asked, [sentence], is_role_word) == "Tom Berg"
    named = nlp("Governor Tom Berg said he would sign the harbour bill in May.")[:]
    assert person_in_doubt("Would Tom Berg sign the harbour bill?", [named], is_role_word) is None


def test_a_wh_word_left_after_a_name_is_the_rest_of_an_embedded_question():
    from briefing_tui.analysis.questions.grammar import stray_wh_word

    assert stray_wh_word("Will Deshko which member switch?")
    assert stray_wh_word("Did Anna Ruiz what the audit found?")
    assert not stray_wh_word("Which member will Deshko persuade to switch?")
    assert not stray_wh_word("Will Deshko, who chairs the council, call the vote?")
    assert not stray_wh_word("Will the council say which member will switch?")


def test_a_relative_clause_fronted_with_its_preposition_is_no_question():
    from briefing_tui.analysis.questions.grammar import stray_wh_word

    assert stray_wh_word("For which, has Corvane set a date?")
    assert stray_wh_word("In which will the board meet?")
    assert not stray_wh_word("For how long will the Selo bridge stay closed?")


def test_an_unsaid_choice_is_not_asked_as_a_broken_question(nlp):
    text = (
        "Council Delays Vote\n\nTuesday, May 5, 2026\n\n"
        "Council President Mara Deshko said she was confident of finding the seventh vote "
        "before the final reading, scheduled for May 19, but she did not say which member "
        "she expected to switch.\n\n"
        "The Brightwater Parking Company said it expected its garages to stay full until its "
        "next rate review, for which Brightwater has not yet set a date.\n"
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert not any(" which member" in q for q in shown), shown
    assert not any(q.startswith("For which") for q in shown), shown


def test_the_occasion_of_a_call_is_not_part_of_the_act_asked_for(nlp):
    text = (
        "Jail Deaths\n\nWednesday, June 3, 2026\n\n"
        "Councilwoman Irene Vasko called on Sheriff Tom Becker to resign on Wednesday after a "
        "third death at the county jail this year.\n"
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert "Will Sheriff Tom Becker resign?" in shown or "Will Tom Becker resign?" in shown, shown


def test_a_deadline_of_the_act_asked_for_stays(nlp):
    text = (
        "Port Fees\n\nWednesday, June 3, 2026\n\n"
        "The union called on Harlow Shipping to withdraw the new fees by Friday.\n"
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert any("by Friday" in q for q in shown), shown


def test_an_expected_thing_is_not_asked_as_the_object_of_come(nlp):
    """``come-with-object``: "expected results early next week" is no "come results"."""
    text = (
        "The water board said it was testing wells in Selo and two nearby towns and expected "
        "results early next week."
    )
    found = analysed(nlp, text)
    assert not any(" come results" in q.question for q in found.shown), found.shown
    vetoes = {f.question: f.veto for f in found.findings if f.question}
    assert any(v == "come-with-object" for q, v in vetoes.items() if " come " in q), vetoes


def test_come_with_a_time_or_a_preposition_reads(nlp):
    sentences = [nlp("The ruling is expected next week, the court said.")[:]]
    assert not come_with_object("Will the ruling come next week?", sentences)
    assert not come_with_object("Will the ruling come before the vote?", sentences)
    assert not come_with_object("Will the ruling come tomorrow?", sentences)
