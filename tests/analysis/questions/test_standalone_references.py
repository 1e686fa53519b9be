"""Questions made standalone from the article's own words: a bare "the measure", "the deal"
or an object "it" named by the nearest earlier phrase that says which; a request whose fate
its sentence tells and a matter its sentence closes are not asked."""

from __future__ import annotations

from briefing_tui.analysis.questions.references import vague_reference

from .helpers import report

BILL = (
    "A state Senate committee on Tuesday approved a bill that would cap annual rent "
    "increases at 5 percent for older apartments. "
    "The full Senate is expected to vote on the measure before the spring recess. "
    "Landlord groups have urged senators to reject the measure. "
    "Governor Paul Anker has not said whether he would sign it."
)


def _questions(nlp, text: str) -> list[str]:
    found = report(nlp, text)
    return [q.question for q in [*found.shown, *found.held]]


def test_the_measure_is_named_by_the_bill_said_before(nlp) -> None:
    questions = _questions(nlp, BILL)
    vote = next(q for q in questions if "full Senate" in q)
    assert "the bill that would cap annual rent increases" in vote
    assert "the measure" not in vote


def test_an_object_it_is_named_by_the_matter_said_before(nlp) -> None:
    questions = _questions(nlp, BILL)
    sign = next(q for q in questions if "sign" in q)
    assert sign == "Will Paul Anker sign the bill that would cap annual rent increases?"
    assert sign in [q.question for q in report(nlp, BILL).shown]


def test_the_deal_is_named_by_the_merger_and_its_parties(nlp) -> None:
    text = (
        "The competition authority opened an investigation into the planned merger of "
        "grocery chains Velo and Corvo. "
        "The authority will decide by September 15 whether to block the deal."
    )
    block = next(q for q in _questions(nlp, text) if "block" in q)
    assert "the merger of grocery chains Velo and Corvo" in block


def test_a_shell_noun_modifying_a_court_is_no_vague_reference() -> None:
    assert vague_reference("Will the appeals court hear the challenge in May?") is None
    assert vague_reference("Will the council pass the measure?") == "the measure"


def test_a_request_whose_fate_the_sentence_tells_is_not_asked(nlp) -> None:
    text = (
        "The three candidates for mayor of Selo will debate on Wednesday. "
        "Organizers asked the candidates to refrain from personal attacks, a request not "
        "always honoured in past debates."
    )
    found = report(nlp, text)
    assert not any("refrain" in q.question for q in [*found.shown, *found.held])
    assert any(f.veto == "request-answered" for f in found.findings)


def test_a_matter_its_own_sentence_calls_off_is_not_asked(nlp) -> None:
    text = (
        "The fraud trial of former deputy mayor Tom Rask, scheduled for May, was called "
        "off last week after prosecutors dropped the charges."
    )
    found = report(nlp, text)
    assert not any("Rask" in q.question for q in found.shown)


def test_a_past_government_is_not_named_for_the_present_one(nlp) -> None:
    text = (
        "A 2008 law passed by the previous Labour government bars dredging in the bay. "
        "The government will decide by July whether to seek an exemption from the law, "
        "officials said."
    )
    questions = _questions(nlp, text)
    assert questions
    assert not any("Labour" in q for q in questions), questions


def test_a_former_government_is_not_named_for_the_government(nlp) -> None:
    text = (
        "The 2010 rules were written by the former Conservative government. "
        "The government plans to replace the rules next year, the minister said."
    )
    assert not any("Conservative" in q for q in _questions(nlp, text))


def test_there_pointing_at_a_place_is_vague_and_existential_there_is_not() -> None:
    assert vague_reference("Will Ann Lee be there to answer the call?") == "there"
    assert vague_reference("If the talks fail, will there be a strike?") is None
    assert vague_reference("Is there a plan for the harbour?") is None


def test_the_proposal_is_named_by_the_proposed_tax(nlp) -> None:
    text = (
        "The Rivona city council on Monday postponed a vote on a proposed nightly tax on "
        "hotel stays. The council will take up the proposal again on May 2."
    )
    again = next(q for q in _questions(nlp, text) if "again" in q)
    assert "the proposed nightly tax on hotel stays" in again


def test_a_relative_clause_is_cut_at_its_comma(nlp) -> None:
    text = (
        "As Governor Berg appears set to veto legislation that would let flood victims sue "
        "the state, Senator Ann Lee said she disagrees with him. "
        "The state treasury has said it believes the legislation could raise insurance costs."
    )
    costs = next(q for q in _questions(nlp, text) if "insurance" in q)
    # named by what it would do ("the legislation to let ..." or "... that would let ..."),
    # cut at the comma: nothing of the main clause after it
    assert "let flood victims sue the state raise" in costs
    assert "Senator" not in costs and "disagrees" not in costs
