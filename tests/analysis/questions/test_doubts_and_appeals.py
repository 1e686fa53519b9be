"""Causes in doubt (``causes.py``) and a ruling's next legal steps (``appeals.py``,
``courts.py``), from invented sentences of each class, and the later sentences that
settle them."""

from __future__ import annotations

from tests.analysis.questions.helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def test_a_cause_not_yet_clear_is_asked_with_the_harm_its_pronoun_stands_for(nlp):
    text = (
        "Regional health officials investigated a cluster of fungal infections among "
        "hospital patients, though they said it was not yet clear whether the hand "
        "creams caused them."
    )
    assert "Did the hand creams cause the fungal infections among hospital patients?" in (
        _shown(nlp, text)
    )


def test_a_bare_general_noun_is_named_by_the_thing_brought_in_before(nlp):
    text = (
        "Tarn Foods recalled a frozen spinach blend on Monday.\n\n"
        "Inspectors are looking at a string of salmonella cases in two towns, but officials "
        "said it was not known whether the product caused them."
    )
    asked = _shown(nlp, text)
    assert "Did the frozen spinach blend cause the salmonella cases in two towns?" in asked


def test_a_bare_general_noun_with_nothing_to_name_it_asks_nothing(nlp):
    text = "Officials said it was not known whether the product caused the illnesses."
    assert not any("product" in q for q in _shown(nlp, text))


def test_a_cause_told_later_is_asked_by_no_family(nlp):
    text = (
        "Officials said it was not yet clear whether the town's well caused the stomach "
        "illness. On Friday, tests showed that a cracked pipe caused the illness."
    )
    found = analysed(nlp, text)
    assert not any("cause" in q.question for q in found.shown)
    assert "settled-later" in {f.veto for f in found.findings if f.family == "cause"}


def test_a_cause_stated_as_fact_asks_nothing(nlp):
    text = "Officials said the town's well caused the stomach illness."
    assert not any("cause" in q for q in _shown(nlp, text))


def test_a_ruling_that_a_named_party_violated_a_law_asks_whether_it_will_appeal(nlp):
    text = (
        "A federal judge has ruled that the Marsk Water Board violated the Clean Water Act "
        "by draining a wetland. A spokeswoman for the board said it was reviewing the decision."
    )
    assert (
        "Will the Marsk Water Board appeal the ruling that it violated the Clean Water Act?"
        in _shown(nlp, text)
    )


def test_days_left_to_appeal_a_ruling_of_unlawful_acts_are_told_first(nlp):
    text = (
        "A federal judge has ruled that the Selo Transit Authority broke the law by cutting "
        "night bus routes. Under court rules, the authority has 30 days to file a notice of "
        "appeal."
    )
    assert (
        "Within 30 days, will the Selo Transit Authority appeal the ruling that it acted "
        "unlawfully?" in _shown(nlp, text)
    )


def test_a_ruling_against_a_party_with_no_appeal_in_view_asks_no_appeal(nlp):
    text = "A federal judge has ruled that the Selo Transit Authority broke the law."
    assert not any("appeal" in q for q in _shown(nlp, text))


def test_an_order_parsed_into_the_ruling_is_the_courts_order(nlp):
    text = (
        "A federal judge has ruled that the Tarn Wildlife Office broke the law by delaying "
        "a decision on a rare frog, and ordered the office to issue a final decision by "
        "June 2."
    )
    asked = _shown(nlp, text)
    assert any("Tarn Wildlife Office issue a final decision by June 2?" in q for q in asked), asked


def test_an_order_whose_act_hangs_on_the_party_asks_the_party_to_act(nlp):
    text = (
        "A federal judge ruled that the Marsk Port Board violated federal law, and ordered "
        "the Marsk Port Board to finish the environmental review by October 1."
    )
    asked = _shown(nlp, text)
    assert any("finish the environmental review by October 1?" in q for q in asked), asked


def test_an_accusation_its_target_denies_a_sentence_later_is_one_dispute(nlp):
    text = (
        "Fishermen on Monday accused Norvik Salmon of dumping waste into Lake Arne.\n\n"
        "Norvik Salmon denied the accusation, saying its pens had passed every inspection."
    )
    found = analysed(nlp, text)
    disputed = [q for q in found.shown if q.kind == "disputed"]
    assert [q.question for q in disputed] == ["Did Norvik Salmon dump waste into Lake Arne?"]
    assert len(disputed[0].evidence) == 2


def test_a_denial_by_the_targets_people_counts_as_its_side(nlp):
    text = (
        "Veloria accused neighboring Ostrand of moving troops across the Tavi border.\n\n"
        "Ostrandi officials denied that any troops had moved."
    )
    asked = _shown(nlp, text)
    assert "Did Ostrand move troops across the Tavi border?" in asked


def test_an_accusation_the_target_admits_later_is_no_dispute(nlp):
    text = (
        "Fishermen accused Norvik Salmon of dumping waste into Lake Arne. The company "
        "denied the accusation. On Friday, Norvik Salmon admitted that it had dumped waste."
    )
    found = analysed(nlp, text)
    assert not [q for q in found.shown if q.kind == "disputed"]
    assert "admitted-later" in {f.veto for f in found.findings}


def test_an_accusation_nobody_on_its_side_denies_is_no_dispute(nlp):
    text = (
        "Fishermen accused Norvik Salmon of dumping waste into Lake Arne. Local anglers "
        "denied that the lake had been busy this year."
    )
    assert "Did Norvik Salmon dump waste into Lake Arne?" not in _shown(nlp, text)


def test_an_accusation_against_an_unnamed_target_asks_nothing_of_it(nlp):
    text = "Fishermen accused the company of dumping waste into Lake Arne. The company denied it."
    assert not any(q.startswith("Did the company dump") for q in _shown(nlp, text))


def test_the_question_naming_the_headlines_matter_ranks_first(nlp):
    text = (
        "Hand Cream Recall Widens as Officials Study Fungal Infections\n\n"
        "Regional health officials investigated a cluster of fungal infections among "
        "hospital patients, though they said it was not yet clear whether the hand "
        "creams caused them.\n\n"
        "Dr. Ann Lee, a dermatologist, said many patients used the creams.\n\n"
        "The state health board denied that the Selo plant had passed every inspection."
    )
    # (a denial paired with a named claimant's claim is a two-sided dispute that may rank
    # as high: tests/analysis/questions/test_dispute_sides.py)
    shown = _shown(nlp, text)
    assert shown[0] == "Did the hand creams cause the fungal infections among hospital patients?"


def test_headline_share_counts_the_headlines_content_words():
    from briefing_tui.analysis.questions.central import headline_share

    article = "Port Expansion Vote Delayed After Union Protest\n\nThe council met on Monday."
    assert headline_share("Will the council vote on the port expansion?", article) == 1.0
    assert headline_share("Did the plant fail an inspection?", article) == 0.0
    assert headline_share("Will the council vote?", "The council met on Monday.") == 0.0


def test_a_cause_under_investigation_is_asked_with_a_bare_cause_left_bare(nlp):
    text = "Investigators are examining whether faulty wiring caused the blaze at the Tarn depot."
    assert "Did faulty wiring cause the blaze at the Tarn depot?" in _shown(nlp, text)


def test_a_cause_not_confirmed_names_the_harm_a_participle_describes(nlp):
    text = (
        "Health officials said they had not confirmed that the Selo tonic caused the kidney "
        "injuries reported in four patients."
    )
    asked = _shown(nlp, text)
    assert any(q.startswith("Did the Selo tonic cause the kidney injuries") for q in asked), asked


def test_a_law_the_party_violated_keeps_its_owner_in_the_appeal_question(nlp):
    text = (
        "A state judge ruled on Monday that Marsk County violated the state's public records "
        "law. County officials declined to say whether they would appeal."
    )
    assert (
        "Will Marsk County appeal the ruling that it violated the state's public records law?"
        in _shown(nlp, text)
    )


def test_an_offer_a_named_party_has_not_accepted_asks_whether_it_will(nlp):
    text = (
        "The Varo Foundation offered on Monday to mediate talks on the Sena dam. Ostrelia "
        "has not accepted the offer, its foreign ministry said."
    )
    assert "Will Ostrelia accept the Varo Foundation's offer to mediate talks?" in _shown(nlp, text)


def test_an_unanswered_offer_to_an_unnamed_pair_asks_nothing(nlp):
    text = (
        "Two towns argued over a bridge toll on Monday. The Varo Foundation offered to "
        "mediate talks. Neither side had accepted the offer by Monday evening."
    )
    assert not any("offer" in q for q in _shown(nlp, text))


def test_a_denial_word_in_a_supposed_clause_denies_nothing(nlp):
    from briefing_tui.analysis.questions.disputes import _supposed

    supposed = nlp(
        "If the regulator concludes that the reports were misleading, the company could face fines."
    )
    stated = nlp("The regulator said that the reports were misleading.")
    assert _supposed(next(t for t in supposed if t.lower_ == "misleading"))
    assert not _supposed(next(t for t in stated if t.lower_ == "misleading"))


def test_a_call_on_a_named_body_to_act_asks_whether_it_will(nlp):
    text = "The rail union on Tuesday called on Tarn Rail to restore the night trains."
    assert "Will Tarn Rail restore the night trains?" in _shown(nlp, text)


def test_a_call_on_people_in_general_asks_nothing(nlp):
    text = "The mayor called on residents to stay indoors during the storm."
    assert not _shown(nlp, text)
