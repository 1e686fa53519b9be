"""Descriptions by what the article gives one person ("the 61-year-old Republican", "the
Ohio senator", "the former prosecutor", "his attorney"): tied only to the one person who
has every attribute (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def owners(text: str, phrase: str, nlp) -> set[str]:
    """The actors with a mention covering the first ``phrase`` of ``text``."""
    start = text.index(phrase)
    end = start + len(phrase)
    return {
        a.name
        for a in find_actors(nlp(text))
        for m in a.mentions
        if m.start <= start and end <= m.end
    }


def test_age_and_party_fit_the_one_person_given_both(nlp):
    text = (
        "Rep. Carla Voigt (R-Ohio), 59, and Rep. Dan Ostrow (D-Ohio), 62, spoke on Monday. "
        "The 62-year-old Democrat said the vote would pass."
    )
    assert owners(text, "The 62-year-old Democrat", nlp) == {"Dan Ostrow"}


def test_two_people_of_that_age_and_party_leave_it_untied(nlp):
    text = (
        "Republican Dana Whitfield, 61, and Republican Ross Keller, 61, want the nomination. "
        "The 61-year-old Republican said taxes must fall."
    )
    assert owners(text, "The 61-year-old Republican", nlp) == set()


def test_a_state_and_a_title_fit_the_senator_of_that_state(nlp):
    text = (
        "Sen. Martin Haldane of Vermont met Sen. Olga Brandt of Maine on Friday. "
        "The Vermont senator told reporters the talks had gone well."
    )
    assert owners(text, "The Vermont senator", nlp) == {"Martin Haldane"}


def test_the_former_noun_fits_the_person_in_apposition_with_it(nlp):
    text = (
        "State Sen. Walter Pruett, a former prosecutor, opposed the bill. Ann Cole backed it. "
        "The former prosecutor said he would seek a repeal."
    )
    assert owners(text, "The former prosecutor", nlp) == {"Walter Pruett"}


def test_the_plain_noun_is_not_the_former_holder(nlp):
    text = (
        "State Sen. Walter Pruett, a former prosecutor, opposed the bill. "
        "The prosecutor said charges would follow."
    )
    assert owners(text, "The prosecutor", nlp) == set()


def test_a_new_age_and_party_go_to_the_one_person_just_mentioned(nlp):
    text = (
        "Gov. Harriet Okonjo signed the water bill on Monday.\n\n"
        '"This is a promise kept," Okonjo told reporters.\n\n'
        "The 58-year-old Democrat said the law would protect rivers. Later the Democrat "
        "thanked farmers."
    )
    assert owners(text, "The 58-year-old Democrat", nlp) == {"Harriet Okonjo"}
    assert owners(text, "the Democrat", nlp) == {"Harriet Okonjo"}


def test_a_new_party_is_left_untied_when_two_people_were_just_mentioned(nlp):
    text = (
        "Gov. Harriet Okonjo met Mayor Tom Reyes on Monday. "
        "The 58-year-old Democrat said the talks went well."
    )
    assert owners(text, "The 58-year-old Democrat", nlp) == set()


def test_a_party_against_the_known_one_is_not_tied(nlp):
    text = "Rep. Carla Voigt (R-Ohio) spoke on Monday. The Democrat said the vote would pass."
    assert owners(text, "The Democrat", nlp) == set()


def test_a_gendered_noun_is_never_tied_across_genders(nlp):
    text = (
        "Mrs. Alma Price, 55, a businesswoman from Dayton, bought the mill. "
        "The 55-year-old businessman said he would close it."
    )
    assert owners(text, "The 55-year-old businessman", nlp) == set()


def test_his_attorney_is_the_one_lawyer_the_article_names(nlp):
    text = (
        "Carl Voss denied the charges on Monday. His lawyer, Lena Marsh, said he would "
        "appeal. On Tuesday his attorney filed the papers."
    )
    assert owners(text, "his attorney", nlp) == {"Lena Marsh"}


def test_his_attorney_is_left_untied_with_two_lawyers(nlp):
    text = (
        "Carl Voss denied the charges on Monday. His lawyer, Lena Marsh, said he would "
        "appeal. Ann Cole's lawyer, Tom Hart, disagreed. On Tuesday his attorney filed papers."
    )
    assert owners(text, "his attorney", nlp) == set()


def test_the_governor_is_the_person_with_the_short_title(nlp):
    text = (
        "Gov. Raymond Tolliver said Tuesday that he would veto the bill. Lawmakers met "
        "on Wednesday. The governor did not attend."
    )
    assert owners(text, "The governor", nlp) == {"Raymond Tolliver"}


def test_a_state_written_short_in_the_party_tag_fits_the_state_in_full(nlp):
    text = (
        "Sen. Jane Roe (D-Ore.) introduced the bill on Monday, and Sen. Carl Vance "
        "(R-Idaho) opposed it. The Oregon senator said the measure would protect salmon."
    )
    assert owners(text, "The Oregon senator", nlp) == {"Jane Roe"}


def test_another_persons_lawyer_is_not_the_one_lawyer_named(nlp):
    text = (
        "Carl Voss denied the charges on Monday. His lawyer, Lena Marsh, said he would "
        "appeal. Ann Cole's lawyer filed papers on Tuesday."
    )
    assert owners(text, "Ann Cole's lawyer", nlp) == set()


def test_a_new_age_with_the_one_mayors_noun_is_that_mayor(nlp):
    text = (
        "Mayor Howard Brickey opened the fair on Friday.\n\n"
        '"This is our homecoming," the 66-year-old mayor said.'
    )
    assert owners(text, "the 66-year-old mayor", nlp) == {"Howard Brickey"}


def test_a_party_and_a_noun_no_one_was_given_together_are_left_untied(nlp):
    text = (
        "Libertarian presidential candidate Gary Olson spoke on Friday. "
        "The Democratic presidential candidate said she would debate him."
    )
    assert owners(text, "The Democratic presidential candidate", nlp) == set()


def test_a_title_of_two_words_with_its_state(nlp):
    text = (
        "Ohio Attorney General Ann Lee and Texas Attorney General Tom Hale sued on Monday. "
        "The Ohio attorney general said the suit would go ahead."
    )
    assert owners(text, "The Ohio attorney general", nlp) == {"Ann Lee"}


def test_the_governor_is_not_the_former_governor_and_back(nlp):
    text = (
        "Gov. Ann Lee of Ohio and former Gov. Tom Hale clashed on Monday over the plan.\n\n"
        "The former governor said the plan would fail. The governor rejected that view."
    )
    assert owners(text, "The former governor", nlp) == {"Tom Hale"}
    assert owners(text, "The governor", nlp) == {"Ann Lee"}


def test_a_new_party_is_not_given_to_a_pollster_named_last(nlp):
    text = (
        "County Race Tightens\n\nSunday, September 27, 2026\n\n"
        "County Executive Ray Doyle accused his challenger, Nina Kessel, of misleading "
        "voters. Kessel said the charge was false.\n\n"
        "Analysts said rising taxes had hurt Doyle's standing.\n\n"
        "Analysts attributed the tightening to frustration over rising taxes, which Kessel "
        "has made a centerpiece of her campaign.\n\n"
        '"The incumbent is still the favorite, but not by much," said Omar Finch, who '
        'directs polling at the Pell Institute. "Undecided voters tend to break late."\n\n'
        "The 46-year-old Republican has never held elected office. She left the "
        "prosecutor's office in 2024.\n"
    )
    assert "Omar Finch" not in owners(text, "The 46-year-old Republican", nlp)
