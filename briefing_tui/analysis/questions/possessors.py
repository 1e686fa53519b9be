"""Naming a possessive pronoun by the speaker whose reported words hold it.

"The union said its members would strike" asks, turned round, "Would its
members strike?", which needs the article. The owner of "its" there is the
body that says it (the subject of the reporting verb); where that body is one the
actors analysis names ("the union" for "the Harbour Workers' Union"), the
question says the name. "Lundia's prime minister said his government would sue"
asks about the government of the speaker's country: "his government" is
"Lundia's government". Anything less certain (no reporting verb, no named body,
no country said with the office) leaves the pronoun as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.cues import lemma_set

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

#: What a person in office calls the state they speak for ("his government").
_STATE_NOUNS = frozenset({"government", "country", "administration"})
#: Offices only a state has, whose owner is a country whatever the model took it for.
_STATE_OFFICES = frozenset({"minister", "president", "premier", "chancellor"})


def reporting_subject(possessive: Token) -> Token | None:
    """The subject of the reporting verb whose reported clause has ``possessive``'s noun as
    its subject ("The union said its members would ...": "union"), or None."""
    owned = possessive.head
    if owned.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = owned.head
    if verb.dep_ != "ccomp":
        return None
    said = verb.head
    if said.lemma_.lower() not in lemma_set("reporting"):
        return None
    # the nearest subject: a dateline ("CASTROW — The union said ...") may be taken for one
    subjects = [c for c in said.children if c.dep_ == "nsubj" and c.i < said.i]
    speaker = subjects[-1] if subjects else None
    if speaker is None or speaker.pos_ not in {"NOUN", "PROPN"}:
        return None
    return speaker


def body_of_its(its: Token, name_of: Callable[[Token], str | None]) -> str | None:
    """The name of the body whose reported words hold ``its`` ("the union" the actors
    analysis names), or None when the speaker is no singular body noun or has no name."""
    if its.lower_ != "its" or its.dep_ != "poss":
        return None
    speaker = reporting_subject(its)
    if speaker is None or speaker.pos_ != "NOUN" or speaker.tag_ != "NN":
        return None
    if speaker.lemma_.lower() not in lemma_set("body_nouns"):
        return None
    return name_of(speaker)


def _country_of(office: Token) -> str | None:
    """The country said as an office's owner ("Lundia's prime minister": "Lundia")."""
    owners = [c for c in office.children if c.dep_ == "poss"]
    if len(owners) != 1 or owners[0].pos_ != "PROPN":
        return None
    owner = owners[0]
    # the model may take a country it does not know for a body ("Lundia's prime minister"):
    # a state's office says it is one
    state_office = office.lemma_.lower() in _STATE_OFFICES and owner.ent_type_ in {"ORG", ""}
    if owner.ent_type_ != "GPE" and not state_office:
        return None
    words = [t for t in owner.subtree if t.dep_ != "case"]
    return " ".join(t.text for t in words)


def speakers_country(possessive: Token) -> str | None:
    """The speaker's country for "his government" or "her country" in reported words
    ("Lundia's prime minister said his government would sue": "Lundia"), or None."""
    if possessive.lower_ not in {"his", "her"} or possessive.dep_ != "poss":
        return None
    if possessive.head.lemma_.lower() not in _STATE_NOUNS:
        return None
    speaker = reporting_subject(possessive)
    if speaker is None:
        return None
    offices = [speaker, *(c for c in speaker.children if c.dep_ == "appos")]
    countries = {country for office in offices if (country := _country_of(office))}
    if len(countries) != 1:
        return None
    return next(iter(countries))
