"""A shown question reads on its own: no negative to read backwards, no attribution or
passive of feeling turned into a matter, no verb without its object, no bare side of a
case; an open matter about now is asked in the present perfect. Every text is invented.
"""

from __future__ import annotations

from briefing_tui.analysis.questions.standalone import (
    attitude_passive,
    attribution_inside,
    bare_case_side,
    conceded,
    missing_object,
    negative_question,
    standalone_veto,
    swapped_person,
)
from briefing_tui.analysis.questions.tense import asked_now, present_perfect
from tests.analysis.questions.helpers import analysed


def test_a_yes_no_question_built_on_a_negative_is_vetoed():
    assert negative_question("Had the ferry's crew seen no sign that the barge was hit?")
    assert negative_question("By next spring, will there be nothing left to replant?")
    assert standalone_veto("Had the pilots found nobody on board?") == "negative-question"


def test_a_negative_in_a_condition_or_a_fixed_phrase_is_no_negative_question():
    assert not negative_question("Will the strike go on if no deal is reached?")
    assert not negative_question("Will the firm pay the fine no later than June?")
    assert not negative_question("What will happen if nothing changes?")


def test_an_attribution_left_inside_a_question_is_vetoed():
    text = "Is the fair, in the words of its founder Ada Moss, a reason to stay home?"
    assert attribution_inside(text)
    assert standalone_veto(text) == "attribution-inside"


def test_a_passive_of_feeling_is_rhetoric_not_an_open_matter():
    assert attitude_passive("Will the island's fishermen be intimidated in their own bay?")
    assert attitude_passive("Will the small parties be bullied into silence?")
    assert not attitude_passive("Will the fishermen be paid for the lost season?")


def test_a_verb_that_needs_its_object_ending_the_question_holds_it_back():
    assert missing_object("Would Minister Ola Berg attend?")
    assert standalone_veto("Will the board approve?") == "unnamed-object"
    assert not missing_object("Would Minister Ola Berg attend the summit?")


def test_a_bare_side_of_a_case_holds_the_question_back():
    assert bare_case_side("Will the defense appeal?") == "the defense"
    assert bare_case_side("Will the defence of Ivo Marsh appeal?") is None
    assert bare_case_side("Will the judge grant a request from the defence?") is None
    assert standalone_veto("Will the prosecution seek a retrial?") == "vague-reference"


def test_shown_questions_lose_the_negative_and_the_bare_defense(nlp):
    text = (
        "A jury in Kestow on Friday found former harbour clerk Ivo Marsh guilty of taking "
        "bribes from a dredging firm. Sentencing is set for March.\n\n"
        "Marsh's lawyer, Dana Pell, said the defense would appeal. Prosecutor Omar Reyes "
        "said he had seen no evidence that the firm had paid other clerks."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert not any("the defense" in q or " no evidence" in q for q in shown)


def _sentences(nlp, text: str):
    return list(nlp(text).sents)


def test_a_reported_past_perfect_about_now_is_asked_in_the_present_perfect(nlp):
    sents = _sentences(nlp, "She would not say whether the firm had received a subpoena.")
    assert present_perfect("Had the firm received a subpoena?", sents) == (
        "Has the firm received a subpoena?"
    )
    sents = _sentences(nlp, "He did not say whether the patients had recovered.")
    assert present_perfect("Had the patients recovered?", sents) == "Have the patients recovered?"


def test_earlier_that_describes_a_thing_is_no_past_time(nlp):
    sents = _sentences(
        nlp, "Two members argued that the effects of earlier cuts had not yet fully fed through."
    )
    text = "Had the effects of earlier cuts fully fed through?"
    assert asked_now(text, sents) == "Have the effects of earlier cuts fully fed through?"
    sents = _sentences(nlp, "He would not say whether the firm had paid earlier this year.")
    # a past time of its own: asked about that moment, in the simple past
    assert asked_now("Had the firm paid earlier this year?", sents) == (
        "Did the firm pay earlier this year?"
    )


def test_a_reported_state_of_mind_is_asked_in_the_present(nlp):
    sents = _sentences(
        nlp, "A spokesman declined to say whether detectives believed the mill was set alight."
    )
    assert asked_now("Did detectives believe the mill was set alight?", sents) == (
        "Do detectives believe the mill was set alight?"
    )
    sents = _sentences(nlp, "She would not say whether the firm paid a ransom.")
    assert asked_now("Did the firm pay a ransom?", sents) == "Did the firm pay a ransom?"


def test_a_reported_state_that_goes_on_is_asked_in_the_present(nlp):
    sents = _sentences(nlp, "Ann Lee did not say whether talks on the loan were under way.")
    assert asked_now("Were talks on the loan under way?", sents) == (
        "Are talks on the loan under way?"
    )
    sents = _sentences(nlp, "It was not clear whether the driver was armed.")
    assert asked_now("Was the driver armed?", sents) == "Was the driver armed?"


def test_the_time_clause_of_a_future_is_asked_in_the_present(nlp):
    sents = _sentences(
        nlp, "The club said it would name its squad once the appeal ruling was known."
    )
    assert asked_now("Will the club name its squad once the appeal ruling was known?", sents) == (
        "Will the club name its squad once the appeal ruling is known?"
    )
    sents = _sentences(
        nlp, "The club said it would name its squad in December once the ruling was known."
    )
    assert asked_now(
        "Will the club name its squad in December once the ruling was known?", sents
    ) == ("Will the club name its squad in December once the ruling is known?")
    sents = _sentences(
        nlp, "The board will consider whether Ann Lee should stay until the audit was complete."
    )
    assert asked_now("Should Ann Lee stay until the audit was complete?", sents) == (
        "Should Ann Lee stay until the audit is complete?"
    )
    text = "Would the club name its squad if the ruling was known?"
    assert asked_now(text, sents) == text


def test_a_past_perfect_with_its_own_past_time_keeps_had(nlp):
    sents = _sentences(nlp, "It did not say whether it had received complaints before the recall.")
    text = "Had Orvo Labs received complaints before the recall?"
    assert present_perfect(text, sents) == text


def _no_tie(one, other) -> bool:
    return False


def test_a_he_named_by_another_person_than_the_subject_before_is_in_doubt(nlp):
    doc = nlp("A jury convicted Ida Lund. Omar Reyes pleaded guilty. He has not been sentenced.")
    last = list(doc.sents)[-1]
    is_person = lambda token: token.ent_type_ == "PERSON" or token.text == "Reyes"  # noqa: E731
    assert swapped_person("Has Ida Lund been sentenced?", last, is_person, _no_tie) == "Reyes"
    assert swapped_person("Has Omar Reyes been sentenced?", last, is_person, _no_tie) is None
    assert (
        swapped_person("Has Ida Lund been sentenced?", last, is_person, lambda a, b: True) is None
    )


def test_a_conditional_asking_whether_a_law_takes_effect_on_its_set_date_is_vetoed():
    text = "If the levy passes next month and survives a veto, would it take effect March 1?"
    assert standalone_veto(text) == "scheduled-consequence"
    assert standalone_veto("Will the levy take effect March 1?") is None
    assert standalone_veto("If the levy passes, would the mayor veto it?") is None


def test_a_source_named_by_according_to_is_no_attribution_left_inside():
    assert not attribution_inside(
        "Does the city expect 2 million visitors according to its website?"
    )


def test_a_bare_campaign_as_the_subject_holds_the_question_back():
    assert bare_case_side("Would the campaign change the advertisement?") == "the campaign"
    assert bare_case_side("Would the campaign of Ada Stein change its advertisement?") is None


def test_a_denial_nobody_makes_is_no_dispute(nlp):
    assert conceded(_sentences(nlp, '"Nobody disputes that the reef is dying," she said.'))
    assert conceded(_sentences(nlp, "The mayor did not deny that the bridge was unsafe."))
    assert not conceded(_sentences(nlp, "The mayor denied that the bridge was unsafe."))


def test_a_dispute_read_from_a_denial_nobody_makes_is_not_shown(nlp):
    text = (
        "Marine biologist Ada Roos said on Monday that the reef off Kell Point was dying.\n\n"
        'The harbour board chair, Omar Lind, said funds were short. "Nobody disputes that '
        'the reef is dying," he said. "The question is what we can afford."'
    )
    found = analysed(nlp, text)
    assert not any(q.kind == "disputed" and "reef" in q.question for q in found.shown)
