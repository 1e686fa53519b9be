"""Acronyms an article defines: a bracketed word of capitals right after a name ("the Union of
Dock Workers (UDW)") is that name's short form, even when its letters come from another
language ("Doctors Without Borders (MSF)") or the model saw no name before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.spans import gazetteer_place
from briefing_tui.analysis.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from briefing_tui.analysis.actors.drafts import Names
    from briefing_tui.analysis.actors.lexicon import Gazetteer

#: The most letters read as an acronym.
MAX_LETTERS = 6
#: Parts of speech of a sentence's first word that is no part of the name after it.
OPENING_POS = frozenset({"ADV", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "AUX", "VERB", "NUM"})
#: Entity labels of a sentence's first word that is no part of the name after it ("Today").
OPENING_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})
#: Lower-case words that may stand inside an organisation's name ("Union of Dock Workers").
NAME_LINKS = frozenset(
    {"of", "for", "the", "and", "on", "in", "de", "des", "du", "la", "le", "et", "del", "der"}
)


def acronym_letters(text: str) -> str | None:
    """The capitals of a word written as an acronym ("MSF", "F.B.I." is FBI), or None."""
    letters = text.replace(".", "")
    ok = letters.isalpha() and letters.isupper() and 2 <= len(letters) <= MAX_LETTERS
    return letters if ok else None


def defines_acronym(name: str, acronym: str, gaz: Gazetteer) -> bool:
    """Whether ``acronym``, bracketed right after ``name``, is the name's acronym: its first
    letter is the name's, or (a name from another language, "Doctors Without Borders (MSF)")
    it names no country or place ("Acme Ltd (UK)" says where Acme is)."""
    letters = acronym_letters(acronym)
    if letters is None:
        return False
    bare = name[4:] if name.startswith(("the ", "The ")) else name
    if letters[0] == bare[:1]:
        return True
    return not gazetteer_place(acronym, gaz) and not gaz.country_of_name(letters)


def spelled_in_lower_case(doc: Doc, start: int, end: int) -> bool:
    """Whether the acronym at ``start:end`` is bracketed right after lower-case words whose
    initials it spells ("an environmental impact assessment (EIA)"), or follows them after
    ", or" ("Primary ciliary dyskinesia, or PCD"; the first word may open the sentence): a
    thing's short name, a document, procedure, measure or disease, never an organisation's."""
    span = doc.char_span(start, end)
    letters = acronym_letters(span.text) if span is not None else None
    if span is None or letters is None or span.end >= len(doc):
        return False
    if doc[span.start - 1].text == "(" and doc[span.end].text == ")":
        opener = span.start - 1  # "an environmental impact assessment (EIA)"
    elif span.start >= 2 and doc[span.start - 1].lower_ == "or" and doc[span.start - 2].text == ",":
        opener = span.start - 2  # "Primary ciliary dyskinesia, or PCD,"
    else:
        return False
    if opener < len(letters):
        return False
    words = doc[opener - len(letters) : opener]
    return (
        all(t.is_alpha and (t.is_lower or (t.is_sent_start and t.i == words.start)) for t in words)
        and "".join(t.text[0] for t in words).lower() == letters.lower()
        and any(t.is_lower for t in words)
    )


def add_spelled_out_names(
    doc: Doc, names: Names, gaz: Gazetteer, merge: Callable[[str, str], None]
) -> None:
    """An organisation named by its acronym whose first mention is bracketed right after a
    name of capitalised words: that name is a mention of it, or, when another draft holds
    that name, the two drafts are one."""
    for key in [k for k in names.drafts if k.startswith("org:")]:
        draft = names.drafts.get(key)
        if draft is None or acronym_letters(draft.name) is None:
            continue
        first = min(draft.mentions, key=lambda m: m.start, default=None)
        if first is None:
            continue
        name = name_before_bracket(doc, first.start, first.end)
        if name is None or not defines_acronym(name.text, draft.name, gaz):
            continue
        owner = _draft_with(names, name.start_char, name.end_char, key)
        if owner is not None:
            if owner.startswith("person:") and _initials(name.text) == draft.name:
                # "Les Républicains (LR)": a name its acronym spells out is no person's
                merge(owner, key)
            elif owner.startswith("org:"):
                merge(key, owner)
            continue
        draft.add(name.start_char, name.end_char, name.text, "name", name.root.i)


def _initials(name: str) -> str:
    """The first letters of a name's capitalised words ("Les Républicains" is LR)."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def name_before_bracket(doc: Doc, start: int, end: int) -> Span | None:
    """The run of capitalised words (with "of", "the", "de" inside) right before "(" when
    ``start:end`` is bracketed: at least two capitalised words."""
    span = doc.char_span(start, end)
    if span is None or span.start < 3 or span.end >= len(doc):
        return None
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return None
    at = span.start - 1
    while at > 0:
        token = doc[at - 1]
        capital = token.is_alpha and token.text[:1].isupper()
        if not capital and (token.lower_ not in NAME_LINKS or at == span.start - 1):
            break
        at -= 1
        if token.is_sent_start:
            if capital and (token.pos_ in OPENING_POS or token.ent_type_ in OPENING_ENTS):
                at += 1  # "Yesterday Doctors Without Borders (MSF)": the opener is no name
            break
    while at < span.start - 1 and doc[at].lower_ in NAME_LINKS:
        at += 1
    name = doc[at : span.start - 1]
    capitals = [t for t in name if t.text[:1].isupper()]
    return name if len(capitals) >= 2 else None


def _fragments_within(names: Names, start: int, end: int, skip: str) -> list[str]:
    """The keys of the drafts (not organisations) all of whose mentions lie in
    ``start:end``: pieces the model cut from a spelled-out name."""
    return [
        key
        for key, draft in names.drafts.items()
        if key != skip
        and not key.startswith("org:")
        and draft.mentions
        and all(start <= m.start and m.end <= end for m in draft.mentions)
    ]


def _draft_with(names: Names, start: int, end: int, skip: str) -> str | None:
    """The key of another draft with a mention overlapping ``start:end``."""
    for key, draft in names.drafts.items():
        if key != skip and any(m.start < end and start < m.end for m in draft.mentions):
            return key
    return None


#: A bracketed phrase of words, the first capitalised: a possible spelled-out acronym.
_BRACKETED = re.compile(r"\((?P<phrase>[A-Z][\w'-]*(?: [\w'-]+){1,10})\)")


def add_expanded_acronyms(
    doc: Doc, names: Names, not_heads: frozenset[str], merge: Callable[[str, str], None]
) -> None:
    """ "The FIRST Global contest (For Inspiration and Recognition of Science and
    Technology)": a bracketed phrase whose capitalised words' initials spell a word of
    capitals written before it in its sentence makes that word an organisation's acronym.
    Every whole-word occurrence of it, and the phrase, are that organisation's mentions. A
    phrase that ends like a document, programme or product ("... Trade Agreement") is no
    organisation's."""
    text = doc_text(doc)
    for found in _BRACKETED.finditer(text):
        phrase = found.group("phrase")
        words = phrase.split()
        letters = _initials(phrase)
        if len(letters) < 3 or words[-1].lower() in not_heads:
            continue
        opening = doc.char_span(found.start(), found.start() + 1, alignment_mode="expand")
        if opening is None:
            continue
        sentence = opening[0].sent
        if not any(t.text == letters and t.i < opening.start for t in sentence):
            continue
        key = f"org:{letters}"
        draft = names.draft(key, "organisation", letters)
        start, end = found.span("phrase")
        for other in _fragments_within(names, start, end, key):
            del names.drafts[other]  # "Partners", "Advanced Computing Training": pieces of it
        owner = _draft_with(names, start, end, key)
        if owner is not None and owner.startswith("org:"):
            merge(key, owner)  # the phrase is an organisation's name already
            draft = names.drafts[owner]
        taken = [(m.start, m.end) for d in names.drafts.values() for m in d.mentions]
        spots = [(m.start(), m.end()) for m in re.finditer(rf"\b{letters}\b", text)]
        for s, e in sorted([*spots, (start, end)]):
            span = doc.char_span(s, e)
            if span is None or any(a < e and s < b for a, b in taken):
                continue
            draft.add(s, e, text[s:e], "name", span.root.i)
            taken.append((s, e))


def drop_subject_acronyms(names: Names) -> None:
    """ "the effects of IDD" beside "the Centre for Control of Iodine Deficiency Disorders":
    an acronym the article never defines whose letters spell words inside an organisation's
    longer name (not its whole name) names what the organisation deals with, no actor. It
    goes when it never speaks."""
    full = [d.name for key, d in names.drafts.items() if key.startswith("org:") and " " in d.name]
    for key in [k for k in names.drafts if k.startswith("org:")]:
        draft = names.drafts[key]
        letters = acronym_letters(draft.name)
        if letters is None or len(letters) < 3 or draft.speeches:
            continue
        if any(" " in m.text for m in draft.mentions):
            continue  # spelled out in the article: its own organisation
        if any(_inner_initials(name, letters) for name in full):
            del names.drafts[key]


def _inner_initials(name: str, letters: str) -> bool:
    """Whether ``letters`` are the initials of consecutive capitalised words inside ``name``
    that do not begin it ("IDD" in "Centre for Control of Iodine Deficiency Disorders")."""
    words = [w for w in name.split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words)
    at = initials.find(letters)
    return at > 0 and initials != letters
