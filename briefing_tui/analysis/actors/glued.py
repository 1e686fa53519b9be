"""Names the model cut in pieces: "Valeska Paris" read as two places, "Vitas Gerulaitis" as a
first name and a place, "Udvar-Hazy" as a word and a place, "Duran Duran" as two places.

A one-word place entity written right against another capitalised name word (a space or a
hyphen between them, no comma) is a fragment of one longer name. The whole run is one entity,
with the label of a part the model took for a person or an organisation, else a person's when
the words around it say so (``person_evidence``, or a person listed with it), else an
organisation's. A run of places the
gazetteer knows ("Washington D.C." read as two) is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.gender import first_names
from briefing_tui.analysis.actors.kinds import person_evidence
from briefing_tui.analysis.actors.name_shape import name_shaped
from briefing_tui.analysis.actors.spans import gazetteer_place
from briefing_tui.analysis.doctext import doc_text, doc_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.analysis.actors.lexicon import Gazetteer, Lexicon

#: Labels of the one-word entities that may be fragments of a longer name.
FRAGMENT_LABELS = frozenset({"GPE", "LOC"})
#: Labels a glued name keeps from one of its parts, strongest first.
KEPT_LABELS = ("PERSON", "ORG")
HYPHENS = frozenset({"-", "‐"})


def _joined_across_and(ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """An organisation's name the model cut after its "and" ("the U.S. Fish and" +
    "Wildlife Service") joined to the organisation's name right after it: a name does not
    end in "and"."""
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        after = ents[i + 1] if i + 1 < len(ents) else None
        if (
            after is not None
            and ent.label_ == after.label_ == "ORG"
            and len(ent) > 1
            and ent[-1].lower_ in ("and", "&")
            and after.start == ent.end
        ):
            doc = ent.doc
            whole = doc.char_span(ent.start_char, after.end_char, label="ORG")
            if whole is not None:
                out.append(whole)
                i += 2
                continue
        out.append(ent)
        i += 1
    return tuple(out)


def glued_names(ents: tuple[Span, ...], gaz: Gazetteer, lex: Lexicon) -> tuple[Span, ...]:
    """``ents`` with each place fragment of a longer name replaced by the whole name, and
    an organisation's name cut at "for the" joined again."""
    if not ents:
        return ents
    ents = _split_trailing_people(_joined_dedications(ents, gaz, lex))
    ents = _joined_first_names(_joined_across_and(ents), gaz, lex)
    doc = ents[0].doc
    owner = {t.i: ent for ent in ents for t in ent}
    out: list[Span] = []
    skip: set[int] = set()
    for ent in ents:
        if id(ent) in skip:
            continue
        run = None
        if ent.label_ in FRAGMENT_LABELS:
            run = _run(ent, owner, gaz, lex) if len(ent) == 1 else _left_run(ent, owner, gaz, lex)
        if run is None:
            out.append(ent)
            continue
        start, end = run
        parts = {owner[i] for i in range(start, end) if i in owner}
        skip.update(id(p) for p in parts)
        out = [e for e in out if e not in parts]
        labels = {p.label_ for p in parts}
        label = next((lab for lab in KEPT_LABELS if lab in labels), None)
        span = doc[start:end]
        if label is None:
            listed = any(t.ent_type_ == "PERSON" for t in span.root.conjuncts)
            label = "PERSON" if listed or person_evidence(span) else "ORG"
        out.append(doc.char_span(span.start_char, span.end_char, label=label) or span)
    return tuple(sorted(out, key=lambda e: e.start))


def _joined_first_names(ents: tuple[Span, ...], gaz: Gazetteer, lex: Lexicon) -> tuple[Span, ...]:
    """A person's two-word name the model cut, giving its first word another label or none
    ("Dries" an organisation and "Mertens" a person): one person's name wherever the article
    writes the two words together more than once and the second is a person's alone."""
    if not ents:
        return ents
    doc = ents[0].doc
    people = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1}
    if not people:
        return ents
    single = {e.start: e for e in ents if len(e) == 1}
    in_longer = {t.i for e in ents if len(e) > 1 for t in e}
    text = doc_text(doc)
    joined: list[Span] = []
    texts = doc_words(doc).texts  # a Token is built for a person's word only
    said = (doc[i] for i, word in enumerate(texts) if word in people)
    for last in (t for t in said if t.i > 0 and t.i not in in_longer):
        first = doc[last.i - 1]
        if first.i in in_longer or not _first_name_word(first, gaz, lex):
            continue
        if not (first.i in single or last.i in single):
            continue
        pair = f"{first.text} {last.text}"
        if text.count(pair) < 2:
            continue
        whole = doc.char_span(first.idx, last.idx + len(last), label="PERSON")
        if whole is not None:
            joined.append(whole)
    if not joined:
        return ents
    covered = {t.i for span in joined for t in span}
    kept = [e for e in ents if not any(t.i in covered for t in e)]
    return tuple(sorted([*kept, *joined], key=lambda e: e.start))


def _first_name_word(word: Token, gaz: Gazetteer, lex: Lexicon) -> bool:
    """A capitalised proper noun written right before a name with one space, that is no
    place, title, honorific nor organisation's word."""
    lower = word.lower_
    return (
        word.whitespace_ == " "
        and word.is_title
        and word.pos_ == "PROPN"
        and lower not in lex.title_words
        and lower not in lex.honorifics
        and lower not in lex.org_heads
        and not gazetteer_place(word.text, gaz)
    )


def _split_trailing_people(ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """An organisation's name the model ran on into the name of a person written after it
    ("the Council on Farm Relations Jo Pike"): a first name and a capitalised word after a
    plural or an organisation's word are the person's name, the words before them the
    organisation's."""
    out: list[Span] = []
    for ent in ents:
        cut = _person_tail(ent)
        if cut is None:
            out.append(ent)
            continue
        doc = ent.doc
        org = doc.char_span(ent.start_char, doc[cut - 1].idx + len(doc[cut - 1]), label="ORG")
        person = doc.char_span(doc[cut].idx, ent.end_char, label="PERSON")
        if org is None or person is None:
            out.append(ent)
        else:
            out.extend((org, person))
    return tuple(out)


def _person_tail(ent: Span) -> int | None:
    """Where a person's name at the end of an organisation entity begins, or None."""
    if ent.label_ != "ORG" or len(ent) < 4:
        return None
    first, last, before = ent[-2], ent[-1], ent[-3]
    if not (first.is_title and last.is_title and first.lower_ in first_names()):
        return None
    if before.lower_ in first_names() or not before.is_title:
        return None  # "Pike Ann Lee": a longer name, not a name after an organisation's
    return ent.end - 2 if before.tag_ in PLURAL_TAGS else None


#: Tags of a plural noun, which ends an organisation's name ("Relations") but not a person's.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: Words joining an institution's head to what it is for ("Foundation for the Visual Arts").
DEDICATION_WORDS = frozenset({"for", "of"})


def _joined_dedications(ents: tuple[Span, ...], gaz: Gazetteer, lex: Lexicon) -> tuple[Span, ...]:
    """An organisation whose name the model cut in two at "for (the)": "the Pike Foundation"
    and "the Visual Arts" in "the Pike Foundation for the Visual Arts"; "the Court of Appeals"
    and "the Ninth Circuit" (or "the District of Corvania Circuit", read as a place) too."""
    doc = ents[0].doc
    heads = lex.org_heads | lex.facility_heads
    out: list[Span] = []
    for ent in ents:
        previous = out[-1] if out else None
        if previous is not None and previous.label_ == "ORG" and _dedication(ent, gaz, heads):
            between = doc[previous.end : ent.start]
            words = [t.lower_ for t in between]
            if len(previous) > 2 and previous[-1].lower_ in DEDICATION_WORDS and not words:
                words = [previous[-1].lower_]  # "the Agency for" and "International Aid"
                previous = previous[:-1]
            joined = (
                words[:1] and words[0] in DEDICATION_WORDS and all(w == "the" for w in words[1:])
            )
            if joined and (previous[-1].lower_ in heads or _of_head(previous, heads)):
                out[-1] = doc.char_span(previous.start_char, ent.end_char, label="ORG") or previous
                continue
        out.append(ent)
    return tuple(out)


def _dedication(ent: Span, gaz: Gazetteer, heads: frozenset[str]) -> bool:
    """Whether ``ent`` may end an organisation's name after "for (the)": an organisation, or
    a several-word "place" the gazetteer does not know that ends in an institution's head
    word or a capitalised word ("the District of Corvania Circuit")."""
    if ent.label_ == "ORG":
        return True
    words = [t for t in ent if t.lower_ != "the"]
    return (
        ent.label_ in FRAGMENT_LABELS
        and len(words) > 1
        and words[-1].is_title
        and not gazetteer_place(" ".join(t.text for t in words), gaz)
        and not gazetteer_place(words[-1].text, gaz)
    )


def _of_head(ent: Span, heads: frozenset[str]) -> bool:
    """Whether ``ent`` is a head word followed by "of" and a name ("Court of Appeals")."""
    words = [t.lower_ for t in ent]
    return any(w == "of" and words[i - 1] in heads for i, w in enumerate(words) if i > 0)


def _run(ent: Span, owner: dict[int, Span], gaz: Gazetteer, lex: Lexicon) -> tuple[int, int] | None:
    """The token range of the longer name ``ent`` is glued into, or None when it stands alone."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 0 and _glued(doc[start - 1], doc[start], owner, lex):
        start -= 1
    while end < len(doc) and _glued(doc[end - 1], doc[end], owner, lex):
        end += 1
    while start < ent.start and doc[start].text in HYPHENS:
        start += 1
    while end > ent.end and doc[end - 1].text in HYPHENS:
        end -= 1
    if (start, end) == (ent.start, ent.end):
        return None
    if start == ent.start and _completes_title(ent, owner, lex):
        return None  # "Governor of Oregon Linda Marsh": the place ends the title
    if _name_continues(doc, start, end):
        return None  # "Ottawa New" before "Democrat": a run cut short by another name
    words = [t for t in doc[start:end] if t.text not in HYPHENS]
    if all(gazetteer_place(t.text, gaz) for t in words) or gazetteer_place(
        doc[start:end].text, gaz
    ):
        return None  # "Washington D.C.", "New York": places the gazetteer knows
    return start, end


def _left_run(
    ent: Span, owner: dict[int, Span], gaz: Gazetteer, lex: Lexicon
) -> tuple[int, int] | None:
    """A several-word place that ends an organisation's name the model left unlabelled:
    "Food Safety Authority New Zealand", "Tourism New Zealand" (name words right before it,
    one of them no place, the place the head they modify)."""
    doc = ent.doc
    start = ent.start
    while start > 0 and _glued(doc[start - 1], doc[start], owner, lex, loose_only=True):
        start -= 1
    if start == ent.start or _name_continues(doc, start, ent.end):
        return None
    words = doc[start : ent.start]
    if all(gazetteer_place(t.text, gaz) for t in words) or words[-1].head.i < ent.start:
        return None  # "Auckland, New Zealand" is two places; the name must lean on the place
    if any(t.dep_ == "compound" and t.head.i >= ent.end for t in words) or ent.root.dep_ in (
        "compound",
    ):
        return None  # the run and the place modify a noun after them: no name of its own
    return start, ent.end


def _completes_title(ent: Span, owner: dict[int, Span], lex: Lexicon) -> bool:
    """Whether the place ``ent`` ends a title written before a person's name: "Governor of
    Oregon" in "Governor of Oregon Linda Marsh", "Mayor of Eastvale Tom Hale"."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return False
    if doc[ent.start - 2].lower_ not in lex.title_words:
        return False
    after = owner.get(ent.end)
    return after is not None and after.label_ == "PERSON"


def _name_continues(doc: Doc, start: int, end: int) -> bool:
    """Whether a capitalised word the run could not take stands right before or after it."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return any(
        t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_sent_start
        for t in (before, after)
    ) and not (after is not None and after.is_sent_start)


def _glued(
    left: Token, right: Token, owner: dict[int, Span], lex: Lexicon, *, loose_only: bool = False
) -> bool:
    """Whether ``right`` continues the name ``left`` is in: a name word written after it with
    one space, or joined to it by a hyphen with no space around it (``loose_only``: ``left``
    a name word outside any entity, ``right`` any word of a name)."""
    if loose_only:
        return (
            left.whitespace_ == " "
            and not left.is_sent_end
            and not right.is_sent_start
            and left.i not in owner
            and _name_word(left, owner, lex)
        )
    if right.text in HYPHENS:
        after = right.doc[right.i + 1] if right.i + 1 < len(right.doc) else None
        return (
            not left.whitespace_
            and not right.whitespace_
            and after is not None
            and all(_name_word(t, owner, lex) for t in (left, after))
        )
    if left.text in HYPHENS:
        return _name_word(right, owner, lex)  # the hyphen was taken with the word before it
    if left.whitespace_ != " " or left.is_sent_end or right.is_sent_start:
        return False
    return all(_name_word(t, owner, lex) for t in (left, right))


def _name_word(token: Token, owner: dict[int, Span], lex: Lexicon) -> bool:
    """A capitalised proper noun, not a title ("President"), outside any entity or in a
    one-word place entity or in a person's or organisation's name."""
    if not (name_shaped(token) and token.pos_ == "PROPN"):
        return False
    if token.lower_ in lex.title_words or token.lower_ in lex.honorifics:
        return False
    ent = owner.get(token.i)
    if ent is None:
        return token.ent_iob_ == "O"
    return (ent.label_ in FRAGMENT_LABELS and len(ent) == 1) or ent.label_ in KEPT_LABELS
