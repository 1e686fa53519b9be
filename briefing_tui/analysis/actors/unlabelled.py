"""Names the model gave no entity label: proper-noun phrases in the places actors stand.

The small English model leaves many names of newspapers, teams, temples and
bands without a label ("The Harbour Gazette reported", "joined the Granite
Guild"), although its tagger marks their words as proper nouns. A run of such
words is taken for a name when the parse puts it where actors stand: the
subject or object of a verb, the object of a preposition, an apposition, a
possessor or one item of a list. Its kind is read from the same parse: a place
after "in" or "at", the kind of the entity it is listed with, else an
organisation. Names the model buried in longer names ("Eastvale" in "Eastvale
Stadium") or mislabelled as events and works ("the Eastvale Herald") are found
here too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.gender import first_names
from briefing_tui.analysis.actors.kinds import person_evidence
from briefing_tui.analysis.doctext import doc_ents, doc_text, doc_words
from briefing_tui.analysis.sentences import sentence_starts

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

    from briefing_tui.analysis.actors.lexicon import Lexicon

#: Dependencies of a phrase head where an actor's name stands.
ARGUMENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "poss", "attr", "oprd", "dative"}
)
#: Dependencies that join a word to the name it is part of ("Granite" in "Granite Guild").
INNER_DEPS = frozenset({"compound", "flat", "nmod", "amod", "punct"})
#: Labels of entities the model takes for things rather than actors.
THING_LABELS = frozenset({"EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
#: Prepositions that, besides the place words, put a name among places ("on the Marrow").
WATER_PREPS = frozenset({"on"})
#: A line whose words are mostly capitalised is a headline: its proper-noun tags mean little.
HEADLINE_SHARE = 0.6


def unlabelled_phrases(
    doc: Doc, loose: set[int], is_word_ok: Callable[[Token], bool], lex: Lexicon
) -> list[tuple[Span, str]]:
    """Proper-noun phrases outside any entity that stand where actors stand, with a label guess.

    ``loose`` holds the indexes of the proper nouns outside any entity;
    ``is_word_ok`` says whether a word may be part of a name (not a title word,
    not a word the article also writes in lower case).
    """
    found: list[tuple[Span, str]] = []
    headline = headline_sentences(doc)
    place_preps = lex.place_preps
    for i in sorted(loose):
        head = doc[i]
        if head.sent.start in headline:
            continue
        area = (
            head.dep_ in ("compound", "nmod")
            and head.head.i > i
            and head.head.is_lower
            and head.head.lower_ in lex.area_nouns
        )
        # "Harbourline chairman Jo Pike": the name before a title is the holder's organisation
        employer = (
            head.dep_ == "compound"
            and head.head.i > i
            and head.head.lower_ in lex.title_words
            and not _court_rank(head)
        )
        if head.dep_ not in ARGUMENT_DEPS and not area and not employer:
            continue
        if head.dep_ == "conj" and head.head.i in loose:
            continue  # "Zeus and Poseidon": judged with the first item
        if head.dep_ in ("poss", "appos") and head.head.i in loose:
            continue
        start = i
        while (
            start > 0
            and start - 1 in loose
            and doc[start - 1].dep_ in INNER_DEPS
            and doc[start - 1].head.i >= start
            and doc[start - 1].head.i <= i
        ):
            start -= 1
        span = doc[start : i + 1]
        if _opening_word_added(span):
            span = span[1:]  # "Rival Orion Auto said" after or before "Orion Auto"
        if _subtitle(span):
            continue
        words = [t for t in span if t.is_alpha]
        if (
            not all(t.text[:1].isupper() for t in words)
            or any(t.lower_ in lex.title_words or t.lower_ in lex.honorifics for t in words)
            or not any(map(is_word_ok, words))
        ):
            continue  # "the Harbour Gazette" may use common words, but not only them
        if any(c.isdigit() for c in span.text):
            continue
        label = "GPE" if area else _label(head, place_preps)
        if len(words) == 1 and not employer and not _single_word_name(head, label):
            continue
        found.append((span, label))
        for item in _listed_with(head, loose):
            if is_word_ok(item):
                found.append((doc[item.i : item.i + 1], label))
    return found


def borrowed_names(
    span: Span, heads: frozenset[str], plain: frozenset[str], event_heads: frozenset[str]
) -> list[Span]:
    """The names a longer name borrows: "Eastvale" in "Eastvale Stadium" and in "University
    of Eastvale", "Northgate University" in "Museum of Art at Northgate University".

    ``heads`` are last words of such names, ``plain`` descriptive words between the
    borrowed name and its head ("International" in "Eastvale International Airport"),
    ``event_heads`` last words of events and products, which may open with their
    organiser's acronym ("KLF Cup").
    """
    doc = span.doc
    found: list[Span] = []
    words = list(span)
    for k, token in enumerate(words):
        if token.lower_ == "at" and k + 1 < len(words) and k > 0:
            rest = _capitalised_run(doc, words[k + 1].i, span.end)
            if rest is not None and rest.end == span.end:
                found.append(rest)
                found.extend(borrowed_names(rest, heads, plain, event_heads))
                words = words[:k]
                break
    first = words[0]
    named_for_acronym = words[-1].lower_ in heads or words[-1].lower_ in event_heads
    if (
        len(words) >= 2
        and first.is_upper
        and first.is_alpha
        and len(first) >= 3
        and named_for_acronym
    ):
        found.append(doc[first.i : first.i + 1])  # "KLF" in "KLF Cup" or "KLF Stadium"
    for k in range(1, len(words) - 1):
        if words[k].lower_ == "of" and words[k - 1].lower_ in heads:
            rest = _capitalised_run(doc, words[k + 1].i, words[-1].i + 1)
            if rest is not None:
                found.append(rest)
            break
    if len(words) >= 2 and words[-1].lower_ in heads:
        end = len(words) - 1
        while end > 0 and words[end - 1].lower_ in plain:
            end -= 1
        start = end
        while start > 0 and words[start - 1].text[:1].isupper():
            start -= 1
        if start < end:
            found.append(doc[words[start].i : words[end - 1].i + 1])
    return found


def _opening_word_added(span: Span) -> bool:
    """A run of three capitalised words or more opening its sentence whose last words the
    article also writes as a name on their own ("Rival Orion Auto" and "Orion Auto"): the
    first word is capitalised only because the sentence starts there."""
    if len(span) < 3 or not span[0].is_sent_start or not span[0].is_alpha:
        return False
    rest = span[1:].text
    text = doc_text(span.doc)
    alone = sum(
        1 for at in _occurrences(text, rest) if not text[:at].rstrip().endswith(span[0].text)
    )
    return alone > 0


def _occurrences(text: str, part: str) -> list[int]:
    """The character offsets where ``part`` is written in ``text``."""
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


def _capitalised_run(doc: Doc, start: int, end: int) -> Span | None:
    """``doc[start:end]`` when all its words are capitalised (a "the" first is dropped)."""
    if start < end and doc[start].lower_ == "the":
        start += 1
    run = doc[start:end]
    if not len(run) or not all(t.text[:1].isupper() or not t.is_alpha for t in run):
        return None
    return run


def _person_in_thing(ent: Span, lex: Lexicon) -> Span | None:
    """A person's name the model took for a work or a product: the capitalised words after
    a title or an honorific the entity opens with ("Housing Minister Ilse Varrow", "Ms
    Anand"), or a first name and a surname ("Ilse Varrow") or a name apposed to a noun
    only a person is ("Matyas Brol, an organiser with the union")."""
    if ent.label_ not in ("WORK_OF_ART", "PRODUCT"):
        return None
    titled = [
        i
        for i, t in enumerate(ent)
        if t.lower_.rstrip(".") in lex.title_words or t.lower_.rstrip(".") in lex.honorifics
    ]
    start = titled[-1] + 1 if titled else 0
    rest = ent[start:]
    if not len(rest) or len(rest) > 3 or not all(t.is_alpha and t.is_title for t in rest):
        return None
    if titled:
        return rest
    if len(rest) < 2:
        return None
    if rest[0].lower_ in first_names() or person_evidence(rest):
        return rest
    return None


def mislabelled_names(doc: Doc, lex: Lexicon) -> list[tuple[Span, str]]:
    """Actors inside entities the model took for events, works or products, with a label:
    "KLF" in "the KLF Cup" (an acronym opening an event's name), "the Eastvale Herald" (a
    newspaper's name), "in Corvale" (a place after "in" or "at"), "Housing Minister Ilse
    Varrow" (a person's name after a title: ``_person_in_thing``)."""
    found: list[tuple[Span, str]] = []
    for ent in doc_ents(doc):
        if ent.label_ not in THING_LABELS:
            continue
        first, root = ent[0], ent.root
        words = [t for t in ent if t.is_alpha and t.lower_ != "the"]
        if not words or not all(t.text[:1].isupper() for t in words):
            continue
        acronym = first.is_upper and first.is_alpha and len(first) >= 3
        person = _person_in_thing(ent, lex)
        if person is not None:
            found.append((person, "PERSON"))
        elif acronym and len(ent) > 1 and ent.label_ == "EVENT":
            found.append((doc[first.i : first.i + 1], "ORG"))
        elif len(words) > 1 and words[-1].lower_ in lex.media_heads:
            found.append((ent, "ORG"))
        elif (
            root.dep_ == "pobj"
            and root.head.lower_ in lex.place_preps
            and all(t.pos_ == "PROPN" for t in words)
            and words[-1].lower_ not in lex.not_heads
        ):
            found.append((ent, "GPE"))
    return found


#: The courts a judge's title names ("U.S. District Judge", "Circuit Judge"): part of the
#: title, never the holder's employer.
_COURT_RANKS = frozenset(
    {
        "district",
        "circuit",
        "magistrate",
        "bankruptcy",
        "appeals",
        "appellate",
        "superior",
        "supreme",
        "county",
        "municipal",
        "federal",
        "high",
        "chief",
        "associate",
    }
)


def _court_rank(word: Token) -> bool:
    """ "District" in "District Judge Ann Lee": the court's rank in the judge's title."""
    return word.lower_ in _COURT_RANKS and word.head.lower_ in {"judge", "justice"}


def _subtitle(span: Span) -> bool:
    """ "The Lost Harbour" in "Starfall: The Lost Harbour" is part of a title, not a name."""
    before = span.start - 1
    if before > 0 and span.doc[before].lower_ == "the":
        before -= 1
    return before > 0 and span.doc[before].text == ":" and span.doc[before - 1].text[:1].isupper()


def _single_word_name(head: Token, label: str) -> bool:
    """One capitalised word is often a common noun in a title ("levels of Education"):
    it counts only as an acronym of three letters or more, or with a label from its
    neighbours (listed with a person, after "in")."""
    if label != "ORG":
        return True
    if head.dep_ == "nsubjpass" and head.tag_ == "NNP":
        return True  # "Eastvale was excluded": what a passive verb acts on is named
    return head.is_upper and len(head) >= 3 and head.tag_ != "NNPS"


def _listed_with(head: Token, loose: set[int]) -> list[Token]:
    """One-word items listed after the head, themselves unlabelled ("Zeus, Hera and Ares")."""
    return [t for t in head.conjuncts if t.i > head.i and t.i in loose and t.dep_ == "conj"]


def _label(head: Token, place_preps: frozenset[str]) -> str:
    """A place after "in", "at" or "on"; the kind of an entity it is listed or apposed with;
    else ORG."""
    if head.dep_ == "pobj" and head.head.lower_ in place_preps:
        return "GPE"
    if head.dep_ == "pobj" and head.head.lower_ in WATER_PREPS and _has_the(head):
        return "GPE"  # "on the Marrow", not "on Chirper"
    for other in (*head.conjuncts, head.head if head.dep_ == "appos" else None):
        if other is not None and other.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
            return other.ent_type_
    return "ORG"


def _has_the(token: Token) -> bool:
    return any(child.dep_ == "det" and child.lower_ == "the" for child in token.children)


def headline_sentences(doc: Doc) -> set[int]:
    """Starts of the sentences written in title case (headlines, captions)."""
    starts: set[int] = set()
    strings = doc_words(doc)  # no Token built per word
    texts = strings.texts
    firsts = sentence_starts(doc)  # the sentences' bounds, with no Span built
    for start, end in zip(firsts, (*firsts[1:], len(doc))[: len(firsts)], strict=True):
        if strings.puncts[end - 1] and texts[end - 1] not in ("-", "|", ":"):
            continue  # a sentence ends with punctuation; a headline does not
        # spaCy's is_alpha, is_title and is_upper are these tests of the token's text
        words = [w for w in texts[start:end] if w.isalpha()]
        capitalised = sum(w.istitle() or w.isupper() for w in words)
        if len(words) >= 3 and capitalised > HEADLINE_SHARE * len(words):
            starts.add(start)
    return starts
