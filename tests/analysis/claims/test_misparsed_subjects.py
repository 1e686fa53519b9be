"""Cue verbs whose subject the parse put elsewhere (issue 16, item 9; ``subjects.py``):
the speaker comes from the word order and the verb's form. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims
from briefing_tui.model import Actor, Mention


def claims_by_content(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Content text -> (source text, actor name) of each claim."""
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    return {
        text[c.content.start : c.content.end]: (
            c.source_text,
            names.get(c.source) if c.source else None,
        )
        for c in find_claims(doc, actors)
    }


def test_a_noun_after_and_before_a_cue_is_its_speaker(nlp):
    text = (
        "The vote drew fire on Friday: Republicans said they were convinced the board "
        "mishandled the inquiry and Democrats accused the GOP of stoking the issue for "
        "political gain."
    )
    found = claims_by_content(nlp, text)
    source = next(v for k, v in found.items() if k.startswith("the GOP of stoking"))
    assert source[0] == "Democrats"


def test_the_object_of_despite_says_what_its_participle_says(nlp):
    text = (
        "Lopez and Hale remain confident despite a few early backers of the plan, such as "
        "Senator Ann Wills, now saying they think it should be changed."
    )
    found = claims_by_content(nlp, text)
    source_text, _actor = found["they think it should be changed"]
    assert source_text is not None and "backers" in source_text
    assert "Lopez" not in source_text


def test_a_plural_cue_joined_to_a_singular_clause_is_the_reporters(nlp):
    text = (
        "The Grange Society rejects the charges. They also claimed Ruiz was a volunteer "
        "and claim she has a motive for telling her story."
    )
    found = claims_by_content(nlp, text)
    source = next(v for k, v in found.items() if k.startswith("she has a motive"))
    assert source[0] == "They"


def test_a_bare_verb_sharing_a_modal_keeps_the_clause_subject(nlp):
    text = "Tom Hale said he would leave the party and claim the vote was rigged."
    found = claims_by_content(nlp, text)
    source = next((v for k, v in found.items() if k.startswith("the vote")), None)
    assert source is None or source[0] != "Tom Hale"


def test_a_body_may_name_itself_by_description_in_what_it_says(nlp):
    text = (
        "The Grange Society rejects the charges. They said the society had always paid its workers."
    )
    found = claims_by_content(nlp, text)
    assert found["the society had always paid its workers"] == ("They", "Grange Society")


def test_according_to_a_source_quoting_another_keeps_the_first_source(nlp):
    text = (
        "According to the Daily Courier, quoting the state health agency, "
        "the outbreak has spread to four towns."
    )
    found = claims_by_content(nlp, text)
    assert found == {
        "the outbreak has spread to four towns": ("the Daily Courier", "Daily Courier")
    }


def test_a_side_clause_on_the_speaker_is_not_part_of_the_speaker(nlp):
    text = (
        "Governor Ellen Pratt, who said on Monday that the budget was balanced, added that "
        "schools would get more money."
    )
    found = claims_by_content(nlp, text)
    assert found["schools would get more money"] == ("Governor Ellen Pratt", "Ellen Pratt")
    assert found["the budget was balanced"][1] == "Ellen Pratt"


def test_a_place_in_a_side_clause_on_the_speaker_does_not_speak(nlp):
    text = 'The mayor, who was in Oslo, replied on Monday, saying, "We will not close it."'
    found = claims_by_content(nlp, text)
    assert found['"We will not close it."'] == ("The mayor", None)


def test_a_place_before_a_name_the_actors_missed_does_not_speak(nlp):
    text = (
        "Many leaders share these fears, but the Central and East Baltic Coalition, which "
        "represents two million voters, wants to keep its neutral policy."
    )
    place = Actor(
        id="a1",
        name="Baltic",
        kind="place",
        mentions=[Mention(text.index("Baltic"), text.index("Baltic") + 6, "Baltic")],
    )
    claims = find_claims(nlp(text), [place])
    assert [c.source for c in claims] == [None]
