"""Full person names the model left without a person's label, for the full-name index.

The small English model often passes over a person's full name ("Ilse Varga, the
education minister, said") or labels only its last word, as an organisation
("Councillor Ana Reyes" with "Reyes" an organisation). The name's surname, written
alone later ("Varga said"), then has no full name to join and is listed as an
organisation of its own. A run of two or three capitalised proper nouns that opens
with a known first name, or follows an office title or honorific, is such a name when
no entity covers its first word and any entity inside it is its last word alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.gender import first_names
from briefing_tui.analysis.doctext import doc_words

if TYPE_CHECKING:
    from collections.abc import Set

    from spacy.tokens import Doc, Span

    from briefing_tui.analysis.actors.lexicon import Lexicon

#: The widths of a full name: a first name and a surname, or with a middle name.
NAME_WIDTHS = (2, 3)
#: Labels an entity that is only a name's last word may carry ("Reyes" an organisation).
SURNAME_LABELS = frozenset({"ORG", "GPE", "PERSON", "NORP", "LOC", "FAC"})


def missed_full_names(doc: Doc, lex: Lexicon, headlines: Set[int]) -> list[Span]:
    """The full person names no entity covers (but perhaps their last word), in text order.

    ``headlines`` holds the starts of the title-case lines, where every word is
    capitalised and a run of proper nouns says nothing.
    """
    words = doc_words(doc)
    firsts = first_names()
    found: list[Span] = []
    i = 0
    while i < len(doc):
        width = _name_width(doc, i, words.pos, lex, firsts, headlines)
        if width:
            found.append(doc[i : i + width])
            i += width
        else:
            i += 1
    return found


def _name_width(
    doc: Doc,
    i: int,
    pos: list[str],
    lex: Lexicon,
    firsts: dict[str, str],
    headlines: Set[int],
) -> int:
    """The width of the missed full name that starts at ``i``, or 0."""
    first = doc[i]
    if pos[i] != "PROPN" or not _name_word(first.text) or first.ent_iob_ != "O":
        return 0
    before = doc[i - 1].lower_.rstrip(".") if i > 0 else ""
    titled = before in lex.titles or before in lex.honorifics
    if not titled and i > 0 and (pos[i - 1] == "PROPN" or pos[i - 1] == "DET"):
        return 0  # inside a longer name ("MV Sea Lark"), or a thing's ("the Sea Lark")
    if first.sent.start in headlines:
        return 0
    if first.lower_ not in firsts and not titled:
        return 0
    end = i + 1
    while end < len(doc) and end - i < max(NAME_WIDTHS) and pos[end] == "PROPN":
        if not _name_word(doc[end].text):
            break
        end += 1
    if end < len(doc) and pos[end] == "PROPN" and _name_word(doc[end].text):
        return 0  # four capitalised words: a body's or a place's name, not a person's
    if end - i not in NAME_WIDTHS:
        return 0
    inner = [t for t in doc[i + 1 : end] if t.ent_iob_ != "O"]
    if inner and not (
        len(inner) == 1
        and inner[0].i == end - 1
        and inner[0].ent_iob_ == "B"
        and inner[0].ent_type_ in SURNAME_LABELS
        and (end == len(doc) or doc[end].ent_iob_ != "I")
    ):
        return 0
    return end - i


def _name_word(text: str) -> bool:
    """A capitalised word of letters (a hyphen or apostrophe inside): "Varga", "O'Neill"."""
    bare = text.replace("-", "").replace("'", "").replace("\u2019", "")
    return bare.isalpha() and text[:1].isupper() and not text.isupper()
