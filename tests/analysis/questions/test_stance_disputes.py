"""Disputes found by stance: two sources on one matter with opposite stance, where the
two sides share few words, are paired by what they are about (issue 17)."""

from __future__ import annotations

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article


def _disputes(nlp, text: str) -> list:
    doc = nlp(text)
    briefing = analyze_doc(doc, Article(text=text))
    return [q for q in briefing.questions if q.kind == "disputed"]


def test_opposite_states_by_a_source_no_actor_stands_for(nlp) -> None:
    text = (
        "Hundreds of families waited at the Tarn border crossing on Monday.\n\n"
        "The Dravian interior ministry said the crossing had been closed since Sunday night "
        "because of security concerns.\n\n"
        "But the government of Lusovia said the crossing was open.\n"
    )
    found = _disputes(nlp, text)
    assert [q.question for q in found] == ["Is the Tarn border crossing closed?"], found


def test_a_denied_charge_the_jury_decided_is_no_dispute(nlp) -> None:
    text = (
        "A jury at Brennock Crown Court convicted Tomas Vale on three counts on Friday.\n\n"
        "Prosecutors told the court that Vale had ordered staff to alter the sales ledgers "
        "of Kessler Steel.\n\n"
        "Vale, who gave evidence in his own defence, had denied the charges.\n"
    )
    assert _disputes(nlp, text) == []


def test_a_denied_charge_before_the_verdict_stays_disputed(nlp) -> None:
    text = (
        "The trial of Tomas Vale opened at Brennock Crown Court on Friday.\n\n"
        "Prosecutors told the court that Vale had ordered staff to alter the sales ledgers "
        "of Kessler Steel.\n\n"
        "Vale, who gave evidence in his own defence, denied the charges. The jury could "
        "convict him next week.\n"
    )
    found = _disputes(nlp, text)
    assert any("ledgers" in q.question for q in found), [q.question for q in found]


def test_a_side_rejecting_the_account_disputes_the_act_told_of_it(nlp) -> None:
    text = (
        "The Norvanian defence ministry said in a statement that its troops fired only after "
        "Estravian border guards crossed the river near the village of Pelk.\n\n"
        "Estravia rejected the account.\n"
    )
    found = _disputes(nlp, text)
    assert len(found) == 1, [q.question for q in found]
    question = found[0].question
    assert question.startswith("Did Estravian border guards cross"), question
    assert "Norvanian defence ministry" in question and "Estravia denies" in question, question


def test_a_sharply_different_account_answers_the_other_side(nlp) -> None:
    text = (
        "Korvan's army said a Dellish patrol had entered the valley near Orsk and shot at "
        "its observation post.\n\n"
        "Dellia's interior ministry gave a sharply different account. It said its patrol "
        "never left its own side of the valley.\n"
    )
    found = _disputes(nlp, text)
    assert len(found) == 1, [q.question for q in found]
    assert found[0].question.startswith("Did a Dellish patrol enter the valley"), found


def test_a_version_called_fabricated_answers_that_sides_claim_far_back(nlp) -> None:
    text = (
        "Korvan's army said a Dellish patrol had entered the valley near Orsk.\n\n"
        "Two soldiers were wounded, the army said. Relatives gathered at the hospital in "
        "Orsk on Monday. The village school was closed for the day.\n\n"
        "Many shops stayed shut. Buses ran as normal.\n\n"
        "Dellia's foreign minister, Piet Arno, told reporters that Korvan's version of events "
        "was fabricated.\n"
    )
    found = _disputes(nlp, text)
    assert any(q.question.startswith("Did a Dellish patrol enter") for q in found), found


def test_a_different_account_of_nothing_the_other_side_said_is_no_dispute(nlp) -> None:
    text = (
        "Korvan's army said two soldiers were wounded near Orsk on Sunday.\n\n"
        "Dellia's interior ministry gave a different account.\n"
    )
    assert _disputes(nlp, text) == []


def test_a_denied_that_asks_the_claim_whose_that_the_parse_took_for_a_subject(nlp) -> None:
    text = (
        "The two governments gave conflicting accounts of the deal. Foreign Minister Ines "
        "Varo told state television that, as part of the deal, Korvan had agreed to release "
        "90 million dollars in frozen assets.\n\n"
        "Korvan's government flatly denied that.\n"
    )
    found = _disputes(nlp, text)
    assert len(found) == 1, [q.question for q in found]
    question = found[0].question
    assert question.startswith("Did Korvan agree to release 90 million dollars"), question
    assert "Ines Varo" in question, question


def test_an_account_a_side_denied_is_cut_from_the_question(nlp) -> None:
    text = (
        "The press group Free Pens said Rosa Amat had been held in solitary confinement for "
        "much of her detention, an account that Dellia has previously denied.\n"
    )
    found = _disputes(nlp, text)
    assert [q.question for q in found] == [
        "Was Rosa Amat held in solitary confinement for much of her detention?"
    ], found


def test_that_reading_of_the_report_asks_the_claim_about_the_report(nlp) -> None:
    text = (
        "Ana Brill, who leads the Orla Tenants' Group, said a noise study commissioned by "
        "the city had found that night traffic on Mill Lane would double once the depot "
        "opened.\n\n"
        '"The city\'s own experts have told them this will make the lane worse," Brill said. '
        '"People here are not against change. We are against being ignored."\n\n'
        "Tom Hale, the head of Hale Freight, rejected that reading of the study.\n"
    )
    found = _disputes(nlp, text)
    assert len(found) == 1, [q.question for q in found]
    question = found[0].question
    assert question.startswith("Did a noise study find"), question
    assert "would double" in question, question
    assert "Ana Brill" in question and "Tom Hale" in question, question


def test_a_headcount_against_a_number_of_workers_is_a_rival_figure(nlp) -> None:
    text = (
        "Workers at the Orla glass plant walked out on Monday.\n\n"
        "The Union of Glass Workers said 3,000 workers joined the strike on its first day.\n\n"
        "The plant's owner, Brill Glass, said fewer than 700 had stopped work.\n"
    )
    found = _disputes(nlp, text)
    assert len(found) == 1, [q.question for q in found]
    question = found[0].question
    assert "3,000 workers" in question and "fewer than 700" in question, question
    assert "Union of Glass Workers" in question and "Brill Glass" in question, question


def test_a_headcount_against_a_number_of_jobs_is_no_rival_figure(nlp) -> None:
    text = (
        "The Glassmakers' Union said the new kilns could cut 3,000 jobs.\n\n"
        "The plant's owner, Brill Glass, said fewer than 700 had stopped work on Monday.\n"
    )
    assert _disputes(nlp, text) == []


def test_a_denial_of_any_wrongdoing_answers_the_charge_against_the_denier(nlp) -> None:
    text = (
        "Prosecutors in Orla on Tuesday charged Brill Foods with fraud, alleging that the "
        "company had overcharged hospitals for bread by 2 million dollars.\n\n"
        "Brill Foods denied any wrongdoing.\n"
    )
    found = _disputes(nlp, text)
    assert [q.question for q in found] == [
        "Did Brill Foods overcharge hospitals for bread by 2 million dollars?"
    ], found


def test_a_charge_against_another_is_not_what_a_denial_of_wrongdoing_answers(nlp) -> None:
    text = (
        "Prosecutors in Orla on Tuesday charged Brill Foods with fraud, alleging that a "
        "supplier had overcharged hospitals for bread by 2 million dollars.\n\n"
        "Brill Foods denied any wrongdoing.\n"
    )
    found = _disputes(nlp, text)
    assert not any("overcharged" in q.question for q in found), found


def test_a_contradicted_negative_account_is_asked_by_the_counter_claim(nlp) -> None:
    text = (
        "Dellia's chief negotiator, Piet Arno, told reporters that his country had only "
        "accepted language on a gradual exit from gas.\n\n"
        "That account was contradicted by the host government. A senior official in the "
        "host team said Arno's deputy had accepted the 2035 date during a meeting on "
        "Tuesday.\n"
    )
    found = _disputes(nlp, text)
    assert len(found) == 1, [q.question for q in found]
    question = found[0].question
    assert question.startswith("Did Arno's deputy accept the 2035 date"), question
    assert "Piet Arno denies" in question, question


def test_a_contradicted_positive_account_is_not_asked_by_what_follows(nlp) -> None:
    text = (
        "Dellia's chief negotiator, Piet Arno, told reporters that his country had "
        "accepted language on a gradual exit from gas.\n\n"
        "That account was contradicted by the host government. A senior official in the "
        "host team said Arno's deputy had accepted the 2035 date during a meeting on "
        "Tuesday.\n"
    )
    found = _disputes(nlp, text)
    assert not any(q.question.startswith("Had Arno's deputy") for q in found), found


def test_that_account_is_the_reported_claim_not_the_quote_after_it(nlp) -> None:
    text = (
        "At the hearing, the agency's lawyer, Ross Penn, said the amount found in Ana Vos's "
        "blood was several times higher than the amounts seen in cases of tainted food.\n\n"
        '"Tainted food is a real risk," Penn told the panel. "But the rules put the burden '
        'on the rider."\n\n'
        "Vos's counsel, Ida Lund, disputed that account.\n"
    )
    doc = nlp(text)
    briefing = analyze_doc(doc, Article(text=text))
    asked = [
        q.question
        for q in (*briefing.questions, *briefing.held_back_questions)
        if q.kind == "disputed"
    ]
    assert len(asked) == 1, asked
    assert asked[0].startswith("Was the amount found in Ana Vos's blood several"), asked
