"""The government of the land an article is about: "the government" written bare ("she was
confident the government would prevail", "this government") is a mention of the one country
the article names far more often than any other, as a country takes in its government.

Coreference cannot see this for a land the gazetteer does not know, which becomes a country
only once the article shows it to be one (``acting_lands``), nor where the country was named
too long before; so this runs after the lands are settled. Left alone: a government a word
of its own describes ("the previous government", "the government delegation"), though not
one whose word says only that it is the nation's ("the federal government") or which party
holds it ("the Conservative government", ``lexicon/actors/governing_modifiers.tsv``), an article
that writes a government as another land's or town's ("the government of Orla"), one that
names a government below the nation's ("the provincial government", or a polity below it
written as an owner: "the state's emergency services minister") or an organisation called a
government, and an article about several lands.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.lexicon import load_table, table_column
from briefing_tui.analysis.doctext import doc_text, lemma_positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.drafts import Draft

#: Nouns for the government of a land, which may be written bare for it.
GOVERNING_NOUNS = frozenset({"government"})
#: The determiners "the government" may take and stay bare.
BARE_DETERMINERS = frozenset({"the", "this"})
#: Dependents that leave "the government" bare: its determiner and its possessive ending.
BARE_DEPS = frozenset({"det", "case"})
#: Dependents a governing modifier ("the federal government", "the Labour government") is
#: parsed as.
MODIFIER_DEPS = frozenset({"amod", "compound"})
#: Words that make a government one below the nation's ("the provincial government"): then
#: a bare "the government" may be either.
LOWER_LEVELS = frozenset(
    {"provincial", "regional", "state", "local", "municipal", "city", "county", "territorial"}
)
#: Polities below a nation; written as an owner ("the state's minister", "the province's
#: budget") they show a government below the nation's, which a bare "the government" may be.
LOWER_POLITIES = frozenset({"state", "province", "region", "county", "territory", "municipality"})
#: How many times more often than any other country the article's own land is named, and
#: how often at least, when the article names another country at all.
DOMINANCE = 3
#: Mention kinds that name a country: its name and its capital or government used for it.
NAMING_KINDS = frozenset({"name", "metonym"})


def add_government_mentions(doc: Doc, drafts: list[Draft]) -> None:
    """Record each bare "the government" no actor holds yet as a mention of the article's
    one dominant country."""
    positions = lemma_positions(doc, GOVERNING_NOUNS)
    if not positions or _lower_levels(doc, positions) or _named_government(drafts):
        return
    land = _dominant_country(drafts)
    if land is None or _others_government(doc, positions, land):
        return
    first = min(m.start for m in land.mentions if m.kind in NAMING_KINDS)
    taken = [(m.start, m.end) for d in drafts for m in d.mentions]
    text = doc_text(doc)
    for i in positions:
        token = doc[i]
        determiner = _bare(token)
        if determiner is None or determiner.idx < first:
            continue
        start, end = determiner.idx, token.idx + len(token)
        if any(s < end and start < e for s, e in taken):
            continue
        land.add(start, end, text[start:end], "description", token.i)
        taken.append((start, end))


def _bare(token: Token) -> Token | None:
    """The determiner of a "the government" that stands on its own as a noun phrase, with
    no word of its own saying which government; None otherwise."""
    if token.tag_ != "NN" or token.dep_ in ("compound", "amod", "nmod", "poss"):
        return None
    children = list(token.children)
    modifiers = [c for c in children if c.dep_ in MODIFIER_DEPS]
    if len(modifiers) > 1 or (modifiers and not _governing_modifier(modifiers[0])):
        return None
    if any(c.dep_ not in BARE_DEPS for c in children if c not in modifiers):
        return None
    determiners = [c for c in children if c.dep_ == "det"]
    if len(determiners) != 1 or determiners[0].lower_ not in BARE_DETERMINERS:
        return None
    return determiners[0] if determiners[0].i == token.i - 1 - len(modifiers) else None


def _governing_modifier(word: Token) -> bool:
    """Whether ``word``, right before "government", says only that the government is the
    nation's ("federal") or which party holds it ("Conservative", capitalised)."""
    if word.i != word.head.i - 1:
        return False
    levels, parties = _governing_words()
    return word.lower_ in levels or (word.lower_ in parties and word.is_title)


@cache
def _governing_words() -> tuple[frozenset[str], frozenset[str]]:
    """The nation's levels and the parties' adjectives of ``governing_modifiers.tsv``."""
    rows = load_table("governing_modifiers.tsv")
    return table_column(rows, "level"), table_column(rows, "party")


def _lower_levels(doc: Doc, positions: list[int]) -> bool:
    """Whether the article names a government below the nation's ("the state government"),
    or writes a polity below the nation as an owner ("the state's emergency services
    minister")."""
    if any(c.lower_ in LOWER_LEVELS for i in positions for c in doc[i].children if c.i < i):
        return True
    return any(
        any(c.dep_ == "case" for c in doc[i].children)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in doc[i].children)
        for i in lemma_positions(doc, LOWER_POLITIES)
    )


def _others_government(doc: Doc, positions: list[int], land: Draft) -> bool:
    """Whether the article writes a government as another name's ("the Velmar government",
    "the government of Velmar", "Velmar's government", "the government in Dastrel"): then
    the bare one may be that one."""
    own = {(m.start, m.end) for m in land.mentions}
    for i in positions:
        token = doc[i]
        owners = [c for c in token.children if c.dep_ in ("compound", "poss")]
        owners += [
            g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
        ]
        for owner in owners:
            if owner.pos_ != "PROPN" or _governing_modifier(owner):
                continue  # "the Labour government" is the land's, held by a party
            if not any(s <= owner.idx < e for s, e in own):
                return True
    return False


def _named_government(drafts: list[Draft]) -> bool:
    """Whether an actor is named as a government ("the Government of Orla")."""
    return any(
        d.kind == "organisation"
        and any(m.kind == "name" and "government" in m.text.lower() for m in d.mentions)
        for d in drafts
    )


def _dominant_country(drafts: list[Draft]) -> Draft | None:
    """The one country the article names, or the one named at least ``DOMINANCE`` times as
    often as any other (and that often at least)."""
    counts = sorted(
        (
            (sum(m.kind in NAMING_KINDS for m in d.mentions), i)
            for i, d in enumerate(drafts)
            if d.kind == "country"
        ),
        reverse=True,
    )
    if not counts or counts[0][0] == 0:
        return None
    if len(counts) > 1 and counts[1][0] and counts[0][0] < DOMINANCE * max(1, counts[1][0]):
        return None
    return drafts[counts[0][1]]
