"""A shown question names who acts: a passive with no agent is asked of the named speaker
who announced it, or held back (no-actor); a quantified subject that names no owner
("many clinics") is held back as vague."""

from __future__ import annotations

from briefing_tui.analysis.questions.references import vague_reference

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
