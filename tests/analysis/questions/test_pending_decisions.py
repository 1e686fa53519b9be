"""The central pending decision of a political or legal story is raised, named and shown.

Each test reads an invented sentence of one class: a party's reported legal move
("said the state would appeal"), a vote a chamber is to hold, told in a relative
clause ("the full House, which is expected to vote on it"), and a decision a
named body "must" still take ("must still be approved by the commission").
"""

from __future__ import annotations

from tests.analysis.questions.helpers import ask, shown


def _asked(nlp, text: str) -> list[str]:
    return [q.question for q in shown(nlp, text)]


def test_a_reported_appeal_is_a_pledge_asked_as_the_future(nlp):
    text = "Attorney General Paul Rand said the state would appeal the Harlow ruling."
    assert "Will the state appeal the Harlow ruling?" in _asked(nlp, text)


def test_a_reported_resignation_stays_a_past_report(nlp):
    # an undated "said she would resign" is a pledge still open (``questions.pledges``); a
    # telling dated in a year named is an old report
    assert not ask(nlp, "Mayor Ann Lee said in 2019 that she would resign.")


def test_a_reported_appeal_of_a_year_gone_by_asks_nothing(nlp):
    assert not ask(nlp, "The Selo company said in 2015 that it would appeal the fine.")


def test_a_chambers_vote_in_a_relative_clause_is_asked_with_what_it_votes_on(nlp):
    text = (
        "The resolution against Tom Reed now goes to the full House, which is expected to "
        "vote on it next week."
    )
    assert "Will the full House vote on the resolution against Tom Reed next week?" in _asked(
        nlp, text
    )


def test_a_chambers_vote_told_as_held_later_asks_nothing(nlp):
    text = (
        "The harbor bill heads to the Senate, which will vote on it on Monday. "
        "The Senate voted on the bill on Monday and passed it."
    )
    assert not ask(nlp, text)


def test_a_relative_clause_about_a_body_that_decides_nothing_still_describes(nlp):
    assert not ask(nlp, "The bill goes to the Senate, which will celebrate its birthday.")


def test_an_approval_a_named_body_must_still_give_is_pending(nlp):
    text = "The merger must still be approved by the Rivo Banking Commission."
    assert _asked(nlp, text) == ["Will the Rivo Banking Commission approve the merger?"]


def test_a_court_that_must_now_decide_is_asked_with_the_court_named(nlp):
    text = "The district court in Tarva must now decide whether the Selo permits are lawful."
    assert _asked(nlp, text) == [
        "Will the district court in Tarva decide whether the Selo permits are lawful?"
    ]


def test_a_rule_of_what_a_body_must_approve_asks_nothing(nlp):
    assert not ask(nlp, "Congress must approve any treaty.")


def test_the_decision_a_party_will_take_further_is_named_by_the_court_that_made_it(nlp):
    text = (
        "A state appeals court on Tuesday upheld a ban on flavored tea in Selo. "
        "The Tea Traders Guild plans to ask the state Supreme Court to review the decision."
    )
    asked = _asked(nlp, text)
    assert any("the state appeals court's decision" in q for q in asked), asked


def test_a_ruling_is_not_named_by_a_body_that_only_may_decide(nlp):
    from briefing_tui.analysis.questions.rulings import name_rulings

    doc = nlp("A court in Selo may rule next week. The firm will appeal the decision.")
    text = "Will the firm appeal the decision?"
    assert name_rulings(text, [list(doc.sents)[-1]]) == text


def test_a_party_s_legal_move_counts_as_evidence_for_showing(nlp):
    from briefing_tui.analysis.questions.stakes import names_a_decision

    doc = nlp("The Selo company will appeal the fine.")
    assert names_a_decision("Will the Selo company appeal the fine?", list(doc.sents))
    doc = nlp("The Selo company will open a shop.")
    assert not names_a_decision("Will the Selo company open a shop?", list(doc.sents))


def test_a_reported_legal_move_is_shown_with_more_confidence_than_a_plain_forecast(nlp):
    appeal = shown(nlp, "Attorney General Paul Rand said the state would appeal the Harlow ruling.")
    assert appeal and appeal[0].confidence >= 0.6


def test_appealing_to_voters_is_no_legal_move(nlp):
    from briefing_tui.analysis.questions.stakes import names_a_decision

    doc = nlp("The Selo plan will appeal to young voters.")
    assert not names_a_decision("Will the Selo plan appeal to young voters?", list(doc.sents))
    doc = nlp("The Selo firm will appeal to the Supreme Court.")
    assert names_a_decision("Will the Selo firm appeal to the Supreme Court?", list(doc.sents))


def test_a_request_to_delay_a_vote_the_article_says_was_held_asks_nothing(nlp):
    text = (
        "The Selo council voted 5-4 on Monday to sell the old pier. "
        "Council member Ann Lee had asked the council to delay the vote until May. "
        "The vote was held as planned."
    )
    assert not [q for q in shown(nlp, text) if "delay" in q.question]


def test_a_request_to_delay_a_vote_still_to_come_is_asked(nlp):
    text = "Council member Ann Lee asked the Selo council to delay the vote on the pier until May."
    assert any("delay" in q.question for q in ask(nlp, text))


def test_a_role_word_taken_for_a_name_does_not_name_a_speaker(nlp):
    text = (
        "State Attorney General Paul Rand said the state would appeal. "
        '"We will appeal if the ruling is not stayed," Rand said.'
    )
    asked = [q.question for q in ask(nlp, text)]
    assert not any(q.startswith("Will Attorney ") for q in asked), asked


def test_a_main_subject_hung_as_an_apposition_is_left_out_of_the_opening_clause(nlp):
    from spacy.tokens import Doc

    from briefing_tui.analysis.questions.rules import _stray_subject

    # the parse the model gives some such sentences, built by hand: "Tom Reed" hangs as an
    # apposition of "Norland", and "disagrees" is left without a subject
    words = "As Ann Lee is set to veto the bill to sue Norland , nominee Tom Reed disagrees ."
    heads = [4, 2, 4, 4, 16, 6, 4, 8, 6, 10, 8, 10, 11, 15, 15, 11, 16, 16]
    deps = ["mark", "compound", "nsubjpass", "auxpass", "advcl", "aux", "xcomp", "det", "dobj"]
    deps += ["aux", "acl", "dobj", "punct", "compound", "compound", "appos", "ROOT", "punct"]
    doc = Doc(
        nlp.vocab, words=words.split(), heads=heads, deps=deps, sent_starts=[True] + [False] * 17
    )
    stray = [doc[i].text for i in _stray_subject(doc[6])]
    assert stray == [",", "nominee", "Tom", "Reed"]


def test_the_rules_a_court_will_rule_on_are_named_by_an_earlier_apposition(nlp):
    text = (
        "A federal appeals court on Monday heard arguments over the Selo Water Act, a rule "
        "that limits dumping in the Selo river. "
        "Several towns have sued to block the rule. "
        "The appeals court is expected to rule on the rules next year."
    )
    assert "Will the appeals court rule on the Selo Water Act next year?" in _asked(nlp, text)


def test_a_name_that_would_not_agree_with_its_verb_is_not_put_in(nlp):
    from briefing_tui.analysis.questions.appositions import name_by_apposition

    doc = nlp("Tarva passed the Selo Water Act, a rule on dumping. Are the rules strict?")
    text = "Are the rules strict?"
    assert name_by_apposition(text, [list(doc.sents)[-1]]) == text


def test_the_appeals_court_is_no_vague_reference():
    from briefing_tui.analysis.questions.references import vague_reference

    assert vague_reference("Will the appeals court rule on the Selo Water Act?") is None
    assert vague_reference("Will the court hear the appeals?") == "the appeals"


def test_a_court_that_will_have_to_decide_is_asked_whether_it_decides(nlp):
    text = "The Tarva trial court will now have to decide whether the Selo firm owes damages."
    assert "Will the Tarva trial court decide whether the Selo firm owes damages?" in _asked(
        nlp, text
    )


def test_a_court_that_had_to_decide_asks_nothing_pending(nlp):
    text = "The Tarva trial court had to decide whether the Selo firm owed damages."
    assert not [q for q in ask(nlp, text) if q.kind == "pending"]


def test_a_deal_beside_a_company_s_name_is_not_named_by_the_company(nlp):
    from briefing_tui.analysis.questions.appositions import name_by_apposition

    doc = nlp(
        "Shopwell said it had agreed to buy Marketco, a deal that would create a large chain. "
        "The Tarva Trade Commission must still approve the deal."
    )
    text = "Will the Tarva Trade Commission approve the deal?"
    named = name_by_apposition(text, [list(doc.sents)[-1]])
    assert not named.endswith("approve Marketco?"), named


def test_a_deal_is_named_by_the_dealing_its_clause_tells(nlp):
    text = (
        "Shopwell said on Monday that it had agreed to buy Marketco, a deal that would "
        "create a large chain. The Tarva Trade Commission must still approve the deal."
    )
    assert "Will the Tarva Trade Commission approve Shopwell's deal to buy Marketco?" in (
        _asked(nlp, text)
    )


def test_a_board_that_will_take_up_a_plan_asks_a_decision(nlp):
    from briefing_tui.analysis.questions.stakes import asks_a_decision

    doc = nlp("The Selo school board will take up the plan again in March.")
    assert asks_a_decision("Will the Selo school board take up the plan again?", list(doc.sents))


def test_the_measure_a_chamber_will_vote_on_is_named_by_what_it_would_do(nlp):
    text = (
        "A Senate panel on Tuesday approved a bill that would fund repairs of rural bridges, "
        "sending the measure to the full Senate. "
        "The full Senate is expected to vote on the measure next week."
    )
    asked = _asked(nlp, text)
    assert any("the bill to fund repairs of rural bridges" in q for q in asked), asked


def test_a_measure_whose_first_mention_says_nothing_it_does_stays_as_it_is(nlp):
    from briefing_tui.analysis.questions.measures import name_measures

    doc = nlp("A Senate panel approved a bill on Tuesday. The Senate will vote on the measure.")
    text = "Will the Senate vote on the measure?"
    assert name_measures(text, [list(doc.sents)[-1]]) == text


def test_a_measure_s_time_is_no_part_of_its_name(nlp):
    from briefing_tui.analysis.questions.measures import name_measures

    doc = nlp(
        "A panel approved a bill that would hold a vote on the port on May 5. "
        "The full Senate will take up the bill."
    )
    text = "Will the full Senate take up the bill?"
    assert name_measures(text, [list(doc.sents)[-1]]) == (
        "Will the full Senate take up the bill to hold a vote on the port?"
    )


def test_a_pledged_appeal_the_article_says_was_filed_asks_nothing(nlp):
    text = (
        "The town of Selo said on Monday that it would appeal the ruling on the port. "
        "The town filed its appeal on Wednesday."
    )
    assert not [q for q in ask(nlp, text) if "appeal" in q.question]


def test_a_pledged_appeal_still_to_be_filed_is_asked(nlp):
    text = (
        "The town of Selo said on Monday that it would appeal the ruling on the port. "
        "The port's owner filed its plans on Wednesday."
    )
    assert [q for q in shown(nlp, text) if "appeal" in q.question]


def test_a_party_s_appeal_ranks_before_a_minor_forecast(nlp):
    text = (
        "Mayor Ann Lee said the Selo bridge will reopen to cyclists on Friday. "
        "Residents had complained about the closure for months. "
        "Builders said the works went well. "
        "The Selo Ferry Company, which lost its case over the tolls, said it would appeal."
    )
    asked = _asked(nlp, text)
    assert len(asked) >= 2 and "appeal" in asked[0], asked


def test_a_remedy_asked_of_a_court_is_pending_until_the_court_answers(nlp):
    text = (
        "The Selo dockworkers union has asked the Tarva District Court for a stay of the layoffs."
    )
    assert _asked(nlp, text) == [
        "Will the Tarva District Court grant the Selo dockworkers union's request for a stay of "
        "the layoffs?"
    ]


def test_a_remedy_the_court_granted_later_asks_nothing(nlp):
    text = (
        "The Tarva city council asked the state court for a stay of the ruling. "
        "The court granted the stay on Friday."
    )
    assert not [q for q in ask(nlp, text) if "grant" in q.question]


def test_asking_friends_for_advice_is_no_pending_decision(nlp):
    assert not ask(nlp, "Ann Lee asked her friends for advice.")


def test_a_measure_brought_to_the_floor_is_still_named(nlp):
    from briefing_tui.analysis.questions.measures import name_measures

    doc = nlp(
        "A panel approved a bill that would fund repairs of rural bridges. "
        "Ann Lee has not said whether she will bring the measure to the floor."
    )
    text = "Will Ann Lee bring the measure to the floor?"
    assert name_measures(text, [list(doc.sents)[-1]]) == (
        "Will Ann Lee bring the bill to fund repairs of rural bridges to the floor?"
    )


def test_an_it_is_not_named_by_a_person(nlp):
    text = (
        "A federal judge in Tarva on Friday blocked a state law on drones, hours before it "
        "was set to take effect."
    )
    assert not [q for q in ask(nlp, text) if "judge take effect" in q.question]


def test_a_merger_that_still_needs_a_named_body_s_approval_is_pending(nlp):
    text = "The Selo ferry merger still needs approval from the Tarva Transport Ministry."
    assert _asked(nlp, text) == ["Will the Tarva Transport Ministry approve the Selo ferry merger?"]


def test_an_approval_needed_in_the_past_asks_nothing(nlp):
    text = "The Selo ferry merger needed approval from the Tarva Transport Ministry in 2019."
    assert not [q for q in ask(nlp, text) if "approve" in q.question]


def test_asking_a_circuit_court_to_put_a_ruling_on_hold_is_a_reported_legal_move(nlp):
    text = (
        "Solicitor General Ann Lee said the state would ask the Ninth Circuit to stay "
        "the Harlow ruling."
    )
    assert any("Ninth Circuit" in q for q in _asked(nlp, text))


def test_a_body_due_to_decide_on_a_bid_by_a_day_is_asked_whether_it_approves_it(nlp):
    text = "The Tarvian Competition Authority is due to decide by May 2 on Orvo Foods' bid."
    assert "Will the Tarvian Competition Authority approve Orvo Foods' bid by May 2?" in _asked(
        nlp, text
    )


def test_a_body_set_to_decide_on_a_plan_next_month_is_asked_the_outcome(nlp):
    text = "The Halden Port Authority is set to decide next month on the harbour expansion plan."
    assert (
        "Will the Halden Port Authority approve the harbour expansion plan next month?"
        in _asked(nlp, text)
    )


def test_a_decision_that_was_due_asks_nothing_of_it(nlp):
    text = (
        "The Tarvian Competition Authority was due to decide by May 2 on Orvo Foods' bid, "
        "but it asked for more time."
    )
    assert not any("approve" in q for q in _asked(nlp, text))
