"""Claims (session 20, issue 16): a gerund put forward ("suggested raising the tax"); a
cue after what it reports takes every clause before it ("A, but B, she said") and is not
cut by another speaker's clause inside; a bare spokesperson speaks for the body the
sentence before is about; "the group" just after "a criminal group" is no earlier actor;
a "he" right after a described speaker's claim is that speaker. The whole analysis runs,
as the app's does. Every text is invented."""

from __future__ import annotations

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article, Briefing


def briefing(nlp, text: str) -> Briefing:
    """The analysis of ``text``."""
    return analyze_doc(nlp(text), Article(text=text))


def contents(result: Briefing) -> list[str]:
    """The content text of each claim, in order."""
    text = result.article.text
    return [text[c.content.start : c.content.end] for c in result.claims]


def speaker_of(result: Briefing, words: str) -> str | None:
    """The name of the actor that speaks the claim whose content holds ``words``."""
    text = result.article.text
    names = {a.id: a.name for a in result.actors}
    claims = [c for c in result.claims if words in text[c.content.start : c.content.end]]
    assert claims, f"no claim holds {words!r}"
    return names.get(claims[0].source) if claims[0].source else None


# a gerund put forward -------------------------------------------------------------------


def test_a_suggested_gerund_is_what_was_put_forward(nlp):
    result = briefing(nlp, "The minister suggested raising the fuel tax.")
    assert contents(result) == ["raising the fuel tax"]


def test_a_suggested_clause_stays_a_clause(nlp):
    result = briefing(nlp, "The minister suggested that the plan would fail.")
    assert contents(result) == ["the plan would fail"]


def test_a_suggested_noun_is_still_no_claim(nlp):
    result = briefing(nlp, "The report suggested a link between the two.")
    assert contents(result) == []


# a cue after what it reports ------------------------------------------------------------


def test_a_trailing_cue_takes_both_clauses_joined_by_but(nlp):
    text = "The company lost money last year, but it will recover soon, the chief executive said."
    result = briefing(nlp, text)
    assert contents(result) == ["The company lost money last year, but it will recover soon"]


def test_a_trailing_cue_is_not_cut_by_a_clause_of_another_speaker(nlp):
    text = "Prices rose sharply, and the bank expects them to rise again, analysts said."
    result = briefing(nlp, text)
    assert "Prices rose sharply, and the bank expects them to rise again" in contents(result)


def test_a_cue_before_its_content_still_ends_before_a_side_clause(nlp):
    text = "The mayor said the budget was balanced, though the auditor has said it was not."
    result = briefing(nlp, text)
    assert "the budget was balanced" in contents(result)


def test_one_clause_before_a_trailing_cue_is_unchanged(nlp):
    text = "The plant will close in May, a spokesman for the owners said."
    result = briefing(nlp, text)
    assert contents(result) == ["The plant will close in May"]


# a bare spokesperson ----------------------------------------------------------------------


def test_a_bare_spokesman_speaks_for_the_body_that_declined(nlp):
    text = (
        "The Harbour Board, which runs the port, declined to say whether it would pay. "
        "A spokesman said only that the board was studying the claim."
    )
    assert speaker_of(briefing(nlp, text), "studying the claim") == "Harbour Board"


def test_a_bare_spokeswoman_after_a_body_that_did_not_comment(nlp):
    text = (
        "The Harbour Board declined to comment on Monday. "
        "A spokeswoman said the board would meet on Friday."
    )
    assert speaker_of(briefing(nlp, text), "meet on Friday") == "Harbour Board"


def test_no_body_when_two_actors_are_named_before(nlp):
    text = (
        "The Harbour Board met the Port Union on Monday. A spokesman said the talks had gone well."
    )
    assert speaker_of(briefing(nlp, text), "gone well") is None


def test_no_body_when_the_sentence_before_is_about_a_person(nlp):
    text = (
        "Ann Lee criticised the Harbour Board on Monday. A spokesman said the criticism was unfair."
    )
    assert speaker_of(briefing(nlp, text), "was unfair") is None


def test_no_body_across_a_paragraph_break(nlp):
    text = (
        "The Harbour Board declined to comment on Monday.\n\n"
        "A spokesman said the board would meet on Friday."
    )
    assert speaker_of(briefing(nlp, text), "meet on Friday") is None


# "the group" after "a criminal group" -----------------------------------------------------


def test_the_group_just_brought_in_is_not_the_named_group(nlp):
    text = (
        "Leda Health Group said its clinics were open. A researcher, Ian Moss, wrote that "
        "a criminal group calling itself Redfox had posted the files. "
        "The group says it holds the records of 5,000 patients."
    )
    assert speaker_of(briefing(nlp, text), "holds the records") is None


def test_the_group_with_no_other_group_brought_in_is_the_named_one(nlp):
    text = (
        "Leda Health Group said its clinics were open. "
        "The group says it holds the records of 5,000 patients."
    )
    assert speaker_of(briefing(nlp, text), "holds the records") == "Leda Health Group"


def test_the_group_described_by_its_own_apposition_stays_the_named_one(nlp):
    text = (
        "Leda Health Group, a private hospital group, said its clinics were open. "
        "The group said it would reopen on Monday."
    )
    assert speaker_of(briefing(nlp, text), "reopen on Monday") == "Leda Health Group"


# a pronoun after a described speaker ------------------------------------------------------


def test_he_after_a_described_officials_claim_is_that_official(nlp):
    text = (
        "Nairobi rejects the account. A senior official at the farm ministry, who asked "
        "not to be named, said the estimates were wrong. He suggested the ban was aimed "
        "at the elections."
    )
    result = briefing(nlp, text)
    official = speaker_of(result, "estimates were wrong")
    assert official is not None and official.startswith("a senior official")
    assert speaker_of(result, "aimed at the elections") == official


def test_he_after_a_described_official_in_a_new_paragraph_is_no_one(nlp):
    text = (
        "Nairobi rejects the account. A senior official at the farm ministry, who asked "
        "not to be named, said the estimates were wrong.\n\n"
        "He suggested the ban was aimed at the elections."
    )
    assert speaker_of(briefing(nlp, text), "aimed at the elections") is None


def test_he_after_a_described_official_with_a_person_just_before_is_no_one(nlp):
    text = (
        "Mayor Tom Reed spoke on Monday. A senior official at the farm ministry, who asked "
        "not to be named, said the estimates were wrong. He suggested the ban was aimed "
        "at the elections."
    )
    result = briefing(nlp, text)
    assert speaker_of(result, "aimed at the elections") != speaker_of(
        result, "estimates were wrong"
    )


# a gerund of saying after "aside from" ------------------------------------------------------


def test_saying_after_aside_from_is_said_by_the_one_who_refused(nlp):
    text = (
        "Mayor Ines Duval refused to discuss the budget on Monday, aside from saying she "
        "wants a smaller council."
    )
    assert speaker_of(briefing(nlp, text), "smaller council") == "Ines Duval"


def test_saying_after_a_bare_from_is_not_the_subjects(nlp):
    text = "The court barred the Daily Post from saying the mayor had lied."
    assert all("had lied" not in c for c in contents(briefing(nlp, text)))


# a second participle of a passive -----------------------------------------------------------


def test_a_second_participle_of_a_passive_stays_in_the_content(nlp):
    text = (
        "The chair told reporters that the broken seals had been noted and explained in "
        "official protocols signed by all parties."
    )
    assert contents(briefing(nlp, text)) == [
        "the broken seals had been noted and explained in official protocols signed by all parties"
    ]


def test_the_reporters_next_act_after_a_passive_is_still_cut(nlp):
    text = "The mayor said the plant had been closed and added that it would reopen."
    assert contents(briefing(nlp, text)) == ["the plant had been closed", "it would reopen"]


# a claim inside the writer's summing-up -----------------------------------------------------


def test_a_claim_inside_the_writers_summing_up_is_its_own(nlp):
    text = (
        "The council said the bridge was safe, a view rejected by engineers who say the "
        "cables are corroded."
    )
    assert contents(briefing(nlp, text)) == ["the bridge was safe", "the cables are corroded"]


# a speaker the lead describes and the article names later -----------------------------------


def test_a_speaker_the_lead_describes_is_the_one_named_later(nlp):
    text = (
        "Rivers under threat\n\n"
        "A water company said on Tuesday that the river was clean, a claim disputed by a "
        "water engineer who says he has seen dead fish for weeks.\n\n"
        "Ola Brandt, an independent engineer who tests rivers, wrote on Monday that the "
        "samples were poor."
    )
    result = briefing(nlp, text)
    assert speaker_of(result, "dead fish") == "Ola Brandt"
    assert not any(a.name.startswith("a water engineer") for a in result.actors)


def test_a_speaker_who_asked_not_to_be_named_is_not_the_one_named_later(nlp):
    text = (
        "A water engineer who asked not to be named said the river was dirty.\n\n"
        "Later, Ola Brandt, an engineer at the plant, said the river was clean."
    )
    assert speaker_of(briefing(nlp, text), "river was dirty") != "Ola Brandt"


def test_a_speaker_described_in_the_body_is_not_the_one_named_later(nlp):
    text = (
        "The river has been closed since May.\n\n"
        "Fishing clubs have protested. A water engineer said he had seen dead fish for "
        "weeks.\n\n"
        "Ola Brandt, an engineer at the plant, said the river was clean."
    )
    assert speaker_of(briefing(nlp, text), "dead fish") != "Ola Brandt"
