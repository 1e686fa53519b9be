"""Issue 16, round two of session 10: speakers the text names ("The 52-year-old" past a
quote, "It" after "it said", not a body in a clause on the description, never the
organisation a regulator oversees) and second halves of one statement kept. Every text
is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims
from briefing_tui.analysis.claims.sources import ActorIndex, source_actor
from briefing_tui.model import Actor, ActorKind, Mention


def found(nlp, text: str) -> list[tuple[str | None, str]]:
    """(speaker's actor name or None, content text) of each claim, in order."""
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    return [
        (names.get(c.source), text[c.content.start : c.content.end])
        for c in find_claims(doc, actors)
    ]


def test_an_age_description_after_a_quoted_paragraph_is_the_speaker_before_it(nlp):
    text = (
        "Tomas Ekberg, the chief executive of Norrby Mining, said the company would appeal.\n\n"
        '"If the court upholds the ruling, we would lose two years of work."\n\n'
        "The 47-year-old, a former geologist who has led the firm since 2019, said it had "
        "already spent 90 million crowns on the site."
    )
    assert found(nlp, text)[-1][0] == "Tomas Ekberg"


def test_an_age_description_is_not_the_body_in_its_relative_clause(nlp):
    text = (
        "Dr. Lena Holm, the union's chairwoman, said the ministry was wrong. The 58-year-old, "
        "who ran the emergency ward at Kelby General Hospital for a decade, said three wards "
        "had already closed."
    )
    assert found(nlp, text)[-1][0] == "Lena Holm"


def test_it_after_it_said_is_the_same_body(nlp):
    text = (
        "The Harbour Safety Board disputed the figures. In a statement released on Monday, "
        "it said the cranes were safe and that only two had failed. It said the union had "
        "counted every delay as a failure."
    )
    assert found(nlp, text)[-1] == (
        "Harbour Safety Board",
        "the union had counted every delay as a failure",
    )


def test_it_after_it_said_with_another_body_named_between_is_nobody(nlp):
    text = (
        "The Harbour Safety Board disputed the figures. In a statement released on Monday, "
        "it said the cranes were safe and that the Dock Workers Union had erred. It said the "
        "union had counted every delay as a failure."
    )
    assert found(nlp, text)[-1][0] is None


def test_a_regulator_is_never_the_organisation_its_possessor_was_taken_for(nlp):
    text = "Velmar's competition regulator said it would open an inquiry."
    doc = nlp(text)
    union = Actor("a1", "Seafarers of Velmar", ActorKind.ORGANISATION, [Mention(0, 6, "Velmar")])
    regulator = doc[3]
    assert regulator.text == "regulator"
    span = (0, regulator.idx + len(regulator.text))
    head = (regulator.idx, regulator.idx + len(regulator.text))
    assert source_actor(doc, ActorIndex([union]), span, head) is None


def test_a_past_perfect_second_half_is_kept(nlp):
    text = (
        "The Coastal Inspectorate said it had opened an inquiry but had not confirmed any breach."
    )
    assert found(nlp, text)[-1][1] == "it had opened an inquiry but had not confirmed any breach"


def test_a_did_not_say_half_is_still_the_writers(nlp):
    text = "The ferry operator said it welcomed the ruling but did not say whether it would appeal."
    assert found(nlp, text)[-1][1] == "it welcomed the ruling"


def test_would_decide_after_a_quoted_part_is_kept(nlp):
    text = (
        "The Ministry of Transport said in a brief written statement that it was "
        '"reviewing the verdict closely" and would decide in the coming days whether to back '
        "the appeal."
    )
    assert found(nlp, text)[-1][1] == (
        'it was "reviewing the verdict closely" and would decide in the coming days '
        "whether to back the appeal"
    )


def test_would_decide_after_a_plain_clause_is_kept(nlp):
    text = (
        "The Ministry of Transport said it was reviewing the verdict closely and would decide "
        "in the coming days whether to back the appeal."
    )
    assert found(nlp, text)[-1][1].endswith("whether to back the appeal")


def test_a_second_cue_joined_by_and_stays_its_own_claim(nlp):
    text = "Mayor Ann Holt said the bridge was safe and promised to reopen it on Friday."
    assert "the bridge was safe" in [content for _speaker, content in found(nlp, text)]
