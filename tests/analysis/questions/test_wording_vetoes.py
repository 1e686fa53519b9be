"""Wordings that are no standalone question, or that ask back a reported act, are vetoed
by name; close wordings that do stand alone are kept."""

from __future__ import annotations

from briefing_tui.analysis.questions.find import clean_marks
from briefing_tui.analysis.questions.standalone import standalone_veto


def test_a_bare_demonstrative_subject_is_vetoed():
    assert standalone_veto("When will that be?") == "demonstrative-subject"
    assert standalone_veto("What will those include?") == "demonstrative-subject"
    assert standalone_veto("Will that bill pass the Dorn assembly?") is None


def test_a_negated_passive_yes_no_question_is_vetoed():
    assert standalone_veto("Was a general recall not ruled out?") == "negated-passive"
    assert standalone_veto("Was a general recall ruled out by the Vessen agency?") is None


def test_a_question_cut_off_after_its_subordinator_is_vetoed():
    cut = "Will the Ostrava agency lower the alert level from orange to yellow if?"
    assert standalone_veto(cut) == "cut-at-the-end"
    assert standalone_veto("Will the Ostrava board approve the merger and?") == "cut-at-the-end"
    whole = "Will the Ostrava agency lower the alert level if the tremors ease?"
    assert standalone_veto(whole) is None
    assert standalone_veto("What is the Ostrava fund for?") is None


def test_a_short_word_written_twice_in_a_row_is_vetoed():
    assert standalone_veto("Will the the Orlen High Court quash the order?") == "doubled-word"
    assert standalone_veto("Will the Orlen High Court quash the order?") is None
    assert standalone_veto("Will the board say that that plan failed?") is None


def test_a_name_bringing_its_own_the_keeps_one():
    assert clean_marks("Will the the Orlen High Court quash the order?") == (
        "Will the Orlen High Court quash the order?"
    )


def test_a_noun_doubled_across_of_is_vetoed():
    assert standalone_veto("Is the total of total above $2 million?") == "doubled-noun"
    assert standalone_veto("Is the total of the grants above $2 million?") is None


def test_a_stance_asked_as_kept_up_is_vetoed():
    assert standalone_veto("Will Mira Oakes keep being transparent?") == "kept-stance"
    assert standalone_veto("Will the Tolva board continue to be candid?") == "kept-stance"


def test_an_accusation_asked_back_is_vetoed():
    text = "Did senator Rhea Lund accuse the Harwick mayor of hiding the audit?"
    assert standalone_veto(text) == "reported-accusation"
    assert standalone_veto("Did the Harwick mayor hide the audit?") is None


def test_a_comma_before_the_question_mark_is_removed():
    assert clean_marks("Did the Harwick mayor hide the audit,?") == (
        "Did the Harwick mayor hide the audit?"
    )


def test_an_inquiry_asked_as_opened_is_vetoed_and_its_finding_kept():
    assert standalone_veto("Had the Pelm Water Authority opened an inquiry?") == (
        "inquiry-asked-back"
    )
    assert standalone_veto("Will the Pelm Water Authority find a breach?") is None
