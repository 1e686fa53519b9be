"""Rival accounts the narrator flags ("gave sharply different accounts"), or a side's
"different account" of nothing it is named in, are asked by the account told, with both
sides named; a hyphenated modifier names a thing whole."""

from __future__ import annotations

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article


def _disputes(nlp, text: str) -> list[str]:
    briefing = analyze_doc(nlp(text), Article(text=text))
    return [q.question for q in briefing.questions if q.kind == "disputed"]


_COLLISION = (
    "Ferry and tanker collide off Velna\n\n"
    "VELNA (Coast Wire) — The Liberia-flagged ferry Nordic Star and the Malta-flagged tanker "
    "Sea Wren collided near the port of Velna on Sunday, the harbour authority said.\n\n"
    "The companies that operate the two ships gave sharply different accounts of what "
    "happened. Baltora Lines, which runs the ferry, said the tanker had turned across the "
    "ferry's path without warning. Kestrel Shipping, which manages the Sea Wren, said the "
    "tanker had held its course as instructed by harbour controllers."
)


def test_flagged_rival_accounts_ask_the_first_account_with_both_sides(nlp) -> None:
    found = _disputes(nlp, _COLLISION)
    asked = [q for q in found if "turn across" in q]
    assert len(asked) == 1, found
    assert "Baltora Lines" in asked[0] and "Kestrel Shipping" in asked[0], asked


def test_a_hyphenated_modifier_names_the_thing_whole(nlp) -> None:
    asked = [q for q in _disputes(nlp, _COLLISION) if "turn across" in q]
    assert asked and "the Malta-flagged tanker" in asked[0], asked


def test_flagged_accounts_of_different_things_are_not_paired(nlp) -> None:
    text = (
        "Ferry and tanker collide off Velna\n\n"
        "The companies that operate the two ships gave sharply different accounts of what "
        "happened. Baltora Lines said the tanker had turned across the ferry's path without "
        "warning. Kestrel Shipping said its insurers would pay for repairs to the harbour wall."
    )
    assert not any("turn across" in q for q in _disputes(nlp, text))


def test_a_different_account_answers_the_account_told_before_it(nlp) -> None:
    text = (
        "Three killed in textile plant fire\n\n"
        "Three workers died in a fire at the Orvane textile plant on Monday. Peter Lask, the "
        "plant's owner, told reporters that the night shift had unlocked all the emergency "
        "exits.\n\n"
        "Ana Brill, the city's fire chief, gave a different account at a briefing. Brill said "
        "firefighters had found one exit chained shut."
    )
    found = _disputes(nlp, text)
    asked = [q for q in found if "unlock all the emergency exits" in q]
    assert len(asked) == 1, found
    assert "Peter Lask" in asked[0] and "Brill" in asked[0], asked


def test_a_different_account_sharing_nothing_with_the_one_before_is_not_paired(nlp) -> None:
    text = (
        "Three killed in textile plant fire\n\n"
        "Three workers died in a fire at the Orvane textile plant on Monday. Peter Lask, the "
        "plant's owner, told reporters that the night shift had unlocked all the emergency "
        "exits.\n\n"
        "Ana Brill, the city's fire chief, gave a different account at a briefing. Brill said "
        "the blaze had started in a storeroom full of solvents."
    )
    assert not any("unlock" in q for q in _disputes(nlp, text))


def test_flagged_accounts_a_denial_already_asks_make_one_dispute(nlp) -> None:
    text = (
        "Prisoner swap completed in Talmont\n\n"
        "TALMONT (Coast Wire) — Korvia and Sarnet exchanged four prisoners on Sunday.\n\n"
        "The two governments gave conflicting accounts of what else had been agreed. Foreign "
        "Minister Ivo Marek of Sarnet said Korvia had agreed to release "
        "money frozen in Korvian banks.\n\n"
        'Korvia flatly denied that. "No money has changed hands," Korvian government '
        "spokeswoman Lena Rask told reporters."
    )
    found = [q for q in _disputes(nlp, text) if "release money" in q]
    assert len(found) == 1, found
