"""What an actor has not said ("has not said when the senate will take up the bill") is
asked as itself: "When will the senate take up the bill?", not as a yes/no question or an
"Unclear:" sentence; a time clause ("was away when the storm hit") asks nothing."""

from __future__ import annotations

from briefing_tui.model import QuestionKind

from .helpers import analysed


def test_an_unsaid_when_clause_is_asked_as_a_when_question(nlp) -> None:
    found = analysed(
        nlp, "Senate leader Ann Lee has not said when the Tarva senate will take up the rent bill."
    )
    shown = [(q.question, q.kind) for q in found.shown]
    assert ("When will the Tarva senate take up the rent bill?", QuestionKind.UNRESOLVED) in shown
    assert not any(f.question.startswith("Unclear") for f in found.findings if f.question)


def test_a_time_clause_without_will_asks_nothing(nlp) -> None:
    found = analysed(nlp, "The mayor of Marsk was away when the storm hit the harbour.")
    assert not any(q.question.startswith("When") for q in [*found.shown, *found.held])


def test_which_before_the_subject_asks_the_clause_as_it_stands(nlp) -> None:
    # the parse hangs "which" on the verb as a marker; "Which would amendments win ...?"
    # is no English question
    text = (
        "Mayor Ann Lee of Harbor City has said she will sign the Bayline bill. "
        "It is unclear which amendments would win her support."
    )
    found = analysed(nlp, text)
    asked = [q.question for q in [*found.shown, *found.held]]
    # asked as it stands; held back while "her" is named by no subject around it
    assert "Which amendments would win her support?" in asked, asked
    assert not any(" her " in q.question for q in found.shown), asked
    assert not any(q.startswith("Which would") for q in asked), asked
