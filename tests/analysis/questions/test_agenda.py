"""The article's agenda: a vote, reading or sentencing the article places ahead is asked by
its outcome, with the body, the measure or the defendant named from the article; an
event told as held, one nobody can be named for, or one whose outcome is told asks
nothing."""

from __future__ import annotations

from .helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def _vetoes(nlp, text: str) -> set[str | None]:
    return {f.veto for f in analysed(nlp, text).findings if f.family == "agenda"}


def test_a_scheduled_final_reading_asks_whether_the_body_passes_the_named_measure(nlp):
    text = (
        "The Selo City Council voted 5-4 on Monday to advance an ordinance on ferry fares. "
        "The ordinance, known as the Harbour Act, would cap fares. Mayor Ann Hall said she "
        "was confident before the final reading, scheduled for March 17."
    )
    assert (
        "Will the Selo City Council pass the Harbour Act at the final reading on March 17?"
        in _shown(nlp, text)
    )


def test_a_vote_set_up_for_next_week_asks_the_outcome_not_the_occurrence(nlp):
    text = (
        "The Lund Town Council voted on Tuesday to advance a bill, setting up a final vote "
        "next week. The bill, known as the Clean Streets Act, would ban cars downtown."
    )
    shown = _shown(nlp, text)
    assert "Will the Lund Town Council pass the Clean Streets Act at the final vote next week?" in (
        shown
    )
    assert not any("come for" in q for q in shown)


def test_a_board_scheduled_to_vote_on_a_proposal_asks_whether_it_approves_it(nlp):
    text = (
        "The Tarva River Trust Board is scheduled to vote on Nov. 4 on a proposal to spend "
        "$12 million over three years on new dams along the river."
    )
    assert (
        "Will the Tarva River Trust Board approve the proposal to spend $12 million at its "
        "vote on Nov. 4?" in _shown(nlp, text)
    )


def test_sentencing_set_for_a_day_asks_the_convicts_sentence(nlp):
    text = (
        "A jury found Tom Dale guilty of fraud on Monday. Judge Ann Reed set sentencing for May 3."
    )
    assert "What sentence will Tom Dale receive on May 3?" in _shown(nlp, text)


def test_a_reading_told_as_held_asks_nothing(nlp):
    text = (
        "The Selo City Council voted to advance the ordinance, known as the Harbour Act. "
        "The final reading, held on March 17, drew a large crowd."
    )
    assert "event-past" in _vetoes(nlp, text)
    assert not any(" pass " in q for q in _shown(nlp, text))


def test_a_vote_scheduled_in_the_past_asks_nothing(nlp):
    text = (
        "The Selo City Council debated the Harbour Act. The final vote, which was scheduled "
        "for March 17, drew a crowd."
    )
    assert not any(" pass " in q for q in _shown(nlp, text))


def test_a_vote_whose_body_and_measure_cannot_be_named_is_dropped(nlp):
    text = (
        "Residents packed the hall. The final vote, scheduled for March 17, is expected to "
        "be close."
    )
    assert "unnamed-matter" in _vetoes(nlp, text)
    assert not any("the vote" in q.lower() for q in _shown(nlp, text))


def test_a_sentence_told_later_settles_the_sentencing(nlp):
    text = (
        "A jury found Tom Dale guilty of fraud. Judge Ann Reed set sentencing for May 3. "
        "On May 3, Dale was sentenced to six years in prison."
    )
    assert "settled-later" in _vetoes(nlp, text)
    assert not any("What sentence" in q for q in _shown(nlp, text))


def test_sentencing_with_no_one_convicted_before_is_dropped(nlp):
    text = "Judge Ann Reed set sentencing for May 3 in the fraud case."
    assert "unnamed-matter" in _vetoes(nlp, text)


def test_a_convict_told_in_the_passive_is_the_one_sentenced(nlp):
    text = (
        "Former mayor Ruth Vale, 61, was found guilty on three counts of bribery. Judge Carl "
        "Stone scheduled sentencing for June 2."
    )
    assert "What sentence will Ruth Vale receive on June 2?" in _shown(nlp, text)


def test_a_trial_on_a_named_charge_asks_whether_the_defendant_is_convicted(nlp):
    text = (
        "Tom Hale, a former county clerk, is scheduled to stand trial in May on charges of bribery."
    )
    assert "Will Tom Hale be convicted on charges of bribery?" in _shown(nlp, text)


def test_a_trial_on_related_charges_asks_no_conviction(nlp):
    text = "A former clerk, Tom Hale, is set to go on trial in May on related charges."
    assert not any("convicted" in q for q in _shown(nlp, text))


def test_a_body_named_by_its_own_capital_votes_on_a_named_bill(nlp):
    text = (
        "The Senate voted 20-9 to approve the water bill. The bill, Senate Bill 12, now goes "
        "to the Assembly, where a vote is scheduled for June 12."
    )
    assert "Will the Assembly pass Senate Bill 12 on June 12?" in _shown(nlp, text)


def test_a_review_under_way_asks_what_its_leader_will_find(nlp):
    text = (
        "Tarvik Logistics chief quits as audit widens\n\n"
        "The company said the review, led by the board's audit committee with the help of "
        "outside lawyers, was continuing."
    )
    assert "What will the review by Tarvik Logistics' audit committee find?" in _shown(nlp, text)
    assert not any(q.endswith(" end?") for q in _shown(nlp, text))


def test_a_review_whose_finding_is_told_later_is_settled(nlp):
    text = (
        "The review, led by the Tarn Water Authority, was continuing. In May the review found "
        "no wrongdoing."
    )
    assert "settled-later" in _vetoes(nlp, text)
    assert not any("find?" in q for q in _shown(nlp, text))


def test_a_review_with_no_one_leading_it_asks_nothing_here(nlp):
    text = "Selo Freight said the review was continuing."
    assert "unnamed-matter" in _vetoes(nlp, text)


def test_a_boards_committee_with_no_firm_in_the_headline_is_not_asked_as_the_boards(nlp):
    text = "The company said the review, led by the board's audit committee, was continuing."
    assert not any("the board's" in q for q in _shown(nlp, text))


def test_a_similar_measure_voted_last_year_does_not_settle_the_coming_vote(nlp):
    text = (
        "The Aldo Library Board is scheduled to vote on May 4 on a plan to open branches on "
        "Sundays. The board approved a similar plan last year."
    )
    assert "settled-later" not in _vetoes(nlp, text)
    assert (
        "Will the Aldo Library Board approve the plan to open branches at its vote on May 4?"
        in (_shown(nlp, text))
    )


def test_an_organisations_own_investigation_is_asked_by_its_name(nlp):
    text = (
        "The Civil Aviation Authority said on Monday that its investigation, led by its chief "
        "inspector, Omar Haddad, was continuing."
    )
    assert "What will the Civil Aviation Authority's investigation find?" in _shown(nlp, text)


def test_talks_set_for_a_day_ask_whether_the_two_sides_agree(nlp):
    text = (
        "Strike looms at Halden Motors\n\n"
        "Talks between the United Auto Workers and Halden Motors are scheduled for Monday."
    )
    assert (
        "Will the United Auto Workers and Halden Motors reach an agreement at the talks on Monday?"
        in _shown(nlp, text)
    )


def test_talks_between_unnamed_sides_ask_nothing_here(nlp):
    text = "Talks between the two sides are scheduled for Monday."
    assert "unnamed-matter" in _vetoes(nlp, text)
    assert not any("agreement" in q for q in _shown(nlp, text))


def test_a_sentencing_in_the_lead_ranks_as_the_courts_pending_decision(nlp):
    text = (
        "A jury on Monday found former county clerk Tom Dale guilty of taking bribes. Judge "
        "Ann Reed set sentencing for May 3. His attorney, Ruth Kim, said the defense would "
        "appeal."
    )
    shown = _shown(nlp, text)
    assert shown[0] == "What sentence will Tom Dale receive on May 3?", shown


def test_sentencing_told_as_set_is_ahead_when_its_day_follows_the_date_line(nlp):
    text = (
        "Clerk found guilty of embezzlement\nTuesday, March 3, 2026\n\n"
        "A jury on Monday convicted the former harbour clerk Ona Birk of embezzlement. "
        "Sentencing was set for April 21."
    )
    assert "What sentence will Ona Birk receive on April 21?" in _shown(nlp, text)


def test_sentencing_told_as_set_for_a_day_before_the_date_line_asks_nothing(nlp):
    text = (
        "Clerk found guilty of embezzlement\nTuesday, May 5, 2026\n\n"
        "A jury convicted the former harbour clerk Ona Birk of embezzlement. "
        "Sentencing was set for April 21."
    )
    assert "event-past" in _vetoes(nlp, text)
    assert not any("sentence" in q for q in _shown(nlp, text))


def test_a_plan_that_goes_to_a_vote_of_a_named_council_asks_whether_it_is_approved(nlp):
    text = (
        "A plan to build a ferry terminal on the Selo waterfront will go to a vote of the full "
        "Selo City Council next Tuesday, after a committee backed it on Monday. Residents of "
        "the harbour district oppose it."
    )
    shown = _shown(nlp, text)
    assert shown[0] == (
        "Will the Selo City Council approve the plan to build a ferry terminal on the Selo "
        "waterfront next Tuesday?"
    )


def test_a_bill_put_to_a_final_vote_is_named_as_the_headline_names_it(nlp):
    text = (
        "Marsk's transit bill heads to final vote\n\n"
        "The Marsk government will put its contested transit reform to a final vote in the "
        "National Assembly on Thursday. The bill would raise fares for the first time in ten "
        "years."
    )
    assert (
        "Will the National Assembly pass Marsk's transit bill at the final vote on Thursday?"
        in _shown(nlp, text)
    )


def test_a_plan_facing_a_vote_in_a_provincial_assembly_names_the_body_by_its_level(nlp):
    text = (
        "A plan to cut bus fares across Tarvia's northern towns faces a tight vote in the "
        "provincial assembly next Thursday. Two members of the coalition are undecided."
    )
    assert (
        "Will the provincial assembly approve the plan to cut bus fares across Tarvia's "
        "northern towns next Thursday?" in _shown(nlp, text)
    )


def test_a_body_due_to_vote_with_no_day_asks_the_measure_by_who_brought_it(nlp):
    text = (
        "The central bank raised rates on Wednesday. The move comes a week before the National "
        "Assembly is due to vote on the budget presented by Finance Minister Ann Lark."
    )
    assert (
        "Will the National Assembly pass the budget presented by Finance Minister Ann Lark?"
        in _shown(nlp, text)
    )


def test_a_vote_the_body_takes_only_in_a_supposition_is_not_settled(nlp):
    text = (
        "A plan to build a ferry terminal on the Selo waterfront will go to a vote of the full "
        "Selo City Council next Tuesday. Residents said they would go to court if the council "
        "approved the plan."
    )
    assert any(q.startswith("Will the Selo City Council approve") for q in _shown(nlp, text))


def test_a_plan_that_went_to_a_vote_asks_nothing_of_it(nlp):
    text = (
        "A plan to build a ferry terminal on the Selo waterfront went to a vote of the full "
        "Selo City Council on Tuesday. Residents of the harbour district oppose it."
    )
    assert not any(" approve " in q for q in _shown(nlp, text))


def test_towers_sent_to_a_vote_name_no_matter_a_body_adopts(nlp):
    text = (
        "Three towers on the Selo waterfront will go to a vote of the full Selo City Council "
        "next Tuesday."
    )
    assert not any(" approve " in q for q in _shown(nlp, text))


def test_the_leads_vote_ranks_before_a_later_condition_on_the_same_body(nlp):
    text = (
        "A plan to build a ferry terminal on the Selo waterfront will go to a vote of the full "
        "Selo City Council next Tuesday. The plan's developer, Orvo Homes, bought the land in "
        "2020. The Harbour Residents Group said it would lodge an appeal in the Selo Land "
        "Court if the council approved the terminal in its current form. The group has 300 "
        "members."
    )
    shown = _shown(nlp, text)
    assert shown[0].startswith("Will the Selo City Council approve the plan")
    assert any("lodge an appeal" in q for q in shown[1:])


def test_a_vote_held_in_a_named_body_on_a_motion_aimed_at_a_named_leader(nlp):
    """The body is the one the vote is held "in"; the motion is named by whom it targets."""
    text = (
        "The Harvest Party filed a motion of no confidence in Prime Minister Ola Brand's "
        "cabinet on Tuesday, setting up a vote in the Tarvo Assembly on Friday."
    )
    assert (
        "Will the Tarvo Assembly pass the motion of no confidence in Prime Minister Ola "
        "Brand's cabinet on Friday?" in _shown(nlp, text)
    )


def test_a_motion_on_a_matter_with_no_name_is_not_asked(nlp):
    text = (
        "The Harvest Party filed a motion on fuel prices on Tuesday, setting up a vote in "
        "the Tarvo Assembly on Friday."
    )
    assert not any("motion" in q for q in _shown(nlp, text))


def test_an_inquiry_opened_into_a_named_matter_asks_what_it_will_find(nlp):
    """An opened inquiry asks its finding, by its opener and what it looks into."""
    text = (
        "The Selo Rail Safety Office has opened an inquiry into a derailment of a freight "
        "train near Tarvo on Monday, which blocked the main line."
    )
    assert (
        "What will the Selo Rail Safety Office's inquiry into a derailment of a freight "
        "train find?" in _shown(nlp, text)
    )


def test_an_inquiry_only_asked_about_or_unnamed_asks_no_finding(nlp):
    text = (
        "The Selo prosecutor declined to say whether it had opened an inquiry into the "
        "derailment. Police said they had opened an investigation."
    )
    assert not any("find?" in q for q in _shown(nlp, text))


def test_a_leader_left_to_face_a_confidence_vote_asks_whether_they_survive_it(nlp):
    """``agenda_confidence``: the one who faces a confidence vote, named, survives it?"""
    text = (
        "Tarvo's ruling coalition split on Monday after the Green League quit, leaving "
        "Prime Minister Ola Brand to face a confidence vote in the Tarvo Assembly on Friday."
    )
    assert (
        "Will Prime Minister Ola Brand survive the confidence vote in the Tarvo Assembly on "
        "Friday?" in _shown(nlp, text)
    )


def test_a_confidence_vote_survived_later_asks_nothing(nlp):
    text = (
        "Prime Minister Ola Brand will face a confidence vote on Friday. Brand survived the "
        "vote by three votes, the speaker said later."
    )
    assert not any("survive" in q for q in _shown(nlp, text))


def test_an_opened_inquiry_examining_whether_asks_no_second_finding(nlp):
    """``asked-whether``: the inquiry's "whether" matter is asked; no "what will it find?"."""
    text = (
        "The Selo Data Office has opened an investigation into Tarvo Health after a breach. "
        "The office said it would examine whether Tarvo Health had kept records safe."
    )
    assert not any("find?" in q for q in _shown(nlp, text))
    assert "asked-whether" in _vetoes(nlp, text)


def test_a_report_due_by_a_day_ahead_asks_what_its_author_will_find(nlp):
    text = (
        "The ministry ordered an independent inquiry in March, led by the retired judge "
        "Anna Morel. Her report is due to be delivered to the minister by the end of June."
    )
    assert "What will Anna Morel's report find?" in _shown(nlp, text)


def test_a_review_due_to_be_completed_asks_its_owners_finding(nlp):
    text = (
        "The Harbour Licensing Directorate is due to complete its annual review of all "
        "fishing permits by the end of June."
    )
    assert (
        "What will the Harbour Licensing Directorate's annual review of all fishing permits find?"
        in _shown(nlp, text)
    )


def test_a_report_due_of_an_office_named_by_its_common_noun_asks_by_its_name(nlp):
    text = (
        "The Office of the Comptroller-General audited the fund in May. "
        "The comptroller's report is due by the end of October."
    )
    assert "What will the Office of the Comptroller-General's report find?" in _shown(nlp, text)


def test_a_report_due_with_no_owner_named_asks_nothing(nlp):
    text = "A council spokesperson said the traffic report would be published before Tuesday."
    assert not any("report" in q for q in _shown(nlp, text))


def test_a_report_delivered_in_the_past_asks_nothing(nlp):
    text = "Anna Morel, a retired judge, delivered her report to the minister last week."
    assert not any("report find" in q for q in _shown(nlp, text))


def test_a_review_an_office_expects_to_finish_is_asked_by_its_finding_not_its_end(nlp):
    text = (
        "Critics want the vote delayed until the Tarn County Auditor's Office completes a "
        "review of the plan. The auditor's office has said it expects to finish its review "
        "by the end of July."
    )
    shown = _shown(nlp, text)
    assert "What will the Tarn County Auditor's Office's review find?" in shown
    assert not any(q.startswith("Will the auditor's office finish") for q in shown)


def test_a_verdict_due_in_a_trial_asks_whether_the_defendant_is_convicted(nlp):
    text = (
        "The Selo High Court will deliver its verdict on March 27 in the fraud trial of former "
        "transport minister Tom Hale, who is accused of taking bribes, the judge said on Monday."
    )
    shown = _shown(nlp, text)
    assert "Will Tom Hale be convicted in the fraud trial?" in shown
    assert not any("deliver its verdict" in q for q in shown)


def test_a_verdict_supposed_later_does_not_settle_it(nlp):
    text = (
        "The Selo High Court will deliver its verdict on March 27 in the fraud trial of former "
        "transport minister Tom Hale. The prosecutor said she would seek a prison term if Hale "
        "were convicted."
    )
    assert "Will Tom Hale be convicted in the fraud trial?" in _shown(nlp, text)


def test_a_verdict_told_later_settles_it(nlp):
    text = (
        "The Selo High Court will deliver its verdict on March 27 in the fraud trial of former "
        "transport minister Tom Hale. In a later hearing the court convicted Tom Hale."
    )
    assert "settled-later" in _vetoes(nlp, text)


def test_a_ruling_on_whether_to_act_asks_what_the_judge_decides(nlp):
    text = (
        "A judge on Friday reserved her decision on whether to extradite Ana Lima, a banker "
        "accused of fraud, after a three-day hearing. Judge Rosa Tam said she would deliver "
        "her ruling on 14 November."
    )
    shown = _shown(nlp, text)
    assert "Will Rosa Tam decide to extradite Ana Lima?" in shown
    assert not any("deliver her ruling" in q for q in shown)


# A formal process's outcome still ahead (issue 17): the report a body will hand in, a review
# ordered by someone, the findings of a review; a report handed in later settles it.


def test_a_report_a_named_body_said_it_would_release_asks_what_it_will_find(nlp):
    text = (
        "A freight train left the rails near Tarn on Sunday. The Selo Rail Safety Office said "
        "it would release a preliminary report on the derailment within two weeks."
    )
    assert (
        "What will the Selo Rail Safety Office's preliminary report on the derailment find?"
        in _shown(nlp, text)
    )


def test_a_report_of_a_body_named_by_its_words_keeps_the_of_phrase_whole(nlp):
    text = (
        "The audit committee of the Tarn county council will publish its report on the harbour "
        "contract in the new year."
    )
    assert (
        "What will the report of the audit committee of the Tarn county council on the harbour "
        "contract find?" in _shown(nlp, text)
    )


def test_a_review_that_will_report_is_asked_by_its_leader(nlp):
    text = (
        "The independent review of rail fares, led by Ann Morel, will report to the transport "
        "minister by the end of the year."
    )
    assert "What will the independent review of rail fares by Ann Morel find?" in _shown(nlp, text)


def test_the_findings_of_a_review_due_ahead_ask_what_the_review_will_find(nlp):
    text = (
        "Hackers broke into the billing system of Tarn Water last month. Tarn Water said on "
        "Monday that it would publish the findings of its internal review within weeks."
    )
    assert "What will Tarn Water's internal review find?" in _shown(nlp, text)


def test_investigators_of_a_named_bureau_hand_in_the_bureaus_report(nlp):
    text = (
        "A ferry ran aground off Selo on Friday. The Selo Marine Accident Bureau said its "
        "investigators expected to release an interim report next month."
    )
    assert "What will the Selo Marine Accident Bureau's interim report find?" in _shown(nlp, text)


def test_a_review_with_no_matter_handed_in_by_someones_staff_asks_nothing(nlp):
    text = "Ann Lee, the city's planning director, said her staff expected to finish a review soon."
    assert not any("review find" in q for q in _shown(nlp, text))


def test_a_review_a_named_minister_ordered_is_asked_by_the_minister(nlp):
    text = "Transport Minister Ann Lind ordered an inquiry into the collapse of the Tarn bridge."
    assert "What will Ann Lind's inquiry into the collapse of the Tarn bridge find?" in _shown(
        nlp, text
    )


def test_a_promised_review_is_named_by_its_matter_where_its_orderer_has_no_name(nlp):
    text = (
        "Selo's health minister on Monday promised an independent review of the national blood "
        "service after a shortage of plasma."
    )
    assert "What will the independent review of the national blood service find?" in _shown(
        nlp, text
    )


def test_an_ordered_inquiry_into_a_matter_that_needs_the_article_asks_nothing(nlp):
    text = "A ferry sank on Friday. The minister ordered an inquiry into the sinking."
    assert not any("find?" in q for q in _shown(nlp, text))


def test_a_final_report_published_later_settles_the_inquiry(nlp):
    text = (
        "The Selo Fire Safety Board opened an inquiry into the fire at the Tarn mill in April. "
        "The board published its report on Monday."
    )
    assert not any("find?" in q for q in _shown(nlp, text))
    assert "settled-later" in _vetoes(nlp, text)


def test_an_interim_report_published_later_does_not_settle_the_inquiry(nlp):
    text = (
        "The Selo Fire Safety Board opened an inquiry into the fire at the Tarn mill in April. "
        "The board published an interim report on Monday."
    )
    assert "What will the Selo Fire Safety Board's inquiry into the fire find?" in _shown(nlp, text)


def test_a_verdict_expected_in_a_named_trial_asks_whether_the_defendant_is_convicted(nlp):
    text = (
        "A verdict is expected before Christmas in the separate fraud trial of Tarn Bank's "
        "former chief executive, Tom Hale."
    )
    assert "Will Tom Hale be convicted in the fraud trial?" in _shown(nlp, text)


def test_a_ruling_due_in_a_named_trial_asks_the_same(nlp):
    text = "A ruling is due on Friday in the bribery trial of Ann Voss, a former mayor of Selo."
    assert "Will Ann Voss be convicted in the bribery trial?" in _shown(nlp, text)


def test_a_verdict_that_was_expected_asks_nothing(nlp):
    text = "A verdict was expected last week in the trial of Paul Dane, but it was delayed."
    assert not any("convicted" in q for q in _shown(nlp, text))


def test_a_verdict_expected_and_told_later_is_settled(nlp):
    text = (
        "A ruling is due on Friday in the bribery trial of Ann Voss, a former mayor of Selo. "
        "Ann Voss was acquitted of all charges on Friday."
    )
    assert not any("convicted" in q for q in _shown(nlp, text))
