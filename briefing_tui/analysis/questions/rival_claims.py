"""Rival claims: two named sources telling one matter in ways that cannot both hold.

No contest word joins them and they sit paragraphs apart: "the family said the
captors had demanded a ransom" ... "the charity said it had received no demand of
any kind"; "the minister said admissions had fallen" ... "the aid group said
admissions had risen"; "the army said the shelling killed seven soldiers" ... "the
rebels said no soldiers had died". Each pair is two claims by different speakers
(actor ids; a claim with no speaker pairs with nobody) on different sides
(``replies.claim_sides``), compared by ``claim_matters``, and asked as one
disputed question naming both sources:

- ``denied act``: one side tells an act as a fact, the other denies any act of its
  kind with a negated noun of it (``act_nouns`` lexicon: "demanded a ransom" / "no
  demand of any kind"; "notified them" / "without any warning"), or denies the act
  outright with the same verb, not a light one (``light_verbs``): "had applied" / "had
  never applied", "tried to advance" / "have not advanced a single metre". Asked as
  the denied side's named subject would be ("Did Solheim apply for accreditation?"),
  else as the telling side tells it ("Did the captors demand a ransom?");
- ``denied thing``: one side tells a thing as there, with any verb, and the other denies
  any such thing outright as the object or passive subject of its own clause ("had
  issued a gale warning" / "had not received any warning"; "rejected a revised offer" /
  "no revised offer had been put to it"): asked as the denial would be, its negation
  taken away ("Did the ferry company's operations office receive any warning before
  departure?"), and
  not at all where that clause points back into the article;
- ``rival trends``: the two sides give one measure opposite trends (``trends``
  lexicon: "rise" / "fall", "improve" / "worsen"): "Are new admissions falling or
  rising?";
- ``rival tolls``: one side counts a group, the other says none of it was (``no
  soldiers had died``), with predicates of one class (``count_predicates``): "How many
  soldiers were killed?".

Where the matter is not certainly one, nothing is asked: the measures or groups carry
modifiers that set them apart ("suspected cases" / "cases"), an act is told with a
modal or an "if", or the pair is further apart than ``NOUN_WINDOW`` sentences; two
trends or tolls told of different days or places are refused with the named veto
``matter-time`` / ``matter-place`` that ``--explain`` shows.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import char_span
from briefing_tui.analysis.questions.claim_matters import (
    Told,
    act_twins,
    acted_things,
    apart,
    asked_count,
    count_nouns,
    denied_nouns,
    denied_things,
    measure_phrase,
    same_measure,
    same_thing,
    tells_a_trend,
    told_clauses,
    told_things,
    trend_forms,
)
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.disputes import Dispute, same_source
from briefing_tui.analysis.questions.replies import claim_sides
from briefing_tui.analysis.sentences import sentence_starts
from briefing_tui.analysis.syntax import nominal_subject

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

    from briefing_tui.model import Claim

#: The cue ``--explain`` shows for each kind of rival pair.
DENIED_ACT = "denied act"
RIVAL_TRENDS = "rival trends"
RIVAL_TOLLS = "rival tolls"
DENIED_THING = "denied thing"
#: All of them: a pair is asked beside any denial found in its sentences.
RIVAL_CLAIM_CUES = frozenset({DENIED_ACT, RIVAL_TRENDS, RIVAL_TOLLS, DENIED_THING})
#: How many sentences apart a negated noun may deny an act told before or after it: a
#: bare "no demand" names no doer or thing to tie it further.
NOUN_WINDOW = 12


def rival_claims(
    doc: Doc, claims: list[Claim], ask: Callable[[Token, list[int]], str | None]
) -> list[Dispute]:
    """Disputes from pairs of claims by different speakers that cannot both hold: a
    denied act, rival trends of one measure, a toll against none. ``ask`` asks a clause
    as a yes/no question (the act's positive side)."""
    sided: list[Claim] = []
    contents: dict[int, Span] = {}  # by the claim's place in ``sided``: some have no id
    for claim in claims:
        content = char_span(doc, claim.content.start, claim.content.end)
        if claim.source and content is not None and len(content):
            contents[len(sided)] = content
            sided.append(claim)
    told = {i: told_clauses(contents[i]) for i in contents}
    sides: dict[int, set[str]] = {}  # read only for pairs that could clash

    def side(k: int) -> set[str]:
        if k not in sides:
            sides[k] = claim_sides(doc, sided[k], claims)
        return sides[k]

    # what each content holds, read once: most pairs hold no denial and no count at all
    denies_act = {i: bool(denied_nouns(contents[i])) for i in contents}
    denies_thing = {i: bool(denied_things(contents[i])) for i in contents}
    counts = {i: bool(count_nouns(contents[i], zero=False)) for i in contents}
    counts_none = {i: bool(count_nouns(contents[i], zero=True)) for i in contents}
    denies_outright = {i: any(c.categorical and not c.ahead for c in told[i]) for i in contents}
    trending = {i: tells_a_trend(told[i]) for i in contents}
    denies = {i: denies_act[i] or denies_thing[i] or denies_outright[i] for i in contents}
    found: list[Dispute] = []
    seen: set[tuple[int, int]] = set()
    for i, first in enumerate(sided):
        for j in range(i + 1, len(sided)):
            second = sided[j]
            if not (
                denies[i]
                or denies[j]
                or (trending[i] and trending[j])
                or (counts[i] and counts_none[j])
                or (counts[j] and counts_none[i])
            ):
                continue  # nothing in the two contents could clash
            if first.source == second.source or same_source(doc, first, second):
                continue
            if side(i) & side(j):
                continue  # "the ministry" and "the health minister": one side
            for dispute in (
                *(
                    _denied_acts(doc, (first, told[i]), (second, contents[j]), ask)
                    if denies_act[j]
                    else []
                ),
                *(
                    _denied_acts(doc, (second, told[j]), (first, contents[i]), ask)
                    if denies_act[i]
                    else []
                ),
                *_denied_same_act(doc, (first, told[i]), (second, told[j]), ask),
                *_denied_same_act(doc, (second, told[j]), (first, told[i]), ask),
                *(
                    _denied_things(doc, (first, told[i], contents[i]), (second, contents[j]), ask)
                    if denies_thing[j]
                    else []
                ),
                *(
                    _denied_things(doc, (second, told[j], contents[j]), (first, contents[i]), ask)
                    if denies_thing[i]
                    else []
                ),
                *_rival_trends((first, told[i]), (second, told[j])),
                *(
                    _rival_tolls((first, contents[i]), (second, contents[j]))
                    if counts[i] and counts_none[j]
                    else []
                ),
                *(
                    _rival_tolls((second, contents[j]), (first, contents[i]))
                    if counts[j] and counts_none[i]
                    else []
                ),
            ):
                key = (dispute.sentences[0].start, dispute.sentences[-1].start)
                if key in seen:
                    continue
                seen.add(key)
                found.append(dispute)
    return found


def asked_beside(pair: Dispute, covering: list[Dispute]) -> bool:
    """Whether a rival pair is asked beside the disputes found in its sentences: always,
    unless one of them rests on the same two claims ("Did waiting times fall?" asks the
    pair already)."""
    if pair.cue not in RIVAL_CLAIM_CUES:
        return False
    return not any(set(d.claims) == set(pair.claims) for d in covering)


def _dispute(first: Claim, second: Claim, spans: list[Token], text: str, cue: str) -> Dispute:
    sentences = sorted({t.sent.start: t.sent for t in spans}.values(), key=lambda s: s.start)
    ordered = sorted((first, second), key=lambda c: c.content.start)
    return Dispute(
        sentences,
        None,
        sources=[c.source for c in ordered if c.source],
        claims=[c.id for c in ordered if c.id],
        text=text,
        cue=cue,
    )


def _denied_acts(
    doc: Doc,
    telling: tuple[Claim, list[Told]],
    denying: tuple[Claim, Span],
    ask: Callable[[Token, list[int]], str | None],
) -> list[Dispute]:
    """The teller's acts told as fact that the denier's negated noun of the same act
    denies outright ("demanded a ransom" / "received no demand of any kind")."""
    (teller, clauses), (denier, content) = telling, denying
    found = []
    for noun in denied_nouns(content):
        for clause in clauses:
            if clause.negated or clause.ahead:
                continue
            if clause.verb.lemma_.lower() not in act_twins(noun):
                continue
            if abs(_sentence_index(doc, clause.verb) - _sentence_index(doc, noun)) > NOUN_WINDOW:
                continue
            text = _own_subject(_plain_past(ask(clause.verb, []), clause.verb))
            if text is None:
                continue
            dispute = _dispute(teller, denier, [clause.verb, noun], text, DENIED_ACT)
            found.append(dispute)
            break
    return found


def _denied_same_act(
    doc: Doc,
    telling: tuple[Claim, list[Told]],
    denying: tuple[Claim, list[Told]],
    ask: Callable[[Token, list[int]], str | None],
) -> list[Dispute]:
    """An act one side tells as fact that the other denies outright with the same verb
    ("had tried to advance" / "have not advanced a single metre"; "had applied" / "had
    never applied"): the verb, not a common word of the two general ones, is the matter."""
    (teller, clauses), (denier, other_clauses) = telling, denying
    for denied in other_clauses:
        if not denied.categorical or denied.ahead or _personal(denied.subject):
            continue
        lemma = denied.verb.lemma_.lower()
        if lemma in lemma_set("light_verbs"):
            continue
        for clause in clauses:
            if clause.negated or clause.ahead or clause.verb.lemma_.lower() != lemma:
                continue
            if _personal(clause.subject):
                continue
            gap = _sentence_index(doc, clause.verb) - _sentence_index(doc, denied.verb)
            if abs(gap) > NOUN_WINDOW:
                continue
            text = _asked_denial(denied, ask)
            if text is None:
                asked = clause.verb if clause.verb.dep_ != "xcomp" else clause.verb.head
                text = _own_subject(_plain_past(ask(asked, []), asked))
            if text is None:
                continue
            return [_dispute(teller, denier, [clause.verb, denied.verb], text, DENIED_ACT)]
    return []


def _denied_things(
    doc: Doc,
    telling: tuple[Claim, list[Told], Span],
    denying: tuple[Claim, Span],
    ask: Callable[[Token, list[int]], str | None],
) -> list[Dispute]:
    """A thing the teller tells as there that the denier denies any of outright ("had
    issued a gale warning" / "had not received any warning"), or that the teller tells
    done with the denial's own verb in any clause ("students who blocked fire exits" /
    "no fire exit was blocked")."""
    (teller, clauses, told), (denier, content) = telling, denying
    things = told_things(clauses)
    for noun in denied_things(content):
        for thing in [*things, *acted_things(told, noun.head)]:
            if not same_thing(noun, thing):
                continue
            if abs(_sentence_index(doc, thing) - _sentence_index(doc, noun)) > NOUN_WINDOW:
                continue
            text = _asked_thing(noun, denier, ask)
            if text is None:
                continue
            dispute = _dispute(teller, denier, [thing, noun], text, DENIED_THING)
            dispute.veto = apart(thing.head, noun.head)  # "no arrests on Monday" / "on Friday"
            return [dispute]
    return []


#: Pronouns a standalone question may not keep: they point back into the article.
_POINTING_BACK = frozenset(
    {
        "it",
        "they",
        "them",
        "he",
        "him",
        "she",
        "her",
        "this",
        "that",
        "these",
        "those",
        "we",
        "us",
        "i",
    }
)


#: Relations of the clauses joined to a denial that its question leaves out.
_OTHER_CLAUSES = frozenset({"conj", "cc", "ccomp", "parataxis"})


def _asked_thing(
    noun: Token, denier: Claim, ask: Callable[[Token, list[int]], str | None]
) -> str | None:
    """The denial of a thing asked without its negation: "had not received any warning
    before departure" -> "Did its operations office receive any warning before
    departure?" (the "its" is named by ``leaning.rescued`` or the question held back);
    "no revised offer had been put to it", told by the union -> "Was any revised offer
    put to the union?". None where the clause points back otherwise ("her
    son", "in his life") or its subject is counted ("about a dozen officers": asked
    bare, which officers?)."""
    verb = noun.head
    subject = nominal_subject(verb)
    if subject is None or (subject.pos_ == "PRON" and subject.i != noun.i):
        return None
    if subject.i != noun.i and any(c.dep_ == "nummod" for c in subject.children):
        return None  # "about a dozen officers": asked bare, which officers?
    drop = [c.i for c in verb.children if c.dep_ == "neg" or c.lower_ == "never"]
    own = [c for c in verb.children if c.dep_ not in _OTHER_CLAUSES]
    words = [t for c in own for t in c.subtree if t.pos_ == "PRON" or t.dep_ in {"det", "poss"}]
    pointing = [t for t in words if t.lower_ in _POINTING_BACK and t.i not in drop]
    speaker = _speaker_object(pointing, verb, denier)
    if pointing and speaker is None:
        return None
    if any(t.lower_ in _POSSESSIVES for t in words if not _in_subject(t, subject)):
        return None  # "in his life": whose, the question cannot say
    text = ask(verb, drop)
    if text is None or not text.endswith("?") or text.split(" ")[0] not in _ASKING:
        return None
    asked = text.split(" ")
    nones = [i for i, w in enumerate(asked) if w == "no"]
    if len(nones) > 1:
        return None
    if nones:
        asked[nones[0]] = "any"
    if speaker is not None:
        at = [i for i, w in enumerate(asked) if w.rstrip("?") == pointing[0].text]
        if len(at) != 1:
            return None
        asked[at[0]] = speaker + ("?" if asked[at[0]].endswith("?") else "")
    text = " ".join(asked)
    if text.startswith(("Had any ", "Has any ", "Have any ")) and " been " in text:
        head, _, rest = text.partition(" been ")
        be = "Were" if noun.tag_ in {"NNS", "NNPS"} else "Was"
        text = f"{be} {head.split(' ', 1)[1]} {rest}"
    return _plain_past(text, verb)


#: First words of a yes/no question ``ask`` may give.
_ASKING = frozenset({"Did", "Was", "Were", "Had", "Has", "Have", "Is", "Are", "Do", "Does"})
#: Pronouns standing for the speaker itself as the one a thing goes to ("put to *it*").
_SPEAKER_PRONOUNS = {"it": False, "them": True}


def _speaker_object(pointing: list[Token], verb: Token, denier: Claim) -> str | None:
    """The denier named where the one pronoun of its denial is the one the thing went to
    ("The union said no offer had been put to *it*": "the union"); None otherwise."""
    if len(pointing) != 1 or pointing[0].lower_ not in _SPEAKER_PRONOUNS:
        return None
    pronoun = pointing[0]
    to_verb = pronoun.dep_ == "dative" and pronoun.head.i == verb.i
    to_verb = to_verb or (
        pronoun.dep_ == "pobj" and pronoun.head.lower_ == "to" and pronoun.head.head.i == verb.i
    )
    place = denier.source_span
    span = None if place is None else char_span(verb.doc, place.start, place.end)
    if not to_verb or span is None or not len(span):
        return None
    head = span.root
    if head.pos_ not in {"NOUN", "PROPN"} or head.ent_type_ == "PERSON":
        return None
    if (head.tag_ in {"NNS", "NNPS"}) != _SPEAKER_PRONOUNS[pronoun.lower_]:
        return None
    words = [t.text for t in span]
    if span[0].lower_ == "the":
        words[0] = "the"
    return " ".join(words)


def _in_subject(token: Token, subject: Token) -> bool:
    return subject.left_edge.i <= token.i <= subject.right_edge.i


def _asked_denial(denied: Told, ask: Callable[[Token, list[int]], str | None]) -> str | None:
    """The denied act asked without its negation where its subject is a name ("had never
    applied for accreditation": "Did Solheim apply for accreditation?"), or None: a
    subject that points back ("that", "our forces") or an outright "a single metre" is
    asked as the other side tells it."""
    subject = denied.subject
    if (
        subject is None
        or subject.pos_ != "PROPN"
        or any(c.dep_ == "poss" for c in subject.children)
    ):
        return None
    negation = [c.i for c in denied.verb.children if c.dep_ == "neg" or c.lower_ == "never"]
    clause = {t.lower_ for t in denied.verb.subtree}
    if clause & {"single", "ever", "all", "any"}:
        return None
    return _plain_past(ask(denied.verb, negation), denied.verb)


#: Subjects that tell a speaker's own experience, not a matter between sides.
_PERSONAL = frozenset({"i", "you", "we"})


def _personal(subject: Token | None) -> bool:
    return subject is None or subject.lower_ in _PERSONAL


def _rival_trends(
    first_told: tuple[Claim, list[Told]], second_told: tuple[Claim, list[Told]]
) -> list[Dispute]:
    """One measure given opposite trends by the two sides: "admissions had fallen" /
    "admissions had risen"."""
    (first, clauses), (second, other_clauses) = first_told, second_told
    found = []
    for one in clauses:
        for other in other_clauses:
            if one.negated or other.negated or one.ahead or other.ahead:
                continue
            forms = trend_forms(one.verb, other.verb)
            if forms is None or one.subject is None or other.subject is None:
                continue
            if not same_measure(one.subject, other.subject):
                continue
            veto = apart(one.verb, other.verb)
            phrase = measure_phrase(one.subject)
            if phrase is None:
                continue
            be = "Are" if phrase[1] else "Is"
            text = f"{be} {phrase[0]} {forms[0]} or {forms[1]}?"
            dispute = _dispute(first, second, [one.verb, other.verb], text, RIVAL_TRENDS)
            dispute.veto = veto
            found.append(dispute)
            return found
    return found


def _rival_tolls(counting: tuple[Claim, Span], denying: tuple[Claim, Span]) -> list[Dispute]:
    """A count of a group one side gives and the other says none of ("killing seven
    soldiers" / "no soldiers had died"), with predicates of one class."""
    (counter, content), (denier, other_content) = counting, denying
    found = []
    counted = count_nouns(content, zero=False)
    nothing = count_nouns(other_content, zero=True)
    for noun, verb in counted:
        for other, other_verb in nothing:
            asked = asked_count(noun, verb, other, other_verb)
            if asked is None:
                continue
            dispute = _dispute(counter, denier, [verb, other_verb], asked, RIVAL_TOLLS)
            dispute.veto = apart(verb, other_verb)
            found.append(dispute)
            return found
    return found


def _plain_past(text: str | None, verb: Token) -> str | None:
    """A past perfect kept from reported speech asked in the plain past: "Had the captors
    demanded a ransom?" -> "Did the captors demand a ransom?"; a passive is left as it is."""
    if text is None or not text.startswith("Had ") or verb.tag_ != "VBN":
        return text
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if [a.lower_ for a in auxiliaries] != ["had"]:
        return text
    words = text[4:].split(" ")
    if verb.text not in words:
        return text
    words[words.index(verb.text)] = verb.lemma_
    return "Did " + " ".join(words)


#: Possessive pronouns that point back to a person named before ("his captors").
_POSSESSIVES = frozenset({"his", "her", "their", "its"})


def _own_subject(text: str | None) -> str | None:
    """ "Did his captors demand ...?" -> "Did the captors demand ...?": a subject held by
    someone named elsewhere is asked as the one the story tells of."""
    if text is None:
        return None
    words = text.split(" ")
    if len(words) > 2 and words[1] in _POSSESSIVES:
        words[1] = "the"
    return " ".join(words)


def _sentence_index(doc: Doc, token: Token) -> int:
    """The index of the sentence ``token`` is in."""
    return bisect_right(sentence_starts(doc), token.i) - 1
