"""A legislature by a common noun: "parliament", "the chamber", "the assembly's 150 seats",
"the 151-member chamber" are the one legislature the article names ("the National
Assembly", "the Storting"), as a reader takes them.

Only when the article names exactly one body whose name ends in a legislature's noun, and
no other body whose name holds the noun written ("the chamber's chief economist" beside "the
Chamber of Commerce" is that chamber's). Left alone: a noun a word of its own qualifies ("the
upper chamber", "the next parliament", "the regional assembly"), one with a complement ("the
assembly of shareholders") and one that is part of a longer name or a noun compound ("the
assembly building").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_text, lemma_positions
from briefing_tui.analysis.spans import name_head

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.drafts import Draft, Names

#: Last words of a legislature's name ("National Assembly", "Federal Parliament").
LEGISLATURE_HEADS = frozenset(
    {"assembly", "parliament", "congress", "legislature", "senate", "sejm", "duma", "knesset"}
)
#: Heads of the names of one chamber among two ("the Senate"), never a whole parliament.
UPPER_CHAMBER_HEADS = frozenset({"senate"})
#: Common nouns for a legislature, each with the heads of names it may stand for: "the
#: assembly" only for an Assembly, "the chamber" for any of them, "parliament" for any but
#: the upper chamber ("scrap the upper house of parliament" is no Senate).
LEGISLATURE_NOUNS: dict[str, frozenset[str]] = {
    "parliament": LEGISLATURE_HEADS - UPPER_CHAMBER_HEADS,
    "legislature": LEGISLATURE_HEADS - UPPER_CHAMBER_HEADS,
    "chamber": LEGISLATURE_HEADS,
    "assembly": frozenset({"assembly"}),
}
#: First or last words of the name of a legislature's other chamber ("House of Commons",
#: "the House"): with one named, "the chamber" may be either.
OTHER_CHAMBER_WORDS = frozenset({"house"})
#: Determiners the noun may take ("this chamber"); "parliament" may also go bare.
DETERMINERS = frozenset({"the", "this"})
#: Words of a size written before the noun ("the 151-member chamber", "the 85-seat assembly").
SIZE_WORDS = frozenset({"member", "seat", "strong", "-"})
#: Dependencies of a noun that is part of something else, not a mention of its own.
INSIDE_DEPS = frozenset({"compound", "amod", "nmod"})


def add_legislature_mentions(doc: Doc, names: Names) -> None:
    """Record each common noun for a legislature no actor holds yet as a mention of the one
    legislature the article names."""
    drafts = [d for d in names.drafts.values() if d.kind == "organisation" and d.mentions]
    positions = lemma_positions(doc, LEGISLATURE_NOUNS)
    if not positions:
        return
    taken = [(m.start, m.end) for d in names.drafts.values() for m in d.mentions]
    text = doc_text(doc)
    nouns = {doc[i].lemma_.lower() for i in positions}
    bodies = {noun: _one_legislature(drafts, noun, LEGISLATURE_NOUNS[noun]) for noun in nouns}
    for i in positions:
        token = doc[i]
        body = bodies.get(token.lemma_.lower())
        if body is None:
            continue
        start = _bare_start(token)
        if start is None:
            continue
        begin, end = doc[start].idx, token.idx + len(token)
        if any(s < end and begin < e for s, e in taken):
            continue
        body.add(begin, end, text[begin:end], "description", token.i)
        taken.append((begin, end))


def _one_legislature(drafts: list[Draft], noun: str, heads: frozenset[str]) -> Draft | None:
    """The one body whose name's head is one of ``heads``, if the article names no other body
    whose name holds ``noun`` or names a legislature's other chamber."""
    found = []
    for draft in drafts:
        named = [m.text.lower().split() for m in draft.mentions if m.kind == "name"]
        words = {w for name in named for w in name}
        ends = {w for name in named if name for w in (name[0], name[-1])}
        if {name_head(" ".join(name)) for name in named if name} & heads:
            found.append(draft)
        elif noun in words or ends & OTHER_CHAMBER_WORDS:
            return None
    return found[0] if len(found) == 1 else None


def _bare_start(token: Token) -> int | None:
    """Where the noun phrase of a bare legislature noun begins ("the", "this", or the noun
    itself for "parliament"), or None when a word of its own qualifies it."""
    if not token.is_lower or token.tag_ != "NN" or token.dep_ in INSIDE_DEPS:
        return None
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in token.rights):
        return None
    doc = token.doc
    i = token.i - 1
    while i >= 0 and (doc[i].like_num or doc[i].lower_ in SIZE_WORDS):
        i -= 1
    if i >= 0 and doc[i].lower_ in DETERMINERS and doc[i].head.i == token.i:
        first = i
    elif i == token.i - 1 and token.lower_ == "parliament":
        first = token.i  # "a vote in parliament", "told parliament"
    else:
        return None
    inner = {t.i for t in doc[first : token.i]}
    if any(c.i < token.i and c.i not in inner for c in token.lefts):
        return None  # "the upper chamber": a word between says which
    return first
