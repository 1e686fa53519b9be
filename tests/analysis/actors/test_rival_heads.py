"""A bare "the NOUN" when two organisations' names are headed by that noun: neither's
mention (precision first; invented texts; ``coref.Resolver._rival_headed``)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def mentions_of(nlp, text: str) -> dict[str, list[str]]:
    doc = nlp(text)
    return {a.name: [doc.text[m.start : m.end] for m in a.mentions] for a in find_actors(doc)}


def test_the_bank_after_two_banks_is_neither(nlp):
    text = (
        "The Central Bank of Norland has fined Ostby Bank 12 million crowns for failing to "
        "check its clients, the regulator said on Tuesday.\n\n"
        "According to the Central Bank of Norland, the bank did not check about 9,000 "
        "accounts. The bank said it would appeal.\n\n"
        "Chief executive Tom Varga said the bank had spent heavily on new systems."
    )
    mentions = mentions_of(nlp, text)
    assert "the bank" not in mentions.get("Central Bank of Norland", [])
    assert "The bank" not in mentions.get("Central Bank of Norland", [])


def test_the_bank_after_one_bank_is_that_bank(nlp):
    text = (
        "The Central Bank of Norland raised its main rate on Tuesday.\n\n"
        "The bank said inflation was still too high."
    )
    assert "The bank" in mentions_of(nlp, text)["Central Bank of Norland"]
