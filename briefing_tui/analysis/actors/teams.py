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
