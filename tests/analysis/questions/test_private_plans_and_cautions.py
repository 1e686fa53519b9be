"""A private person's own plans and an expert's cautions are not asked back as open matters;
an official's plan and a named, dated test still are."""

from __future__ import annotations

from briefing_tui.analysis.questions.cautions import recast_caution
from briefing_tui.analysis.questions.private_plans import private_plan

from .helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def test_a_private_persons_summer_plan_is_not_an_open_matter(nlp):
    text = (
        "Nora Vance, a 16-year-old accordion player from Selo, won the youth prize on "
        "Saturday. Vance said she plans to spend the summer teaching children at a music "
        "camp in Tarn before returning to school."
    )
    shown = _shown(nlp, text)
    assert not any("summer" in q for q in shown), shown


def test_coming_back_next_year_is_a_private_plan(nlp):
    doc = nlp("Sam Royce, a retired baker, said he would be back next year.")
    assert private_plan("Will Sam Royce be back next year?", [doc[:]])


def test_an_office_holders_plan_is_still_asked(nlp):
    doc = nlp("Mayor Sam Royce said he plans to visit the flooded towns next week.")
    assert not private_plan("Will Sam Royce visit the flooded towns next week?", [doc[:]])


def test_a_private_plan_aimed_at_an_organisation_is_still_asked(nlp):
    doc = nlp("Sam Royce said he plans to return to the Selo Mining Company's board next year.")
    assert not private_plan(
        "Will Sam Royce return to the Selo Mining Company's board next year?", [doc[:]]
    )


def test_an_experts_caution_is_not_asked_back(nlp):
    text = (
        "Dr. Tom Berg, a chemist at the University of Selo, said the soil samples tested "
        "so far might not reliably show where the oil came from."
    )
    shown = _shown(nlp, text)
    assert not any("reliably show" in q for q in shown), shown


def test_a_named_or_dated_test_may_stay_a_question(nlp):
    dated = nlp("The tests of the sealed drums, due next week, may not show the source.")[:]
    assert not recast_caution("Will the tests of the sealed drums show the source?", [dated])
    plain = nlp("The tests of the drums may not show the source.")[:]
    assert recast_caution("Will the tests of the drums show the source?", [plain])


def test_a_one_word_name_is_not_taken_for_a_private_person(nlp):
    doc = nlp("After its last voyage, the old ferry Marta will go on display at a museum in Tarn.")
    assert not private_plan("Will Marta go on display at a museum in Tarn?", [doc[:]])


def test_a_private_person_attending_a_proceeding_is_still_asked(nlp):
    doc = nlp("Ana Ruiz said she plans to attend the hearing in Tarn next week.")
    assert not private_plan("Will Ana Ruiz attend the hearing in Tarn next week?", [doc[:]])


def test_what_a_court_may_not_do_is_no_caution(nlp):
    doc = nlp("The court may not approve the merger.")
    assert not recast_caution("Will the court approve the merger?", [doc[:]])
