"""A quote its cue interrupts is one claim of its parts (``claims/joined.py``), and so is
a reported clause its cue interrupts (``claims/inserted.py``): the content runs over
the cue, its parts leave the cue out."""

from __future__ import annotations

import re

from briefing_tui.analysis.claims import find_claims
from briefing_tui.model import Actor, Claim, Mention


def _claims(nlp, text: str, *names: str) -> list[Claim]:
    actors = [
        Actor(
            f"a{n}",
            name,
            "person",
            [Mention(m.start(), m.end(), name) for m in re.finditer(name, text)],
        )  # type: ignore[arg-type]
        for n, name in enumerate(names, start=1)
    ]
    return find_claims(nlp(text), actors)


def _parts(text: str, claim: Claim) -> list[str]:
    return [text[p.start : p.end] for p in claim.parts]


def test_a_quote_split_mid_sentence_by_its_cue_is_one_claim(nlp) -> None:
    text = '"We will win this seat," Tom Hale said, "and we will win it by a wide margin."'
    (claim,) = _claims(nlp, text, "Tom Hale")
    assert claim.source == "a1" and claim.kind == "direct"
    assert _parts(text, claim) == [
        '"We will win this seat,"',
        '"and we will win it by a wide margin."',
    ]
    assert (claim.content.start, claim.content.end) == (0, len(text))


def test_a_short_first_part_is_kept_in_the_claim(nlp) -> None:
    text = '"No," Ann Lee said, "the council never voted on the harbour plan."'
    (claim,) = _claims(nlp, text, "Ann Lee")
    assert claim.words(text) == '"No," … "the council never voted on the harbour plan."'


def test_a_quote_going_on_after_its_cue_sentence_is_one_claim(nlp) -> None:
    text = (
        "Workers gathered at the gate.\n"
        '"This is not a fair offer," said Nina Berg, a nurse at the clinic. '
        '"We will strike until the board listens to us."\n'
    )
    (claim,) = _claims(nlp, text, "Nina Berg")
    assert _parts(text, claim) == [
        '"This is not a fair offer,"',
        '"We will strike until the board listens to us."',
    ]
    assert "said Nina Berg" not in claim.words(text)


def test_a_second_sentence_between_the_parts_keeps_them_apart(nlp) -> None:
    text = (
        '"This is not a fair offer," Nina Berg said. She then left the hall in anger. '
        '"We will strike until the board listens to us."'
    )
    claims = _claims(nlp, text, "Nina Berg")
    assert all(len(c.parts) == 1 for c in claims)
    assert len(claims) == 2


def test_a_part_with_its_own_cue_is_a_claim_of_its_own(nlp) -> None:
    text = (
        '"The harbour will reopen in the spring," Ann Lee said. '
        '"The ferry will take longer to return," she added.'
    )
    claims = _claims(nlp, text, "Ann Lee")
    assert len(claims) == 2
    assert all(len(c.parts) == 1 for c in claims)


def test_a_quote_in_the_next_paragraph_is_a_claim_of_its_own(nlp) -> None:
    text = (
        '"The harbour will reopen in the spring," Ann Lee said.\n\n'
        '"The ferry will take longer to return to its old timetable."\n'
    )
    claims = _claims(nlp, text, "Ann Lee")
    assert len(claims) == 2
    assert all(c.source == "a1" and len(c.parts) == 1 for c in claims)


def test_a_clause_its_cue_interrupts_leaves_the_cue_out_of_its_parts(nlp) -> None:
    text = "The new bridge, the mayor said, would open to traffic in May."
    (claim,) = _claims(nlp, text)
    assert claim.words(text) == "The new bridge … would open to traffic in May"
    assert text[claim.content.start : claim.content.end] == (
        "The new bridge, the mayor said, would open to traffic in May"
    )


def test_a_condition_before_an_inserted_cue_leaves_the_cue_out_of_its_parts(nlp) -> None:
    text = (
        "Colonel Ann Vale leads the unit.\n\n"
        "If the wind does not ease, Vale said, the fire could reach the town by Monday.\n"
    )
    (claim,) = _claims(nlp, text, "Vale")
    assert (
        claim.words(text) == "If the wind does not ease … the fire could reach the town by Monday"
    )
    assert "Vale said" not in claim.words(text)


def test_a_quote_after_a_semicolon_is_a_second_statement(nlp) -> None:
    text = (
        '"The port will stay closed this week," the agency said; and, later, '
        '"Ships will be sent to the northern harbour until the storm ends."'
    )
    claims = _claims(nlp, text)
    assert all(len(c.parts) == 1 for c in claims)


def test_a_quote_going_on_from_a_paraphrase_over_its_cue_is_one_claim(nlp) -> None:
    text = (
        "Clinics are struggling.\n"
        'The new rules are "not meeting the need," says Ana Ruiz, who runs a clinic. '
        '"We see more patients every week and we turn many of them away."\n'
    )
    (claim,) = _claims(nlp, text, "Ana Ruiz")
    assert claim.kind == "mixed" and claim.source == "a1"
    assert claim.words(text) == (
        'The new rules are "not meeting the need," … '
        '"We see more patients every week and we turn many of them away."'
    )


# A quote too short to be a claim on its own that closes its paragraph after the
# speaker's quote is the last part of that claim (``direct.short_continuations``);
# elsewhere a word or two in quotes stays no claim.


def test_a_short_closing_quote_after_an_inverted_cue_is_the_claims_last_part(nlp) -> None:
    text = (
        "The council cut the fishing quota on Monday.\n\n"
        '"Nobody listened to us at all," said Ana Ruiz, a local fisher. "Nobody ever does."'
    )
    (claim,) = _claims(nlp, text, "Ana Ruiz")
    assert claim.source == "a1"
    assert _parts(text, claim) == ['"Nobody listened to us at all,"', '"Nobody ever does."']


def test_a_short_closing_quote_after_a_question_is_the_claims_last_part(nlp) -> None:
    text = '"Does anybody know what the plan for the harbour is?" Mara Voss asked. "Neither do I."'
    (claim,) = _claims(nlp, text, "Mara Voss")
    assert _parts(text, claim)[-1] == '"Neither do I."'


def test_a_short_quote_in_another_paragraph_stays_no_claim(nlp) -> None:
    text = '"Nobody listened to us at all," said Ana Ruiz, a local fisher.\n\n"Never again."'
    (claim,) = _claims(nlp, text, "Ana Ruiz")
    assert _parts(text, claim) == ['"Nobody listened to us at all,"']


def test_a_word_or_two_in_quotes_mid_paragraph_stays_no_claim(nlp) -> None:
    text = (
        '"The quota will ruin the harbour," said Ana Ruiz. She left the "emergency" meeting early.'
    )
    claims = _claims(nlp, text, "Ana Ruiz")
    assert all("emergency" not in text[c.content.start : c.content.end] for c in claims)
