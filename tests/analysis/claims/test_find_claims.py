"""Claims: one small invented text per attribution pattern."""

from __future__ import annotations

import re

import pytest

from briefing_tui.analysis.claims import find_claims
from briefing_tui.model import Actor, Claim, Mention


def _actors(text: str, names: dict[str, str]) -> list[Actor]:
    """Actors built by hand: each name (regex) -> kind, every occurrence a mention."""
    actors = []
    for n, (pattern, kind) in enumerate(names.items(), start=1):
        mentions = [Mention(m.start(), m.end(), m.group()) for m in re.finditer(pattern, text)]
        actors.append(Actor(id=f"a{n}", name=pattern, kind=kind, mentions=mentions))  # type: ignore[arg-type]
    return actors


def _claims(nlp, text: str, names: dict[str, str] | None = None) -> tuple[list[Claim], dict]:
    doc = nlp(text)
    actors = _actors(text, names or {})
    by_id = {a.id: a.name for a in actors}
    return find_claims(doc, actors), by_id


def _resolved_claims(nlp, text: str) -> tuple[list[Claim], dict]:
    """Claims over the actors the actors analysis finds, pronouns resolved as it resolves
    them (a pronoun source names only the actor its mention was put on)."""
    from briefing_tui.analysis.actors import find_actors

    doc = nlp(text)
    actors = find_actors(doc)
    return find_claims(doc, actors), {a.id: a.name for a in actors}


def _content(text: str, claim: Claim) -> str:
    return text[claim.content.start : claim.content.end]


def test_source_cue_that_content(nlp) -> None:
    text = "Mayor Lena Ortiz said on Monday that the new bridge would open in the spring."
    claims, names = _claims(nlp, text, {"Lena Ortiz": "person"})
    assert len(claims) == 1
    claim = claims[0]
    assert _content(text, claim) == "the new bridge would open in the spring"
    assert names[claim.source] == "Lena Ortiz"
    assert claim.cue == "said" and claim.kind == "indirect" and claim.stance == "assertion"
    assert text[claim.source_span.start : claim.source_span.end] == "Mayor Lena Ortiz"


def test_content_then_source_cue(nlp) -> None:
    text = "The harbour will stay closed until Friday, the port authority said."
    claims, _ = _claims(nlp, text)
    assert len(claims) == 1
    assert _content(text, claims[0]) == "The harbour will stay closed until Friday"
    assert claims[0].source_text == "the port authority"


def test_content_then_cue_source(nlp) -> None:
    text = "The harbour will stay closed until Friday, said Tomas Berg, the port director."
    claims, names = _claims(nlp, text, {"Tomas Berg": "person"})
    assert len(claims) == 1
    assert _content(text, claims[0]) == "The harbour will stay closed until Friday"
    assert names[claims[0].source] == "Tomas Berg"


def test_according_to(nlp) -> None:
    text = "According to the weather service, the storm will reach the coast by midnight."
    claims, _ = _claims(nlp, text)
    assert len(claims) == 1
    assert claims[0].kind == "according_to"
    assert claims[0].source_text == "the weather service"
    assert _content(text, claims[0]) == "the storm will reach the coast by midnight"


def test_impersonal_passive_has_no_source(nlp) -> None:
    text = "It was reported that the factory had stopped production."
    claims, _ = _claims(nlp, text)
    assert len(claims) == 1
    assert claims[0].source is None and claims[0].source_span is None
    assert _content(text, claims[0]) == "the factory had stopped production"


def test_nominal_source(nlp) -> None:
    text = "The ministry's statement said the talks had made real progress."
    claims, _ = _claims(nlp, text)
    assert len(claims) == 1
    assert claims[0].source_text == "The ministry's statement"


def test_pronoun_source_takes_the_previous_speaker(nlp) -> None:
    text = (
        "Anna Weiss said the clinic would hire ten nurses. "
        "She also said the waiting list had doubled since March."
    )
    claims, names = _resolved_claims(nlp, text)  # "She" as the actors analysis resolves it
    assert len(claims) == 2
    assert claims[1].source_text == "She"
    assert names[claims[1].source] == "Anna Weiss"


def test_direct_quote_with_curly_marks(nlp) -> None:
    text = "“We have never seen water this high in the valley,” Karl Dietz said."
    claims, names = _claims(nlp, text, {"Karl Dietz": "person"})
    assert len(claims) == 1
    assert claims[0].kind == "direct"
    # a direct quote's content is the quotation as printed, its marks included
    assert _content(text, claims[0]) == "“We have never seen water this high in the valley,”"
    assert names[claims[0].source] == "Karl Dietz"


def test_direct_quote_with_straight_marks_after_colon(nlp) -> None:
    text = 'The coach told the players: "You will train every morning until the final."'
    claims, _ = _claims(nlp, text)
    assert len(claims) == 1
    assert claims[0].kind == "direct"
    assert _content(text, claims[0]) == '"You will train every morning until the final."'


def test_split_quote_is_one_claim_of_its_parts_with_the_speaker(nlp) -> None:
    text = (
        "“The museum will reopen in May,” the director, Ines Moreau, said. "
        "“Every room has been repainted and the roof is finally fixed.”"
    )
    claims, names = _claims(nlp, text, {"Ines Moreau": "person"})
    assert len(claims) == 1
    claim = claims[0]
    assert _content(text, claim) == text
    assert [text[p.start : p.end] for p in claim.content_parts] == [
        "“The museum will reopen in May,”",
        "“Every room has been repainted and the roof is finally fixed.”",
    ]
    assert names[claim.source] == "Ines Moreau"
    assert claim.kind == "direct"


def test_quote_over_two_paragraphs_keeps_its_speaker(nlp) -> None:
    text = (
        "Paul Okafor said the budget was too small.\n"
        "“We asked for twice as much money and we were refused every time.\n"
        "“Now the schools will have to close their libraries,” he added."
    )
    claims, names = _resolved_claims(nlp, text)
    contents = [_content(text, c) for c in claims]
    assert "We asked for twice as much money and we were refused every time" in contents
    for claim in claims:
        assert names.get(claim.source) == "Paul Okafor"


def test_unbalanced_quote_does_not_crash_or_run_away(nlp) -> None:
    text = (
        'The inspector said the wall was 2" thick in places. \n'
        "Workers left the site early. The report was published on Tuesday."
    )
    claims, _ = _claims(nlp, text)
    for claim in claims:
        assert "\n" not in _content(text, claim)


def test_scare_quotes_are_not_claims(nlp) -> None:
    text = "The so-called “reform” left many towns without a bus service."
    claims, _ = _claims(nlp, text)
    assert claims == []


def test_mixed_quote(nlp) -> None:
    text = "The senator said the plan was “a gift to the banks” and would fail."
    claims, _ = _claims(nlp, text)
    assert len(claims) == 1
    assert claims[0].kind == "mixed"


def test_headline_attribution(nlp) -> None:
    text = "Drought is ‘gravest’ danger to the wheat harvest, says farm minister\n"
    claims, _ = _claims(nlp, text)
    assert len(claims) == 1
    assert claims[0].source_text == "farm minister"
    assert _content(text, claims[0]) == "Drought is ‘gravest’ danger to the wheat harvest"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The company denied that it had hidden the losses.", "denial"),
        ("The minister warned that prices would rise again.", "warning"),
        ("The council plans to build two new schools.", "intention"),
        ("The union accused the owners of breaking the agreement.", "accusation"),
        ("The governor pledged to cut the fees next year.", "pledge"),
        ("Most farmers believe the rain will come late.", "belief"),
    ],
)
def test_stance_comes_from_the_cue(nlp, text: str, stance: str) -> None:
    claims, _ = _claims(nlp, text)
    assert [c.stance for c in claims] == [stance]


def test_speaker_label_line(nlp) -> None:
    text = "HOST: Welcome back, the vote is tonight and nobody knows the result.\n"
    claims, _ = _claims(nlp, text)
    assert len(claims) == 1
    assert claims[0].source_text == "HOST"


def test_claims_are_in_document_order(nlp) -> None:
    text = (
        "The river rose overnight, the police said. "
        "Residents said they had not been warned. "
        "“We lost everything,” one farmer said."
    )
    claims, _ = _claims(nlp, text)
    starts = [c.content.start for c in claims]
    assert starts == sorted(starts) and len(claims) == 3
    assert [c.id for c in claims] == ["c1", "c2", "c3"]


def test_split_quote_inside_one_sentence(nlp) -> None:
    text = '"The new line," the engineer said, "will carry twice as many trains as the old one."'
    claims, _ = _claims(nlp, text)
    assert len(claims) == 1
    assert claims[0].kind == "direct" and claims[0].source_text == "the engineer"
    # one claim: the three words before the cue are part of it, the cue is not
    assert claims[0].words(text) == (
        '"The new line," … "will carry twice as many trains as the old one."'
    )


def test_question_quote_with_cue_in_next_sentence(nlp) -> None:
    text = "“Who will pay for the new stadium now?” Maria Lund asked. The council did not answer."
    claims, names = _claims(nlp, text, {"Maria Lund": "person"})
    assert len(claims) == 1
    assert names[claims[0].source] == "Maria Lund"
    assert claims[0].stance == "question"


def test_noun_cue_with_possessor(nlp) -> None:
    text = "The mayor's claim that the tunnel was safe was false."
    claims, _ = _claims(nlp, text)
    assert len(claims) == 1
    assert claims[0].source_text == "The mayor's" or claims[0].source_text == "The mayor"
    assert _content(text, claims[0]) == "the tunnel was safe"


def test_object_content_keeps_its_reason(nlp) -> None:
    text = "The union blamed the managers for the long delays at the depot."
    claims, _ = _claims(nlp, text)
    assert len(claims) == 1
    assert _content(text, claims[0]) == "the managers for the long delays at the depot"


def test_reported_content_stops_at_semicolon(nlp) -> None:
    text = "The owners said the shop would stay open; the workers were not convinced."
    claims, _ = _claims(nlp, text)
    assert [_content(text, c) for c in claims] == ["the shop would stay open"]


def test_editorial_labels_are_not_speakers(nlp) -> None:
    text = "Update: The road has reopened after the flood waters went down.\n"
    claims, _ = _claims(nlp, text)
    assert claims == []


def test_cue_then_colon_then_unquoted_statement(nlp) -> None:
    text = "The chairman added: the new rules will apply to every member from next year.\nNo vote."
    claims, _ = _claims(nlp, text)
    assert len(claims) == 1
    assert _content(text, claims[0]) == "the new rules will apply to every member from next year"


def test_quote_opened_mid_paragraph_runs_on_to_the_next(nlp) -> None:
    text = (
        "The nurses' union spoke out, with Dana Cole stating: \"Wards are short of staff every "
        "single night and patients wait for hours.\n"
        '"Nobody can keep working like this for much longer."\n'
    )
    claims, names = _claims(nlp, text, {"Dana Cole": "person"})
    contents = [_content(text, c) for c in claims]
    assert any(c.startswith("Wards are short of staff") for c in contents)
    assert '"Nobody can keep working like this for much longer."' in contents
    assert all(names.get(c.source) == "Dana Cole" for c in claims)


def test_quote_after_colon_is_its_own_claim(nlp) -> None:
    text = (
        'The director told reporters any change "must be done slowly": '
        '"We cannot rebuild the whole system in a single year."'
    )
    claims, _ = _claims(nlp, text)
    contents = [_content(text, c) for c in claims]
    assert '"We cannot rebuild the whole system in a single year."' in contents
    assert len(claims) == 2


def test_transcript_turn_runs_to_the_next_label(nlp) -> None:
    text = (
        "HOST: Will the factory reopen before the winter starts?\n\n"
        "MAYOR: We are talking to two buyers this week.\n\n"
        "Both of them want to keep the workers on.\n\n"
        "HOST: Thank you for joining us on the programme today.\n"
    )
    claims, _ = _claims(nlp, text)
    mayor = [c for c in claims if c.source_text == "MAYOR"]
    assert len(mayor) == 1
    assert _content(text, mayor[0]).endswith("want to keep the workers on")


def test_statement_noun_after_cue_verb(nlp) -> None:
    text = "Ana Ruiz told the paper in a statement that the museum would close early."
    claims, names = _claims(nlp, text, {"Ana Ruiz": "person"})
    assert [_content(text, c) for c in claims] == ["the museum would close early"]
    assert names[claims[0].source] == "Ana Ruiz"
