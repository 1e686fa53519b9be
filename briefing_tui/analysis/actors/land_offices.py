"""Offices of lands the gazetteer does not know: "Norvania's defence ministry said", "the
Norvanian foreign ministry summoned" make an organisation of their own, once the article has
shown the land is a country (``acting_lands``).

The gazetteer's countries get theirs while mentions are resolved (``coref``); an invented or
unlisted land is known to be a country only after every name is settled, so its ministries
are found here. Only an office that acts (the subject of a verb) is made an actor, and only
with its land as possessor or by its land's adjective.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.drafts import Draft
from briefing_tui.analysis.actors.land_adjectives import adjectives_of
from briefing_tui.analysis.doctext import doc_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.lexicon import Lexicon

#: Offices of a state that speak or act in its name.
STATE_OFFICES = frozenset({"ministry", "department", "embassy"})
#: Dependencies of a verb's subject.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def add_land_offices(doc: Doc, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """The drafts with an organisation added for each acting office of a one-word country
    the gazetteer does not know, one per land and office, mentions in order."""
    covered = {h for d in drafts for h in d.heads}
    lemmas = doc_words(doc).lemmas  # read once; a Token is built only for an office word
    offices = [i for i, lemma in enumerate(lemmas) if lemma in STATE_OFFICES and i not in covered]
    made: dict[str, Draft] = {}
    for land in drafts:
        if land.kind != "country" or land.key.startswith("country:"):
            continue
        words = {m.text for m in land.mentions if m.kind == "name" and " " not in m.text}
        if len(words) != 1:
            continue
        word = words.pop()
        owners = {word, *adjectives_of(word)}
        for i in offices:
            token = doc[i]
            if token.dep_ not in SUBJECTS or token.head.pos_ not in ("VERB", "AUX"):
                continue
            owner = _owner(token, owners)
            if owner is None:
                continue
            _add(doc, token, owner, land, made, lex)
    return drafts + list(made.values())


def _owner(office: Token, owners: set[str]) -> Token | None:
    """The word before ``office`` that names its land: its possessor ("Norvania's") or its
    adjective ("Norvanian")."""
    for child in office.lefts:
        if child.dep_ in ("poss", "amod", "compound", "nmod") and child.text in owners:
            return child
    return None


def _add(
    doc: Doc, office: Token, owner: Token, land: Draft, made: dict[str, Draft], lex: Lexicon
) -> None:
    """Record the office's mention, from its first word (its land's name) to the office."""
    words = [
        t.lower_
        for t in office.lefts
        if t.dep_ in ("amod", "compound") and t.i != owner.i and t.i > owner.i
    ]
    office_name = " ".join([*words, office.lower_])
    key = f"unnamed:{land.name}:{office_name}"
    start = min(t.i for t in office.lefts if t.dep_ not in ("punct", "det"))
    span = doc[start : office.i + 1]
    draft = made.get(key)
    if draft is None:
        draft = made[key] = Draft(key, "organisation", f"{land.name}'s {office_name}")
        draft.parent = land.key
    draft.add(span.start_char, span.end_char, span.text, "name", office.i)
    if office.head.lemma_.lower() in lex.speech_verbs:
        draft.speeches += 1
