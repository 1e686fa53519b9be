"""An answer withheld on a whether-clause that sits below a request noun ("did not respond
to questions about whether ...") or in a second conjunct ("declined to comment on X or on
whether ...") is asked as that clause, like "declined to say whether ..."; a second verb
that withholds nothing ("declined to comment and said ...") asks nothing."""

from __future__ import annotations

from briefing_tui.model import QuestionKind

from .helpers import analysed


def _shown(nlp, text: str) -> list[tuple[str, QuestionKind]]:
    return [(q.question, q.kind) for q in analysed(nlp, text).shown]


def test_a_whether_clause_a_question_was_about_is_asked(nlp) -> None:
    text = "Harlow Steel did not respond to questions about whether it had paid the fine."
    assert ("Has Harlow Steel paid the fine?", QuestionKind.UNRESOLVED) in _shown(nlp, text)


def test_a_whether_clause_a_request_for_comment_was_on_is_asked(nlp) -> None:
    text = "Harlow Steel did not respond to a request for comment on whether it had paid the fine."
    assert ("Has Harlow Steel paid the fine?", QuestionKind.UNRESOLVED) in _shown(nlp, text)


def test_a_second_on_whether_after_a_comment_withheld_is_asked(nlp) -> None:
    text = (
        "Harlow Steel declined to comment on its insurance cover or on whether it would "
        "compensate the families of the dead."
    )
    shown = _shown(nlp, text)
    assert ("Will Harlow Steel compensate the families of the dead?", QuestionKind.UNRESOLVED) in (
        shown
    )


def test_a_second_withholding_verb_asks_its_clause(nlp) -> None:
    text = (
        "Harlow Steel declined to comment on the complaint or to say whether it had received "
        "the letter."
    )
    assert ("Has Harlow Steel received the letter?", QuestionKind.UNRESOLVED) in _shown(nlp, text)


def test_refused_to_say_is_an_unknown_marker(nlp) -> None:
    text = "Harlow Steel refused to say whether it would close the Tarva plant."
    assert ("Will Harlow Steel close the Tarva plant?", QuestionKind.UNRESOLVED) in _shown(
        nlp, text
    )


def test_a_second_verb_that_tells_asks_nothing(nlp) -> None:
    found = analysed(
        nlp, "Harlow Steel declined to comment and said the Tarva plant would reopen in May."
    )
    assert not any(q.kind == QuestionKind.UNRESOLVED for q in found.shown)


def test_an_act_done_to_a_restricted_thing_is_asked(nlp) -> None:
    text = (
        "Police in Tarva said two officers had fired at a man on Dale Street. It was not clear "
        "whether any of the stolen files had been published online."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert "Has any of the stolen files been published online?" in shown or (
        "Have any of the stolen files been published online?" in shown
    )


def test_an_act_done_to_a_bare_the_noun_stays_held(nlp) -> None:
    text = (
        "The Arvo Press Union said it had asked the interior ministry for accreditation in "
        "March. It was not clear whether the request had ever been processed."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert not any("request" in q for q in shown)
