"""A set event (a vote, a hearing, a court case, talks) is asked by how it ends, not by
whether it takes place; where the question does not name what is decided it is held
back, and an act the article reports as announced for a set day is not asked back."""

from __future__ import annotations

from briefing_tui.analysis.questions.outcomes import announced_act, set_event_outcome

from .helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def test_a_confidence_vote_is_asked_by_whether_its_target_survives():
    asked, veto = set_event_outcome(
        "Will the Tarsen parliament hold a confidence vote on the cabinet of Olaf Berend"
        " on April 9?"
    )
    assert veto is None
    assert asked == (
        "Will the cabinet of Olaf Berend survive the confidence vote in the Tarsen"
        " parliament on April 9?"
    )


def test_a_vote_on_a_measure_is_asked_by_whether_it_passes():
    asked, veto = set_event_outcome(
        "Will the Velland council hold a vote on the port bill on May 2?"
    )
    assert (asked, veto) == ("Will the Velland council pass the port bill on May 2?", None)


def test_a_vote_on_nothing_named_is_held_back():
    text = "Will the Velland council hold a vote on Monday?"
    assert set_event_outcome(text) == (text, "set-event")


def test_a_hearing_someone_faces_is_asked_by_what_it_decides():
    asked, veto = set_event_outcome("Will Mara Voss face a disciplinary hearing on July 8?")
    assert (asked, veto) == (
        "What will be decided at Mara Voss’ disciplinary hearing on July 8?",
        None,
    )
    asked, _ = set_event_outcome("Will Tom Ames stand trial in March?")
    assert asked == "What will the verdict be at Tom Ames’ trial in March?"
    asked, _ = set_event_outcome("Will a second clerk, a former auditor, go on trial in May?")
    assert (
        asked
        == "What will the verdict be at the trial of a second clerk, a former auditor, in May?"
    )


def test_a_court_hearing_a_bare_case_is_held_back_and_a_named_one_asked_by_its_ruling():
    text = "Will the Orvik Labour Court hear the case on May 4?"
    assert set_event_outcome(text) == (text, "set-event")
    asked, veto = set_event_outcome("Will the Orvik Labour Court hear the dockers' complaint?")
    assert (asked, veto) == (
        "How will the Orvik Labour Court rule on the dockers' complaint?",
        None,
    )


def test_talks_are_asked_by_an_agreement_on_their_matter_or_held_back():
    asked, veto = set_event_outcome(
        "Will Sarnia and Holm resume talks on fishing quotas on June 2?"
    )
    assert (asked, veto) == (
        "Will Sarnia and Holm reach an agreement on fishing quotas on June 2?",
        None,
    )
    text = "Will Sarnia and Holm resume talks next week?"
    assert set_event_outcome(text) == (text, "set-event")


def test_an_event_left_to_a_condition_is_still_asked_as_it_is():
    text = "Will the council hold a vote on the port bill on May 2 if the mayor agrees?"
    assert set_event_outcome(text) == (text, None)
    assert set_event_outcome("Will the mayor resign?") == ("Will the mayor resign?", None)


def test_the_lead_confidence_vote_is_shown_by_its_outcome(nlp):
    text = (
        "The Tarsen parliament will hold a confidence vote on the government of Prime"
        " Minister Olaf Berend on April 9, the speaker said on Tuesday. Berend's coalition"
        " lost two deputies last month."
    )
    assert _shown(nlp, text) == [
        "Will the government of Prime Minister Olaf Berend survive the confidence vote in"
        " the Tarsen parliament on April 9?"
    ]


def test_the_lead_hearing_is_shown_by_what_it_decides(nlp):
    text = (
        "Mara Voss will face a disciplinary hearing on July 8 over a missed drug test, the"
        " National Cycling Union said on Friday. She has denied wrongdoing."
    )
    shown = _shown(nlp, text)
    assert not any("face a disciplinary hearing" in q for q in shown), shown
    assert (
        "What will be decided at Mara Voss’ disciplinary hearing on July 8 over a missed drug test?"
    ) in shown


def test_an_act_announced_for_a_set_day_is_not_asked_back(nlp):
    text = (
        "Mayor Tom Hale said the city would open three cooling centres starting Monday."
        " Temperatures are forecast to pass 40 degrees."
    )
    report = analysed(nlp, text)
    assert report.shown == []
    assert any(f.veto == "announced-act" for f in report.findings)


def test_an_announced_act_needs_a_start_day_and_no_condition(nlp):
    sentences = list(nlp("Mayor Tom Hale said the city would open three centres.").sents)
    assert not announced_act("Will the city open three centres?", sentences)
    assert announced_act("Will the city open three centres starting Monday?", sentences)
    assert not announced_act(
        "Will the city open three centres starting Monday unless it rains?", sentences
    )


def test_an_act_the_headline_tells_as_done_is_not_asked_back(nlp):
    text = (
        "Carver Foods recalls 40,000 jars of peanut butter\n\n"
        "Carver Foods said on Monday it would recall about 40,000 jars of peanut butter"
        " because of possible salmonella. Regulators said they were reviewing the plant."
    )
    report = analysed(nlp, text)
    assert not any("recall" in q.question for q in report.shown), report.shown
    assert any(f.veto == "told-as-done" for f in report.findings)


def test_an_act_the_headline_only_announces_is_still_asked(nlp):
    text = (
        "Carver Foods weighs recall of peanut butter\n\n"
        "Carver Foods said on Monday it would recall about 40,000 jars of peanut butter if"
        " tests at its Odden plant found salmonella."
    )
    assert not any(f.veto == "told-as-done" for f in analysed(nlp, text).findings)


def test_a_hearing_lead_merged_with_a_later_she_is_still_shown(nlp):
    text = (
        "SELBY - Mara Voss will face a disciplinary hearing on July 8 over a missed drug test,"
        " the National Cycling Union said on Thursday, as the Selby rider insisted she had"
        " done nothing wrong.\n\nThe union's independent panel will hear the case in Selby."
        " Voss has been provisionally suspended since April.\n\nHer lawyer, Tom Reyes, said"
        " the test was flawed. The Sports Appeals Court on May 8 rejected her request to lift"
        " the provisional suspension so that she could race in June."
    )
    assert (
        "What will be decided at Mara Voss’ disciplinary hearing on July 8 over a missed drug test?"
    ) in _shown(nlp, text)


def test_an_ultimatum_is_asked_by_whether_those_given_it_act_by_its_day():
    asked, veto = set_event_outcome(
        "Will the Green Union give the council of Mayor Ida Sorn until Friday to drop the levy?"
    )
    assert (asked, veto) == ("Will the council of Mayor Ida Sorn drop the levy by Friday?", None)


def test_set_steps_that_decide_nothing_themselves_are_held_back():
    for text in (
        "Will the Pellor River Commission meet again on June 3?",
        "Will the skipper appear before a district court in Varne on Friday?",
        "Will the camera footage be shown to the tribunal?",
    ):
        assert set_event_outcome(text) == (text, "set-event")


def test_a_meeting_in_a_clause_of_time_leaves_the_main_question_alone():
    text = "Will Ada Lorne ask the Varne premier for more grain when they meet on Friday?"
    assert set_event_outcome(text) == (text, None)


DECIDED_LATER = (
    "A court in Varne revoked the quarry permit of Dovan Mining on Tuesday. Dovan Mining said "
    "it intended to appeal to the High Court in Varne within 30 days.\n\n"
    "Late on Wednesday, Dovan Mining said its board had approved an appeal."
)


def test_a_step_a_later_sentence_tells_as_decided_is_not_asked(nlp):
    found = analysed(nlp, DECIDED_LATER)
    assert not any(q.question.startswith("Will Dovan Mining appeal") for q in found.shown)
    assert "decided-later" in {f.veto for f in found.findings}


def test_a_step_still_to_decide_is_asked(nlp):
    found = analysed(nlp, DECIDED_LATER.replace("had approved an appeal", "would meet on Friday"))
    assert "decided-later" not in {f.veto for f in found.findings}


def test_a_judge_delivering_a_ruling_is_a_set_step_not_an_open_matter():
    assert set_event_outcome("Will Ann Lee deliver her ruling as soon as practicable?") == (
        "Will Ann Lee deliver her ruling as soon as practicable?",
        "set-event",
    )
    assert set_event_outcome("Will the Selo High Court deliver its verdict on March 27?")[1] == (
        "set-event"
    )
