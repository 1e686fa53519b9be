"""Claims that state nothing (issue 16, class 1): a wh-clause that names a topic, and
demands for money; an asked question stays a question. Their look-alikes that do state
something stay. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def claims(nlp, text: str) -> list[tuple[str, str]]:
    """(cue, content text) of each claim, in order."""
    doc = nlp(text)
    found = find_claims(doc, find_actors(doc))
    return [(c.cue, text[c.content.start : c.content.end]) for c in found]


def cues(nlp, text: str) -> list[str]:
    return [cue for cue, _content in claims(nlp, text)]


def test_asking_whether_keeps_its_whether_and_is_a_question(nlp):
    text = "Reporters asked the mayor whether she would run again."
    doc = nlp(text)
    found = find_claims(doc, find_actors(doc))
    shown = [(c.stance, text[c.content.start : c.content.end]) for c in found]
    assert shown == [("question", "whether she would run again")]


def test_questioning_whether_is_not_shown_as_a_statement(nlp):
    text = "Analysts questioned whether the plan would pass the senate."
    assert claims(nlp, text) == [("questioned", "whether the plan would pass the senate")]


def test_explaining_how_something_will_work_names_a_topic(nlp):
    text = "The minister explained how the new levy would be collected."
    assert "explained" not in cues(nlp, text)


def test_telling_why_and_revealing_who_name_topics(nlp):
    text = (
        "Mayor Ruth Adler told reporters why she had resigned. "
        "Ed Pike revealed who had funded the campaign."
    )
    assert claims(nlp, text) == []


def test_a_wh_clause_as_subject_is_a_statement(nlp):
    text = "Carla Mendes said what happened at the plant was a tragedy."
    assert ("said", "what happened at the plant was a tragedy") in claims(nlp, text)


def test_a_condition_inside_a_that_clause_is_a_statement(nlp):
    text = "The ministers warned that if the talks fail, the union could break apart."
    assert "warned" in cues(nlp, text)


def test_how_telling_past_events_is_a_statement(nlp):
    text = "The farmer recalled how the soldiers had burned the village."
    assert ("recalled", "how the soldiers had burned the village") in claims(nlp, text)


def test_how_of_degree_is_a_statement(nlp):
    text = "The economist noted how quickly the prices had risen."
    assert "noted" in cues(nlp, text)


def test_a_complementiser_read_as_a_relative_word_is_no_question(nlp):
    text = "Tom Reyes joked that, among his neighbours, the mayor ranks last."
    assert "joked" in cues(nlp, text)


def test_demanding_a_payment_is_not_a_claim(nlp):
    text = "The city demanded payment of 40,000 euros from the owners."
    assert "demanded" not in cues(nlp, text)


def test_demanding_a_sum_is_not_a_claim(nlp):
    text = "The councils demanded 2 million euros from the church schools."
    assert "demanded" not in cues(nlp, text)


def test_demanding_that_someone_pays_is_not_a_claim(nlp):
    text = "The tax office demands that the church pay the levy on its shops."
    assert claims(nlp, text) == []


def test_wanting_someone_to_pay_a_sum_is_not_a_claim(nlp):
    text = "The city wants the church to pay 2 million euros in property taxes."
    assert claims(nlp, text) == []


def test_pledging_to_pay_is_still_a_claim(nlp):
    text = "The governor promised to pay the teachers a bonus of 500 euros."
    assert "promised" in cues(nlp, text)


def test_demanding_that_someone_acts_is_still_a_claim(nlp):
    text = "The tax office demands that the church close its shops on Sundays."
    assert ("demands", "the church close its shops on Sundays") in claims(nlp, text)


def test_demanding_a_resignation_is_still_a_claim(nlp):
    text = "Protesters demanded the resignation of the police chief."
    assert "demanded" in cues(nlp, text)


def test_demanding_compensation_described_by_a_clause_is_not_a_claim(nlp):
    text = "The union demanded compensation for workers who were injured at the plant."
    assert claims(nlp, text) == []


def test_demanding_an_end_to_something_is_still_a_claim(nlp):
    text = "The workers demanded an end to the night shifts that caused the injuries."
    assert "demanded" in cues(nlp, text)
