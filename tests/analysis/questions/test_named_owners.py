"""Questions name the actor a pronoun was resolved to, and keep whose a group is.

"Will it pay the workers?" and "Will its board approve the deal?" need the
article; where the actors analysis tied the pronoun to a named actor, the
question says that name, as it says a bare body's. A group keeps the phrase that
says whose it is ("the city of Marlow", "a group of workers from Transrail");
a group said with nothing of the kind ("Will a team of experts arrive ...?") is
held back.
"""

from __future__ import annotations

from briefing_tui.analysis.questions.pronouns import body_named, name_pronoun, owner_modifier
from briefing_tui.analysis.questions.references import name_references, unowned_group

from .helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def _held(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).held]


def test_it_the_actors_tie_to_a_firm_after_a_spokesman_s_aside_is_named(nlp):
    text = (
        "Northwind Energy said on Monday it had closed its Vik plant after a fire. The "
        "company said it would decide next month whether to reopen the plant. It could also "
        "sell the site, a spokesman said. It has not said whether it will pay the workers."
    )
    assert "Will Northwind Energy pay the workers?" in _shown(nlp, text)


def test_a_subject_it_with_no_noun_in_its_sentence_is_named_by_its_actor(nlp):
    doc = nlp("It will decide in May whether to restart the trial.")
    asked = name_pronoun(
        "Will it decide in May whether to restart the trial?",
        next(iter(doc.sents)),
        frozenset({"it", "they"}),
        actor_of=lambda token: "Halvorsen Pharma" if token.lower_ == "it" else None,
    )
    assert asked == "Will Halvorsen Pharma decide in May whether to restart the trial?"


def test_it_is_never_named_by_a_person_s_name(nlp):
    doc = nlp("Ann Lee spoke on Monday. It will decide in May whether to restart the trial.")
    asked = name_pronoun(
        "Will it decide in May whether to restart the trial?",
        list(doc.sents)[-1],
        frozenset({"it", "they"}),
        actor_of=lambda token: "Ann Lee" if token.lower_ == "it" else None,
    )
    assert asked is None


def test_an_opening_its_is_named_by_the_actor_the_analysis_tied_it_to(nlp):
    doc = nlp("Its board will approve the deal in May.")
    asked = name_references(
        "Will its board approve the deal in May?",
        list(doc.sents),
        lambda token: "Halvorsen Pharma" if token.lower_ == "its" else None,
    )
    assert asked == "Will Halvorsen Pharma’s board approve the deal in May?"


def test_an_its_names_the_board_only_by_the_body_whose_spokesman_speaks(nlp):
    text = (
        "Northwind Energy said on Monday that it had closed its Vik plant after a fire.\n\n"
        "It has not said whether it will pay the workers during the closure. Its board will "
        "meet on Friday to decide whether to rebuild the plant, a spokesman said."
    )
    shown = _shown(nlp, text)
    # not "the closure ...'s board": the board is held back, or named by the company whose
    # spokesman speaks in its sentence
    boards = [q for q in shown if "board" in q]
    assert all("Northwind Energy’s board" in q for q in boards), shown


def test_a_city_keeps_the_name_its_of_phrase_gives_it(nlp):
    text = (
        "The city of Tarvik said on Tuesday it would appeal a court ruling that halted work on "
        "its new bridge."
    )
    shown = _shown(nlp, text)
    assert any(q.startswith("Will the city of Tarvik appeal") for q in shown), shown


def test_they_of_a_group_names_the_group_and_whose_it_is(nlp):
    text = (
        "A group of workers from the national rail operator Transrail said on Monday they may "
        "strike in June over pay."
    )
    shown = _shown(nlp, text)
    assert "Will a group of workers from Transrail strike in June over pay?" in shown, shown


def test_a_team_whose_owner_another_clause_names_is_held_back(nlp):
    text = (
        "A spokeswoman for the World Health Organization, Ines Carvalho, said a team of "
        "experts would arrive in the Selo region on Monday to assess the outbreak."
    )
    assert not any("team" in q for q in _shown(nlp, text))
    # an announced arrival is no open matter either (journey-made): not even held back
    assert not any(q.startswith("Will a team of experts") for q in _held(nlp, text))


def test_the_team_is_named_by_the_earlier_phrase_that_says_whose_it_is(nlp):
    text = (
        "A team of experts from the World Health Organization will arrive in the Selo region "
        "next week to assess the risk of cholera after floods, officials said. The team will "
        "meet health minister Dana Okoro and visit three camps."
    )
    shown = _shown(nlp, text)
    named = "the team of experts from the World Health Organization meet"
    assert any(named in q for q in shown), shown


def test_an_owner_phrase_keeps_a_name_and_a_group_s_members(nlp):
    doc = nlp("A delegation of inspectors from the Atomic Energy Agency arrived.")
    delegation = next(t for t in doc if t.lower_ == "delegation")
    assert owner_modifier(delegation) == " of inspectors from the Atomic Energy Agency"
    doc = nlp("The cost of repairs rose.")
    assert owner_modifier(next(t for t in doc if t.lower_ == "cost")) == ""


def test_an_indefinite_group_is_vague_unless_a_name_says_whose():
    assert unowned_group("Will a team of experts arrive on Monday?") == "a team of experts"
    assert unowned_group("Will a group of lawyers challenge the permit?") is not None
    assert unowned_group("Will a team of experts from the WHO arrive on Monday?") is None
    assert unowned_group("Will a WHO team arrive on Monday?") is None
    assert unowned_group("Will a court rule on Monday?") is None  # any court: no members


def test_it_the_speaker_says_it_will_act_is_named_by_the_speaker_s_actor(nlp):
    doc = nlp("Norvik said that it hoped to restart the trial next year.")
    pronoun = next(t for t in doc if t.lower_ == "it")
    same = {"Norvik": "Norvik Pharma", "it": "Norvik Pharma"}
    assert body_named(pronoun, lambda t: None, lambda t: same.get(t.text)) == "Norvik Pharma"
    other = {"Norvik": "Norvik Pharma", "it": "Tarva Agency"}
    assert body_named(pronoun, lambda t: None, lambda t: other.get(t.text)) is None


def test_a_trial_is_named_by_the_drug_its_of_phrase_names(nlp):
    text = (
        "Tarvo Biotech said on Monday it had paused a late-stage trial of its heart drug Velorin "
        "after two patients fell ill. The company said it would decide next month whether to "
        "restart the trial."
    )
    shown = _shown(nlp, text)
    assert any(q.endswith("restart the late-stage trial of Velorin?") for q in shown), shown
