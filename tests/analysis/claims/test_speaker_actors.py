"""Speakers the actors analysis missed become actors, and their claims theirs
(``claims/speaker_actors.py``, issue 16 items 9 and 3). The whole analysis runs, as the
app's does, so the claims' speakers are read after the hook. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.claims import find_claims, speaker_actors
from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Actor, Article, Briefing


def briefing(nlp, text: str) -> Briefing:
    """The analysis of ``text``."""
    return analyze_doc(nlp(text), Article(text=text))


def speaker_of(result: Briefing, words: str) -> str | None:
    """The name of the actor that speaks the claim whose content holds ``words``."""
    text = result.article.text
    names = {a.id: a.name for a in result.actors}
    claims = [c for c in result.claims if words in text[c.content.start : c.content.end]]
    assert claims, f"no claim holds {words!r}"
    return names.get(claims[0].source) if claims[0].source else None


def test_a_surname_speaker_is_the_person_named_in_full_before(nlp):
    text = (
        "A blaze broke out at the depot on Monday. Station Officer Greta Varnum spoke to "
        "reporters an hour later.\n\n"
        '"We found the rear gate open," Varnum said.\n\n'
        "Varnum said the service would send its report to the coroner."
    )
    result = briefing(nlp, text)
    assert speaker_of(result, "send its report") == "Greta Varnum"
    varnum = next(a for a in result.actors if a.name == "Greta Varnum")
    assert varnum.kind == "person"
    assert [m.text for m in varnum.mentions].count("Varnum") >= 2


def test_a_surname_two_people_share_names_no_one(nlp):
    doc = nlp(
        "Station Officer Greta Varnum and her brother Tomas Varnum visited the depot. "
        "Varnum said the service would send its report to the coroner."
    )
    alone = next(t for t in doc if t.text == "Varnum" and t.dep_ == "nsubj")
    assert speaker_actors._person_words(doc, [alone]) is None
    first = next(t for t in doc if t.text == "Varnum")
    assert speaker_actors._person_words(doc, [first]) is None


def test_a_body_named_by_its_head_word_speaks(nlp):
    text = (
        "Rents in Port Orla rose by a fifth last year, the most in the country.\n\n"
        "The Port Orla Renters' Union, which gathered signatures in support of the bill, "
        "said the vote was a long overdue relief for renters."
    )
    result = briefing(nlp, text)
    union = [a for a in result.actors if a.name.endswith("Union")]
    assert union and union[0].kind == "organisation"
    assert speaker_of(result, "a long overdue relief") == union[0].name


def test_a_bare_spokeswoman_speaks_for_the_body_just_quoted(nlp):
    text = (
        "The Water Safety Board said it had received no reports of illness linked to "
        'the syrup, though a spokeswoman said that "cannot be excluded yet" '
        "because symptoms could take days to appear."
    )
    result = briefing(nlp, text)
    assert speaker_of(result, "cannot be excluded") == "Water Safety Board"


def test_a_spokeswoman_speaking_anonymously_stays_unnamed(nlp):
    text = (
        "The Water Safety Board said it had received no reports of illness. A "
        "spokeswoman, who spoke on condition of anonymity, said that inspectors had found "
        "mould in the plant."
    )
    result = briefing(nlp, text)
    assert speaker_of(result, "inspectors had found mould") is None


def test_a_place_in_a_locative_phrase_on_the_source_is_not_the_speaker(nlp):
    text = (
        "Voters in Quessby went to the polls on Sunday. The EU delegation in Quessby said "
        "it was watching the recount."
    )
    result = briefing(nlp, text)
    assert speaker_of(result, "watching the recount") != "Quessby"


def test_a_hospital_spokesman_speaks_for_the_one_hospital_named(nlp):
    text = (
        "Seven workers were injured in the blast at the plant. Three of them "
        "were still in intensive care at St Elwen's Hospital, a hospital spokesman said."
    )
    result = briefing(nlp, text)
    assert speaker_of(result, "still in intensive care") == "St Elwen's Hospital"


def test_she_after_a_speaker_made_actor_is_that_speaker(nlp):
    # the component alone, over claims found with no actors at all
    doc = nlp(
        "A blaze broke out at the depot on Monday. Station Officer Greta Varnum spoke to "
        "reporters an hour later. She said the alarm had "
        "sounded twice before midnight.\n\n"
        '"We found the rear gate open," Varnum said.'
    )
    actors: list[Actor] = []
    claims = find_claims(doc, actors)
    speaker_actors.adopt_speakers(doc, actors, claims)
    names = {a.id: a.name for a in actors}
    assert {c.source_text: names.get(c.source) for c in claims} == {
        "She": "Greta Varnum",
        "Varnum": "Greta Varnum",
    }


def test_officials_by_a_lands_adjective_speak_for_that_land(nlp):
    text = (
        "Norvelia and Karsk signed a truce on Friday after two years of fighting over the "
        "valley. Norvelian officials said the border crossings would reopen next week."
    )
    result = briefing(nlp, text)
    assert speaker_of(result, "border crossings would reopen") == "Norvelia"


def test_a_court_official_speaks_for_the_one_court_named(nlp):
    text = (
        "The two captains will appear before the Quessby District Court on Friday. "
        "The hearing will open with the charges, according to a court official."
    )
    result = briefing(nlp, text)
    assert speaker_of(result, "The hearing will open") == "Quessby District Court"
