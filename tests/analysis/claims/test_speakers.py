"""Who speaks (issue 16, item 9): a pronoun only as the actors analysis resolved it, a
description to the actor the article names so, a document to its issuer or to nobody.
Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from tests.analysis.readers import speakers_in_order as speakers


def test_she_as_source_is_the_woman(nlp):
    text = "Maria Lopez met Tom Hale on Monday. She said the talks went well."
    assert ("She", "Maria Lopez") in speakers(nlp, text)


def test_pronoun_source_of_the_other_gender_stays_without_a_speaker(nlp):
    text = "Maria Lopez opened the new library on Monday. He said the building cost too much."
    assert speakers(nlp, text)[-1] == ("He", None)


def test_pronoun_source_between_two_men_stays_without_a_speaker(nlp):
    text = "Tom Hale and Bill Ray met at the station. Later he said the trains were late."
    assert speakers(nlp, text)[-1] == ("he", None)


def test_the_newspaper_is_the_newspaper_the_article_names(nlp):
    text = (
        "The Daily Courier reported on Monday that the mayor had resigned. "
        "The newspaper wrote that the council would meet on Friday."
    )
    assert speakers(nlp, text)[-1] == ("The newspaper", "Daily Courier")


def test_the_newspaper_with_two_newspapers_named_is_nobody(nlp):
    text = (
        "The Daily Courier and the Evening Herald reported the vote on Monday. "
        "The newspaper wrote that the council would meet on Friday."
    )
    assert speakers(nlp, text)[-1] == ("The newspaper", None)


def test_a_description_of_the_one_lawmaker_is_that_lawmaker(nlp):
    text = (
        "Rep. Jane Doe of Ohio voted against the bill on Tuesday. "
        "The Republican lawmaker told reporters that the bill was rushed."
    )
    assert speakers(nlp, text)[-1] == ("The Republican lawmaker", "Jane Doe")


def test_a_description_that_fits_two_lawmakers_is_nobody(nlp):
    text = (
        "Sen. Jane Doe and Rep. Tom Hale voted against the bill on Tuesday. "
        "The Republican lawmaker told reporters that the bill was rushed."
    )
    assert speakers(nlp, text)[-1] == ("The Republican lawmaker", None)


def test_the_statement_speaks_for_the_actor_that_issued_it(nlp):
    text = (
        "Acme Corp. issued a statement on Tuesday. The statement said the plant would close in May."
    )
    assert speakers(nlp, text)[-1] == ("The statement", "Acme Corp.")


def test_a_statement_from_an_actor_speaks_for_it(nlp):
    text = "A statement from Acme Corp. said the plant would close in May."
    assert speakers(nlp, text)[-1][1] == "Acme Corp."


def test_a_statement_with_no_issuer_speaks_for_nobody(nlp):
    text = "Acme Corp. opened a plant in May. A statement said the plant would close."
    assert speakers(nlp, text)[-1] == ("A statement", None)


def test_they_said_is_the_organisation_that_spoke_last(nlp):
    text = (
        'The Harbor Council denied the claims on Monday. "We never forced anyone to stay." '
        "They also claimed that the workers were volunteers."
    )
    assert speakers(nlp, text)[-1] == ("They", "Harbor Council")


def test_they_said_after_a_person_spoke_is_nobody(nlp):
    text = "Tom Hale spoke to the council on Monday. They said the plant would close."
    assert speakers(nlp, text)[-1] == ("They", None)


def test_they_after_two_organisations_named_together_is_nobody(nlp):
    text = (
        "Acme Corp. and Beta Ltd. signed the deal on Monday, and they hope that the plant "
        "will open in May."
    )
    assert all(name is None for source, name in speakers(nlp, text) if source == "they")


def test_it_in_a_side_clause_is_the_organisation_named_before_it(nlp):
    text = "Dozens of people protested outside the Harbor Gazette after it criticised the mayor."
    assert speakers(nlp, text)[-1] == ("it", "Harbor Gazette")


def test_it_before_a_clause_is_nobody(nlp):
    text = "Tom Hale resigned from Acme Corp. after it became known that he had lied to the board."
    doc = nlp(text)
    actors = find_actors(doc)
    assert not any(m.text == "it" for a in actors for m in a.mentions)


def test_the_report_speaks_for_the_actor_it_was_by(nlp):
    text = (
        "A report by the Harbor Institute came out on Monday. "
        "The report said fish stocks had halved."
    )
    assert speakers(nlp, text)[-1] == ("The report", "Harbor Institute")


def test_the_report_someone_only_read_speaks_for_nobody(nlp):
    text = "Tom Hale read a report on the train. The report said fish stocks had halved."
    assert speakers(nlp, text)[-1] == ("The report", None)


def test_a_persons_lawyer_is_not_that_person(nlp):
    text = (
        "Dana Whitlock was called before the committee on Tuesday. "
        "Whitlock's attorney said his client would not answer any questions."
    )
    assert speakers(nlp, text)[-1][1] != "Dana Whitlock"


def test_a_persons_lawyer_named_beside_is_the_lawyer(nlp):
    text = (
        "Dana Whitlock was called before the committee on Tuesday. "
        "Whitlock's attorney, Mark Hale, said the subpoena was unlawful."
    )
    assert speakers(nlp, text)[-1][1] == "Mark Hale"


def test_a_bodys_spokesman_speaks_for_the_body(nlp):
    text = "The Harbour Authority's spokesman said the port would reopen on Friday."
    assert speakers(nlp, text)[-1][1] == "Harbour Authority"


def test_a_source_ends_at_its_bracket(nlp):
    text = "Sen. Tom Hale (R-Utah) said on Tuesday that the harbour bill would cost too much."
    assert speakers(nlp, text)[-1] == ("Sen. Tom Hale", "Tom Hale")
