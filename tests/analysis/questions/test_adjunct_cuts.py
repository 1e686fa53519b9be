"""A too-long question loses its comma-set asides, never its content (``adjunct_cuts``)."""

from __future__ import annotations

from briefing_tui.analysis.questions.adjunct_cuts import with_acronyms, without_asides
from briefing_tui.analysis.questions.rules import with_the


def test_a_trailing_with_clause_goes(nlp):
    sentence = (
        "The coalition will put its disputed water bill to a final vote in the Tarsa "
        "Assembly on Thursday, with whips on both sides saying the result could hinge on "
        "fewer than five members who have not declared how they will vote."
    )
    text = (
        "Will the coalition put its disputed water bill to a final vote in the Tarsa Assembly "
        "on Thursday, with whips on both sides saying the result could hinge on fewer than …?"
    )
    cut = without_asides(text, list(nlp(sentence).sents))
    assert cut == (
        "Will the coalition put its disputed water bill to a final vote in the Tarsa "
        "Assembly on Thursday?"
    )


def test_a_participial_aside_in_the_middle_goes(nlp):
    sentence = (
        "Selvia's trade ministry said it would raise the ban at a meeting of the two "
        "countries' standing trade commission, scheduled for next month in the capital, if "
        "the shipments had not been released by the end of the week."
    )
    text = (
        "Would Selvia's trade ministry raise the ban at a meeting of the two countries' "
        "standing trade commission, scheduled for next month in the capital, if the "
        "shipments had not been released?"
    )
    cut = without_asides(text, list(nlp(sentence).sents))
    assert cut == (
        "Would Selvia's trade ministry raise the ban at a meeting of the two countries' "
        "standing trade commission if the shipments had not been released?"
    )


def test_a_dispute_keeps_its_sides_and_a_lifted_subject_keeps_the_veto(nlp):
    sentence = "A farmers' group said it would oppose the plan, as the ministry confirmed."
    text = (
        "Will A farmers' group representing the valley's growers oppose the plan to divert the "
        "river to the new reservoir near the capital, as the ministry confirmed it had begun "
        "reviewing the plan?"
    )
    assert without_asides(text, list(nlp(sentence).sents)) == text
    disputed = (
        "Did the river fall 2 metres, as the water board says, or 40 centimetres, as the "
        "farmers' group representing the growers of the lower valley says in its report?"
    )
    assert without_asides(disputed, list(nlp(sentence).sents), disputed=True) == disputed


def test_a_long_name_is_said_by_its_defined_acronym():
    names = {"a1": "Selvig Property Owners' Association", "a2": "Ann Lee"}
    text = "Would the Selvig Property Owners' Association file a challenge?"
    assert with_acronyms(text, names, {"a1": "SPOA"}) == "Would SPOA file a challenge?"


def test_a_name_owned_by_a_name_takes_no_the():
    assert with_the("Selvia's trade ministry") == "Selvia's trade ministry"
    assert with_the("Home Office") == "the Home Office"


def test_a_vague_aside_of_time_or_manner_goes():
    from briefing_tui.analysis.questions.adjunct_cuts import without_vague_tail

    text = "Will the Tarsa Water Agency decide whether to bring charges once those inquiries end?"
    assert without_vague_tail(text, "those inquiries") == (
        "Will the Tarsa Water Agency decide whether to bring charges?"
    )
    text = "Would Selvia take the dispute to international arbitration, as the treaty allows?"
    assert without_vague_tail(text, "the treaty") == (
        "Would Selvia take the dispute to international arbitration?"
    )


def test_a_vague_word_outside_the_aside_keeps_the_veto():
    from briefing_tui.analysis.questions.adjunct_cuts import without_vague_tail

    text = "Will the agency drop the case once those inquiries end, as the minister said?"
    assert without_vague_tail(text, "the case") is None
    text = "Will the agency bring charges if the plan fails, as the treaty allows?"
    assert without_vague_tail(text, "the treaty", disputed=True) is None


def test_a_question_whose_vague_aside_goes_is_shown(nlp):
    from .helpers import analysed

    text = (
        "The Tarsa Water Agency said on Monday it was investigating two further spills at "
        "the Brenn works in 2023. Its director said the agency would decide whether to "
        "bring further charges once those inquiries are complete."
    )
    asked = [q.question for q in analysed(nlp, text).shown]
    assert "Will the Tarsa Water Agency decide whether to bring further charges?" in asked, asked


def test_an_acronym_the_article_writes_with_the_keeps_it(nlp):
    doc = nlp(
        "The Selvig Markets Authority (SMA) opened a review. The SMA said it would decide soon."
    )
    names = {"a1": "Selvig Markets Authority"}
    text = "Will the Selvig Markets Authority decide soon?"
    assert with_acronyms(text, names, {"a1": "SMA"}, doc) == "Will the SMA decide soon?"
