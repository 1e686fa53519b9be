"""Contents cut right (issue 16, class 2): the writer's summing-up and the date of the act
are not what was said; acts under "without" and "find it hard" say nothing (class 1).
Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def claims(nlp, text: str) -> list[tuple[str, str]]:
    """(cue, content text) of each claim, in order."""
    doc = nlp(text)
    found = find_claims(doc, find_actors(doc))
    return [(c.cue, text[c.content.start : c.content.end]) for c in found]


def test_a_summing_up_appositive_is_the_writers(nlp):
    text = (
        "Senator Ana Ruiz is endorsing the governor's campaign, "
        "the latest chapter in a long feud between the two."
    )
    assert claims(nlp, text) == [("endorsing", "the governor's campaign")]


def test_a_charge_after_a_dash_is_the_writers(nlp):
    text = 'Another critic likened the law to "a tax on breathing" - a charge that stung.'
    assert claims(nlp, text) == [("likened", 'the law to "a tax on breathing"')]


def test_an_appositive_inside_a_quotation_stays(nlp):
    text = 'The mayor called the plan "a mistake, a step backwards for the city."'
    found = claims(nlp, text)
    assert found and found[0][1].endswith('backwards for the city."')


def test_an_appositive_that_is_no_summing_up_stays(nlp):
    text = "The senator endorsed the budget, a plan drawn up by the finance office."
    assert ("endorsed", "the budget, a plan drawn up by the finance office") in claims(nlp, text)


def test_the_date_of_an_endorsement_is_not_its_content(nlp):
    text = "Mr. Hale officially endorsed the plan in July."
    assert claims(nlp, text) == [("endorsed", "the plan")]


def test_finding_it_hard_is_an_experience(nlp):
    text = "The governor will find it difficult to defend the tax in the debate."
    assert claims(nlp, text) == []


def test_a_finding_is_still_a_claim(nlp):
    text = "The inspectors found that the bridge was unsafe."
    assert ("found", "the bridge was unsafe") in claims(nlp, text)


def test_what_goes_without_saying_is_said_by_nobody(nlp):
    text = "It goes without saying that the tax is unpopular with farmers."
    assert claims(nlp, text) == []


def test_a_decision_summing_up_a_statement_is_the_writers(nlp):
    text = "Mr. Pike said he would resign, a decision that surprised his party."
    assert claims(nlp, text) == [("said", "he would resign")]


def test_an_appositive_the_content_goes_on_after_stays(nlp):
    text = "The senator said the accusation, a claim first made in 2019, was false."
    assert claims(nlp, text) == [("said", "the accusation, a claim first made in 2019, was false")]


def test_a_contrast_reporting_another_statement_is_the_writers(nlp):
    text = "The mayor said the road would reopen in May, although officials have not confirmed it."
    assert claims(nlp, text) == [("said", "the road would reopen in May")]


def test_a_contrast_telling_the_speakers_act_is_the_writers(nlp):
    text = "The governor said the state would appeal, though she gave no date."
    assert claims(nlp, text) == [("said", "the state would appeal")]


def test_a_contrast_that_qualifies_what_was_said_stays(nlp):
    text = "She said the plan was sound, although it needed more work."
    assert claims(nlp, text) == [("said", "the plan was sound, although it needed more work")]


def test_a_date_is_no_content_of_a_phrasal_cue(nlp):
    text = "The president called the governor on Tuesday."
    assert claims(nlp, text) == []


def test_a_dateline_is_not_part_of_a_content(nlp):
    text = (
        "HARLOW BAY, May 3 (Wire) \u2014 Dock workers will stay off the job for a third week, "
        "union leaders said on Sunday."
    )
    found = claims(nlp, text)
    assert found == [("said", "Dock workers will stay off the job for a third week")]


def test_a_figure_disputed_by_others_is_the_writers_comment(nlp):
    text = (
        "The authority said the strike cost businesses 4 million dollars, "
        "a figure the union disputes."
    )
    assert claims(nlp, text) == [("said", "the strike cost businesses 4 million dollars")]


def test_a_ruling_dated_before_its_clause_is_a_claim(nlp):
    text = "The judge ruled on Thursday that the clause did not apply to safety disputes."
    assert claims(nlp, text) == [("ruled", "the clause did not apply to safety disputes")]


def test_a_second_that_clause_is_part_of_what_was_said(nlp):
    text = (
        "Mr. King said that he was not familiar with the channel because he did not get it "
        "at home, and that he might decide against hosting the show."
    )
    found = claims(nlp, text)
    assert len(found) == 1
    assert found[0][1].endswith("and that he might decide against hosting the show")


def test_a_finding_rejected_by_others_is_the_writers_comment(nlp):
    text = (
        "A report by the fisheries council concluded that cod stocks had fallen by a fifth, "
        "a finding the government rejects."
    )
    assert claims(nlp, text) == [("concluded", "cod stocks had fallen by a fifth")]
