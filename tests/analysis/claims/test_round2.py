"""Second round on issue 16: speakers a description names, no country or place for a
person it describes, and no bare topic shown as a claim. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def claims_of(nlp, text: str) -> list[tuple[str | None, str | None, str]]:
    """(source text, actor name, content) of each claim, in order."""
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    return [
        (
            c.source_text,
            names.get(c.source) if c.source else None,
            text[c.content.start : c.content.end],
        )
        for c in find_claims(doc, actors)
    ]


def speaker_of(nlp, text: str, source_text: str) -> str | None:
    found = [name for src, name, _ in claims_of(nlp, text) if src == source_text]
    assert found, f"no claim with source {source_text!r}"
    return found[0]


def test_a_person_described_with_a_country_adjective_is_not_the_country(nlp):
    text = (
        "Carla Benton toured the harbour on Monday. "
        "The retired diplomat and U.S. senator said she would visit every county."
    )
    assert speaker_of(nlp, text, "The retired diplomat and U.S. senator") != "United States"


def test_a_country_government_still_speaks_for_the_country(nlp):
    text = "The talks stalled on Monday. U.S. officials said the offer was too low."
    assert speaker_of(nlp, text, "U.S. officials") == "United States"


def test_a_bare_topic_is_not_a_claim(nlp):
    text = "The governor questioned the policy on Monday. Senators asked about their address."
    contents = [content for _, _, content in claims_of(nlp, text)]
    assert "the policy" not in contents
    assert "their address" not in contents


def test_a_reported_clause_is_still_a_claim(nlp):
    text = "The governor said the policy would fail."
    assert [content for _, _, content in claims_of(nlp, text)] == ["the policy would fail"]


def test_a_cited_event_is_a_topic_not_a_claim(nlp):
    text = "Critics cited the harbour flood of 1990."
    assert claims_of(nlp, text) == []


def test_endorsing_a_plan_still_takes_a_side(nlp):
    text = "The dockworkers' union endorsed the rescue plan on Monday."
    assert any("rescue plan" in content for _, _, content in claims_of(nlp, text))


def test_a_description_given_in_an_apposition_names_the_speaker(nlp):
    text = (
        "Tom Baxter, a Boston shipbuilder, entered the race in June. "
        "The Boston shipbuilder said his plan would create jobs."
    )
    assert speaker_of(nlp, text, "The Boston shipbuilder") == "Tom Baxter"


def test_a_lawyer_named_elsewhere_is_the_lawyer_who_speaks(nlp):
    text = (
        "Paul Ruiz, the family's attorney, filed the motion on Monday. "
        "His attorney said the charges were false."
    )
    assert speaker_of(nlp, text, "His attorney") == "Paul Ruiz"


def test_a_description_that_fits_two_people_names_nobody(nlp):
    text = (
        "Paul Ruiz, a Boston attorney, and Mark Lee, a Boston attorney, filed the motion. "
        "The Boston attorney said the charges were false."
    )
    assert speaker_of(nlp, text, "The Boston attorney") is None


def test_it_after_a_company_is_the_company(nlp):
    text = "Acme Corp. released its results on Friday. It said profits had doubled."
    assert speaker_of(nlp, text, "It") == "Acme Corp."


def test_they_after_a_party_is_the_party(nlp):
    text = "The Green Party held a meeting in Leeds. They said the vote had been rigged."
    assert speaker_of(nlp, text, "They") == "Green Party"


def test_it_with_two_bodies_just_named_is_nobody(nlp):
    text = "Acme Corp. sued Bolt Industries on Friday. It said the patent had been copied."
    assert speaker_of(nlp, text, "It") is None


def test_the_city_is_not_the_place(nlp):
    text = (
        "The trade fair opened in Porto on Monday. Porto is a city of 200,000 people. "
        "The city said about 2 million visitors had come."
    )
    assert speaker_of(nlp, text, "The city") is None


def test_a_content_cut_at_a_bracket_takes_the_closing_bracket(nlp):
    text = (
        "The agency said too many calls are not reaching its help line (800-555-0100). "
        "Staff are being hired."
    )
    contents = [content for _, _, content in claims_of(nlp, text)]
    assert all(content.count("(") == content.count(")") for content in contents)


def test_a_content_cut_inside_a_hyphenated_word_takes_the_whole_word():
    from briefing_tui.analysis.claims.draft import Draft
    from briefing_tui.analysis.claims.find import _whole_words
    from briefing_tui.model import ClaimKind

    text = "She said the vote helps down-ballot candidates in the north."
    cut = text.index("ballot")
    draft = Draft(
        (text.index("the vote"), cut - 1), "said", None, None, None, "assertion", ClaimKind.INDIRECT
    )
    _whole_words(text, draft)
    assert text[draft.content[0] : draft.content[1]] == "the vote helps down-ballot"
    draft = Draft((cut, len(text) - 1), "said", None, None, None, "assertion", ClaimKind.INDIRECT)
    _whole_words(text, draft)
    assert text[draft.content[0] : draft.content[1]] == "down-ballot candidates in the north"


def test_the_former_governor_is_the_one_governor_named(nlp):
    text = (
        "Former Gov. Ellen Pratt campaigned in Dayton on Tuesday. "
        "The former governor told supporters that the state needed new jobs."
    )
    assert speaker_of(nlp, text, "The former governor") == "Ellen Pratt"


def test_the_governor_with_two_governors_named_is_nobody(nlp):
    text = (
        "Gov. Ellen Pratt met Gov. Tom Reyes in Dayton on Tuesday. "
        "The former governor told supporters that the state needed new jobs."
    )
    assert speaker_of(nlp, text, "The former governor") is None


def test_a_content_ending_on_a_possessive_is_cut_short(nlp):
    text = "The residents' group welcomed the council's."
    assert all(not content.endswith("'s") for _, _, content in claims_of(nlp, text))


def test_a_description_given_by_a_copula_names_the_speaker(nlp):
    text = (
        "John Bell is the Republican nominee. "
        "The Republican nominee said taxes would fall next year."
    )
    assert speaker_of(nlp, text, "The Republican nominee") == "John Bell"


def test_a_description_with_its_own_prepositional_phrase_must_match_it(nlp):
    text = (
        "Jane Roe, a lawyer for the city, filed the motion on Monday. "
        "The lawyer for the plaintiffs said the motion was late."
    )
    assert speaker_of(nlp, text, "The lawyer for the plaintiffs") is None
