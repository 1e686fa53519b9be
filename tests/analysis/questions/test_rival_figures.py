"""Rival figures: two sources giving different figures for one measured thing, a few
sentences apart, make one disputed question that names both figures and both sides."""

from __future__ import annotations

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article


def _disputes(nlp, text: str):
    doc = nlp(text)
    briefing = analyze_doc(doc, Article(text=text))
    return [q for q in briefing.questions if q.kind == "disputed"], briefing


def test_a_contested_job_figure_names_both_figures_and_both_sides(nlp) -> None:
    text = (
        "The Lantern Miners' Union says the new drills could cut up to 800 jobs over three "
        "years. Korvane Mining disputes that figure. In a statement, Korvane Mining said "
        "that no more than 90 posts would be affected."
    )
    found, _briefing = _disputes(nlp, text)
    assert len(found) == 1, [q.question for q in found]
    question = found[0].question
    assert "800 jobs" in question and "no more than 90" in question, question
    assert "Lantern Miners' Union" in question and "Korvane Mining" in question, question
    assert question.endswith("?") and len(question.split()) <= 25, question
    assert len(found[0].claims) >= 2, found[0].claims


def test_a_different_figure_for_the_same_unit_is_disputed(nlp) -> None:
    text = (
        "Treasury Minister Ivo Marek said on Monday that the tax change would raise 4.2 "
        "billion crowns by 2030. The independent Budget Office gave a different figure. "
        "The Budget Office said the change was likely to raise no more than 2.5 billion "
        "crowns."
    )
    found, _ = _disputes(nlp, text)
    assert len(found) == 1, [q.question for q in found]
    question = found[0].question
    assert "4.2 billion crowns" in question and "no more than 2.5 billion" in question
    assert "Ivo Marek" in question and "Budget Office" in question, question


def test_two_figures_of_different_things_are_no_dispute(nlp) -> None:
    text = (
        "The Lantern Miners' Union says the new drills could cut up to 800 jobs over three "
        "years. Korvane Mining said that no more than 90 trucks would be needed."
    )
    found, _ = _disputes(nlp, text)
    assert not any("800" in q.question for q in found), [q.question for q in found]


def test_an_uncontested_second_figure_is_no_dispute(nlp) -> None:
    text = (
        "The Lantern Miners' Union says the new drills could cut 800 jobs over three years. "
        "Korvane Mining said that 300 jobs would be created at its new smelter."
    )
    found, _ = _disputes(nlp, text)
    assert not any("800" in q.question for q in found), [q.question for q in found]


def test_a_side_with_a_long_name_goes_by_its_acronym_when_the_question_runs_long(nlp) -> None:
    text = (
        "About 2,300 workers at terminals run by Kestrel Terminal Group walked out on Monday "
        "after the company announced plans to introduce remote-controlled cranes and "
        "driverless straddle carriers. The Harbour Workers' Alliance (HWA), which represents "
        "most of the striking crane operators and lashers, says the plans could eliminate up "
        "to 600 jobs over five years. Kestrel disputes that figure. In a statement on "
        'Tuesday, the company said that "no more than 150 positions" would be affected.'
    )
    found, _ = _disputes(nlp, text)
    assert len(found) == 1, [q.question for q in found]
    assert "as HWA says" in found[0].question, found[0].question


def test_an_unnamed_common_source_counts_as_a_side_and_the_count_is_asked(nlp) -> None:
    # two sources, one only "the clinic": the figures' contest is put in the first
    # figure's sentence ("a figure far higher than ..."), the count asked with "How many"
    text = (
        "The records of as many as 9,500 customers at a dental clinic in Orvell were stolen in "
        "March, the Halden Privacy Board said on Friday, a figure far higher than the one "
        "the clinic gave. The clinic has maintained that 2,400 customers were affected."
    )
    found, _ = _disputes(nlp, text)
    asked = [q.question for q in found if "9,500" in q.question]
    assert len(asked) == 1, [q.question for q in found]
    assert asked[0].startswith("How many customers were affected"), asked[0]
    assert "2,400, as the" in asked[0] and "clinic says?" in asked[0], asked[0]
    assert "Halden Privacy Board" in asked[0], asked[0]


def test_figures_the_narrator_says_are_in_dispute_make_a_dispute(nlp) -> None:
    text = (
        "How fast fares are rising is itself in dispute. The transport ministry of Varla "
        "said in a report last week that bus fares rose 12 percent over the year. The Varla "
        "Commuters' League said its own survey found fares rose 5 percent over the same "
        "period."
    )
    found, _ = _disputes(nlp, text)
    asked = [q.question for q in found if "12 percent" in q.question]
    assert len(asked) == 1, [q.question for q in found]
    assert "or 5 percent, as" in asked[0], asked[0]


def test_percentages_of_different_things_stay_apart_without_a_dispute(nlp) -> None:
    text = (
        "The central bank of Varla left its main rate at 4.5 percent, the bank said in a "
        "statement. Governor Ilse Vorn told reporters that inflation, which reached 7.2 "
        "percent in the year to May, remained too high."
    )
    found, _ = _disputes(nlp, text)
    assert not any("percent" in q.question for q in found), [q.question for q in found]


def test_a_multiple_of_another_figure_is_no_figure(nlp) -> None:
    from briefing_tui.analysis.questions.rival_figures import figures

    doc = nlp("The leak hit three times more users than the firm admitted.")
    assert not figures(doc[:]), [f.words for f in figures(doc[:])]
    doc = nlp("The leak hit 9,000 users.")
    assert [f.value for f in figures(doc[:])] == ["9,000"]
