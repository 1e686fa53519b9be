"""Issue 16 items 6-9, session 9: the writer's "but did not say ..." is cut off a content;
agreeing to act and pointing to a thing are acts, not claims; a bare "the company" is the
organisation that was just the subject; a place in a clause on a speaker's name never
speaks. Every text is invented."""

from __future__ import annotations

from dataclasses import replace

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims
from briefing_tui.analysis.claims.recent import recent_body
from briefing_tui.analysis.claims.sources import ActorIndex, source_actor
from briefing_tui.model import Actor, ActorKind, Mention


def claims(nlp, text: str) -> list[tuple[str | None, str]]:
    """(speaker's actor name or None, content text) of each claim, in order."""
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    found = find_claims(doc, actors)
    return [(names.get(c.source), text[c.content.start : c.content.end]) for c in found]


def contents(nlp, text: str) -> list[str]:
    return [content for _speaker, content in claims(nlp, text)]


def test_did_not_say_is_the_writers(nlp):
    text = "The ferry operator said it welcomed the ruling but did not say whether it would appeal."
    assert contents(nlp, text) == ["it welcomed the ruling"]


def test_did_not_give_is_the_writers(nlp):
    text = "The council said the review would include outside experts but did not give a timeline."
    assert contents(nlp, text) == ["the review would include outside experts"]


def test_would_not_describe_keeps_the_closing_quote_mark(nlp):
    text = 'A spokesman, Pavel Ostrik, said the dam "remains sound" but would not describe repairs.'
    assert contents(nlp, text) == ['the dam "remains sound"']


def test_declined_to_give_details_is_the_writers(nlp):
    text = "Ostrik said the inspections had started and declined to give details."
    assert contents(nlp, text) == ["the inspections had started"]


def test_a_negated_verb_of_the_content_itself_stays(nlp):
    text = "Ostrik said the engineers had checked the gates and did not find any cracks."
    found = contents(nlp, text)
    assert found and found[0].endswith("did not find any cracks")


def test_what_to_say_or_not_say_stays(nlp):
    text = "Both anchors said the owners have never told them what to say or not say."
    found = contents(nlp, text)
    assert found and found[0].endswith("what to say or not say")


def test_agreeing_to_act_is_no_claim(nlp):
    text = "The plant manager, Ivo Brandt, agreed to cooperate with the inspectors."
    assert contents(nlp, text) == []


def test_agreeing_with_a_forecast_is_no_claim(nlp):
    text = "Not all engineers agreed with the estimate."
    assert contents(nlp, text) == []


def test_agreeing_that_is_a_claim(nlp):
    text = "Mayor Lena Ortiz agreed that the fine was too low."
    assert contents(nlp, text) == ["the fine was too low"]


def test_pointing_to_a_survey_is_no_claim(nlp):
    text = "Mayor Lena Ortiz pointed to a survey published last month by the county."
    assert contents(nlp, text) == []


def test_pointing_to_reports_that_is_a_claim(nlp):
    text = "Ortiz pointed to reports that the plant had dumped waste for years."
    assert contents(nlp, text) == ["reports that the plant had dumped waste for years"]


def _index_without_descriptions(doc):
    """The actor index with the actors' own description mentions taken out, as when the
    actors analysis leaves a bare "the company" unresolved."""
    actors = [
        replace(a, mentions=tuple(m for m in a.mentions if m.kind != "description"))
        for a in find_actors(doc)
    ]
    return ActorIndex(actors), {a.id: a.name for a in actors}


def _noun(doc, word: str, nth: int = 0):
    return [t for t in doc if t.lower_ == word][nth]


def test_the_company_is_the_organisation_just_the_subject(nlp):
    doc = nlp(
        "Marlet Foods recalled its yogurt on Monday. Marlet Foods, which employs 300 people, "
        "said it had found no bacteria. In a statement, the company said its tests were clean."
    )
    index, names = _index_without_descriptions(doc)
    assert names.get(recent_body(_noun(doc, "company"), index)) == "Marlet Foods"


def test_the_company_after_two_companies_is_nobody(nlp):
    doc = nlp(
        "Marlet Foods and Bexley Markets met on Monday. Marlet Foods told Bexley Markets that "
        "it had found no bacteria. The company said its tests were clean."
    )
    index, _names = _index_without_descriptions(doc)
    assert recent_body(_noun(doc, "company"), index) is None


def test_the_agency_named_as_an_object_is_not_the_subject(nlp):
    doc = nlp("Bolt Motors sued the agency on Monday. The agency said the complaint had no merit.")
    index, _names = _index_without_descriptions(doc)
    assert recent_body(_noun(doc, "agency", 1), index) is None


def test_the_agency_an_organisation_acted_on_is_not_it(nlp):
    text = (
        "Bolt Motors sued the Transit Agency on Monday. Bolt Motors said the fares were "
        "unlawful. The agency said the complaint had no merit."
    )
    found = claims(nlp, text)
    assert ("Bolt Motors", "the complaint had no merit") not in found


def test_a_place_in_a_clause_on_the_speaker_does_not_speak(nlp):
    text = "Yogurt maker disputes link\n\nAcme Foods, based in Dunmore, said it had no recall."
    found = claims(nlp, text)
    assert found and found[0][0] != "Dunmore"


def test_two_bodies_joined_by_and_are_no_single_speaker(nlp):
    text = (
        "Yogurt recall\n\nTwo grocers, Bexley Markets and Corrin Stores, said they had pulled it."
    )
    assert claims(nlp, text) == [(None, "they had pulled it")]


def test_according_to_before_and_closes_its_clause(nlp):
    text = "The fevers began in May, according to the clinic, and the patients are all adults."
    assert contents(nlp, text) == ["The fevers began in May"]


def test_according_to_at_the_start_covers_both_clauses(nlp):
    text = "According to the clinic, the fevers began in May and the patients are all adults."
    assert contents(nlp, text) == ["the fevers began in May and the patients are all adults"]


def test_an_inserted_cue_keeps_the_clause_before_it(nlp):
    text = (
        "The mayor will step down in May, her office said, two weeks after the city "
        "council opened an inquiry into her expenses."
    )
    assert contents(nlp, text) == ["The mayor will step down in May"]


def test_it_never_names_a_person(nlp):
    text = "Rolf Brand ran the firm. The county sued it over what it says are inflated costs."
    doc = nlp(text)
    it = [t for t in doc if t.lower_ == "it"][-1]
    # an actors analysis that put the pronoun on the person
    person = Actor(
        "a1",
        "Rolf Brand",
        ActorKind.PERSON,
        [Mention(0, 10, "Rolf Brand"), Mention(it.idx, it.idx + 2, "it", "pronoun")],
    )
    span = (it.idx, it.idx + 2)
    assert source_actor(doc, ActorIndex([person]), span, span) is None


def test_the_statement_is_the_one_its_speaker_said_in(nlp):
    text = (
        "Mayor Ivo Tran said in a statement that the bridge would reopen. "
        '"This closes one chapter," the statement said.'
    )
    assert claims(nlp, text)[-1] == ("Ivo Tran", '"This closes one chapter,"')


def test_a_word_of_a_longer_name_names_the_whole_body(nlp):
    doc = nlp(
        "The Kelby Bay Renters Union, which has 900 members, said it would sue. "
        "The union argues that the fee is unlawful."
    )
    head = _noun(doc, "union", 1)
    # an actors analysis that also made an organisation of the place words in the name
    union = Actor("a1", "Kelby Bay Renters Union", ActorKind.ORGANISATION, [Mention(4, 27, "")])
    place = Actor("a2", "Kelby Bay", ActorKind.ORGANISATION, [Mention(4, 13, "")])
    assert recent_body(head, ActorIndex([place, union])) == "a1"


def test_the_ministry_is_no_body_whose_name_is_no_ministry(nlp):
    # a ministry's name says "ministry": the audit office just named is not "the ministry"
    doc = nlp(
        "The city's audit office said the council had paid too much for the survey. "
        "Officials have tested the river, and results are expected next week, the ministry said."
    )
    claims = find_claims(doc, find_actors(doc))
    ministry = [c for c in claims if c.source_text == "the ministry"]
    assert ministry and ministry[0].source is None


def test_the_ministry_is_the_ministry_just_named(nlp):
    doc = nlp(
        "The Ministry of Water said on Monday that the river was safe. In a statement, the "
        "ministry said its tests were clean."
    )
    index, names = _index_without_descriptions(doc)
    assert names.get(recent_body(_noun(doc, "ministry", 1), index)) == "Ministry of Water"
