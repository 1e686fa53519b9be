"""A party's terms ("would not join unless", "would back it only if") are asked, however
general the condition's subject; a rule that follows for anyone is not."""

from __future__ import annotations

from briefing_tui.analysis.questions.grammar import owner_named_once
from tests.analysis.questions.test_editor_drops import _shown, _vetoes


def test_a_refusal_unless_is_asked_as_its_condition(nlp):
    text = (
        "Bus drivers in Selo walked out on Monday. The Selo Transport Union said it would not "
        "join the strike unless drivers were offered a new contract."
    )
    asked = "Will the Selo Transport Union join the strike if drivers are offered a new contract?"
    assert asked in _shown(nlp, text), _shown(nlp, text)


def test_support_only_if_is_asked(nlp):
    text = (
        "The Selo Farmers' Party holds nine seats in the assembly, which votes on the fuel tax "
        "on Thursday. Its leader, Ann Berg, said on Monday that her party would back the tax "
        "only if rural shops were compensated for lost sales."
    )
    assert any("back the fuel tax only if rural shops" in q for q in _shown(nlp, text))


def test_a_rule_for_anyone_stays_a_general_rule(nlp):
    text = (
        "Food stocks at the Selo camp will run out by the end of August unless donors provide "
        "new funding, the Selo Food Agency said on Monday."
    )
    assert not any("run out" in q for q in _shown(nlp, text)), _shown(nlp, text)
    assert "general-rule" in _vetoes(nlp, text)


def test_a_body_named_as_its_own_owner_is_said_once():
    said = "Would the Valley Party’s party back the cap only if shops were compensated?"
    assert owner_named_once(said) == (
        "Would the Valley Party back the cap only if shops were compensated?"
    )
    kept = "Will the Valley Party’s leader resign if the cap fails?"
    assert owner_named_once(kept) == kept
