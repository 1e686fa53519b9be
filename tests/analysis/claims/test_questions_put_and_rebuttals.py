"""Claims (issue 16, session 8): a question put to the speaker is never her answer, a
second "and said" after a reported clause is the reporter's, and an answer to a thing
("disputes the findings") is no claim without a clause (session 17: a denial that points
back at words just reported, "rejected that account", is one: test_denials.py)."""

from __future__ import annotations

import re

from briefing_tui.analysis.claims import find_claims
from briefing_tui.model import Actor, Claim, Mention


def _claims(nlp, text: str, names: dict[str, str] | None = None) -> tuple[list[Claim], dict]:
    actors = []
    for n, (pattern, kind) in enumerate((names or {}).items(), start=1):
        mentions = [Mention(m.start(), m.end(), m.group()) for m in re.finditer(pattern, text)]
        actors.append(Actor(id=f"a{n}", name=pattern, kind=kind, mentions=mentions))  # type: ignore[arg-type]
    return find_claims(nlp(text), actors), {a.id: a.name for a in actors}


def _contents(text: str, claims: list[Claim]) -> list[str]:
    return [text[c.content.start : c.content.end] for c in claims]


def test_the_question_put_before_an_inserted_cue_is_not_the_answer(nlp) -> None:
    text = (
        "Ames said she plans to spend the summer coaching. Asked whether she would come "
        'back next year to defend her medal, she said, "I am not going anywhere."'
    )
    claims, _ = _claims(nlp, text, {"Ames": "person"})
    contents = _contents(text, claims)
    assert not any("Asked" in c or "next year" in c for c in contents)
    assert '"I am not going anywhere."' in contents


def test_when_asked_names_no_asker(nlp) -> None:
    text = (
        "The plant has cut two shifts.\n\n"
        "When asked whether the plant would shut down, Hollis said it would stay open.\n"
    )
    claims, names = _claims(nlp, text, {"Hollis": "person"})
    assert all(c.cue.lower() != "asked" for c in claims)
    assert _contents(text, claims) == ["it would stay open"]
    assert names[claims[0].source] == "Hollis"


def test_and_said_after_a_past_perfect_clause_is_the_reporters(nlp) -> None:
    text = (
        "Port officials denied that any cargo had been lost and said the storm had "
        "delayed two ships.\n"
    )
    claims, _ = _claims(nlp, text)
    contents = _contents(text, claims)
    assert "the storm had delayed two ships" in contents
    said = [c for c in claims if c.cue == "said"]
    assert said and said[0].source_text is not None and "officials" in said[0].source_text


def test_and_urged_after_a_reported_clause_still_names_no_one(nlp) -> None:
    text = "Hale said Ruiz had lied and urged voters to stay home.\n"
    claims, _ = _claims(nlp, text)
    assert all(c.cue != "urged" for c in claims)


def test_answering_a_thing_without_a_clause_is_no_claim(nlp) -> None:
    text = (
        "The watchdog published its report on Monday. The firm disputes the findings. "
        "The mayor defended the decision.\n"
    )
    claims, _ = _claims(nlp, text)
    assert [c.cue for c in claims] == []


def test_answering_with_a_clause_stays_a_claim(nlp) -> None:
    text = (
        "The firm disputed that its batteries were faulty. The mayor rejected the claim "
        "that the bridge was unsafe. The minister dismissed the report as a smear. "
        "The company denied the report that it would cut jobs.\n"
    )
    claims, _ = _claims(nlp, text)
    assert _contents(text, claims) == [
        "its batteries were faulty",
        "the claim that the bridge was unsafe",
        "the report as a smear",
        "the report that it would cut jobs",
    ]


def test_a_subordinate_that_clause_is_no_inserted_cue(nlp) -> None:
    text = (
        "A judge ruled on Monday that the board broke the law. The ruling does not settle "
        "whether the permit should be granted, only that the board must decide.\n"
    )
    claims, _ = _claims(nlp, text)
    contents = _contents(text, claims)
    assert not any(c.startswith("The ruling") for c in contents)


def test_a_spokeswoman_is_not_the_spokesman_named_earlier(nlp) -> None:
    text = (
        "Senator Dana Whitfield spoke at the rally on Monday.\n\n"
        "The senator's spokesman, Tom Abbott, said the bill was dead.\n\n"
        "Whitfield's spokeswoman said the senator would not attend.\n"
    )
    claims, _ = _claims(
        nlp,
        text,
        {
            "Tom Abbott": "person",
            "Whitfield|The senator|the senator|Senator Dana Whitfield": "person",
        },
    )
    later = [c for c in claims if c.source_text == "Whitfield's spokeswoman"]
    # she is not Tom Abbott; she speaks for the senator, her owner (``claims/voices.py``)
    assert later and later[0].source == "a2"


def test_and_said_joined_to_a_relative_clause_names_no_speaker(nlp) -> None:
    text = (
        "Ortiz thanked the drivers who stayed on the job and said service would resume on Monday.\n"
    )
    claims, _ = _claims(nlp, text, {"Ortiz": "person"})
    assert all("drivers" not in (c.source_text or "") for c in claims)


def test_a_statement_speaks_for_the_body_that_issued_it(nlp) -> None:
    text = "The Harbor Authority issued a statement saying that it would seek an injunction.\n"
    claims, names = _claims(nlp, text, {"Harbor Authority": "organisation"})
    assert _contents(text, claims) == ["it would seek an injunction"]
    assert names.get(claims[0].source) == "Harbor Authority"


def test_a_name_inside_the_issuers_relative_clause_is_not_the_issuer(nlp) -> None:
    text = (
        "The mayor, who met Acme Shipping on Friday, issued a statement saying the port "
        "would stay open.\n"
    )
    claims, names = _claims(nlp, text, {"Acme Shipping": "organisation"})
    assert all(names.get(c.source) != "Acme Shipping" for c in claims)


def test_a_that_clause_the_parse_cut_in_two_stays_whole(nlp) -> None:
    text = (
        "Transport Secretary Ann Vale told parliament in May that delays to rail "
        'connections were "the single largest problem" for commuters.\n'
    )
    claims, _ = _claims(nlp, text)
    assert _contents(text, claims) == [
        'delays to rail connections were "the single largest problem" for commuters'
    ]


def test_the_answer_after_a_question_is_not_the_askers(nlp) -> None:
    text = (
        "Fair Closes Early\n\n"
        "The mayor spoke on Sunday.\n\n"
        'When a reporter asked about parking, Reed laughed. "We counted cars from 31 states."\n'
    )
    claims, _ = _claims(nlp, text, {"Reed": "person"})
    assert all("reporter" not in (c.source_text or "") for c in claims)


def test_a_question_quoted_after_asked_stays_the_askers(nlp) -> None:
    text = 'Fair Closes Early\n\nA reporter asked Reed: "Will you run again?" He did not answer.\n'
    claims, _ = _claims(nlp, text)
    assert [(c.source_text, c.stance) for c in claims] == [("A reporter", "question")]


def test_the_one_asked_answers_in_a_quote_without_a_cue(nlp) -> None:
    text = (
        "Fair Closes Early\n\n"
        "Fiddler June Calloway won the contest on Sunday. Asked whether she would come back "
        'next year, Calloway smiled. "I am not going anywhere."\n'
    )
    claims, names = _claims(nlp, text, {"Calloway": "person"})
    quoted = [c for c in claims if text[c.content.start :].startswith('"I am')]
    assert len(quoted) == 1 and names[quoted[0].source] == "Calloway"
    assert all("whether" not in text[c.content.start : c.content.end] for c in claims)


def test_a_second_cue_joined_to_the_reported_clause_is_not_its_content(nlp) -> None:
    text = (
        "Okoye also noted that revenue had fallen for three straight months and warned "
        "lawmakers to prepare for cuts.\n"
    )
    claims, _ = _claims(nlp, text)
    noted = [c for c in claims if c.cue == "noted"]
    assert noted
    assert text[noted[0].content.start : noted[0].content.end] == (
        "revenue had fallen for three straight months"
    )


def test_a_cue_hung_on_the_first_is_a_claim_of_its_own(nlp) -> None:
    text = (
        "Senate leader Mark Okoye criticized the plan while insisting that he would not block it.\n"
    )
    claims, _ = _claims(nlp, text)
    assert [(c.cue, text[c.content.start : c.content.end]) for c in claims] == [
        ("criticized", "the plan"),
        ("insisting", "he would not block it"),
    ]


def test_a_person_named_beside_a_bodys_title_is_the_speaker(nlp) -> None:
    text = (
        "Riverton Water Company cut supply on Monday. The company's chief executive, "
        "Daniel Hart, said the outages were caused by aging pipes.\n"
    )
    claims, names = _claims(
        nlp,
        text,
        {"Riverton Water Company|The company": "organisation", "Daniel Hart": "person"},
    )
    said = [c for c in claims if c.cue == "said"]
    assert said and names[said[0].source] == "Daniel Hart"


def test_a_place_in_a_speakers_name_phrase_does_not_speak(nlp) -> None:
    text = 'Mayor Ines Duval of Port Hood called it "a betrayal of every family here."\n'
    claims, _ = _claims(nlp, text, {"Port Hood": "place"})
    assert claims and all(c.source is None for c in claims)


def test_a_relative_clause_on_an_according_to_source_is_not_its_name(nlp) -> None:
    text = (
        "The board has not met since 2021, according to members on both sides, who "
        "blamed each other for the lapse. The state may appeal, according to Ruiz, who "
        "said Acme Corp would oppose it.\n"
    )
    claims, names = _claims(nlp, text, {"Acme Corp": "organisation"})
    according = [c for c in claims if c.cue.lower().startswith("according")]
    assert [c.source_text for c in according] == ["members on both sides", "Ruiz"]
    assert all(names.get(c.source) != "Acme Corp" for c in according)
    assert _contents(text, according)[0] == "The board has not met since 2021"


def test_confirm_or_deny_stays_one_reported_clause(nlp) -> None:
    text = (
        "A ministry spokesman said the ministry does not confirm or deny the existence "
        "of inquiries.\n"
    )
    claims, _ = _claims(nlp, text)
    assert _contents(text, claims) == [
        "the ministry does not confirm or deny the existence of inquiries"
    ]


def test_a_joined_verb_with_its_own_auxiliary_stays_in_the_reported_clause(nlp) -> None:
    text = (
        "Attorney General Dan Osei said his office was reviewing the ruling and had not "
        "decided whether to appeal.\n"
    )
    claims, _ = _claims(nlp, text)
    said = [c for c in claims if c.cue == "said"]
    assert said
    assert text[said[0].content.start : said[0].content.end].endswith("whether to appeal")


def test_a_body_of_a_country_still_speaks_for_it(nlp) -> None:
    text = (
        "The interior ministry of Kestria said on Sunday that the Tarn crossing had "
        "been closed to all traffic.\n"
    )
    claims, names = _claims(nlp, text, {"Kestria": "country"})
    assert names.get(claims[0].source) == "Kestria"


def test_a_verb_of_thought_after_a_past_perfect_clause_stays_in_it(nlp):

    text = (
        "City Attorney Samuel Reyes said his office had reviewed the measure and believed it "
        "would survive a legal challenge."
    )
    contents = [text[c.content.start : c.content.end] for c in find_claims(nlp(text), [])]
    assert any(c.endswith("would survive a legal challenge") for c in contents), contents


def test_a_finding_joined_by_but_stays_in_the_content(nlp) -> None:
    # a verb of finding or holding with a noun object only, in the clause's tense, after
    # "but": the reported position's second half, which no claim of its own would keep
    text = (
        "Inspectors Report\n\n"
        "The inspectors said the airline had maintained the aircraft properly but found "
        "gaps in its paperwork.\n"
    )
    claims, _ = _claims(nlp, text)
    assert _contents(text, claims) == [
        "the airline had maintained the aircraft properly but found gaps in its paperwork"
    ]


def test_a_but_verb_in_the_reporters_tense_stays_out_of_the_content(nlp) -> None:
    # "understand" is the tenants' present, "feared" the reporter's past: not one clause
    text = "Rents Rise\n\nAna Ruiz said tenants understand the rise but feared further increases.\n"
    claims, _ = _claims(nlp, text)
    assert all("feared" not in c for c in _contents(text, claims))
