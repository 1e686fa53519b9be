"""A decision's object said by a short description ("the contempt resolution", "the new law",
"the rules") is named from the article's own words when one antecedent is clear: an earlier
phrase with the same head that holds the description's words, or the one name the article
gave such a thing. When two names compete, nothing is guessed."""

from __future__ import annotations

from .helpers import analysed

CONTEMPT = (
    "The Senate Ethics Committee voted on Tuesday to approve a resolution to hold former "
    "county treasurer Lena Voss in contempt of the legislature after she ignored a summons. "
    "The full Senate will vote on the contempt resolution next week, committee chair Omar "
    "Reed said."
)

NEW_LAW = (
    "A residents' group on Monday sued the state of Vardon over the Clean Rivers Act, which "
    "bans new factories near rivers. The new law takes effect in May. Governor Ada Pike said "
    "she was confident the courts would uphold the law."
)

TWO_LAWS = (
    "A residents' group on Monday sued the state of Vardon over the Clean Rivers Act and the "
    "Open Fields Act, which bar new factories near rivers and farms. Governor Ada Pike said "
    "she was confident the courts would uphold the law."
)

SET_OF_RULES = (
    "Six states sued the Energy Board over its Green Grid Plan, a set of rules that would "
    "force utilities to buy wind power. A federal court will decide on June 2 whether the "
    "federal rules can take effect, lawyers for the states said."
)

NAMED_TWICE = (
    "A Senate committee on Tuesday approved a bill that would cap yearly rent increases at 4 "
    "percent in large cities. The full Senate will vote on the measure next month, said Senator "
    "Joan Whitby, who wrote the bill."
)


def _asked(nlp, text: str) -> list[str]:
    report = analysed(nlp, text)
    return [q.question for q in [*report.shown, *report.held]]


def test_the_contempt_resolution_is_named_by_whom_it_holds_in_contempt(nlp) -> None:
    asked = _asked(nlp, CONTEMPT)
    vote = [q for q in asked if "vote" in q]
    assert vote, asked
    assert "resolution to hold Lena Voss in contempt of the legislature" in vote[0], vote
    assert "treasurer" not in vote[0]  # the title before the name is left out


def test_the_new_law_is_named_by_the_one_act_the_article_names(nlp) -> None:
    asked = _asked(nlp, NEW_LAW)
    assert any("uphold the Clean Rivers Act" in q for q in asked), asked


def test_two_named_acts_name_no_law(nlp) -> None:
    asked = _asked(nlp, TWO_LAWS)
    assert not any("Act?" in q for q in asked), asked


def test_the_federal_rules_are_named_by_the_set_of_rules_apposition(nlp) -> None:
    asked = _asked(nlp, SET_OF_RULES)
    assert any("Can the Green Grid Plan take effect" in q for q in asked), asked


def test_a_bill_named_once_is_not_named_again_by_a_later_mention(nlp) -> None:
    asked = _asked(nlp, NAMED_TWICE)
    vote = [q for q in asked if "vote" in q]
    assert vote, asked
    assert vote[0].count("cap yearly rent increases") == 1, vote


VOTE_TWICE = (
    "The Brenna town council will vote on the Quay Road bus lane on May 9, council leader Ida "
    "Berg said. Berg said the council is expected to approve the Quay Road lane by a wide "
    "margin when it votes on May 9."
)


def test_two_questions_about_one_named_vote_are_shown_once(nlp) -> None:
    found = analysed(nlp, VOTE_TWICE)
    about = [q for q in found.shown if "Quay Road" in q.question]
    assert len(about) == 1, [q.question for q in found.shown]
    assert len(about[0].evidence) == 2  # both sentences back the one question


AUTHORITY = (
    "The Fair Trade Authority said on Monday it had opened an investigation into Dunmore's "
    "planned purchase of the bakery chain Loafly. The authority will decide by October "
    "whether to approve the purchase."
)


def test_the_authority_is_named_with_the_before_its_name(nlp) -> None:
    asked = _asked(nlp, AUTHORITY)
    assert any(q.startswith("Will the Fair Trade Authority approve") for q in asked), asked


SUBPOENA = (
    "The House Budget Committee issued a subpoena in May for the records of Halvard Bank. "
    "Committee chair Ann Roy said on Friday that the committee will ask a federal judge to "
    "enforce the subpoena."
)
SUBPOENA_BY_OTHER = (
    "The House Budget Committee issued a subpoena in May for the records of Halvard Bank. "
    "Halvard Bank said on Friday that a federal judge will rule on the subpoena in June."
)


def test_the_subpoena_is_named_by_the_body_that_issued_it(nlp) -> None:
    asked = _asked(nlp, SUBPOENA)
    assert "Will the House Budget Committee ask a federal judge to enforce its subpoena?" in (
        asked
    ), asked


def test_the_subpoena_is_the_issuer_s_when_another_asks(nlp) -> None:
    asked = _asked(nlp, SUBPOENA_BY_OTHER)
    assert any("the House Budget Committee's subpoena" in q for q in asked), asked


SENTENCED = (
    "A court in Varby on Tuesday sentenced activist Lea Moss to two years in prison for "
    "blocking a motorway. Prosecutors said they would appeal the sentence."
)
SENTENCED_APPEALS = (
    "A court in Varby on Tuesday sentenced activist Lea Moss to two years in prison for "
    "blocking a motorway. Her lawyer said Moss would appeal the sentence."
)


def test_the_sentence_is_named_by_whom_the_court_sentenced(nlp) -> None:
    asked = _asked(nlp, SENTENCED)
    assert "Will prosecutors appeal Lea Moss's sentence?" in asked, asked


def test_the_sentence_of_the_question_s_own_subject_is_left_as_it_is(nlp) -> None:
    asked = _asked(nlp, SENTENCED_APPEALS)
    assert not any("Moss's sentence" in q for q in asked), asked
