"""Institutions listed as places that act: a hospital, a university, a club is a building
and the body that runs it. Named only where things happen ("nurses at Brennick General
Hospital"), it stays a place; once one of its mentions acts, it is the body, an organisation:

| rule   | the mention is                               | example                             |
|--------|----------------------------------------------|-------------------------------------|
| acts   | the subject of a speech or other active verb | "the hospital postponed operations" |
| agent  | the agent of a passive verb                  | "the ban was lifted by the college" |
| office | the owner of an office or a title            | "the hospital's chief executive"    |

The name's head word must be an institution's (``lexicon/actors/institution_buildings.tsv``);
the acting test is the places' own (``places.place_use``), vetoes included (a dateline, a
verb of being or hosting). A venue's word ("museum", "centre": a building visitors go to)
makes an organisation only of a name that speaks ("the Orla Museum said"). Other evidence
makes the body without an act:

* a club's name ends in a word only clubs' names end in ("Kestrel Rovers",
  ``lexicon/actors/club_names.txt``), however often it stands where things happen ("fans
  of Kestrel Rovers") or the model takes it for a person's (with no person's marks);
* a place's or a "person's" name is set beside a description of a body located by
  "-based" ("Kestrel Capital, an Orla-based brokerage"), unless the description's noun is
  a person's ("a Paris-based designer") or the name has a person's marks (a gender, a
  title, "he" or "she").

A building that is no institution ("the stadium", "the bridge") and a town are never
re-kinded here.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.actors.kinds import AGENT_SUFFIXES, person_cues
from briefing_tui.analysis.actors.places import place_use
from briefing_tui.analysis.actors.same_name import unmarked
from briefing_tui.analysis.spans import name_head
from briefing_tui.model import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.drafts import Draft
    from briefing_tui.analysis.actors.lexicon import Lexicon

#: The word after a place and a hyphen that locates a body: "an Orla-based brokerage".
BASED = "based"
#: The dependency of a noun set beside a name: "Kestrel Capital, an Orla-based brokerage".
APPOSED = "appos"
#: The kinds a located body's name may have been taken for.
TAKEN_KINDS = frozenset({ActorKind.PLACE, ActorKind.PERSON})
#: The dependency of a possessor: "the hospital's chief executive".
POSSESSOR_DEP = "poss"


@cache
def institution_buildings(role: str = "body") -> frozenset[str]:
    """Head words of names of institutions that are also buildings, of one role: "body"
    ("hospital", "university") or "venue" ("museum", "centre")."""
    rows = data_files.rows("actors/institution_buildings.tsv")
    return frozenset(row[0].lower() for row in rows if len(row) > 1 and row[1] == role)


@cache
def club_names() -> frozenset[str]:
    """Last words of sports clubs' names ("rovers", "athletic")."""
    return data_files.words("actors/club_names.txt")


def _person_noun(token: Token, lex: Lexicon) -> bool:
    lemma = token.lemma_.lower()
    return (
        lemma.endswith(AGENT_SUFFIXES)
        or lemma in person_cues().nouns
        or lemma in lex.title_words
        or token.pos_ == "PROPN"
    )


def described_as_based_body(token: Token, lex: Lexicon) -> bool:
    """Whether the name headed by ``token`` has an apposed description, not of a person,
    that says where it is based: "Kestrel Capital, an Orla-based brokerage"."""
    for noun in token.children:
        if noun.dep_ != APPOSED or _person_noun(noun, lex):
            continue
        if any(c.lower_ == BASED and c.i > 0 and c.doc[c.i - 1].text == "-" for c in noun.children):
            return True
    return False


def _owns_office(token: Token, lex: Lexicon) -> bool:
    """The owner of a title's noun: "the hospital's chief executive", "the museum's director"."""
    return token.dep_ == POSSESSOR_DEP and token.head.lower_ in lex.title_words


def body_acts(token: Token, lex: Lexicon) -> bool:
    """Whether the mention headed by ``token`` acts as a body or owns an office."""
    return place_use(token, lex).acts or _owns_office(token, lex)


def retype_acting_institutions(doc: Doc, drafts: list[Draft], lex: Lexicon) -> None:
    """Make an organisation of each place, or unmarked person, draft described as a body
    based somewhere or named as a club, and of each place draft named as an institution
    (its name's head word in the list) that speaks, or acts if it is a body's word."""
    bodies, venues = institution_buildings("body"), institution_buildings("venue")
    for draft in drafts:
        if draft.kind not in TAKEN_KINDS:
            continue
        names = [m.text for m in draft.mentions if m.kind == "name"]
        taken = draft.kind == ActorKind.PLACE or unmarked(draft)
        if taken and (_club(names) or _described(doc, draft, lex)):
            draft.kind = ActorKind.ORGANISATION
            continue
        if draft.kind != ActorKind.PLACE:
            continue
        named = {name_head(n) for n in names}
        speaks = bool(named & (bodies | venues)) and draft.speeches > 0
        acts = bool(named & bodies) and any(
            body_acts(doc[h], lex) for h in draft.heads if 0 <= h < len(doc)
        )
        if speaks or acts:
            draft.kind = ActorKind.ORGANISATION


def _club(names: list[str]) -> bool:
    """Whether a name ends in a word only clubs' names end in ("Kestrel Rovers")."""
    return any(name.split()[-1].lower() in club_names() for name in names if name.split())


def _described(doc: Doc, draft: Draft, lex: Lexicon) -> bool:
    """Whether a name of the draft is set beside a body based somewhere."""
    return any(
        described_as_based_body(doc[h], lex)
        for m, h in zip(draft.mentions, draft.heads, strict=True)
        if m.kind == "name" and 0 <= h < len(doc)
    )
