"""A team's other names: "the squad" is the one team the article names, and a headline's bare
"All-girl Nepali team" is the team named with the same adjective ("the six-member Nepali
team") when the article names one such team.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_text, tokens_where

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.drafts import Draft, Names

#: Nouns that name a team by another word.
TEAM_SYNONYMS = frozenset({"squad"})
#: Determiners that make "squad" the team already named.
DEFINITE = frozenset({"the", "this"})


def add_team_words(doc: Doc, names: Names) -> None:
    """Record "the squad" as a mention of the one team the article names (a draft whose
    name ends in "team"), and a headline's bare "... Nepali team" as the one team whose name
    holds its capitalised adjectives."""
    teams = [d for d in names.drafts.values() if d.kind == "organisation" and is_team_name(d.name)]
    if not teams:
        return
    taken = [(m.start, m.end) for d in names.drafts.values() for m in d.mentions]
    first_sentence = next(iter(doc.sents), None)
    for token in tokens_where(doc[:], "lowers", TEAM_SYNONYMS | {"team"}):
        span, team = None, None
        if token.lower_ in TEAM_SYNONYMS and len(teams) == 1 and not other_team(doc, teams[0]):
            span, team = _definite_synonym(token), teams[0]
        elif token.lower_ == "team" and first_sentence is not None and token.i < first_sentence.end:
            span, team = _headline_team(token, teams)
        if span is None or team is None:
            continue
        start, end = span
        if any(s < end and start < e for s, e in taken):
            continue
        team.add(start, end, doc_text(doc)[start:end], "description", token.i)
        taken.append((start, end))


def other_team(doc: Doc, team: Draft) -> bool:
    """Whether the article writes of a team by a capitalised word the named team's name does
    not hold ("the Chilean team" beside "the Nepali team")."""
    words = {w.lower() for w in team.name.split()}
    for token in tokens_where(doc[:], "lowers", ("team", "squad", "side")):
        if token.lower_ in ("team", "squad", "side"):
            for child in token.lefts:
                if child.text[:1].isupper() and child.lower_ not in words | DEFINITE:
                    return True
    return False


def is_team_name(name: str) -> bool:
    """Whether an organisation's name is a team's: two words or more, the last "team"."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() == "team"


def _definite_synonym(token: Token) -> tuple[int, int] | None:
    """ "the squad", "this squad": nothing but the determiner before it, nothing after."""
    lefts = list(token.lefts)
    if len(lefts) != 1 or lefts[0].lower_ not in DEFINITE or lefts[0].dep_ != "det":
        return None
    if any(c.dep_ in ("prep", "relcl", "acl") for c in token.rights):
        return None
    return lefts[0].idx, token.idx + len(token)


def _headline_team(token: Token, teams: list[Draft]) -> tuple[tuple[int, int] | None, Draft | None]:
    """A bare "All-girl Nepali team" in the headline: its capitalised adjectives are words of
    one named team's name only, and no determiner or possessor stands before it."""
    lefts = list(token.lefts)
    if not lefts or any(c.dep_ in ("det", "poss") for c in lefts):
        return None, None
    adjectives = {
        c.lower_ for c in lefts if c.text[:1].isupper() and c.dep_ in ("amod", "compound")
    }
    if not adjectives:
        return None, None
    fitting = [t for t in teams if adjectives <= {w.lower() for w in t.name.split()[:-1]}]
    if len(fitting) != 1:
        return None, None
    start = min(c.left_edge.idx for c in lefts)
    return (start, token.idx + len(token)), fitting[0]
