"""The first name stage: every span of an article that may name an actor, with a label.

The spans come from the model's actor entities (split where one holds two names), from
country names, capitals and known surnames the model left unlabelled, from unlabelled
proper-noun phrases standing where actors stand, and from actors inside entities the model
took for things. Nothing is decided here about what each one is; that is the classify stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING, Literal

from briefing_tui.analysis.actors.acronyms import defines_acronym
from briefing_tui.analysis.actors.kinds import organisation_evidence, person_evidence
from briefing_tui.analysis.actors.missed_people import missed_full_names
from briefing_tui.analysis.actors.name_shape import name_ok, name_shaped
from briefing_tui.analysis.actors.spans import POSSESSIVE, alpha_words, gazetteer_place, trim
from briefing_tui.analysis.actors.unlabelled import mislabelled_names, unlabelled_phrases
from briefing_tui.analysis.actors.whole_names import whole_names
from briefing_tui.analysis.doctext import doc_ents, doc_text, doc_words, span_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from briefing_tui.analysis.actors.facts import ArticleFacts

#: How the classify stage takes a candidate: "entity" weighs the evidence for its kind;
#: "country" (with ``country`` set) and "place" are known already.
Route = Literal["entity", "country", "place", "surname"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span that may name an actor, with the label to classify it by."""

    span: Span
    label: str
    route: Route = "entity"
    country: str | None = None  # ISO code, for the route "country"
    guessed: bool = False  # an unlabelled phrase: too uncertain to lend its words to others


@dataclass(frozen=True, slots=True)
class Candidates:
    """What the collect stage hands on, in text order within each source."""

    names: tuple[Candidate, ...]
    #: bracketed acronyms written after a name, with that name: ("NEA", National Energy Agency)
    acronyms: tuple[tuple[str, Span], ...]


def collect_candidates(facts: ArticleFacts) -> Candidates:
    """Every span of the article that may name an actor, in the order they are classified."""
    found: list[Candidate] = []
    acronyms: list[tuple[str, Span]] = []
    joined = _names_joined_by_and(facts.ents)
    wholes = whole_names(facts)
    found.extend(Candidate(whole, "ORG") for whole in wholes)
    in_whole = {t.i for whole in wholes for t in whole}
    missed = {span.end: span for span in missed_full_names(facts.doc, facts.lex, facts.headlines)}
    for ent in facts.ents:
        if ent.end - 1 in in_whole:
            continue  # a piece of a name kept whole ("The Dutch Authority" of a longer one)
        full = missed.get(ent.end)
        if full is not None and len(ent) == 1 and full.start < ent.start:
            # "Cllr Ana Belko" with only "Belko" labelled: the person's full name
            found.append(Candidate(full, "PERSON"))
            continue
        if ent.start in joined:
            if joined[ent.start] is not None:
                found.append(Candidate(joined[ent.start], ent.label_))  # "the A and B Group"
            continue
        whole = _with_rest_of_name(ent)
        if whole is ent:
            whole = _through_possessive(ent, facts.lex.org_heads)
        if whole is not ent:
            found.append(Candidate(whole, ent.label_))  # one name, not two joined by "and"
            continue
        found.extend(_split_conjoined(ent, facts, acronyms))
    unlabelled = _unlabelled_names(facts)
    found.extend(Candidate(span, label) for span, label in unlabelled)
    taken = {t.i for span, _ in unlabelled for t in span}
    for span in _loose_surnames(facts, taken):
        found.append(Candidate(span, "PERSON", route="surname"))
        taken.add(span.start)
    loose = set(facts.loose_set - taken)
    may_be_name_word = partial(_may_be_name_word, facts)
    for span, label in unlabelled_phrases(facts.doc, loose, may_be_name_word, facts.lex):
        found.append(Candidate(span, _person_by_pronoun(span, label, facts), guessed=True))
    for span, label in mislabelled_names(facts.doc, facts.lex):
        trimmed = trim(span)
        if label == "GPE" and trimmed is not None:
            found.append(Candidate(trimmed, label, route="place"))  # not a "thing" for its label
        else:
            found.append(Candidate(span, label))
    found = [
        c
        for c in found
        if (c.span.label_ == "ORG" and c.span in wholes) or not _inside(c, in_whole)
    ]
    kept = tuple(_with_initial(c) for c in found if not _title_word_or_tag(c.span, facts))
    return Candidates(kept, tuple(acronyms))


def _inside(candidate: Candidate, tokens: set[int]) -> bool:
    """Whether a candidate's span lies among ``tokens`` (a piece of a name kept whole)."""
    return candidate.span.start in tokens and candidate.span.end - 1 in tokens


def _with_rest_of_name(ent: Span) -> Span:
    """An organisation's name the model cut before "and" and its last word: "the Union
    of Free Thinkers" of "the Union of Free Thinkers and Sceptics" (with "of" in the name, a
    capitalised plural after "and" that hangs on the name's last word and ends the name)."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end + 2 > len(doc) or len(ent) < 3:
        return ent
    joint, rest = doc[ent.end], doc[ent.end + 1]
    if joint.lower_ not in ("and", "&") or not any(t.lower_ == "of" for t in ent[1:-1]):
        return ent
    if not (name_shaped(rest) and rest.text.endswith("s") and rest.head.i == ent.end - 1):
        return ent
    after = doc[rest.i + 1] if rest.i + 1 < len(doc) else None
    if after is not None and (name_shaped(after) or after.ent_iob_ == "I"):
        return ent  # "and Sceptics Guild": another name goes on
    whole = doc[ent.start : rest.i + 1]
    return doc.char_span(whole.start_char, whole.end_char, label=ent.label_) or ent


def _through_possessive(ent: Span, org_heads: frozenset[str]) -> Span:
    """An organisation's name the model cut after a possessive: "the Harbour Magistrate's"
    of "the Harbour Magistrate's Court", "the Dock Workers'" of "the Dock Workers' Alliance"
    (capitalised words of no other entity after the mark, the last an organisation's head
    word), when the model's entity takes the mark in. A name that owns something ("Acme's
    board", "Norvania's Supreme Court") is labelled without it and stays as it is."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "FAC") or len(ent) < 2 or ent[-1].text not in POSSESSIVE:
        return ent
    end = mark = ent.end
    while end < len(doc) and name_shaped(doc[end]) and doc[end].ent_type_ in ("", "ORG"):
        end += 1
    if end == mark or doc[end - 1].lower_ not in org_heads:
        return ent
    return doc.char_span(ent.start_char, doc[end - 1].idx + len(doc[end - 1]), label="ORG") or ent


def _names_joined_by_and(ents: tuple[Span, ...] | list[Span]) -> dict[int, Span | None]:
    """An organisation's name the model cut at its "and": "the Dunmore and Kexley Action
    Group" read as "Dunmore" and "Kexley Action Group", where the acronym bracketed after it
    spells both ("(DKAG)"); the parse alone is no evidence ("the Institute of Technology
    and Colorado State University" are two).
    Keyed by each piece's first token: the whole name for the second piece, None for the
    first (no candidate of its own)."""
    joined: dict[int, Span | None] = {}
    for first, second in pairwise(ents):
        doc = second.doc
        if second.label_ != "ORG" or len(second) < 2 or first.end > second.start:
            continue
        between = doc[first.end : second.start]
        if len(between) != 1 or between[0].lower_ not in ("and", "&"):
            continue
        if not _spelled_by_acronym(doc[first.start : second.end]):
            continue  # "Harvard and Colorado State University": two names
        whole = doc.char_span(first.start_char, second.end_char, label="ORG")
        if whole is not None:
            joined[first.start] = None
            joined[second.start] = whole
    return joined


def _spelled_by_acronym(span: Span) -> bool:
    """Whether the acronym bracketed right after ``span`` spells the initials of its
    capitalised words ("Dunmore and Kexley Action Group (DKAG)")."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(":
        return False
    initials = "".join(t.text[0] for t in span if t.is_title)
    return len(initials) >= 3 and doc[span.end + 1].text == initials


#: A capital initial with its full stop ("A." of "the A. Philip Randolph Institute").
_INITIAL = re.compile(r"[A-Z]\.")
#: Words that may stand before an initial opening a name.
_BEFORE_INITIAL = frozenset({"the", "of", "for", "at", "by", "from", "to", "with"})


def _with_initial(candidate: Candidate) -> Candidate:
    """A name cut after the initial that opens it ("the A. Philip Randolph Institute" read
    as "Philip Randolph Institute", the full stop taken for a sentence's end) with its
    initial again, when "the" or a preposition stands before the initial."""
    span = candidate.span
    doc = span.doc
    at = span.start - 1
    if at < 1 or candidate.route != "entity" or not _INITIAL.fullmatch(doc[at].text):
        return candidate
    if doc[at - 1].lower_ not in _BEFORE_INITIAL or doc[at].whitespace_ == "":
        return candidate
    whole = doc.char_span(doc[at].idx, span.end_char, label=span.label_)
    if whole is None:
        return candidate
    return Candidate(whole, candidate.label, candidate.route, candidate.country, candidate.guessed)


#: A party-and-state tag after a legislator's name: "(R-Utah)", "(D-Ore.)", "(I-Vt.)".
_PARTY_TAG = re.compile(r"\(\s*[A-Z]{1,3}\s*-\s*[A-Z][A-Za-z. ]{0,20}\)")
#: The same tag written between commas: "Rep. Dana Whitfield, R-Ohio, said".
_BARE_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,20}")


def _title_word_or_tag(span: Span, facts: ArticleFacts) -> bool:
    """A span that is part of a title ("Majority" of "Majority Leader", "Press" of "Press
    Secretary") or of a party-and-state tag ("R-Utah"): no actor of its own."""
    doc = span.doc
    written = span_text(span)
    if span.label_ != "PERSON":
        phrase = written.lower()
        lowers = doc_words(doc).lowers  # the words after it, read without building Tokens
        for n in (1, 2):
            following = lowers[span.end : span.end + n]
            if len(following) == n and " ".join([phrase, *following]) in facts.lex.titles:
                return True
    if _BARE_PARTY_TAG.fullmatch(written):
        return True
    text = doc_text(doc)
    open_at = text.rfind("(", max(0, span.start_char - 6), span.start_char + 1)
    if open_at != -1:
        close_at = text.find(")", span.end_char - 1, span.end_char + 8)
        if close_at != -1 and _PARTY_TAG.fullmatch(text[open_at : close_at + 1]):
            return True
    return False


def _split_conjoined(
    ent: Span, facts: ArticleFacts, acronyms: list[tuple[str, Span]]
) -> list[Candidate]:
    """Split "Smith and Jones" when each is a name elsewhere, "Agency (NEA" and "Evansville,
    Indiana" in two."""
    doc, label = facts.doc, ent.label_
    _bracketed_acronym_after(ent, acronyms, facts)
    inner_the = [t.i for t in ent if t.i > ent.start and t.lower_ == "the"]
    if inner_the and label in ("PERSON", "ORG"):
        # "According to Rathbun the Church said": a known name, then another name
        cut = doc[inner_the[0]].idx
        left = doc.char_span(
            ent.start_char, doc[inner_the[0] - 1].idx + len(doc[inner_the[0] - 1]), label="PERSON"
        )
        right = doc.char_span(cut, ent.end_char, label=label)
        full = facts.full_names
        if (
            left is not None
            and right is not None
            and len(left) <= 3
            and (left.text in full.by_last or left.text in full.by_first)
        ):
            route: Route = "surname" if left.text in full.by_last else "entity"
            return [Candidate(left, "PERSON", route), *_split_conjoined(right, facts, acronyms)]
    brackets = [t.i for t in ent if t.text == "("]
    if brackets and brackets[0] > ent.start:
        name, rest = doc[ent.start : brackets[0]], doc[brackets[0] + 1 : ent.end]
        rest_words = [t for t in rest if t.text != ")"]
        if len(rest_words) == 1 and defines_acronym(name.text, rest_words[0].text, facts.gaz):
            acronyms.append((rest_words[0].text, name))
            acronym = doc[rest_words[0].i : rest_words[0].i + 1]
            return [Candidate(name, label), Candidate(acronym, label)]
        return [Candidate(name, label)]
    person = _person_of_place(ent, facts)
    if person is not None:
        return [Candidate(person, label)]
    commas = [t.i for t in ent if t.text == ","]
    if len(commas) == 1 and ent.start < commas[0] < ent.end - 1:
        # "Evansville, Indiana" taken for one name: a town and the state it lies in
        town, state = doc[ent.start : commas[0]], doc[commas[0] + 1 : ent.end]
        if gazetteer_place(state.text, facts.gaz) and not gazetteer_place(town.text, facts.gaz):
            return [Candidate(town, "GPE", route="place"), Candidate(state, "GPE")]
    ands = [t.i for t in ent if t.lower_ == "and"]
    if len(ands) != 1:
        return [Candidate(ent, label)]
    left, right = doc[ent.start : ands[0]], doc[ands[0] + 1 : ent.end]
    if label == "GPE" and len(left) == 1 and len(right) > 1:
        # "North and South Korea": the left word borrows the right part's noun
        iso = facts.gaz.country_of_name(f"{left.text} {right[1:].text}")
        if iso and facts.gaz.country_of_name(right.text):
            return [Candidate(left, label, route="country", country=iso), Candidate(right, label)]
    if label not in ("PERSON", "ORG"):
        return [Candidate(ent, label)]
    full = facts.full_names
    known = facts.entity_texts | set(full.by_last) | set(full.by_first)
    if left.text in known and right.text in known:
        return [Candidate(left, label), Candidate(right, label)]
    return [Candidate(ent, label)]


def _person_of_place(ent: Span, facts: ArticleFacts) -> Span | None:
    """The person's name of a "Britt Halvorsen of Nordmark" the model read as one person:
    a first name and a surname, then "of" and a capitalised name (a town, country or body the
    person is from). None when the words before "of" are one word or hold a title ("Duke of
    Edinburgh", "Mary Queen of Scots")."""
    if ent.label_ != "PERSON":
        return None
    links = [t.i for t in ent if t.lower_ == "of"]
    if len(links) != 1:
        return None
    doc = ent.doc
    left, right = doc[ent.start : links[0]], doc[links[0] + 1 : ent.end]
    if not 2 <= len(left) <= 3 or not right or not right[0].is_title:
        return None
    if doc[links[0]].head.i != left[-1].i:
        return None  # "of" does not hang on the name
    if any(not name_shaped(t) or t.lower_ in facts.lex.title_words for t in left):
        return None
    return left


def _bracketed_acronym_after(
    ent: Span, acronyms: list[tuple[str, Span]], facts: ArticleFacts
) -> None:
    """Record "Harbor Workers Union (HWU)": an acronym in brackets right after an
    organisation's name (``acronyms.defines_acronym``)."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end + 2 >= len(doc):
        return
    opening, word, closing = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
    if opening.text != "(" or closing.text != ")":
        return
    name = trim(ent)
    if name is None or not defines_acronym(name.text, word.text, facts.gaz):
        return
    if all(word.text != a for a, _ in acronyms):
        acronyms.append((word.text, name))


def _unlabelled_names(facts: ArticleFacts) -> list[tuple[Span, str]]:
    """Country names, capitals and known surnames the model left without an entity label."""
    doc = facts.doc
    found: list[tuple[Span, str]] = []
    taken = -1
    for i in facts.loose_names:
        if i <= taken:
            continue
        token = doc[i]
        for width in (2, 1):
            span = doc[i : i + width]
            if span.end > len(doc) or any(t.ent_iob_ != "O" for t in span):
                continue
            if gazetteer_place(span.text, facts.gaz):
                found.append((span, "GPE"))
                taken = span.end - 1
                break
            if len(span) == 2 and _written_in_full(span[1], facts):
                found.append((span, "PERSON"))  # "Maria Lund wept": missed the second time
                taken = span.end - 1
                break
            if width == 1 and name_shaped(token) and token.text in facts.full_names.by_last:
                found.append((span, "PERSON"))
                break
            if width == 1 and _place_after_preposition(token, facts):
                start = token.i
                while (
                    start > 0
                    and doc[start - 1].i in facts.loose_set
                    and doc[start - 1].dep_ == "compound"
                ):
                    start -= 1
                found.append((doc[start : token.i + 1], "GPE"))
    return found


def _loose_surnames(facts: ArticleFacts, taken: set[int]) -> list[Span]:
    """A full name's last word written alone where the model saw no person ("Lund said"
    after "Maria Lund", tagged a noun or a verb, or taken for a product): capitalised, not a
    word the article uses in lower case, and not part of a longer capitalised name."""
    doc, full = facts.doc, facts.full_names
    in_ents = {t.i for ent in facts.ents for t in ent}
    found: list[Span] = []
    texts = doc_words(doc).texts
    for token in (doc[i] for i, text in enumerate(texts) if text in full.by_last):
        if token.i in taken or token.i in in_ents or token.text not in full.by_last:
            continue
        if not name_shaped(token) or len(token) < 3 or token.lower_ in facts.common_words:
            continue
        if token.ent_iob_ != "O" and (token.ent_iob_ != "B" or len(_entity_of(token)) > 1):
            continue  # in a longer entity of another kind ("Lund Prize")
        if _in_longer_name(token, facts) or not _plain_full_name(token.text, facts):
            continue  # "Lund Street", "Anna Lund"; "Image" after "Captain Image"
        found.append(doc[token.i : token.i + 1])
    return found + _hyphenated_surnames(facts, taken | in_ents)


def _hyphenated_surnames(facts: ArticleFacts, taken: set[int]) -> list[Span]:
    """A full name's hyphenated last word written alone ("Achebe-Grant said" after
    "Rosalind Achebe-Grant"): the parse splits it into three tokens, so the one-word
    look-up above never meets it; not part of a longer capitalised name."""
    doc, text = facts.doc, doc_text(facts.doc)
    found: list[Span] = []
    for last in (word for word in facts.full_names.by_last if "-" in word):
        for match in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text):
            span = doc.char_span(match.start(), match.end())
            if span is None or any(t.i in taken for t in span):
                continue
            before = doc[span.start - 1] if span.start > 0 else None
            after = doc[span.end] if span.end < len(doc) else None
            if (before is not None and before.is_title and before.whitespace_) or (
                after is not None and after.is_title and span[-1].whitespace_
            ):
                continue  # "Rosalind Achebe-Grant", "Achebe-Grant Partners"
            found.append(span)
    return found


def _written_in_full(token: Token, facts: ArticleFacts) -> bool:
    """A full name's last word after that same name's first word ("Maria Lund" again,
    where the model saw no person this time)."""
    if token.i == 0:
        return False
    full = facts.full_names
    before = token.doc[token.i - 1]
    firsts = {key for _, key in full.by_first.get(before.text, ())}
    return bool(firsts & {key for _, key in full.by_last.get(token.text, ())})


def _plain_full_name(last: str, facts: ArticleFacts) -> bool:
    """Whether a full name ending in ``last`` is a plain name: no title word in it, and
    ``last`` not a label ("Image:")."""
    lex = facts.lex
    if last.lower() in lex.title_words or last.lower() in CREDIT_LABELS:
        return False
    for _, key in facts.full_names.by_last[last]:
        words = key.split(":", 1)[-1].split()
        if not any(w.lower() in lex.title_words or w.lower() in lex.honorifics for w in words):
            return True
    return False


#: Words that label a caption or credit line ("Image: ...").
CREDIT_LABELS = frozenset({"image", "photo", "photograph", "picture", "video", "credit", "source"})


def _in_longer_name(token: Token, facts: ArticleFacts) -> bool:
    """Whether a capitalised word (not a title) stands right before or after ``token``."""
    doc, lex = facts.doc, facts.lex
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    if (
        after is not None
        and after.is_alpha
        and after.text[:1].isupper()
        and not after.is_sent_start
    ):
        return True
    return (
        before is not None
        and not token.is_sent_start
        and name_shaped(before)
        and before.lower_ not in lex.title_words
        and before.lower_ not in lex.honorifics
    )


def _entity_of(token: Token) -> Span:
    """The model's entity that holds ``token``."""
    return next(e for e in doc_ents(token.doc) if e.start <= token.i < e.end)


def _person_by_pronoun(span: Span, label: str, facts: ArticleFacts) -> str:
    """A two- or three-word name with a person's shape that speaks, or is followed in its
    sentence by "he" or "she", or has a person's cues around it, is a person's."""
    words = alpha_words(span)
    if (
        label == "ORG"
        and 2 <= len(words) <= 3
        and name_ok(words)
        and all(t.pos_ == "PROPN" for t in words)
        and not organisation_evidence(span, facts.lex)
    ):
        root = span.root
        speaks = root.dep_ == "nsubj" and root.head.lemma_.lower() in facts.lex.speech_verbs
        if speaks or facts.gender_after(span.end, len(facts.doc)) or person_evidence(span):
            return "PERSON"
    return label


def _may_be_name_word(facts: ArticleFacts, token: Token) -> bool:
    """A capitalised word or acronym that the article never writes in lower case."""
    lower = token.lower_
    return (
        (name_shaped(token) or (token.is_upper and len(token) > 1))
        and lower not in facts.common_words
        and lower not in facts.lex.title_words
        and lower not in facts.lex.honorifics
    )


def _place_after_preposition(token: Token, facts: ArticleFacts) -> bool:
    """A capitalised name the model missed after a place word: "in Dunmore"."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in facts.lex.place_preps
        and name_shaped(token)
        and token.tag_ == "NNP"
        and token.lower_ not in facts.common_words
    )
