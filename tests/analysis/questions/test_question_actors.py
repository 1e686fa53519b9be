"""A shown question names who acts: a passive with no agent is asked of the named speaker
who announced it, or held back (no-actor); a quantified subject that names no owner
("many clinics") is held back as vague."""

from __future__ import annotations

from briefing_tui.analysis.questions.references import vague_reference
from briefing_tui.analysis.questions.rules import Candidate
from briefing_tui.analysis.questions.vetoes import first_half, phrase_veto
from briefing_tui.model import QuestionKind

from .helpers import analysed

ANNOUNCED = (
    "Mayor Rita Kamp said a consultation will be opened with the tenants' associations "
    "before the council votes on the rent rules in June."
)
UNSAID = (
    "The council postponed its vote on the rent rules. A consultation will be opened with "
    "the tenants' associations before the council votes again in June."
)
MANY = (
    "The health ministry will cut payments to rural clinics by a fifth from January. Many "
    "clinics will close their night wards if the cut goes ahead, the Rural Health Union "
    "warned."
)


def test_an_agentless_passive_is_asked_of_the_speaker_who_announced_it(nlp) -> None:
    found = analysed(nlp, ANNOUNCED)
    shown = [q.question for q in found.shown]
    assert any(q.startswith("Will Rita Kamp open a consultation with") for q in shown), shown


def test_an_agentless_passive_with_no_named_speaker_is_held_back(nlp) -> None:
    found = analysed(nlp, UNSAID)
    assert not any("consultation" in q.question for q in found.shown), found.shown
    held = [q for q in found.held if "consultation" in q.question]
    assert held and held[0].held_because == "names no one who would act", held


def test_a_quantified_subject_with_no_owner_is_held_back(nlp) -> None:
    found = analysed(nlp, MANY)
    assert not any("many clinics" in q.question for q in found.shown), found.shown
    assert any("many clinics" in q.question for q in found.held), found.held


def test_a_quantified_subject_said_with_a_name_is_not_vague() -> None:
    assert vague_reference("Will many clinics close their night wards?") == "many clinics"
    assert vague_reference("Will many Vardon clinics close their night wards?") is None
    assert vague_reference("Will some of the clinics close?") is not None
    # "other" sets apart from what the question names, it quantifies nothing
    assert vague_reference("Will other sites keep showing the Vardon video?") is None


HEDGED = (
    "A federal appeals court on Friday heard a challenge by three unions to the Transport "
    "Ministry's night work rules. A ruling is likely before the end of the year and possibly "
    "not until after Transport Minister Eva Lind leaves office in February."
)


def test_a_hedged_second_half_is_cut_and_an_unnamed_ruling_is_held_back(nlp) -> None:
    found = analysed(nlp, HEDGED)
    asked = [q.question for q in [*found.shown, *found.held]]
    assert not any("not until" in q for q in asked), asked
    assert not any("ruling" in q for q in [q.question for q in found.shown]), asked


def test_a_second_half_hedged_with_possibly_is_a_garbled_join_and_is_cut() -> None:
    text = (
        "Is a ruling likely before the end of the year and possibly not until after Eva Lind "
        "leaves office?"
    )
    assert phrase_veto(Candidate(QuestionKind.EXPECTATION, [], text)) == "garbled-join"
    assert first_half(text) == "Is a ruling likely before the end of the year?"


def test_the_losing_side_and_a_decision_sent_to_a_court_are_vague() -> None:
    assert vague_reference("Will the losing side appeal to the Supreme Court?") is not None
    assert vague_reference("Will Ann Lee appeal the decision to the Supreme Court?") is not None
    assert vague_reference("Will Ann Lee explain the decision to raise fares?") is None
    assert vague_reference("Is a ruling likely by June?") == "a ruling"
    assert vague_reference("Is a ruling on the night work rules likely by June?") is None


RECALL = (
    "Brandt Motors said on Monday it would recall 90,000 vans because of a fault in the steering."
)


def test_a_firm_is_named_without_the_and_the_day_it_spoke_is_left_out(nlp) -> None:
    found = analysed(nlp, RECALL)
    asked = [q.question for q in [*found.shown, *found.held]]
    assert "Will Brandt Motors recall 90,000 vans?" in asked, asked


def test_a_body_that_announces_an_agentless_plan_is_asked_as_its_doer(nlp) -> None:
    found = analysed(
        nlp,
        "The Transport Ministry said on Tuesday that new speed limits will be introduced on "
        "rural roads from March.",
    )
    shown = [q.question for q in found.shown]
    assert any(
        q.startswith("Will the Transport Ministry introduce new speed limits") for q in shown
    ), shown


def test_an_analyst_who_tells_of_an_agentless_plan_is_not_made_its_doer(nlp) -> None:
    found = analysed(
        nlp,
        "Economist Ann Berg said a consultation will be opened with the unions in May.",
    )
    asked = [q.question for q in [*found.shown, *found.held]]
    assert not any("Ann Berg open" in q for q in asked), asked
    assert not any("consultation" in q.question for q in found.shown), asked


GAPPED = (
    "If the walkout goes ahead, ferry services would be suspended and school meals halted "
    "across the Orrin district, the Orrin Transport Workers' Union said."
)


def test_a_passive_with_a_gapped_second_clause_is_not_recast_actively(nlp) -> None:
    found = analysed(nlp, GAPPED)
    asked = [q.question for q in [*found.shown, *found.held]]
    assert not any("suspend ferry services" in q for q in asked), asked


GAPPED_NOUN = (
    "If the stoppage goes ahead, tram services would be suspended and street cleaning halted "
    "across the city, the Velm Public Workers' Union said."
)


def test_a_gapped_clause_parsed_as_a_noun_conjunct_is_not_recast_actively(nlp) -> None:
    found = analysed(nlp, GAPPED_NOUN)
    asked = [q.question for q in [*found.shown, *found.held]]
    assert not any("suspend tram services" in q for q in asked), asked
