"""A quote too short to be a claim on its own that closes its paragraph after the
speaker's quote is the last part of that claim (``direct.short_continuations`` and
``joined.join_interrupted``); elsewhere a word or two in quotes stays no claim."""

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
