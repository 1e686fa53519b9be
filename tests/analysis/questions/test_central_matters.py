"""The central open matter of an article is asked: disputes between two sources in any
sentences, what an inquiry is into, what a court's loser does next; and nothing is asked
where nothing is open. Every text is invented.
"""

from __future__ import annotations

from tests.analysis.questions.helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def _disputed(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown if q.kind == "disputed"]


# --- disputes: one act, told and denied by two sources (``opposites.opposite_acts``) ---


def test_an_act_told_by_one_source_and_negated_by_another_far_apart_is_disputed(nlp):
    text = (
        "The tenants' group Fair Homes said on Monday that Brava Estates had raised the "
        "rents of its flats by 12 percent.\n\n"
        "The rise would hit about 3,000 households in the east of the city. Several tenants "
        "said they had received letters.\n\n"
        "Heating costs have also grown this winter.\n\n"
        "Brava Estates said in a statement that it had not raised the rents and that the "
        "letters had been sent in error."
    )
    found = analysed(nlp, text)
    disputed = [q for q in found.shown if q.kind == "disputed"]
    assert [q.question for q in disputed] == [
        "Did Brava Estates raise the rents of its flats by 12 percent?"
    ]
    assert len(disputed[0].claims) == 2


def test_opposite_changes_of_one_thing_by_two_sources_are_disputed(nlp):
    text = (
        "Health minister Olga Berg said on Tuesday that waiting times in Tarn had fallen.\n\n"
        "The doctors' union leader, Piet Vos, said waiting times had risen, citing hospital "
        "records."
    )
    assert _disputed(nlp, text) == ["Did waiting times in Tarn fall?"]


def test_acts_told_of_two_times_are_no_dispute(nlp):
    text = (
        "Trade minister Ola Berg said on Monday that imports had risen in May. "
        "Central bank governor Ida Lund said imports had fallen in June."
    )
    found = analysed(nlp, text)
    assert [q for q in found.shown if q.kind == "disputed"] == []
    assert "dated-apart" in {f.veto for f in found.findings if f.family == "dispute"}


def test_acts_on_two_different_things_are_no_dispute(nlp):
    text = (
        "The city engineer said crews had repaired the east tunnel over the weekend. "
        "The transport office said crews had not repaired the west tunnel yet."
    )
    assert _disputed(nlp, text) == []


def test_two_sources_telling_the_same_act_are_no_dispute(nlp):
    text = (
        "The port authority said on Monday that the ferry company had cancelled the night "
        "crossings. Police in Brun said the ferry company had cancelled the night crossings."
    )
    assert _disputed(nlp, text) == []


# --- disputes: a negated restatement contests the restated predicate only ------------


def test_a_negated_restatement_contests_the_predicate_it_restates_not_its_companion(nlp):
    text = (
        "The consumer group Fair Fare said on Monday that passengers of Selo Rail had paid "
        "for new carriages through a fare surcharge and deserved refunds now that the order "
        "has been cancelled.\n\n"
        "Selo Rail said passengers had not paid for the carriages."
    )
    assert _disputed(nlp, text) == [
        "Did passengers of Selo Rail pay for new carriages through a fare surcharge?"
    ]


# --- disputes: a record told in full and in short names (``positions``) ---------------


def test_a_record_disputed_under_a_full_and_a_short_name_is_disputed(nlp):
    text = (
        "Mayoral candidate Olaf Brenner said at a rally on Friday that he had opposed the "
        "airport expansion from the start.\n\n"
        "His rival, councillor Ada Stein, said Brenner had supported the expansion in 2019."
    )
    assert _disputed(nlp, text) == ["Did Olaf Brenner oppose the airport expansion from the start?"]


# --- disputes: no evidence supports an account (``unsupported``) ---------------------


def test_no_evidence_supporting_a_named_account_disputes_the_account(nlp):
    text = (
        "Fire chief Lars Dahl said on Monday that the blaze had started in a kitchen on "
        "the ground floor.\n\n"
        "No evidence supports Dahl's account, said the residents' group Safe Homes, which "
        "published photographs of the roof."
    )
    assert _disputed(nlp, text) == ["Did the blaze start in a kitchen on the ground floor?"]


def test_no_evidence_without_an_earlier_account_of_that_source_asks_nothing(nlp):
    text = (
        "The blaze destroyed three flats on Monday.\n\n"
        "No evidence supports Dahl's account, said the residents' group Safe Homes."
    )
    assert _disputed(nlp, text) == []


def test_evidence_that_supports_an_account_is_no_dispute(nlp):
    text = (
        "Fire chief Lars Dahl said on Monday that the blaze had started in a kitchen on "
        "the ground floor.\n\n"
        "New evidence supports Dahl's account, said the residents' group Safe Homes."
    )
    assert _disputed(nlp, text) == []


# --- inquiries into a cause (``inquiries``, ``causes``) -------------------------------


def test_an_inquiry_into_the_cause_of_an_event_asks_what_caused_it(nlp):
    text = (
        "Safety investigators opened an inquiry on Tuesday into the cause of the collapse "
        "of a footbridge in Brun, which injured nine people."
    )
    assert "What caused the collapse of a footbridge in Brun?" in _shown(nlp, text)


def test_a_cause_told_later_settles_the_inquiry(nlp):
    text = (
        "Safety investigators opened an inquiry on Tuesday into the cause of the collapse "
        "of a footbridge in Brun. The collapse was caused by a corroded cable, the city "
        "engineer said on Friday."
    )
    found = analysed(nlp, text)
    assert not any(q.question.startswith("What caused") for q in [*found.shown, *found.held])
    assert "settled-later" in {f.veto for f in found.findings if f.family == "inquiry"}


def test_a_hedged_cause_leaves_the_inquiry_open(nlp):
    text = (
        "Safety investigators opened an inquiry on Tuesday into the cause of the collapse "
        "of a footbridge in Brun. A corroded cable may have caused the collapse, the city "
        "engineer said."
    )
    assert any(q.startswith("What caused the collapse") for q in _shown(nlp, text))


def test_an_inquiry_whose_object_the_parse_hangs_elsewhere_asks_it_whole(nlp):
    text = (
        "An independent panel will review whether the heart drug Corvix caused kidney "
        "damage in 30 patients at three clinics in Ghent, the drug's maker, Vance Labs, "
        "said on Monday."
    )
    shown = _shown(nlp, text)
    assert not any(q.endswith("cause?") for q in shown)
    assert (
        "Did the heart drug Corvix cause kidney damage in 30 patients at three clinics in Ghent?"
        in (shown)
    )


# --- court outcomes (``appeals``, ``courts``) -----------------------------------------


def test_a_ruling_against_a_law_named_after_its_owner_asks_whether_the_owner_appeals(nlp):
    text = (
        "A state judge on Monday blocked a Brookfield County ordinance limiting food trucks "
        "downtown, ruling that the council had not held hearings. The mayor said the city was "
        "weighing an appeal."
    )
    shown = _shown(nlp, text)
    assert (
        "Will Brookfield County appeal the ruling on its ordinance limiting food trucks downtown?"
        in (shown)
    )
    assert not any(q.startswith("How will an appeal") for q in shown)


def test_a_ruling_against_a_bare_law_of_a_named_owner_asks_no_appeal(nlp):
    text = (
        "A federal judge on Friday blocked a Velden law that would have closed the market. "
        "The city has 30 days to appeal."
    )
    assert not any("ruling on its law?" in q for q in _shown(nlp, text))


def test_an_order_with_a_deadline_is_asked_without_the_courts_reasons(nlp):
    text = (
        "A federal judge ruled on Monday that Halden County must restore four bus lines "
        "before the March election, siding with residents who said the cuts kept them "
        "from the polls."
    )
    assert "Will Halden County restore four bus lines before the March election?" in _shown(
        nlp, text
    )


# --- restraint: nothing open, nothing asked -------------------------------------------


def test_an_event_report_raises_no_question(nlp):
    text = (
        "More than 8,000 people watched the river regatta in Selo on Sunday.\n\n"
        "Crews from 12 clubs raced over two kilometres, and the home club won four of the "
        'six races. "It was a great day for the town," said club captain Nils Berg.\n\n'
        "The regatta ended with a parade of boats at dusk."
    )
    assert _shown(nlp, text) == []


def test_a_match_report_raises_no_question(nlp):
    text = (
        "Port Vale beat Eastfield 3-1 on Saturday to win the regional league.\n\n"
        'Striker Tom Ash scored twice. "We played as a team," coach Ida Lind said after '
        "the match. About 9,000 fans watched the game."
    )
    assert _shown(nlp, text) == []


def test_a_denial_of_these_allegations_asks_the_act_both_sides_name(nlp):
    text = (
        "Former baker Ana Diaz has claimed that her wages were withheld and she was forced "
        "to work nights in the bakery's cold store.\n\n"
        "In a statement, the Lindqvist Bakery denied these allegations:\n\n"
        "She was never forced to work in the cold store. She chose her own shifts."
    )
    found = analysed(nlp, text)
    disputed = [q.question for q in found.shown if q.kind == "disputed"]
    forced = [q for q in disputed if "forced" in q]
    assert len(forced) == 1
    assert forced[0].startswith("Was ") and "Diaz forced to work nights" in forced[0]
    assert not any("Bakery never" in q.question for q in [*found.shown, *found.held])


# --- inquiries into allegations (``inquiries``) ---------------------------------------


def test_an_inquiry_into_allegations_asks_the_alleged_act(nlp):
    text = (
        "Prosecutors in Brun opened an investigation on Friday into allegations that "
        "councillor Eva Stahl sold council land to her brother."
    )
    assert "Did councillor Eva Stahl sell council land to her brother?" in _shown(nlp, text)


def test_examining_claims_that_asks_the_claimed_act(nlp):
    text = "The energy regulator is examining claims that Tarn Gas overcharged 40,000 households."
    assert "Did Tarn Gas overcharge 40,000 households?" in _shown(nlp, text)


def test_reviewing_a_report_that_someone_wrote_asks_nothing(nlp):
    text = "The committee is reviewing a report that the harbour board published in May."
    assert not any(q.startswith("Did the harbour board") for q in _shown(nlp, text))
