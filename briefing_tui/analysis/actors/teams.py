"""Teams named after their country: in a match report, "Sweden beat Korea 1-0" names two
teams, not two countries.

The evidence is the article's and the sentence's: the article gives a score (two numbers
joined by a dash: "1-0", "2 – 1"), and a country's or place's name is the subject or object
of a verb of play (``lexicon/actors/org_cues.tsv``, "match" rows) or stands next to a score.
A country or place whose name mostly stands so (and at least ``MIN_PLAYS`` times) is taken
for its team: an organisation. Elsewhere the same name stays a country.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.lexicon import load_table, table_column
from briefing_tui.analysis.doctext import doc_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.drafts import Draft
    from briefing_tui.analysis.actors.lexicon import Gazetteer

#: How many of a name's mentions must be plays before the name is taken for a team.
MIN_PLAYS = 2
#: Dependencies of the subject and object of a verb of play.
PLAY_DEPS = frozenset({"nsubj", "dobj", "nsubjpass"})
DASHES = frozenset({"-", "–", "—"})
_SCORE = re.compile(r"^\d{1,2}[-–]\d{1,2}$")


@cache
def play_verbs() -> frozenset[str]:
    """Lemmas of the verbs of play ("beat", "defeat", "draw")."""
    return table_column(load_table("org_cues.tsv"), "match")


def score_tokens(doc: Doc) -> frozenset[int]:
    """Indexes of the tokens that write a score: "1-0" or "1", "–", "0"."""
    found: set[int] = set()
    texts = doc_words(doc).texts
    for token in (doc[i] for i, text in enumerate(texts) if _SCORE.match(text) or text in DASHES):
        if _SCORE.match(token.text):
            found.add(token.i)
        elif (
            token.text in DASHES
            and 0 < token.i < len(doc) - 1
            and doc[token.i - 1].like_num
            and doc[token.i + 1].like_num
            and len(doc[token.i - 1].text) <= 2
            and len(doc[token.i + 1].text) <= 2
        ):
            found.update((token.i - 1, token.i, token.i + 1))
    return frozenset(found)


def plays(token: Token, scores: frozenset[int]) -> bool:
    """Whether this name's head token plays: the subject or object of a verb of play, or
    written right next to a score."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in PLAY_DEPS and token.head.lemma_.lower() in play_verbs():
        return True
    return any(i in scores for i in (token.i - 1, token.i + 1, token.i + 2))


def mark_teams(doc: Doc, drafts: list[Draft]) -> None:
    """Turn the countries and places that play in a match report into organisations."""
    scores = score_tokens(doc)
    if not scores:
        return
    for draft in drafts:
        if draft.kind not in ("country", "place"):
            continue
        named = [h for m, h in zip(draft.mentions, draft.heads, strict=True) if m.kind == "name"]
        played = sum(1 for h in named if 0 <= h < len(doc) and plays(doc[h], scores))
        if played >= MIN_PLAYS and 2 * played >= len(named):
            draft.kind = "organisation"


def join_team_demonyms(doc: Doc, drafts: list[Draft], gaz: Gazetteer) -> list[Draft]:
    """In a match report, "the Belgians" is Belgium's team: a group named by the plural of a
    country's adjective, always with "the", joins the country the article names. Returns
    ``drafts`` without the groups joined."""
    if not score_tokens(doc):
        return drafts
    countries = {d.key[len("country:") :]: d for d in drafts if d.key.startswith("country:")}
    kept = []
    for draft in drafts:
        target = _team_of_demonym(doc, draft, countries, gaz)
        if target is None:
            kept.append(draft)
            continue
        target.mentions.extend(draft.mentions)
        target.heads.extend(draft.heads)
        pairs = sorted(zip(target.mentions, target.heads, strict=True), key=lambda p: p[0].start)
        target.mentions = [m for m, _ in pairs]
        target.heads = [h for _, h in pairs]
    return kept


def _team_of_demonym(
    doc: Doc, draft: Draft, countries: dict[str, Draft], gaz: Gazetteer
) -> Draft | None:
    if draft.kind != "group" or not draft.name.endswith("s") or draft.speeches:
        return None
    iso = gaz.country_of_adjective(draft.name[:-1])
    if iso is None or iso not in countries:
        return None
    names = [h for m, h in zip(draft.mentions, draft.heads, strict=True) if m.kind == "name"]
    with_the = all(0 < h < len(doc) and doc[h - 1].lower_ == "the" for h in names)
    return countries[iso] if names and with_the else None
