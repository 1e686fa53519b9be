"""Open questions: what the article leaves open."""

from briefing_tui.analysis.questions.find import find_question_sets, find_questions

__all__ = ["find_question_sets", "find_questions"]
