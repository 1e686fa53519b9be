"""Standalone questions name their bodies and matters, or are held back.

"Could the company take its investment to Marsk?" needs the article; a body
("the company", "the union", "the government") is named by the actor the actors
analysis tied that very mention to, and a matter ("the closure", "the
investigation", "the court") by the one thing of its kind the article told of
before it. Where nothing, or two things, could be meant, the question is held
back with the words that need the article.
"""

from __future__ import annotations

from briefing_tui.analysis.questions.phrasing import close_clitics
from briefing_tui.analysis.questions.references import (
    earlier_anchors,
    name_references,
    vague_reference,
)

from .helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def _held(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(q.question, q.held_because) for q in analysed(nlp, text).held]


def test_a_company_the_actors_tie_to_a_firm_is_asked_by_the_firm_s_name(nlp):
    text = (
        "Velmar Energy said on Monday it had opened a new wind farm in Tarn. The regulator "
        "said the company could face a fine if the farm breaks noise limits."
    )
    shown = _shown(nlp, text)
    assert any(q.startswith("Could Velmar Energy face a fine") for q in shown), shown
    assert not any("the company" in q for q in shown)


def test_a_company_no_actor_is_tied_to_is_held_back_with_its_words(nlp):
    text = (
        "The Selo Harbour Board approved a new terminal on Monday. Council member Ana Ruiz "
        "warned that the company could take its investment to Marsk if the Selo council "
        "rejects the new terminal."
    )
    assert not any("the company" in q for q in _shown(nlp, text))
    held = [why for q, why in _held(nlp, text) if "the company" in q]
    assert held == ["vague: “the company” (tied to no named actor)"]


def test_a_body_named_in_as_many_words_is_still_named(nlp):
    doc = nlp("A Health Tarva spokeswoman said the department will look into the incident.")
    names = {"department": "Health Tarva"}
    asked = name_references(
        "Will the department look into the incident?",
        list(doc.sents),
        lambda token: names.get(token.lower_),
    )
    assert asked == "Will Health Tarva look into the incident?"


def test_a_union_s_estimate_is_the_named_union_s(nlp):
    doc = nlp("Velo Shipping rejected the union's estimate on Monday.")
    asked = name_references(
        "Is the union's estimate true?",
        list(doc.sents),
        lambda token: "Kesh Dockers Union" if token.lower_ == "union" else None,
    )
    assert asked == "Is the Kesh Dockers Union's estimate true?"


def test_a_country_s_government_is_said_with_the_country_s_adjective(nlp):
    doc = nlp(
        "Norway's fishing fleet stayed in port. Norwegian officials met the owners on Monday. "
        "The government said it would publish a plan by June."
    )
    country = {"government", "norwegian", "norway"}
    asked = name_references(
        "Will the government publish a plan by June?",
        [list(doc.sents)[-1]],
        lambda token: "Norway" if token.lower_ in country else None,
    )
    assert asked == "Will the Norwegian government publish a plan by June?"


def test_the_court_after_two_different_courts_is_not_named_by_either(nlp):
    doc = nlp(
        "A county court in Marsk fined Velo Dairy last year. The dairy then appealed to the "
        "Supreme Court of Tarva. The court has not decided whether to pause the fine."
    )
    sentence = list(doc.sents)[-1]
    court = next(t for t in sentence if t.lower_ == "court")
    assert len(earlier_anchors(court)) == 2
    text = "Will the court pause the fine?"
    assert name_references(text, [sentence], lambda token: None) == text
    assert vague_reference(text, frozenset(), [sentence]) == "the court"


def test_a_closure_is_named_by_the_named_thing_the_article_says_was_closed(nlp):
    text = (
        "Tarva's transport ministry said on Thursday that the Kesh bridge had been closed to "
        "all traffic. Minister Ivo Lind said the closure would be reviewed next week."
    )
    assert "Will the closure of the Kesh bridge be reviewed next week?" in _shown(nlp, text)


def test_an_investigation_held_back_as_vague_is_shown_once_named(nlp):
    text = (
        "The Tarva Telecoms Authority said on Monday it had opened an investigation into "
        "whether Selo Mobile overcharged customers. Analysts said the investigation was "
        "unlikely to end before next summer."
    )
    shown = _shown(nlp, text)
    assert "Will the investigation into Selo Mobile end before next summer?" in shown
    assert not _held(nlp, text)


def test_a_name_that_opens_two_sentences_keeps_its_capital(nlp):
    text = (
        "Regulators fined the energy supplier on Monday.\n\n"
        "Summit has not said whether it will appeal the fine of 3 million pounds. "
        "Summit will cut prices next year, analysts said."
    )
    assert "Will Summit cut prices next year?" in _shown(nlp, text)


def test_a_possessive_or_contraction_written_apart_is_joined():
    assert close_clitics("Is the union 's estimate true?") == "Is the union's estimate true?"
    assert close_clitics("Why did n't Lund sign?") == "Why didn't Lund sign?"
    assert close_clitics("Is the unions' claim true?") == "Is the unions' claim true?"


def test_a_court_held_back_tells_the_two_courts_it_could_be(nlp):
    text = (
        "A county court in Marsk fined Velo Dairy last year. The dairy then appealed to the "
        "Supreme Court of Tarva. Velo Dairy's lawyers said the court would rule on the fine "
        "in June."
    )
    held = dict(_held(nlp, text))
    assert held.get("How will the court rule on the fine in June?") == (
        "vague: “the court” (2 earlier: the Supreme Court; the county court)"
    )


def test_a_body_no_actor_is_tied_to_says_so_when_held_back(nlp):
    text = (
        "The Tarn Grain Union said on Friday that the European Union had ignored its members. "
        "A union spokesman said the bloc would send mediators to the talks next week."
    )
    reasons = [why for q, why in _held(nlp, text) if "the bloc" in q]
    assert reasons == ["vague: “the bloc” (tied to no named actor)"]


def test_a_ban_is_named_by_what_the_article_says_was_banned(nlp):
    text = (
        "Tarva's trade ministry said on Tuesday it had banned imports of steel from Estmark "
        "for six months. The Tarva government said it would review the ban in March."
    )
    assert _shown(nlp, text) == [
        "Will the Tarva government review the ban on imports of steel from Estmark in March?"
    ]


def test_do_so_is_asked_as_the_action_its_subject_was_said_to_face(nlp):
    text = (
        "Regulators fined Velmar Energy on Monday. Analysts said Velmar Energy might have to "
        "set aside money for refunds. Velmar Energy has not said whether it will do so."
    )
    assert "Will Velmar Energy set aside money for refunds?" in _shown(nlp, text)


def test_do_so_with_no_action_told_before_is_held_back(nlp):
    text = (
        "Regulators fined Velmar Energy on Monday. Analysts said the fine was large. "
        "Velmar has not said whether it will do so."
    )
    assert not any("do so" in q for q in _shown(nlp, text))
    assert ("Will Velmar Energy do so?", "vague: “do so”") in _held(nlp, text)


def test_the_rules_are_named_by_the_one_plan_the_article_names(nlp):
    text = (
        "The Tarva Clean Water Plan limits farm runoff into rivers. Farmers sued to block the "
        "rules last year. Judge Ann Lee said she would rule by June on whether the rules can "
        "take effect."
    )
    assert _shown(nlp, text) == [
        "Will Ann Lee rule by June on whether the Tarva Clean Water Plan can take effect?"
    ]


def test_a_subpoena_is_named_by_whom_it_was_voted_against(nlp):
    text = (
        "The House Oversight Committee voted on Wednesday to subpoena former adviser Dana "
        "Morrow. Her lawyer said the subpoena would be challenged in court."
    )
    assert "Will the subpoena of Dana Morrow be challenged in court?" in _shown(nlp, text)


def test_an_owner_s_subpoena_takes_whom_it_names_from_the_verb(nlp):
    text = (
        "The Tarva Senate committee voted to subpoena Dana Morrow. Morrow said she would not "
        "comply with the committee's subpoena. If the subpoena is enforced, Morrow could "
        "face a fine."
    )
    shown = _shown(nlp, text)
    assert any("the committee's subpoena of Dana Morrow" in q for q in shown), shown
