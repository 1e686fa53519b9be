"""Short references in a question: named where the article names them, else held back."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions.references import vague_reference

from .helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def _held(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).held]


def test_a_short_definite_is_named_by_the_fuller_phrase_before_it(nlp):
    text = (
        "The Tarva government closed the Selo border crossing on Monday. "
        "It was not clear how long the crossing would stay closed."
    )
    assert _shown(nlp, text) == ["How long will the Selo border crossing stay closed?"]


def test_a_bare_shell_noun_is_held_back_not_shown(nlp):
    text = "Council leader Petra Holm said the council will vote on the measure on March 12."
    assert _shown(nlp, text) == []
    assert _held(nlp, text) == ["Will the council vote on the measure on March 12?"]


def test_a_demonstrative_reference_is_held_back(nlp):
    text = (
        "Economy minister Lena Ek said the government will meet union leaders on Thursday "
        "to discuss this move."
    )
    assert _shown(nlp, text) == []
    assert len(_held(nlp, text)) == 1


def test_a_pronoun_in_the_opening_condition_is_held_back(nlp):
    text = (
        "The Kolding city council voted to shut the Harbor Street depot. If it is not "
        "reversed, the town of Vik will lose its largest employer."
    )
    assert _shown(nlp, text) == []
    assert _held(nlp, text) == [
        "If it is not reversed, will the town of Vik lose its largest employer?"
    ]


def test_an_opening_possessive_is_named_by_its_person(nlp):
    text = "Opposition leader Ilse Marr said her party would repeal the pension reform if it wins."
    assert _shown(nlp, text) == ["Will Ilse Marr’s party repeal the pension reform if it wins?"]


def test_a_denied_report_asks_what_the_report_says(nlp):
    text = (
        "Economy minister Lena Ek said Norden Steel would sell its Vik plant to a rival. "
        "Norden Steel denied reports that it had agreed to sell the plant."
    )
    disputed = [q for q in analysed(nlp, text).shown if q.kind == "disputed"]
    # both sides named, the minister's claim asked (the denial is of what she said)
    assert [q.question for q in disputed] == [
        "Would Norden Steel sell its Vik plant to a rival, as economy minister Lena Ek says "
        "and Norden Steel denies?"
    ]


@pytest.mark.parametrize(
    ("question", "vague"),
    [
        ("Will the measure pass?", "the measure"),
        ("Will this move go ahead?", "this move"),
        ("If it is not reversed, will the town lose its employer?", "it"),
        ("Will Ann Lee bring it back?", "it"),
        ("Would her party win?", "her"),
        ("Will the plan to cut taxes pass?", None),
        ("Will Ann Lee resign if she loses the vote?", None),
        ("Will voters choose between the new flag and their current flag?", None),
        ("Is it true that the mayor resigned?", None),
    ],
)
def test_vague_reference_names_the_words_that_need_the_article(question, vague):
    assert vague_reference(question) == vague


def test_a_sentence_initial_the_is_lowered_inside_the_question(nlp):
    text = "The Supreme Court of Tarva will rule next week on the Selo border crossing."
    assert _shown(nlp, text) == [
        "How will the Supreme Court of Tarva rule on the Selo border crossing next week?"
    ]


@pytest.mark.parametrize(
    ("question", "vague"),
    [
        ("Will Ann Lee chair this year’s summit?", None),
        ("Will Kesh do exactly the same thing?", "the same thing"),
        ("Will Kesh face the same fate as Vik?", None),
    ],
)
def test_a_date_and_a_compared_sameness_are_not_vague(question, vague):
    assert vague_reference(question) == vague


def test_a_shell_noun_is_named_by_the_same_frame_earlier(nlp):
    text = (
        "The Marlow city council postponed a vote on the Harbor Street tram extension on "
        "Tuesday. Council leader Petra Holm said the council will vote on the measure on "
        "March 12."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert any("vote on the Harbor Street tram extension on March 12?" in q for q in shown), shown


@pytest.mark.parametrize(
    ("question", "vague"),
    [
        ("Will the new mayor emerge here?", "here"),
        ("Will the arguments be heard by ten judges?", "the arguments"),
        ("Will Ann Lee face the same criticism Tom Berg faced?", None),
    ],
)
def test_a_place_pointed_at_and_bare_arguments_are_vague(question, vague):
    assert vague_reference(question) == vague


def test_a_that_determiner_pointing_back_is_held_back(nlp):
    text = (
        "The Unity Party holds 50 seats in the Kesh senate. Depending on the outcome of the "
        "May election, control of that chamber could hinge on the Varna seat."
    )
    report = analysed(nlp, text)
    assert not any("that chamber" in q.question for q in report.shown)
    assert any("that chamber" in q.question for q in report.held)


def test_it_stands_for_the_subject_just_before_it(nlp):
    text = (
        "Local newspaper Brenn Daily reported that the contracts went to the mayor's "
        "brother-in-law. The Brenn ethics board is expected to publish its findings by "
        "September. It has not said whether it will question Mayor Daniel Roos in person."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert not any("Brenn Daily" in q for q in shown), shown


def test_an_organisation_named_for_it_keeps_its_article(nlp):
    text = "The European Commission has not said whether it will open an in-depth investigation."
    shown = [q.question for q in analysed(nlp, text).shown]
    assert shown == ["Will the European Commission open an in-depth investigation?"]


def test_a_headline_does_not_name_a_later_reference(nlp):
    text = (
        "Drought forces water limits in south\n\n"
        "Authorities in the province of Avila will limit household water use from Saturday. "
        "It is not known how long the limits will stay in place."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert not any("Drought" in q for q in shown), shown


def test_a_sentence_initial_common_noun_is_lowered_and_a_name_is_not(nlp):
    text = (
        "Mayor Daniel Roos has been accused of favouring his brother-in-law. Farmers will "
        "lose 40 percent of their irrigation allowance. Roos denied any wrongdoing."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert "Will farmers lose 40 percent of their irrigation allowance?" in shown
    assert not any("roos" in q for q in shown), shown


def test_they_in_a_spokesperson_s_words_is_the_body_she_speaks_for(nlp):
    text = (
        "Ann Lee for Water Quality South Africa says they are looking at new rules on "
        "fluoride by the end of the year."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert shown == [
        "Will Water Quality South Africa decide on new rules on fluoride by the end of the year?"
    ]


def test_a_short_noun_is_named_by_its_earlier_defining_phrase(nlp):
    text = (
        "Lawmakers in Varna postponed a vote on a ban on gambling advertisements during sports "
        "broadcasts. It is unclear whether the ban will also cover online streaming."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert "Will the ban on gambling advertisements also cover online streaming?" in shown


def test_a_name_said_with_the_keeps_the(nlp):
    text = (
        "The Central Bank of Tamar kept its main rate at 4.5 percent. Exporters have urged the "
        "bank to cut rates to weaken the currency."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert shown == ["Will the Central Bank cut rates to weaken the currency?"]


def test_an_unnamed_its_is_held_back(nlp):
    text = (
        "A fishing boat went missing off the coast of Halvik on Saturday. The cause of its "
        "disappearance is not known."
    )
    report = analysed(nlp, text)
    assert not any("its disappearance" in q.question for q in report.shown)


def test_a_defining_phrase_keeps_its_coordinated_names(nlp):
    text = (
        "The regulator will rule on the merger of Telia Nord and Fonex. Consumer groups say "
        "prices would rise if the merger goes ahead."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert "Would prices rise if the merger of Telia Nord and Fonex goes ahead?" in shown, shown


def test_they_after_coordinated_names_is_both_of_them(nlp):
    text = (
        "Australia and New Zealand said they would send military planes with supplies on Wednesday."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert shown == [
        "Will Australia and New Zealand send military planes with supplies on Wednesday?"
    ]


def test_a_sentence_initial_plural_the_tagger_took_for_a_name_is_lowered(nlp):
    text = (
        "Teachers in Marsk threaten strike over class sizes\n\n"
        "Teachers in the city of Marsk will strike on May 9 unless the city council agrees "
        "to limit class sizes to 25 pupils, their union said on Tuesday."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert len(shown) == 1 and shown[0].startswith("Will teachers in the city of Marsk strike")


def test_a_body_sentence_asks_a_headline_s_question_in_its_words(nlp):
    text = (
        "City plans to ban cars from old town\n\n"
        "The city of Velden plans to ban private cars from its old town from next January, "
        "Mayor Lisa Brandt announced on Thursday."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert shown == [
        "Will the city of Velden ban private cars from its old town from next January?"
    ]


def test_its_after_the_question_s_own_subject_stays(nlp):
    text = (
        "The euro crisis has shaken the union. Kesh leaders warn that if the bloc fails to "
        "ensure security for its citizens, it could rapidly fall apart."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert not any("crisis’s" in q for q in shown), shown
    assert not any("crisis's" in q for q in shown), shown


@pytest.mark.parametrize(
    ("question", "vague"),
    [
        ("Is the charge true?", "the charge"),
        ("Is the criticism fair?", "the criticism"),
        ("Is the charge of fraud true?", None),
    ],
)
def test_a_bare_claim_noun_is_vague(question, vague):
    assert vague_reference(question) == vague
