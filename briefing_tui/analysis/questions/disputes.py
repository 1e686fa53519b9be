"""Disputes: one actor's claim that another denies, contradicts or knows nothing of.

Two routes lead to a dispute. The first compares the claims module's claims:
a claim whose content denies (a denial word, a denial stance, or a negated
predicate) answers an earlier claim by another source about the same thing
(shared entities or content words, or an anaphor such as "that conversation").
The second reads the parse alone, for denials that are not reported speech:
"X rejects the claim", "which X rejects", "..., a claim X rejected" (``apposed_claims``),
"under the pretext that ...".
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.doctext import char_span, lemma_positions
from briefing_tui.analysis.questions.apposed_claims import denied_words, summed_clause
from briefing_tui.analysis.questions.cues import Cue, lemma_set
from briefing_tui.analysis.questions.scope import clause_verb, is_negated
from briefing_tui.analysis.questions.settled import not_yet, told_unknown
from briefing_tui.analysis.sentences import doc_sentences
from briefing_tui.analysis.syntax import clause_subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.model import Claim

_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
_REPORTING_LEMMAS = frozenset({"say", "tell", "state", "add", "claim", "be", "have", "do"})
_ANAPHORS = frozenset({"that", "this", "those", "these", "such"})
_RELATIVE_OBJECTS = frozenset({"which", "that", "this", "it"})
_ANAPHOR_MARK = "<anaphor>"
#: Conjunctions that give a reason: a clause they open is background, not a claim.
_REASONS = frozenset({"since", "because", "as"})
#: How many sentences back a denied claim may sit.
WINDOW = 2
#: Verbs too light to tell two sentences speak of the same act.
_LIGHT_VERBS = frozenset({"be", "have", "do", "make", "get", "take", "give", "go", "say"})


@dataclass(slots=True)
class Dispute:
    """A dispute found in the text: where it is, who is in it, and what is contested."""

    sentences: list[Span]
    contested: Token | None
    drop: list[int] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    denied: Token | None = None  # "the allegations" in "denied the allegations", if that is all
    #: The words that mark the opposition ("denied", "but critics charge"), for ``--explain``.
    cue: str = "denial"
    #: The question as the pattern that found it asks it, where it asks it itself.
    text: str | None = None
    #: The named veto that keeps this pairing from being asked (shown by ``--explain``).
    veto: str | None = None


def claim_pair_dispute(
    claims: tuple[Claim, Claim],
    verbs: tuple[Token, Token],
    text: str | None,
    cue: str,
    veto: str | None,
) -> Dispute:
    """The dispute two claims make, told in their two verbs' sentences (each once, in text
    order), with both claims' sources and ids: one side blaming the other, rival causes."""
    sentences = sorted({t.sent.start: t.sent for t in verbs}.values(), key=lambda s: s.start)
    return Dispute(
        sentences,
        None,
        sources=[c.source for c in claims if c.source],
        claims=[c.id for c in claims if c.id],
        text=text,
        cue=cue,
        veto=veto,
    )


def denied_question(denial: Token, denied: Token) -> str | None:
    """Ask about what a denial names: "Are these allegations true?", "Did X have any
    involvement in Y?" (a denied claim noun with no "that" clause to ask about).
    """
    words = denied.doc[denied.left_edge.i : denied.right_edge.i + 1].text
    words = " ".join(words.split())  # "the union's estimate", spaced as the article spaces it
    if denied.left_edge.pos_ in {"DET", "PRON"}:
        words = words[:1].lower() + words[1:]
    if denied.lemma_.lower() in lemma_set("held_nouns"):
        holder = next((c for c in denial.children if c.dep_ in {"nsubj", "agent"}), None)
        if holder is not None and holder.tag_ == "WDT" and denial.dep_ == "relcl":
            holder = denial.head  # "the government, which denied ...": the government
        if holder is None or holder.tag_ in {"WDT", "WP"}:
            return None
        name = " ".join(t.text for t in holder.subtree if not _in_relcl(t, holder))
        if holder.left_edge.pos_ == "DET":
            name = name[:1].lower() + name[1:]
        return f"Did {name} have {words}?"
    verb = "are" if denied.tag_ in {"NNS", "NNPS"} else "is"
    return f"{verb.capitalize()} {words} true?"


def _in_relcl(token: Token, top: Token) -> bool:
    """Whether ``token`` sits in a relative clause or apposition under ``top``."""
    node = token
    while node.i != top.i:
        if node.dep_ in {"relcl", "appos", "acl"} or (node.is_punct and node.head.i == top.i):
            return True
        node = node.head
    return False


def _content_lemmas(span: Span) -> set[str]:
    return {
        t.lemma_.lower()
        for t in span
        if t.pos_ in _CONTENT_POS and not t.is_stop and t.lemma_.lower() not in _REPORTING_LEMMAS
    }


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return char_span(doc, start, end)  # alignment_mode="expand"


def denial_of_a_claim(cue: Cue) -> bool:
    """Whether a denial cue may deny a claim: any cue but a negated verb ("not accept"),
    which denies only a statement noun or a "that" clause, told without a modal ("did not
    accept the agency's view that ...", not "would not accept his endorsement" nor "we will
    not accept that the river can be dammed")."""
    if not cue.tokens or cue.tokens[0].lower_ not in {"not", "n't"}:
        return True
    verb = cue.head
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "we will not accept that ...": a stance for what comes, no denial
    return verb.pos_ in {"VERB", "AUX"} and _denies_a_claim(verb)


def _denies_a_claim(word: Token) -> bool:
    """Whether a denial word is used about a statement, not "denied visas" or "refused".

    Verbs need a "that" clause or a statement noun as object ("denied the
    report", "rejected any involvement"); adjectives and nouns ("unaware",
    "pretext") deny by themselves.
    """
    if word.pos_ == "ADJ":
        return word.dep_ in {"acomp", "attr", "ROOT", "ccomp", "conj"}
    if word.pos_ not in {"VERB", "AUX"}:
        return True
    claim_nouns = lemma_set("claim_nouns")
    for child in word.children:
        if child.dep_ == "ccomp":
            return True
        if child.dep_ in {"dobj", "nsubjpass"} and child.lemma_.lower() in claim_nouns:
            return True
    return False


def _denial_strength(doc: Doc, claim: Claim, content: Span, denial_ids: set[int]) -> int:
    """2 for an outright denial, 1 for a negated predicate, 0 for none."""
    denial_lemmas = lemma_set("denials")
    cue = _span(doc, claim.cue_span.start, claim.cue_span.end) if claim.cue_span else None
    denies = cue is not None and cue.root.lemma_.lower() in denial_lemmas
    if denies and (
        content.root.lemma_.lower() in lemma_set("claim_nouns") or _denies_a_claim(cue.root)
    ):
        return 2
    predicate = clause_verb(content.root)
    for token in content:
        if token.i in denial_ids and clause_verb(token) == predicate and _denies_a_claim(token):
            if _supposed(token):
                continue  # "If the SEC concludes that the disclosures were misleading, ..."
            return 2
    if is_negated(predicate) and not not_yet(predicate) and not told_unknown(predicate):
        return 1  # (not "had not yet received", nor "it was not clear whether": no denial)
    return 0


#: Conjunctions that open a clause only supposed, which denies nothing.
_SUPPOSING = frozenset({"if", "unless", "whether"})


def _supposed(word: Token) -> bool:
    """Whether a denial word sits in a clause only supposed: "if the agency concludes that
    the figures were misleading" weighs a finding still to come; nobody denies anything."""
    for node in (word, *word.ancestors):
        if any(c.dep_ == "mark" and c.lower_ in _SUPPOSING for c in node.children):
            return True
    return False


def same_source(doc: Doc, first: Claim, second: Claim, *, by_heads: bool = False) -> bool:
    """Whether two claims may come from one source (unknown sources count as maybe).

    Two sources named with no name in common ("Rathbun", "Scientology
    officials") are told apart even under one actor id, which guards against
    actors merged by a mis-read entity. With ``by_heads`` (for an outright
    denial), two sources headed by different nouns, only one of them named ("the
    official", "Kessler's office"), are told apart too.
    """
    names = []
    heads = []
    for claim in (first, second):
        span = claim.source_span and _span(doc, claim.source_span.start, claim.source_span.end)
        names.append(_names(span) if span is not None else set())
        heads.append(span.root if span is not None and len(span) else None)
    if all(names) and not names[0] & names[1]:
        return False
    if by_heads and _other_heads(heads[0], heads[1]) and names[0] != names[1]:
        return False  # "the official" and "Kessler's office": two sources, one named
    if first.source and second.source:
        return first.source == second.source
    return not all(names) or names[0] == names[1]


def _other_heads(first: Token | None, second: Token | None) -> bool:
    """Whether two source phrases are headed by different nouns, neither a pronoun."""
    if first is None or second is None:
        return False
    if first.pos_ not in {"NOUN", "PROPN"} or second.pos_ not in {"NOUN", "PROPN"}:
        return False
    return first.lemma_.lower() != second.lemma_.lower()


def _parsed_claim(
    subject: Token,
    cue: Token,
    content_root: Token,
    actor_of: Callable[[Token], str | None],
    stance: str = "assertion",
) -> Claim:
    """A claim read straight from the parse: ``subject`` ``cue`` ``content_root``'s clause."""
    from briefing_tui.model import Claim, ClaimKind, Span

    words = sorted(content_root.subtree, key=lambda t: t.i)
    phrase = sorted(subject.subtree, key=lambda t: t.i)
    return Claim(
        id="",
        source=actor_of(subject),
        source_text=" ".join(t.text for t in phrase),
        source_span=Span(phrase[0].idx, phrase[-1].idx + len(phrase[-1])),
        cue=cue.text,
        cue_span=Span(cue.idx, cue.idx + len(cue)),
        content=Span(words[0].idx, words[-1].idx + len(words[-1])),
        kind=ClaimKind.INDIRECT,
        stance=stance,
    )


def reported_denials(
    denial_cues: list[Cue], actor_of: Callable[[Token], str | None]
) -> list[Claim]:
    """Denials reported as speech ("X said it was unaware of ..."), as claims.

    They stand in for claims the claims module may not have given, so that a
    denial can be paired with what it denies.
    """
    found: list[Claim] = []
    for cue in denial_cues:
        predicate = clause_verb(cue.head)
        reporting = predicate.head
        if predicate.dep_ != "ccomp" or reporting.pos_ not in {"VERB", "AUX"}:
            continue
        subject = next((c for c in reporting.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        found.append(_parsed_claim(subject, reporting, predicate, actor_of, stance="denial"))
    return found


def _answers(
    strength: int, denial_words: set[str], source_words: set[str], claimed: Span, distance: int
) -> bool:
    """Whether a denial is about an earlier claim.

    An outright denial ("unaware", "denied") answers a claim in its own
    sentence, or a nearby one sharing a content word or pointed at by an
    anaphor ("that conversation"). A merely negated statement ("they have
    not received it") answers only the claim just before it, and only when
    that claim is about the one who now speaks.
    """
    claimed_words = _content_lemmas(claimed)
    if strength == 2:
        # "denied that any postponement had been discussed" answers "was prepared to
        # postpone the vote": an event noun shares its verb's matter
        shared = _with_verbs(denial_words) & _with_verbs(claimed_words)
        return distance == 0 or _ANAPHOR_MARK in denial_words or bool(shared)
    return distance == 1 and bool(source_words & _names(claimed))


@cache
def _event_verbs() -> dict[str, frozenset[str]]:
    """Event nouns and the verbs they are made from ("postponement": postpone, delay)."""
    return {
        row[0]: frozenset(row[1].split())
        for row in data_files.rows("questions/nominalizations.tsv")
    }


def _with_verbs(lemmas: set[str]) -> set[str]:
    """``lemmas`` with the verbs their event nouns are made from."""
    verbs = _event_verbs()
    return lemmas.union(*(verbs[w] for w in lemmas if w in verbs))


def _names(span: Span) -> set[str]:
    """The proper names in a span, as lower-case lemmas."""
    return {
        t.lower_
        for t in span
        if t.pos_ == "PROPN" or t.ent_type_ or (t.is_title and not t.is_sent_start and t.is_alpha)
    }


def reported_near(
    doc: Doc, denial_cues: list[Cue], actor_of: Callable[[Token], str | None]
) -> list[Claim]:
    """Reported speech ("X said that ...") in and just before sentences with a denial.

    These stand in for claims the claims module did not give, so a denial can
    still find what it answers; only the few sentences around a denial are read.
    """
    sentences = doc_sentences(doc)
    starts = [s.start for s in sentences]
    wanted: set[int] = set()
    for cue in denial_cues:
        index = bisect_right(starts, cue.start) - 1
        wanted.update(range(max(0, index - WINDOW), index + 1))
    reporting = lemma_set("reporting")
    found: list[Claim] = []
    for index in sorted(wanted):
        for verb in sentences[index]:
            if verb.lemma_.lower() not in reporting or verb.pos_ != "VERB":
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            if subject is None or said is None:
                continue
            found.append(_parsed_claim(subject, verb, said, actor_of))
    return found


def _has_anaphor(content: Span) -> bool:
    return any(t.lower_ in _ANAPHORS and t.dep_ == "det" for t in content)


def from_claims(doc: Doc, claims: list[Claim], denial_cues: list[Cue]) -> list[Dispute]:
    """Disputes between pairs of claims by different sources."""
    sentences = doc_sentences(doc)
    starts = [s.start_char for s in sentences]
    denial_ids = {t.i for cue in denial_cues for t in cue.tokens}
    parsed: list[tuple[Claim, Span, int]] = []
    for claim in claims:
        content = _span(doc, claim.content.start, claim.content.end)
        if content is not None and len(content):
            parsed.append((claim, content, bisect_right(starts, claim.content.start) - 1))
    disputes: list[Dispute] = []
    for position, (denial, content, sent_i) in enumerate(parsed):
        strength = _denial_strength(doc, denial, content, denial_ids)
        if strength == 0 or not (denial.source or denial.source_text):
            continue
        source_span = (
            _span(doc, denial.source_span.start, denial.source_span.end)
            if denial.source_span
            else None
        )
        if source_span is not None and source_span.root.pos_ == "PRON" and not denial.source:
            continue  # an unresolved "she" cannot be told apart from the claimant
        source_words = _names(source_span) if source_span is not None else set()
        denial_words = _content_lemmas(content) | source_words
        if strength == 2 and _has_anaphor(content):
            denial_words.add(_ANAPHOR_MARK)
        own_clause = _denied_clause(doc, denial, content) if strength == 2 else None
        for back in range(position - 1, -1, -1):
            earlier, earlier_content, earlier_i = parsed[back]
            far = sent_i - earlier_i > WINDOW
            if far and not _same_act(own_clause, earlier_content, source_words):
                continue  # far apart: only the same accused act, told again, is answered
            if (
                same_source(doc, earlier, denial, by_heads=strength == 2)
                or earlier.content.start >= denial.content.start
            ):
                continue
            if not _answers(
                strength, denial_words, source_words, earlier_content, sent_i - earlier_i
            ) and not (
                strength == 2
                and not far
                and _misconduct_denied(content)
                and _accuses(earlier, earlier_content, source_span)
            ):
                continue
            spans = [sentences[earlier_i]] if earlier_i != sent_i else []
            # "Y denied that A" names what is contested itself; else ask the earlier claim
            own = _denied_clause(doc, denial, content)
            contested = own if own is not None else root_verb(earlier_content)
            if any(c.dep_ == "mark" and c.lower_ in _REASONS for c in contested.children):
                break  # "since Mr. Tribe was a mentor to him" gives a reason, nobody denies it
            drop = [] if own is not None else _denial_inside(doc, denial, earlier_content)
            if own is None and strength == 1:
                drop += not_restated(contested, clause_verb(content.root))
            disputes.append(
                Dispute(
                    sentences=[*spans, sentences[sent_i]],
                    contested=contested,
                    drop=drop,
                    sources=[s for s in (earlier.source, denial.source) if s],
                    claims=[c.id for c in (earlier, denial) if c.id],
                )
            )
            break
    return disputes


#: Nouns of a body a charge may name instead of its name ("the company had overcharged").
BODY_NOUNS = frozenset({"company", "firm", "group", "bank", "business", "dairy", "maker"})


def _misconduct_denied(content: Span) -> bool:
    """Whether a denial's content is a held noun of misconduct alone ("any wrongdoing", "any
    involvement"), which names no act of its own to share words with."""
    root = content.root
    return root.pos_ == "NOUN" and root.lemma_.lower() in lemma_set("held_nouns")


def _accuses(claim: Claim, content: Span, denier: Span | None) -> bool:
    """Whether an earlier claim is an accusation ("alleging that the company had overcharged
    schools") whose accused is the one who now denies any wrongdoing: named alike, or a
    bare "the company" for a denier named by a name."""
    if claim.stance != "accusation" or denier is None:
        return False
    act = root_verb(content)
    accused = clause_subject(act) if act.pos_ in {"VERB", "AUX"} else None
    if accused is None or is_negated(act):
        return False
    if _names(_subtree(accused)) & _names(denier):
        return True
    bare = accused.lemma_.lower() in BODY_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in accused.children
    )
    return bare and any(t.pos_ == "PROPN" for t in denier)


def _same_act(denied: Token | None, claimed: Span, denier: set[str]) -> bool:
    """Whether a denial's own clause ("denied that it had dumped waste") restates the act a
    claim told anywhere earlier ("say the firm dumped waste into the river"): the same verb,
    at least one more content word in common, the claim itself not negated, and the one
    the claim accuses named by the denier's names (``denier``) or the denied clause."""
    if denied is None:
        return False
    act = root_verb(claimed)
    if act.lemma_.lower() != denied.lemma_.lower() or act.pos_ != "VERB" or is_negated(act):
        return False
    accused = clause_subject(act)
    said = clause_subject(denied)
    named = set(denier) | (_names(_subtree(said)) if said is not None else set())
    if accused is None or not (_names(_subtree(accused)) & named):
        return False  # "a tanker dumped waste" is not what the mill denies doing
    if denied.lemma_.lower() in _LIGHT_VERBS:
        return False  # "had", "made", "did": too light to say it is the same act
    own = _content_lemmas(denied.doc[denied.left_edge.i : denied.right_edge.i + 1])
    own.discard(denied.lemma_.lower())
    return bool(own & _content_lemmas(claimed))


def _subtree(token: Token) -> Span:
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def not_restated(contested: Token, negated: Token) -> list[int]:
    """Tokens of what is joined to the contested predicate that a negated restatement
    leaves alone: "customers paid for the rollout and deserve refunds" against
    "customers had not paid for the rollout" contests the payment only, so "and deserve
    refunds" goes (the parse may make "refunds" the conjunct)."""
    if contested.lemma_.lower() != negated.lemma_.lower():
        return []
    cut: list[int] = []
    for child in contested.children:
        if child.dep_ in {"conj", "cc"} or (child.dep_ == "advcl" and child.i > contested.i):
            cut.extend(t.i for t in child.subtree)
    return cut


def root_verb(span: Span) -> Token:
    """The predicate of a claim's content: its top verb, else the span's root."""
    tops = [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]
    verbs = [t for t in tops if t.pos_ in {"VERB", "AUX"}]
    return (verbs or tops or [span.root])[0]


def _denied_clause(doc: Doc, denial: Claim, content: Span) -> Token | None:
    """The clause a denial verb governs ("denied that she *mishandled* ..."), if any."""
    cue = _span(doc, denial.cue_span.start, denial.cue_span.end) if denial.cue_span else None
    if cue is None or cue.root.lemma_.lower() not in lemma_set("denials"):
        return None
    root = root_verb(content)
    if root.pos_ not in {"VERB", "AUX"} and root.lemma_.lower() in lemma_set("claim_nouns"):
        return _that_clause(root)  # "denied reports that it had sold the site": the sale
    return root if root.pos_ in {"VERB", "AUX"} else None


def _denial_inside(doc: Doc, denial: Claim, contested: Span) -> list[int]:
    """Tokens of a denial that the parse hangs inside the contested claim, to leave out.

    In "X said Y had pledged it, though Z said it was unaware", the parse puts
    Z's clause under "pledged"; the question should ask about the pledge only.
    """
    verb = root_verb(contested)
    parts = [s for s in (denial.source_span, denial.cue_span, denial.content) if s is not None]
    first = _span(doc, min(s.start for s in parts), min(s.start for s in parts) + 1)
    if first is None:
        return []
    node = first[0]
    inside = {t.i for t in verb.subtree}
    if node.i not in inside or node.i == verb.i:
        return []
    while node.head.i != verb.i and node.head.i in inside:
        node = node.head
    return [t.i for t in node.subtree]


def _that_clause(token: Token) -> Token | None:
    """The "that ..." clause a claim noun introduces, even where the parse misplaces it."""
    for child in token.children:
        if child.dep_ in {"acl", "ccomp", "relcl"} and child.pos_ in {"VERB", "AUX"}:
            return child
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.lower_ == "that" and following.dep_ == "mark":
        return following.head
    return None


def _antecedent_clause(relative: Token) -> Token | None:
    """The clause a sentential "which" points back to: the one just before it."""
    before = relative.i - 1
    while before >= relative.sent.start and relative.doc[before].is_punct:
        before -= 1
    if before < relative.sent.start:
        return None
    return clause_verb(relative.doc[before])


def _verb_read_as_noun(word: Token) -> bool:
    """Whether a denial word the tagger read as a plural noun is the sentence's verb: the
    root, with an object and a noun before it it would be the subject of ("The teachers'
    union disputes that": "union" read as its compound)."""
    if word.tag_ != "NNS" or word.dep_ != "ROOT":
        return False
    if not any(c.dep_ == "dobj" for c in word.children):
        return False
    return any(c.dep_ == "compound" and c.i == word.i - 1 for c in word.children)


def from_parse(denial_cues: list[Cue]) -> list[Dispute]:
    """Disputes that the parse shows without reported speech."""
    claim_nouns = lemma_set("claim_nouns")
    disputes: list[Dispute] = []
    for cue in denial_cues:
        word = cue.head
        # the tagger sometimes reads "rejects" as a plural noun; a subject shows it is a verb
        subjects = [c for c in word.children if c.dep_ in {"nsubj", "agent"}]
        read_as_verb = _verb_read_as_noun(word)
        if read_as_verb:  # "The union disputes that.": "union" is its subject
            subjects = [c for c in word.children if c.dep_ == "compound"]
        if (
            word.pos_ == "VERB"
            or read_as_verb
            or (subjects and word.dep_ in {"advcl", "relcl", "conj"})
        ):
            objects = [c for c in word.children if c.dep_ in {"dobj", "ccomp", "nsubjpass"}]
            summed = summed_clause(word)
            if summed is not None:  # "..., a claim the commission rejected"
                drop = [t.i for t in word.head.subtree] + [word.head.left_edge.i - 1]
                drop += denied_words(summed)
                disputes.append(Dispute([word.sent], summed, drop=sorted(drop)))
                continue
            for obj in objects:
                contested = denied = None
                if obj.dep_ == "ccomp":
                    contested = obj
                elif obj.lemma_.lower() in claim_nouns:
                    contested = _that_clause(obj)
                    denied = obj if contested is None else None
                elif obj.lower_ in _RELATIVE_OBJECTS and obj.i < word.i:
                    contested = _antecedent_clause(obj)
                elif obj.lower_ in {"that", "this"} and not list(obj.children):
                    denied = obj  # "Tom Reed disputes that.": the claim before it is asked
                else:
                    continue
                if subjects:
                    inside = contested is not None and word.i in {t.i for t in contested.subtree}
                    drop = [t.i for t in word.subtree] if inside else []
                    if inside and word.dep_ == "relcl":
                        drop += _apposed_account(word.head)
                    disputes.append(Dispute([word.sent], contested, drop=drop, denied=denied))
                    break
        elif word.pos_ == "NOUN":
            contested = _that_clause(word)
            if contested is not None:
                disputes.append(Dispute(sentences=[word.sent], contested=contested))
    return disputes


#: Verbs with which a court decides a charge (lemmas): "convicted Ann Lee", "was acquitted".
_VERDICT_VERBS = frozenset({"convict", "acquit"})
#: What a court finds a defendant ("was found guilty", "found him not guilty").
_FINDINGS = frozenset({"guilty", "innocent"})


def _verdict_on(token: Token) -> Token | None:
    """The one a verdict word is about: "convicted *Milne*", "*Milne* was acquitted",
    "*Milne* was found guilty"; None where it is no verdict given (negated, or still to
    come: "could convict", "will be found guilty")."""
    verb = token if token.lemma_.lower() in _VERDICT_VERBS else token.head
    if token.lower_ in _FINDINGS and (verb.lemma_.lower() != "find" or token.dep_ == "amod"):
        return None
    if verb.pos_ not in {"VERB", "AUX"} or is_negated(verb):
        return None
    if any(c.tag_ == "MD" or c.lower_ in {"to", "will"} for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            return child
    return None


def decided_by_verdict(dispute: Dispute) -> bool:
    """Whether a court's verdict the article reports decides a disputed charge: the one the
    contested act is told of ("Milne had directed staff to backdate invoices"), or who
    denies the charges, is the one the article says was convicted or acquitted ("A jury
    convicted Gareth Milne"). The trial's dispute is then settled (``decided-by-verdict``)."""
    people: set[str] = set()
    contested = dispute.contested
    subject = clause_subject(contested) if contested is not None else None
    if subject is not None:
        people |= _names(_subtree(subject))
    if dispute.denied is not None:
        denier = next((c for c in dispute.denied.head.children if c.dep_ == "nsubj"), None)
        people |= _names(_subtree(denier)) if denier is not None else set()
    if not people or not dispute.sentences:
        return False
    doc = dispute.sentences[0].doc
    for i in lemma_positions(doc, _VERDICT_VERBS | _FINDINGS):
        judged = _verdict_on(doc[i])
        if judged is not None and _names(_subtree(judged)) & people:
            return True
    return False


def fronted(verb: Token) -> list[int]:
    """Tokens a disputed clause opens with before its subject that a question leaves out: a
    "that" the parse took for a second subject, and adjuncts set off by commas ("that, as
    part of the deal, Valdoria had agreed ..." asks "Had Valdoria agreed ...?")."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    named = [c for c in subjects if c.pos_ in {"NOUN", "PROPN"}]
    if not named:
        return []
    first = named[0].left_edge.i
    cut: list[int] = []
    for child in verb.children:
        if child.i >= first:
            break
        if child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ == "that":
            cut.append(child.i)
        elif child.dep_ in {"prep", "advmod", "npadvmod", "punct"} and child.lower_ != "not":
            cut.extend(t.i for t in child.subtree)
    return cut if any(verb.doc[i].is_punct for i in cut) or len(subjects) > 1 else []


def _apposed_account(noun: Token) -> list[int]:
    """Tokens of a statement noun set beside the clause it sums up, with its comma ("held in
    solitary confinement*, an account* that Sareth has denied"): the question leaves them."""
    if noun.dep_ not in {"appos", "npadvmod"} or noun.lemma_.lower() not in lemma_set(
        "claim_nouns"
    ):
        return []
    cut = [t.i for t in noun.subtree]
    before = noun.left_edge.i - 1
    if before >= 0 and noun.doc[before].is_punct:
        cut.append(before)
    return cut
