"""The story's matter named where a question refers to it by a bare noun or a pronoun."""

from __future__ import annotations

from .helpers import analysed


def _all(nlp, text: str) -> list[str]:
    report = analysed(nlp, text)
    return [q.question for q in (*report.shown, *report.held)]


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def test_a_bare_matter_is_named_by_the_headline_phrase(nlp):
    text = (
        "Marsk's housing bill heads to tight vote as partners waver\n\n"
        "The city council will debate the bill on Thursday. "
        "The Dockers Union has said it will call a one-day strike if the bill passes."
    )
    assert "Will the Dockers Union call a one-day strike if Marsk's housing bill passes?" in (
        _shown(nlp, text)
    )


def test_it_for_the_matter_is_named_by_the_headline_phrase(nlp):
    text = (
        "Marsk's housing bill heads to tight vote as partners waver\n\n"
        "The city council will debate the bill on Thursday. "
        "Even if the bill passes, it is not clear whether Mayor Ilse Varo will sign it."
    )
    assert any("sign Marsk's housing bill" in q for q in _all(nlp, text)), _all(nlp, text)


def test_a_title_case_headline_names_nothing(nlp):
    text = (
        "Marsk's Housing Bill Heads To Tight Vote\n\n"
        "The city council will debate the bill on Thursday. "
        "The Dockers Union has said it will call a one-day strike if the bill passes."
    )
    assert not any("Transit" in q for q in _all(nlp, text)), _all(nlp, text)


_APPEAL = (
    "A Selo judge has ordered Velo Dairy Inc. to pay 3 million euros to farmers. "
    "The company said within hours of the ruling that it {act}. "
    "Farmers' lawyer Anna Brix said her firm would oppose any delay while the appeal proceeded."
)


def test_a_bare_act_is_named_by_who_said_they_would_make_it(nlp):
    assert "How will Velo Dairy’s appeal end?" in _shown(nlp, _APPEAL.format(act="would appeal"))


def test_an_act_said_not_to_be_made_is_not_named(nlp):
    questions = _all(nlp, _APPEAL.format(act="would not appeal"))
    assert not any("Velo Dairy’s appeal" in q for q in questions), questions


def test_a_predicate_his_is_named_by_the_person_it_stands_for(nlp):
    text = (
        "A leaked video appeared to show council treasurer Piet Morel taking cash. "
        "Morel has denied that the voice is his."
    )
    assert "Is the voice Piet Morel’s?" in _all(nlp, text), _all(nlp, text)


def test_a_predicate_his_tied_to_no_person_stays_vague(nlp):
    text = "A leaked video appeared to show a bribe. The council has denied that the voice is his."
    assert not any("’s?" in q for q in _shown(nlp, text)), _shown(nlp, text)


def test_a_director_s_passive_announcement_is_asked_of_the_body_she_speaks_for(nlp):
    text = (
        "The Marine Safety Office, an independent agency, has opened an inquiry into the "
        "sinking of a cargo ship off Selo. Its director, Ann Lee, said investigators had "
        "recovered the ship's data recorder. She said a salvage team would be sent to the "
        "wreck within 20 days."
    )
    # (a report's publication is asked by no one: publication-asked)
    asked = "Will the Marine Safety Office send a salvage team to the wreck within 20 days?"
    assert asked in _shown(nlp, text), _all(nlp, text)


def test_an_analyst_s_passive_forecast_names_no_one(nlp):
    text = (
        "The Marine Safety Office has opened an inquiry into the sinking of a cargo ship. "
        "Ann Lee, a shipping analyst, said a first report would be published within 20 days."
    )
    assert not any("publish a first report" in q for q in _all(nlp, text)), _all(nlp, text)


def test_we_said_by_a_chief_executive_is_the_company(nlp):
    text = (
        "A Selo court ordered Velo Dairy to pay 3 million euros to farmers on Monday. "
        '"We intend to appeal the ruling before the end of May," Ann Lee, '
        "Velo Dairy's chief executive, said in a statement."
    )
    questions = _all(nlp, text)
    assert any(q.startswith("Will Velo Dairy appeal") for q in questions), questions


def test_bare_plans_are_named_by_their_earlier_infinitive_cut_to_its_object(nlp):
    text = (
        "Workers at Velo Dairy walked out on Monday after Velo Dairy announced plans to close "
        "two creameries and a cheese plant at three of its sites in the north of Selo. The "
        "Dairy Workers Union says the plans could cost up to 300 jobs."
    )
    questions = _all(nlp, text)
    said = "plans to close two creameries and a cheese plant cost up to 300 jobs"
    assert any(said in q for q in questions), questions


def test_a_reporting_it_goes_on_from_the_body_the_sentence_before_was_about(nlp):
    text = (
        "Selo fined three Marsk shipping firms on Monday, and Marsk recalled its ambassador "
        'to Selo. Vardia, the Marsk capital, called the fines "an act of economic aggression" '
        'and said it would respond "at a time of our choosing." It did not say what measures '
        "it was considering."
    )
    questions = _all(nlp, text)
    # (the reported "was considering" asked in the present)
    assert "What measures is Marsk considering?" in questions, questions


def test_a_reporting_it_does_not_go_on_from_a_person(nlp):
    text = (
        "Selo fined three Marsk shipping firms on Monday. Ann Lee called the fines unlawful. "
        "It did not say what measures it was considering."
    )
    questions = _all(nlp, text)
    assert not any("Ann Lee" in q for q in questions), questions


def test_an_act_whose_doer_is_no_name_is_not_named(nlp):
    text = (
        "Police said they would investigate the fire at the Selo depot. "
        "It was not clear when the investigation would end."
    )
    questions = _all(nlp, text)
    assert not any("olice’s" in q for q in questions), questions
