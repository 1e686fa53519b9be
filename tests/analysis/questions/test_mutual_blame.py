"""Mutual blame: each side says the other did one act ("Kessian forces broke the truce" /
"Varnan units broke the truce"), asked "Which side broke the truce?"; doers not named like
the other side, a side telling its own act, an object that points back, or an act the
article itself tells ask nothing."""

from __future__ import annotations

from tests.analysis.questions.helpers import dispute_vetoes, shown_disputes

#: Filler that keeps the two claims apart, as an article does.
_BETWEEN = "The valley was shelled for most of the night. Hundreds of families fled. "


def test_each_side_blaming_the_other_for_one_act_disputes_it(nlp) -> None:
    text = (
        "The Kessian army said rebel units broke the truce. " + _BETWEEN + "The Varna "
        "Liberation Front said Kessian forces broke the truce with an artillery barrage."
    )
    assert "Which side broke the truce?" in shown_disputes(nlp, text)


def test_a_past_perfect_act_is_asked_in_the_simple_past(nlp) -> None:
    text = (
        "The Ostrava government said Lindish guards had closed the border crossing. "
        + _BETWEEN
        + "The Lindish interior ministry said Ostravan police had closed the border crossing."
    )
    assert "Which side closed the border crossing?" in shown_disputes(nlp, text)


def test_doers_named_like_neither_side_ask_nothing(nlp) -> None:
    text = (
        "The Kessian army said rebel units broke the truce. " + _BETWEEN + "The Varna "
        "Liberation Front said foreign mercenaries broke the truce."
    )
    assert "Which side broke the truce?" not in shown_disputes(nlp, text)
    assert "blame-doers" in dispute_vetoes(nlp, text)


def test_an_act_the_article_tells_is_settled(nlp) -> None:
    text = (
        "The Kessian army said rebel units broke the truce. " + _BETWEEN + "The Varna "
        "Liberation Front said Kessian forces broke the truce. Rebel units broke the truce "
        "at dawn, long before any shelling began."
    )
    assert "Which side broke the truce?" not in shown_disputes(nlp, text)
    assert "blame-settled" in dispute_vetoes(nlp, text)


def test_a_negated_act_is_no_act_told(nlp) -> None:
    text = (
        "The Kessian army said rebel units broke the truce. " + _BETWEEN + "The Varna "
        "Liberation Front said Kessian forces had not broken the truce."
    )
    assert "Which side broke the truce?" not in shown_disputes(nlp, text)
