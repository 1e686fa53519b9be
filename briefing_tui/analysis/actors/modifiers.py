"""Organisations named only in a person's description: no actors of their own.

"The GOP nominee", "an Air Force veteran", "Acme founder Jo Pike": such a name describes
someone else; the organisation itself never acts, speaks or is acted upon in the article,
so listing it as an actor misleads. A spokesman's organisation ("Acme spokesman Jo Pike
said") acts through him and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.kinds import person_cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.drafts import Draft
    from briefing_tui.analysis.lexicon import Lexicon

#: Dependencies of a word that modifies the noun after it.
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: Dependencies of a noun phrase that acts or is acted upon.
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "dobj"})
#: Kinds of actor this applies to.
_KINDS = frozenset({"organisation", "country"})


def modifier_only(doc: Doc, draft: Draft, spoken_for: set[int], lex: Lexicon) -> bool:
    """Whether ``draft`` (an organisation or country) is named, every time, only as the
    modifier of a noun for a person that does not itself act: "the GOP nominee", "Air Force
    veteran Jo Pike"; not "Acme workers said" (they act), nor an organisation someone
    speaks for (``spoken_for``: token indexes of such organisations)."""
    if draft.kind not in _KINDS or draft.speeches or draft.title or not draft.mentions:
        return False
    if any(m.kind != "name" for m in draft.mentions):
        return False
    for mention in draft.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or any(t.i in spoken_for for t in span):
            return False
    return all(_describes_person(doc[h], lex) for h in draft.heads)


def _describes_person(token: Token, lex: Lexicon) -> bool:
    """A name's head that modifies a noun for a person, the noun no subject or object."""
    if token.dep_ not in _MODIFIER_DEPS:
        return False
    noun = token.head
    if _title_of_named_person(token, noun, lex):
        return True  # "U.S. District Judge Ann Mora": the title of a named person
    while noun.dep_ == "compound" and noun.pos_ == "NOUN" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "Air Force combat veteran": the last noun of the chain
    if noun.pos_ != "NOUN" or noun.i < token.i or noun.dep_ in _ACTING_DEPS:
        return False
    lemma = noun.lemma_.lower()
    return lemma in person_cues().nouns or lemma in lex.title_words


def _title_of_named_person(token: Token, title: Token, lex: Lexicon) -> bool:
    """Whether ``title``, after ``token``, is a title written before a person's name."""
    person = title.head
    return (
        token.i < title.i < person.i
        and title.dep_ == "compound"
        and title.lower_ in lex.title_words
        and person.ent_type_ == "PERSON"
    )
