"""Moves a named actor announces (``questions.pledges``): one question each, asked of the
actor by name, and the vetoes that keep a told, negated or generic move out."""

from __future__ import annotations

from briefing_tui.analysis.questions.pledge_merges import names_the_mover
from briefing_tui.analysis.questions.rules import Candidate
from briefing_tui.model import QuestionKind

from .helpers import analysed


def _pledged(nlp, text: str) -> list[str]:
    found = analysed(nlp, text)
    return [f.question for f in found.findings if f.family == "pledge" and f.veto is None]


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def test_a_reported_would_of_the_speaker_is_asked_with_title_and_name(nlp):
    text = "Mayor Ines Varga said on Monday that she would veto the parking ordinance."
    assert _pledged(nlp, text) == ["Will Mayor Ines Varga veto the parking ordinance?"]
    assert "Will Mayor Ines Varga veto the parking ordinance?" in _shown(nlp, text)


def test_an_object_pronoun_is_named_by_the_proposal_before_it(nlp):
    text = (
        "The Kestrel City Council approved an ordinance that limits night flights. "
        "Mayor Ines Varga said she would veto it."
    )
    assert _pledged(nlp, text) == ["Will Mayor Ines Varga veto the ordinance?"]


def test_a_threat_on_a_condition_is_a_conditional_question(nlp):
    text = "The Harlow Transit Union said it would strike on Monday if no deal is reached."
    found = analysed(nlp, text)
    asked = [q for q in found.shown if "strike" in q.question]
    assert [q.question for q in asked] == [
        "Will the Harlow Transit Union strike on Monday if no deal is reached?"
    ]
    assert asked[0].kind == QuestionKind.CONDITIONAL


def test_a_vow_is_a_pledge_without_a_claim(nlp):
    text = "Governor Mara Quist has vowed to veto the budget."
    found = analysed(nlp, text)
    assert [f.question for f in found.findings if f.family == "pledge"] == [
        "Will Governor Mara Quist veto the budget?"
    ]
    assert "Will Governor Mara Quist veto the budget?" in _shown(nlp, text)


def test_a_quoted_fragment_after_the_act_is_left_out(nlp):
    text = (
        'The Marden Growers Association said it would file suit "the day this law is '
        'signed by the governor."'
    )
    assert _pledged(nlp, text) == ["Will the Marden Growers Association file suit?"]


def test_a_condition_told_in_the_past_keeps_would(nlp):
    text = "He said that if the review found fraud, then Norland would expel the diplomats."
    found = analysed(nlp, text)
    asked = [f.question for f in found.findings if f.family == "pledge"]
    assert asked == ["If the review found fraud, would Norland expel the diplomats?"]


def test_a_move_called_off_later_is_asked_by_no_family(nlp):
    text = (
        "The Teachers Federation said it will strike on Monday. "
        "The strike was called off on Sunday."
    )
    found = analysed(nlp, text)
    assert "done-later" in {f.veto for f in found.findings if f.family == "pledge"}
    assert not [q for q in found.shown if "strike" in q.question.lower()]


def test_a_persons_we_without_a_body_named_is_no_pledge(nlp):
    text = (
        '"We will appeal the ruling," said Ida Brun, the association\'s director. '
        "The Brenn Dairy Association had lost the case in March."
    )
    assert _pledged(nlp, text) == []


def test_a_third_partys_pronoun_is_not_the_speakers_move(nlp):
    text = (
        "Councilwoman Ada Voss said Governor Emil Sand had promised her a meeting. "
        "She said he would sign the bill."
    )
    assert _pledged(nlp, text) == []


def test_a_pledge_keeps_its_claim(nlp):
    text = "Mayor Ines Varga said on Monday that she would veto the parking ordinance."
    found = analysed(nlp, text)
    asked = [q for q in found.shown if "veto" in q.question]
    assert asked and asked[0].claims


def test_what_someone_would_sign_is_not_announced(nlp):
    text = (
        "Councilwoman Ada Voss said Governor Emil Sand owes voters an answer about what "
        "he would actually sign."
    )
    assert _pledged(nlp, text) == []


def test_a_pledge_that_names_its_mover_asks_the_sentence(nlp):
    sentences = [nlp("The association said it would file suit.")[:]]
    pledge = Candidate(
        QuestionKind.EXPECTATION, sentences, "Will the Marden Growers Association file suit?"
    )
    pledge.family = "pledge"
    other = Candidate(QuestionKind.EXPECTATION, sentences, "Will the association file suit?")
    other.family = "forecast"
    assert names_the_mover(pledge, other)
    assert not names_the_mover(other, pledge)


def test_an_undated_reported_resignation_is_a_pledge(nlp):
    assert _pledged(nlp, "Mayor Ann Lee said she would resign.") == ["Will Mayor Ann Lee resign?"]


def test_a_pledge_told_in_a_named_year_is_an_old_report(nlp):
    found = analysed(nlp, "The Selo company said in 2015 that it would appeal the fine.")
    assert "already-past" in {f.veto for f in found.findings if f.family == "pledge"}
    assert not found.shown


def test_a_bodys_it_is_the_body_that_speaks(nlp):
    text = (
        "The Marsk Farmers League, which has 900 members in Norland, said it would boycott "
        "the auction."
    )
    assert _pledged(nlp, text) == ["Will the Marsk Farmers League boycott the auction?"]


def test_a_negated_condition_in_the_past_keeps_would(nlp):
    text = "Ada Holm said she would file suit if the board did not reverse the decision."
    found = analysed(nlp, text)
    asked = [f.question for f in found.findings if f.family == "pledge"]
    assert asked == ["Would Ada Holm file suit if the board did not reverse the decision?"]


def test_a_vow_with_a_date_between_is_still_a_pledge(nlp):
    text = (
        "Transport Minister Ola Strand vowed on Tuesday to close the Vass ferry line by "
        "2030, a pledge that angered island mayors."
    )
    assert _pledged(nlp, text) == ["Will Minister Ola Strand close the Vass ferry line by 2030?"]


def test_a_body_named_with_the_keeps_it(nlp):
    text = (
        "The Halden Port Authority said in a statement that it would seek a court injunction "
        "against the strike."
    )
    asked = _pledged(nlp, text)
    assert asked and asked[0].startswith("Will the Halden Port Authority seek")


def test_an_earlier_act_told_in_the_pluperfect_does_not_settle_the_move(nlp):
    text = (
        "The Norland Fishing Federation said it would challenge the quota in court. Its "
        "chairman, Pal Dusek, said the federation had filed a similar challenge in 2019."
    )
    found = analysed(nlp, text)
    assert "done-later" not in {f.veto for f in found.findings if f.family == "pledge"}


def test_a_headlines_move_is_left_to_the_body(nlp):
    text = (
        "Grocer threatens to quit Tarn market over fees\n\n"
        "Mill & Barrow, the grocery chain, said on Friday that it would leave the Tarn "
        "market if the city raised its stall fees."
    )
    found = analysed(nlp, text)
    assert "headline" in {f.veto for f in found.findings if f.family == "pledge"}
    assert not [q for q in found.shown if "Grocer" in q.question]


def test_a_move_said_again_in_a_quote_is_one_question(nlp):
    text = (
        "Mill & Barrow, the grocery chain, threatened on Friday to close its Tarn market "
        "stall if the city raises its stall fees by 30 percent.\n\n"
        "The chain's director, Ada Lunde, spoke to reporters. \"If the increase goes ahead, "
        'we will close the stall in March," she said.'
    )
    shown = [q.question for q in analysed(nlp, text).shown if "close" in q.question]
    assert len(shown) == 1, shown
