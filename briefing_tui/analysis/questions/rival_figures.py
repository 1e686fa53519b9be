"""Rival figures: two sources give different figures for the same measured thing.

"The union says the plans could cut up to 600 jobs" ... "the company said no more
than 150 positions would be affected": one matter, two figures, two sides. The
two claims are by different sources, within a few sentences of each other; their
figures count the same unit (the same noun, or nouns the ``figure_units`` lexicon
groups as one measure); and the later one is put as a counter-figure, either
bounded ("no more than", the ``figure_limits`` lexicon) or after a sentence that
contests a figure ("disputes that figure", "gave a different figure"). The
question names both figures and both sides:

    Could the plans cut up to 600 jobs, as the union says, or no more than 150
    positions, as the company says?

Named vetoes (``--explain`` shows them): ``figure-same-value`` (the later source
repeats the figure), ``figure-unnamed-side`` (a side is only a pronoun or has no
name the question could give), ``figure-unasked`` (the first figure's clause cannot be asked),
``figure-too-long`` (the question would run past
``MAX_WORDS`` words).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import char_span, doc_text, doc_words
from briefing_tui.analysis.questions.contested_matters import contested_roles
from briefing_tui.analysis.questions.cues import lemma_set, lexicon
from briefing_tui.analysis.questions.disputes import Dispute, same_source
from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.rival_counts import count_asked, count_veto
from briefing_tui.analysis.questions.rival_frames import frame_veto
from briefing_tui.analysis.questions.rules import RuleContext, phrase
from briefing_tui.analysis.questions.scope import clause_verb
from briefing_tui.analysis.questions.tied_bodies import tied_name_of
from briefing_tui.analysis.sentences import doc_sentences
from briefing_tui.analysis.syntax import clause_subject, partitive_noun

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.model import Claim

#: The cue ``--explain`` shows for a rival-figure dispute.
RIVAL_CUE = "rival figures"
#: How many sentences apart the two figures may be.
WINDOW = 3
#: The longest question asked (in words).
MAX_WORDS = 25
#: Entity labels of numbers that are no measured amount (years, times, ranks).
_NOT_AMOUNTS = frozenset({"DATE", "TIME", "ORDINAL"})
#: Nouns that stand for a figure just given ("disputes that figure", "a different estimate").
_FIGURE_NOUNS = frozenset(
    {"figure", "estimate", "number", "total", "tally", "count", "forecast", "toll"}
)
#: The verbs a question names its sides with, in the third person singular.
_THIRD_PERSON = {"say": "says", "deny": "denies", "dispute": "disputes"}
#: Units that measure anything: a bounded percentage alone is no counter-figure.
_RATIOS = frozenset({"percent", "%", "point", "time"})
#: Words that make a number a multiple of another figure ("four times more").
_MULTIPLIERS = frozenset({"times", "fold", "twice"})
#: Adjectives that set a figure against another ("gave a different figure").
_OTHER = frozenset({"different", "lower", "higher", "smaller", "larger", "other"})


#: The unit of a number that is itself the subject ("4,000 joined the strike"): a headcount.
HEADCOUNT = "<headcount>"
#: Nouns that count people (lemmas): a headcount is a figure of the same measure as theirs.
_PEOPLE = frozenset(
    {
        "person",
        "people",
        "worker",
        "employee",
        "staff",
        "member",
        "protester",
        "demonstrator",
        "striker",
        "resident",
        "participant",
        "passenger",
        "student",
    }
)


def same_measure(one: Figure, other: Figure) -> bool:
    """Whether two figures count one measure: the same unit, or a headcount beside a
    number of people ("4,000 workers joined" / "fewer than 900 had stopped work")."""
    if one.unit == other.unit:
        return True
    units = {one.unit, other.unit}
    if HEADCOUNT not in units:
        return False
    counted = one.noun if other.unit == HEADCOUNT else other.noun
    return counted.lemma_.lower() in _PEOPLE


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure in a claim: its words ("no more than 150 positions"), its value's words
    ("150"), the measure it counts (a unit key) and the noun that carries it."""

    words: str
    value: str
    unit: str
    noun: Token


@cache
def _unit_keys() -> dict[str, str]:
    """Each unit noun's measure: the first noun of its ``figure_units`` line."""
    keys: dict[str, str] = {}
    for line in lexicon("figure_units"):
        nouns = line.lower().split()
        for noun in nouns:
            keys.setdefault(noun, nouns[0])
    return keys


@cache
def _limits() -> tuple[str, ...]:
    return tuple(e.lower() for e in lexicon("figure_limits"))


def figures(content: Span) -> list[Figure]:
    """The figures a claim's content gives: a number counting a noun ("600 jobs",
    "1.3 billion ekus", "4.5 percent"), not a year, a time or a rank."""
    found: list[Figure] = []
    seen: set[int] = set()
    for token in content:
        if not token.like_num or token.ent_type_ in _NOT_AMOUNTS or token.i in seen:
            continue
        chain = [token]
        unit = token
        while unit.head.i != unit.i and (unit.head.like_num or unit.head.pos_ == "NUM"):
            unit = unit.head
            chain.append(unit)
        if any(t.lower_ in _MULTIPLIERS for t in (*chain, unit.head)):
            continue  # "four times more patients": a ratio to another figure, no count
        if unit.dep_ in {"nsubj", "nsubjpass"} and unit.pos_ == "NUM" and partitive_noun(unit):
            continue  # "at least one of the shells was made abroad": no amount of anything
        if unit.dep_ in {"nsubj", "nsubjpass"} and unit.pos_ == "NUM":
            # "fewer than 900 had stopped work": a number that acts counts people
            seen.update(t.i for t in chain)
            start = min(t.left_edge.i for t in chain)
            words = [t for t in content.doc[start : unit.i + 1] if not t.is_punct]
            value = " ".join(t.lower_ for t in sorted(chain, key=lambda t: t.i))
            found.append(Figure(running_words(words), value, HEADCOUNT, unit))
            continue
        if unit.dep_ not in {"nummod", "compound", "quantmod"} and unit.pos_ != "NUM":
            continue
        noun = unit.head if unit.head.i != unit.i else None
        if noun is None or noun.pos_ not in {"NOUN", "PROPN"} or noun.i <= token.i:
            continue
        if not content.start <= noun.i < content.end:
            continue
        seen.update(t.i for t in chain)
        start = min(t.left_edge.i for t in chain)  # "no more than 1.3 billion", "up to 600"
        words = [t for t in content.doc[start : noun.i + 1] if not t.is_punct and t.dep_ != "det"]
        if any(t.lower_ in _MULTIPLIERS for t in words):
            continue  # "four times more patients": a ratio to another figure, no count
        value = " ".join(t.lower_ for t in sorted(chain, key=lambda t: t.i))
        key = _unit_keys().get(noun.lemma_.lower(), noun.lemma_.lower())
        found.append(Figure(running_words(words), value, key, noun))
    return found


def _bounded(figure: Figure) -> bool:
    """Whether a figure is put as a bound ("no more than 150", "only 40"), as a counter-figure
    is."""
    words = f" {figure.words.lower()} "
    return any(f" {limit} " in words for limit in _limits())


def _contests_a_figure(sentence: Span) -> bool:
    """Whether a sentence contests a figure: "disputes that figure", "gave a different
    estimate"."""
    denials = lemma_set("denials")
    for token in sentence:
        if token.lemma_.lower() not in _FIGURE_NOUNS:
            continue
        if token.head.lemma_.lower() in denials:
            return True
        if any(c.lemma_.lower() in _OTHER or c.lower_ in _OTHER for c in token.children):
            return True
        if any(_sets_figures_apart(c) for c in token.children):
            return True
    return False


def _says_disputed(sentence: Span) -> bool:
    """Whether the narrator says in a sentence that sides disagree: a verb of disagreeing
    ("the two sides differ"), "in dispute", "at odds" (not in a quote, not negated)."""
    roles = contested_roles()
    verbs, nouns = roles["verb"], roles["odds"] | roles["dispute"]
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma in verbs and token.pos_ == "VERB":
            verb = token
        elif lemma in nouns and token.pos_ == "NOUN" and token.head.lower_ in {"in", "at"}:
            verb = token.head.head
        else:
            continue
        if any(c.dep_ == "neg" for c in verb.children) or token.is_quote:
            continue
        return True
    return False


def _sets_figures_apart(child: Token) -> bool:
    """Whether a figure noun's dependent sets it against another's: a named or common owner
    ("the authority's figure", not "its estimate") or a count of figures ("the two
    figures")."""
    if child.dep_ == "poss" and child.pos_ in {"NOUN", "PROPN"}:
        return True
    return child.dep_ == "nummod" and child.lower_ == "two" and child.head.tag_ == "NNS"


def side_name(ctx: RuleContext, doc: Doc, claim: Claim) -> str | None:
    """How a question names a claim's source: the words naming it, where they hold a name
    and are short ("the Port Workers' Alliance"), else its actor's name ("the Fiscal
    Council" for "the council"); None for a source the question could not name."""
    span = (
        char_span(doc, claim.source_span.start, claim.source_span.end)
        if claim.source_span
        else None
    )
    if (
        span is not None
        and any(t.pos_ == "PROPN" for t in span)
        and len(span) <= 6
        and not any(t.dep_ in {"relcl", "appos", "acl"} or t.is_punct for t in span)
    ):
        words = " ".join(t.text for t in span).replace(" 's", "'s")
        common = span[0].lower_ == "the" or span[0].pos_ != "PROPN"  # "Fishermen from Orla"
        return words[:1].lower() + words[1:] if common else words
    return _actor_name(ctx, doc, claim)


def _figure_side(ctx: RuleContext, doc: Doc, claim: Claim) -> str | None:
    """How a rival-figure question names a claim's source: as ``side_name`` does, else as
    written where that is "the" and one common noun."""
    span = (
        char_span(doc, claim.source_span.start, claim.source_span.end)
        if claim.source_span
        else None
    )
    return side_name(ctx, doc, claim) or _common_body(span)


def _common_body(span: Span | None) -> str | None:
    """A source written as "the" and one common noun ("the hospital", "the company"), which a
    question can name as written; None for any other source."""
    if span is None or len(span) != 2 or span[0].lower_ != "the":
        return None
    if span[1].pos_ != "NOUN" or span[1].tag_ != "NN":
        return None
    return f"the {span[1].lower_}"


def verb_for(doc: Doc, claim: Claim | None, verb: str) -> str:
    """``verb`` in the present as a claim's source takes it: "survivors say", "the union
    says" (a source given by name alone is one)."""
    span = (
        char_span(doc, claim.source_span.start, claim.source_span.end)
        if claim is not None and claim.source_span
        else None
    )
    if span is not None and len(span) and span.root.tag_ in {"NNS", "NNPS"}:
        return verb
    return _THIRD_PERSON.get(verb, f"{verb}s")


def _same_head(doc: Doc, first: Claim, second: Claim) -> bool:
    """Whether two claims' sources are headed by one common noun ("Regulator says ..." in a
    headline, "Velmora's energy regulator said"): one source, named twice."""
    heads = []
    for claim in (first, second):
        span = claim.source_span and char_span(doc, claim.source_span.start, claim.source_span.end)
        if span is None or not len(span):
            return False
        heads.append(span.root.lemma_.lower())
    return heads[0] == heads[1] and heads[0].islower() and not _names_differ(first, second)


def _names_differ(first: Claim, second: Claim) -> bool:
    """Whether two claims' sources are two known actors."""
    return bool(first.source and second.source and first.source != second.source)


def _between(sentences: list[Span], first: int, last: int) -> list[Span]:
    return sentences[first : last + 1]


def joined_clauses(verb: Token) -> list[int]:
    """Tokens of what is joined to a figure's clause ("... and that the government had
    offered ..."): the question asks the figure's clause only."""
    cut: list[int] = []
    for child in verb.children:
        if child.dep_ in {"conj", "cc"} and child.i > verb.i:
            cut.extend(t.i for t in child.subtree)
    return cut


def rival_figures(ctx: RuleContext, doc: Doc, claims: list[Claim]) -> list[Dispute]:
    """Disputes between two sources giving different figures for one measured thing."""
    sentences = doc_sentences(doc)
    starts = [s.start_char for s in sentences]
    given: list[tuple[Claim, int, list[Figure]]] = []
    for claim in claims:
        content = char_span(doc, claim.content.start, claim.content.end)
        if content is None or not (claim.source or claim.source_text):
            continue
        found = figures(content)
        if found:
            given.append((claim, bisect_right(starts, claim.content.start) - 1, found))
    disputes: list[Dispute] = []
    paired: set[str] = set()
    for position, (later, later_i, later_figures) in enumerate(given):
        for earlier, earlier_i, earlier_figures in reversed(given[:position]):
            if later_i - earlier_i > WINDOW or earlier.id in paired:
                continue
            if same_source(doc, earlier, later, by_heads=True) or _same_head(doc, earlier, later):
                continue  # "the hospital" beside "the regulator": two sources, one unnamed
            pairs = [
                (one, other)
                for other in later_figures
                for one in earlier_figures
                if same_measure(one, other)
            ]
            if not pairs:
                continue
            one, other = pairs[0]
            asked_as = None  # the words two counts of one group are asked with, if so paired
            span = _between(sentences, earlier_i, later_i)
            # a bound alone marks a counter-figure only of a measure that is no mere ratio
            bounded = _bounded(other) and other.unit not in _RATIOS
            # the contest may be put in the first figure's sentence ("a figure four times
            # higher than ...") or in the one after the second ("the authority's figure ...")
            around = _between(sentences, earlier_i, min(later_i + 1, len(sentences) - 1))
            contested = bounded or any(_contests_a_figure(s) for s in around)
            # "The size of the problem is itself in dispute. The ministry said ...": the
            # narrator says the sides disagree, just before the first figure or between them
            told = _between(sentences, max(earlier_i - 1, 0), later_i)
            contested = contested or any(_says_disputed(s) for s in told)
            if not contested:
                # a pair told in one frame ("rents rose 14 percent" / "rents rose 6
                # percent") is one matter with no contest word (``rival_frames``)
                framed = [
                    p
                    for p in pairs
                    if p[0].value != p[1].value
                    and (
                        frame_veto(p[0].noun, p[1].noun) is None
                        # "246 people had been listed" / "231 people boarded": one group
                        or count_veto(p[0].noun, p[1].noun) is None
                    )
                ]
                if not framed:
                    continue
                one, other = framed[0]
                if frame_veto(one.noun, other.noun) is not None:
                    asked_as = count_asked(one.noun, other.noun)
            dispute = Dispute(
                span,
                None,
                sources=[s for s in (earlier.source, later.source) if s],
                claims=[c.id for c in (earlier, later) if c.id],
                cue=RIVAL_CUE,
            )
            dispute.text, dispute.veto = _ask(
                ctx, doc, (earlier, one), (later, other), claims, asked_as
            )
            disputes.append(dispute)
            paired.update(c.id for c in (earlier, later) if c.id)
            break
    return disputes


def _ask(
    ctx: RuleContext,
    doc: Doc,
    first: tuple[Claim, Figure],
    second: tuple[Claim, Figure],
    claims: list[Claim],
    asked_as: str | None = None,
) -> tuple[str | None, str | None]:
    """The question naming both figures and both sides, or the veto that keeps it unasked.

    Where the whole question runs long, the first figure's clause loses the phrases after
    its figure ("by 2032"), then the sides go by their actors' names ("Radu Petrescu" for
    "Finance Minister Radu Petrescu"), then by the acronyms the article defines for them
    ("the PWA" for "the Port Workers' Alliance")."""
    (one_claim, one), (other_claim, other) = first, second
    if one.value == other.value:
        return None, "figure-same-value"
    said = [_figure_side(ctx, doc, c) for c in (one_claim, other_claim)]
    if said[0] is None or said[1] is None or said[0].lower() == said[1].lower():
        return None, "figure-unnamed-side"
    short = [
        _actor_name(ctx, doc, c) or n for c, n in zip((one_claim, other_claim), said, strict=True)
    ]
    if asked_as is not None:
        # "had been listed" / "boarded": each side's verb is its own; ask with the class's
        return _counts_asked(doc, first, second, said, asked_as)
    counted = _how_many(ctx, doc, first, second, said)
    if counted is not None:
        return counted, None
    counter = other.words
    if other.noun.lemma_.lower() == one.noun.lemma_.lower() and other.unit not in _RATIOS:
        counter = counter.rsplit(" ", 1)[0]  # "no more than 1.3 billion": the unit once
    verb = clause_verb(one.noun)
    joined = joined_clauses(verb)
    after = [t.i for c in verb.children if c.i > one.noun.i for t in c.subtree]
    # "on its first day", "last week": when it was counted is left out first
    dated = [
        t.i
        for c in verb.children
        if c.i > one.noun.i and any(g.ent_type_ in _NOT_AMOUNTS for g in c.subtree)
        for t in c.subtree
    ]
    named = _bare_subject_named(ctx, verb, claims)
    initials = [
        _acronym_name(ctx, doc, c) or n
        for c, n in zip((one_claim, other_claim), short, strict=True)
    ]
    tries = (
        ([*joined, *dated], said),
        ([*joined, *after], said),
        ([*joined, *after], short),
        ([*joined, *after], initials),
    )
    for drop, names in tries:
        asked = phrase(ctx, verb, drop=drop)
        if not asked.endswith("?") or asked.startswith("Unclear"):
            return None, "figure-unasked"
        if named is not None:
            asked = re.sub(rf"\b{re.escape(named[0])}\b", named[1], asked, count=1)
        say = [verb_for(doc, c, "say") for c in (one_claim, other_claim)]
        text = f"{asked[:-1]}, as {names[0]} {say[0]}, or {counter}, as {names[1]} {say[1]}?"
        if len(text.split()) <= MAX_WORDS:
            return text, None
    return None, "figure-too-long"


def _how_many(
    ctx: RuleContext,
    doc: Doc,
    first: tuple[Claim, Figure],
    second: tuple[Claim, Figure],
    said: list[str | None],
) -> str | None:
    """The figures asked as a count, where either counts the subject of its clause in the
    plural ("9,400 patients were affected"):

        How many patients were affected: as many as 52,000, as the regulator says, or
        9,400, as the hospital says?

    None where neither does, the two count different nouns, the clause says more than a
    few words or holds a pronoun, or the question runs past ``MAX_WORDS``."""
    (one_claim, one), (other_claim, other) = first, second
    if one.noun.lemma_.lower() != other.noun.lemma_.lower() or one.unit in _RATIOS:
        return None
    subject = next(
        (
            f.noun
            for f in (one, other)
            if f.noun.dep_ in {"nsubj", "nsubjpass"} and f.noun.tag_ == "NNS"
        ),
        None,
    )
    if subject is None:
        return None
    verb = subject.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    if verb.lemma_ != "be" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None  # "How many people marched": no verb opens it (asked "Did ... march")
    left_out = {t.i for t in subject.subtree} | set(joined_clauses(verb))
    left_out |= {
        t.i
        for c in verb.children
        if c.dep_ in {"prep", "npadvmod", "advmod", "advcl", "punct", "mark", "ccomp"}
        and c.i > verb.i
        for t in c.subtree
    }
    rest = [t for t in verb.subtree if t.i not in left_out and t.i > subject.i]
    if not rest or len(rest) > 6 or any(t.pos_ == "PRON" or t.is_punct for t in rest):
        return None
    if any(t.dep_ in {"mark", "advmod"} for t in rest):
        return None
    values = [_figure_value(f) for f in (one, other)]
    say = [verb_for(doc, c, "say") for c in (one_claim, other_claim)]
    clause = " ".join(t.text for t in rest)
    text = (
        f"How many {subject.lower_} {clause}: {values[0]}, as {said[0]} {say[0]}, "
        f"or {values[1]}, as {said[1]} {say[1]}?"
    )
    return text if len(text.split()) <= MAX_WORDS else None


def _counts_asked(
    doc: Doc,
    first: tuple[Claim, Figure],
    second: tuple[Claim, Figure],
    said: list[str | None],
    asked_as: str,
) -> tuple[str | None, str | None]:
    """Two counts of one group told with different verbs, asked with the words of their
    class (``rival_counts``):

        How many people were aboard: 246, as the coast guard says, or 231, as the
        operator says?
    """
    (one_claim, one), (other_claim, other) = first, second
    plural = next((f.noun.lower_ for f in (one, other) if f.noun.tag_ == "NNS"), None)
    if plural is None:
        return None, "figure-unasked"
    values = [_figure_value(f) for f in (one, other)]
    say = [verb_for(doc, c, "say") for c in (one_claim, other_claim)]
    text = (
        f"How many {plural} {asked_as}: {values[0]}, as {said[0]} {say[0]}, "
        f"or {values[1]}, as {said[1]} {say[1]}?"
    )
    return (text, None) if len(text.split()) <= MAX_WORDS else (None, "figure-too-long")


def _figure_value(figure: Figure) -> str:
    """A figure's words without the noun it counts ("as many as 52,000")."""
    words = figure.words.split()
    noun = figure.noun.text.lower()
    while words and words[-1].lower() != noun:
        words.pop()
    return " ".join(words[:-1]) or figure.value


def _actor_name(
    ctx: RuleContext, doc: Doc, claim: Claim, names: dict[str, str] | None = None
) -> str | None:
    """A claim's source as the question names it, from ``names`` (the actors' names unless
    given), with "the" when the article writes it so."""
    names = ctx.names if names is None else names
    name = names.get(claim.source) if claim.source else None
    if not name:
        return None
    return f"the {name}" if _written_with_the(doc, name) else name


def _acronym_name(ctx: RuleContext, doc: Doc, claim: Claim) -> str | None:
    """The acronym the article defines for a claim's source ("the PWA"), if any."""
    return _actor_name(ctx, doc, claim, ctx.acronyms)


def _written_with_the(doc: Doc, name: str) -> bool:
    """Whether the article writes a name after "the" ("the independent Fiscal Council")."""
    pattern = rf"\bthe\s+(?:[a-z-]+\s+){{0,2}}{re.escape(name)}\b"
    return re.search(pattern, doc_text(doc), flags=re.IGNORECASE) is not None


def _bare_subject_named(
    ctx: RuleContext, verb: Token, claims: list[Claim]
) -> tuple[str, str] | None:
    """A bare "the <noun>" subject of the figure's clause ("the plans could eliminate ...")
    and how the article first named that noun: with its modifying noun ("its contested
    pension reform": "the pension reform"), or by the actor it was the object of ("the
    company announced plans": "Nordzee's plans"); None when it is not bare or not named."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    modifiers = [c for c in subject.children if c.i < subject.i]
    if len(modifiers) != 1 or modifiers[0].lower_ != "the":
        return None
    doc = subject.doc
    lemma = subject.lemma_.lower()
    words = doc_words(doc)  # the per-Doc tables: no Token is built for the other words
    for i in range(subject.i):
        if words.lemmas[i] != lemma or words.pos[i] != "NOUN":
            continue
        earlier = doc[i]
        compounds = [c for c in earlier.children if c.dep_ == "compound" and c.i < earlier.i]
        if compounds:
            words = " ".join(t.text for t in doc[compounds[0].i : earlier.i + 1])
            return f"the {subject.text}", f"the {words.lower()}"
        if earlier.dep_ == "dobj":
            owner = clause_subject(earlier.head)
            name = tied_name_of(ctx)(owner) if owner is not None else None
            name = name or (_tied_by_claims(ctx, owner, claims) if owner is not None else None)
            if name:
                return f"the {subject.text}", f"{name}’s {subject.text}"
        return None
    return None


def _tied_by_claims(ctx: RuleContext, body: Token, claims: list[Claim]) -> str | None:
    """The one actor that the claims analysis gives as the source of every claim whose
    source is written with the same words as a bare body ("the company"), or None."""
    words = " ".join(t.lower_ for t in body.subtree)
    if len(words.split()) != 2 or not words.startswith("the "):
        return None
    doc = body.doc
    tied = set()
    for claim in claims:
        if claim.source is None or claim.source_span is None:
            continue
        span = char_span(doc, claim.source_span.start, claim.source_span.end)
        if span is not None and " ".join(t.lower_ for t in span) == words:
            tied.add(claim.source)
    return ctx.names.get(next(iter(tied))) if len(tied) == 1 else None
