"""Naming what a question's short references stand for, and telling the ones left vague.

"Will the council vote on the measure?" asks nothing a reader can follow;
"Will the council vote on the Harbor Street tram extension?" does. A bare
definite or demonstrative noun phrase ("the measure", "this move", "the
bank") in the question is replaced by the actor the actors analysis links it
to, or by the nearest earlier phrase of the article with the same head noun
and more words ("the Selo border crossing", "Rivo Bank"); an object pronoun
("bring it back") by the noun it stands for in its sentence. A body ("the
company", "the union", "the government" of a country) is named only by the
actor the actors analysis tied that very mention to; a matter ("the closure",
"the investigation", "the court") only by the one thing of its kind the article
told of before it, with its head noun or the verb it is made from ("the closure
of the Korday crossing" after "the Korday crossing was closed"). What stays vague
(a shell noun such as "the move", a bare body, a demonstrative, a pronoun) makes
the question weak: it is held back, not shown (``vague_reference``), and its
reason says why (``unnamed_because``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.datelines import doc_datelines
from briefing_tui.analysis.doctext import doc_ents, doc_words, ents_within, tokens_where
from briefing_tui.analysis.questions.act_doers import act_doer
from briefing_tui.analysis.questions.continued_subjects import continued_subject
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.defined_names import defined_name
from briefing_tui.analysis.questions.headline_matters import headline_matter
from briefing_tui.analysis.questions.owned_things import introduced_owner
from briefing_tui.analysis.questions.phrasing import possessive
from briefing_tui.analysis.questions.planned_acts import planned_act
from briefing_tui.analysis.questions.possessors import body_of_its, speakers_country
from briefing_tui.analysis.questions.pronouns import (
    agrees,
    antecedent,
    owner_modifier,
    short_phrase,
    undo_pro_form,
)
from briefing_tui.analysis.questions.rules import with_the
from briefing_tui.analysis.questions.stakes import DECIDING_BODIES

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Doc, Span, Token

_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_DEMONSTRATIVE = frozenset({"this", "that", "these", "those"})
_POSSESSIVE = frozenset({"its", "their", "his", "her", "our", "my", "your", "a", "an"})
#: Modifiers that make an earlier phrase more telling than a bare "the <noun>".
_TELLING = frozenset({"compound", "amod", "nmod", "poss"})
#: Pronouns other than a question's subject that may stand for something named before.
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "they", "he", "she"})
_PLURAL = frozenset({"NNS", "NNPS"})
#: Lower-case words a name may hold ("Bank of England", "Party for Freedom").
_NAME_PARTICLES = frozenset(["of", "for", "and", "the", "de", "von", "van", "der", "la", "le"])
#: Heads of bodies spoken of with "the" ("the UK Government"), unlike a firm's name.
_ORG_HEADS_WITH_THE = frozenset(
    {"government", "council", "ministry", "commission", "court", "parliament", "board"}
    | {"authority", "agency", "department", "committee", "bureau", "tribunal", "regulator"}
    | {"party"}
)
#: Entity types of a name whose possessive says which body it is ("Corvane's board").
_OWNER_ENTS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
#: The words of an earlier phrase kept when it names a short reference.
_KEPT = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod"})
#: How many tokens back an earlier, fuller phrase with the same head may sit (the first,
#: fuller mention of "the rules" may sit far up a long article).
LOOK_BACK = 2000
#: Adjectives that tell no more than "the" ("the current policy", "the new rules"): a
#: phrase with only these is as short a reference as the bare noun.
TRANSPARENT = frozenset(
    [
        "current",
        "new",
        "proposed",
        "final",
        "latest",
        "existing",
        "revised",
        "planned",
        "previous",
        "recent",
        "original",
        "controversial",
        "upcoming",
        "pending",
        "federal",
        "national",
        "local",
        "regional",
        "full",
    ]
)


def _bare_definite(noun: Token) -> Token | None:
    """The determiner of a short reference: "the"/"this" + noun, or a demonstrative
    before a modified noun ("those energy purchases"); else None. A lower-case word the
    tagger took for a name ("the bloc") is a noun."""
    common = noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.text.islower())
    if not common or noun.lemma_.lower() in _TIME_NOUNS:
        return None  # "this year" is a date
    left = [c for c in noun.children if c.i < noun.i]
    dets = [c for c in left if c.dep_ == "det" and c.lower_ in _DEFINITE]
    # "the current policy": an adjective that tells nothing leaves the reference bare
    left = [c for c in left if not (c.dep_ == "amod" and c.lower_ in TRANSPARENT)]
    if len(dets) != 1 or (len(left) != 1 and dets[0].lower_ not in _DEMONSTRATIVE):
        return None
    right = [c for c in noun.children if c.i > noun.i and c.dep_ in {"prep", "acl", "relcl"}]
    if any(c.lower_ in {"of", "for", "to"} or c.dep_ != "prep" for c in right):
        return None  # "the plan to build a bridge", "the death of a patient": said in full
    return dets[0]


#: Openings after which a noun's number does not show on the verb ("Will the rules ...").
MODAL_OPENING = re.compile(
    r"^(Will|Would|Could|Can|Should|May|Might|Did|Must|How will|What will|When will)\b"
)


def _defined(noun: Token, text: str) -> str | None:
    """The one name the article gave a thing of ``noun``'s kind ("the Safe Streets Act" for
    "the new law"), unless a plural subject's verb would then disagree ("Are the rules ...")."""
    plural_subject = noun.dep_ in {"nsubj", "nsubjpass"} and noun.tag_ in _PLURAL
    if plural_subject and not MODAL_OPENING.match(text):
        return None
    return defined_name(noun)


def _named(noun: Token, name_of: Callable[[Token], str | None]) -> str | None:
    """The actor name the actors analysis gives the noun, where the name ends in that noun
    ("Rivo Bank" for "the bank"; not "Marlow City Council" for "the city"), or where the
    noun is a body's ("Northwind Energy" for "the company", "the Dockworkers Union" for
    "the union", "the Kazakh government" for "the government" of a country); None when the
    article tells of two such bodies before it (which one is then in doubt)."""
    name = name_of(noun)
    if name is None:
        return None
    if any(w[:1].islower() and w not in _NAME_PARTICLES for w in name.split()):
        return None  # "The six-member Afghan team" describes; it is no name
    lemma = noun.lemma_.lower()
    if _titled(noun.doc, name, lemma):
        return name  # "the governor" of "Gov. Raymond Tolliver": the one so titled
    ends_in_noun = name.split()[-1].lower() in {noun.lower_, lemma}
    body = lemma in lemma_set("body_nouns") and not _person(noun.doc, name)
    if not body and (len(name.split()) < 2 or not ends_in_noun):
        return None
    if body and len(earlier_anchors(noun)) > 1:
        return None  # "the court" after a county court and the Supreme Court: in doubt
    if body and _rival_in_sentence(noun, name, lemma, name_of):
        return None  # "the party" beside another party named in its sentence: in doubt
    if lemma == "government" and not ends_in_noun:
        return _government_of(noun, name, name_of)
    if ends_in_noun and lemma in _ORG_HEADS_WITH_THE:
        return f"the {name}"
    return with_the(name) if body else name


def _rival_in_sentence(
    noun: Token, name: str, lemma: str, name_of: Callable[[Token], str | None]
) -> bool:
    """Whether the noun's sentence names another body whose name ends in the noun ("Lee
    said the party would quit, after the Green Party's deputies met") and not the one the
    analysis tied it to: the tie may come from a paragraph before and ask of the wrong one."""
    named_here: set[str] = set()
    for token in noun.sent:
        if token.i != noun.i and token.pos_ == "PROPN":
            other = name_of(token)
            if other is not None:
                named_here.add(other)
    if name in named_here:
        return False
    return any(other.split()[-1].lower() in {noun.lower_, lemma} for other in named_here if other)


def _reporting_person(pronoun: Token) -> str | None:
    """The person who reports the clause an object "her" or "him" stands in ("Ann Hall
    says the club kept her on the boat": Ann Hall), named in full; else None."""
    from briefing_tui.analysis.questions.cues import lemma_set

    verb = pronoun.head
    while verb.dep_ in {"xcomp", "conj", "prep", "pobj"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lemma_set("reporting"):
        return None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.ent_type_ != "PERSON":
        return None
    run = [t for t in speaker.subtree if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
    return " ".join(t.text for t in run) if len(run) > 1 else None


def _nearer_antecedent(
    pronoun: Token, named: str, text: str, name_of: Callable[[Token], str | None]
) -> bool:
    """Whether "it" or "they" has an agreeing noun before it in its own sentence, said in
    the question, that is not the actor the analysis tied the pronoun to ("Residents of
    the Eastgate district would sue the water utility unless it pays": "it" is the
    utility, not the district)."""
    if pronoun.lower_ not in {"it", "they"} or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    noun = antecedent(pronoun.lower_, pronoun.sent, pronoun.i)
    if noun is None or not _contains(text, noun.text):
        return False
    return name_of(noun) != named and noun.text not in named.split()


@cache
def _office_families() -> dict[str, str]:
    """Each title of ``actors/titles.tsv`` with its office ("gov." and "governor": one)."""
    rows = data_files.rows("actors/titles.tsv")
    return {row[0].lower(): row[2].lower() for row in rows if len(row) > 2}


def _titled(doc: Doc, name: str, lemma: str) -> bool:
    """Whether the article gives the person ``name`` the office ``lemma`` names, by a title
    of that office right before the name ("Gov. Raymond Tolliver" for "the governor"), and
    gives it to no one else (a headline's names are not read)."""
    families = _office_families()
    office = families.get(lemma)
    if office is None or not _person(doc, name):
        return False
    holders: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON" or ent.start == 0 or _headline(doc[ent.start]):
            continue  # a headline's capitals make names of any words
        title = doc[ent.start - 1].lower_
        if families.get(title) == office:
            holders.add(ent.text)
    return holders == {name}


def _owner_form(
    text: str, short: str, token: Token, name_of: Callable[[Token], str | None]
) -> str | None:
    """``text`` with a bare owner ("the union's estimate") named by its actor ("the Kesh
    Dockers Union's estimate"), or None when ``short`` owns nothing in ``text`` or no
    actor is tied to it."""
    if token.dep_ != "poss":
        return None
    found = re.search(rf"(?<![\w’']){re.escape(short)}(['’]s?)(?!\w)", text, re.I)
    named = _named(token, name_of) if found is not None else None
    if found is not None and named is None and _one_anchor(token):
        anchors = earlier_anchors(token)  # "the board's": "Corvane's board's", told before
        named = anchors[0] if len(anchors) == 1 and _is_proper(anchors[0].split()[0]) else None
    if found is None or named is None:
        return None
    return text[: found.start()] + named + found.group(1) + text[found.end() :]


def _is_proper(phrase: str) -> bool:
    """Whether ``phrase`` is a name ("Northwind Energy", "the Dockworkers Union")."""
    words = phrase.split()
    if words and words[0] == "the":
        words = words[1:]
    return bool(words) and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words)


def _person(doc: Doc, name: str) -> bool:
    """Whether the article writes ``name`` as a person's ("the panel" is no "Ann Lee")."""
    last = name.split()[-1]
    texts = doc_words(doc).texts  # a Token is built for that word only
    return any(doc[i].ent_type_ == "PERSON" for i, word in enumerate(texts) if word == last)


def _government_of(noun: Token, name: str, name_of: Callable[[Token], str | None]) -> str | None:
    """ "the Kazakh government" for "the government" the actors analysis ties to Kazakhstan:
    the country's adjective as the article writes it, else "the government of X"; None when
    ``name`` is no country's."""
    doc = noun.doc
    first = name.split()[0]
    texts = doc_words(doc).texts  # a Token is built for the words the tests can take only
    land = any(doc[i].ent_type_ == "GPE" for i, word in enumerate(texts) if word == first)
    if not land and not _dateline_land(doc, name):
        return None  # "the government" tied to a firm or a person: no government's name
    for token in (doc[i] for i, word in enumerate(texts) if word.istitle()):  # is_title
        adjective = (token.pos_ == "ADJ" or token.ent_type_ == "NORP") and token.is_title
        if adjective and token.i != noun.i and name_of(token) == name:
            return f"the {token.text} government"
    return f"the government of {'the ' + name if name.split()[-1] in _PLURAL_STATES else name}"


def _dateline_land(doc: Doc, name: str) -> bool:
    """Whether a dateline of ``doc`` names ``name`` as the land after its town ("MESKEL,
    Tesvar —"), as datelines do whatever the model labels the word."""
    spans = doc_datelines(doc)
    if not spans:
        return False
    texts, size = doc_words(doc).texts, len(name.split())
    for i in (i for i, word in enumerate(texts) if i and word == name.split()[0]):
        token = doc[i]  # a Token is built for the name's first word only
        if not any(start <= token.idx < end for start, end in spans):
            continue
        if texts[i - 1] == "," and doc[i : i + size].text == name:
            return True
    return False


#: Last words of countries said with "the" ("the United States").
_PLURAL_STATES = frozenset({"States", "Kingdom", "Republic", "Emirates", "Netherlands"})


def _headline(token: Token) -> bool:
    """Whether ``token`` sits in a line with no closing punctuation (a headline), whose
    title-case words the parse misreads."""
    sent, texts = token.sent, doc_words(token.doc).texts
    ends = (texts[i] for i in range(sent.end - 1, sent.start - 1, -1) if not texts[i].isspace())
    last = next(ends, None)  # the sentence's last token that is not whitespace
    return last is not None and last not in {".", "!", "?", "”", '"', "’", "'", ")"}


#: Adjectives that set one apart from the present one a bare "the <noun>" means: "the
#: government" is not "the previous Labour government" that passed an old law.
OTHER_TIME = frozenset(
    {"previous", "former", "past", "old", "earlier", "prior", "outgoing", "last", "then", "ex"}
)


def _another_one(earlier: Token, noun: Token) -> bool:
    """Whether the earlier mention is marked as another one than ``noun`` by an adjective of
    another time that ``noun`` does not share ("the former government" / "the government")."""
    doc = earlier.doc
    # the words before the noun in its phrase, however the parse hangs them
    start = earlier.i
    while start > 0 and doc[start - 1].pos_ in {"ADJ", "PROPN", "NOUN", "DET", "NUM", "ADV"}:
        start -= 1
    marks = {t.lower_ for t in doc[start : earlier.i]} & OTHER_TIME
    return bool(marks) and not marks & {c.lower_ for c in noun.children}


#: Prepositions by which a participle tells who made a past act ("a law passed under/by X").
_AUTHOR_PREPS = frozenset({"by", "under"})


def _dated(noun: Token) -> bool:
    """Whether a noun is said with a year or another date ("the 2019 decree")."""
    return any(
        c.ent_type_ == "DATE" or (c.like_num and len(c.text) == 4 and c.text[:2] in {"19", "20"})
        for c in noun.children
        if c.i < noun.i
    )


def _author_of_past_act(earlier: Token) -> bool:
    """Whether the earlier mention only tells who made another thing in the past ("a 2009 law
    passed under the government of Tom Berg", "the Varga government's 2019 decree", "a 2019
    decree of the Varga government", "a tax that the Hollis government introduced in 2012"):
    that is no antecedent for "the government" a petition now addresses."""
    if earlier.dep_ == "poss" and _dated(earlier.head):
        return True  # "the Varga government's 2019 decree"
    if earlier.dep_ == "pobj" and earlier.head.lower_ == "of" and _dated(earlier.head.head):
        return True  # "a 2019 decree of the Varga government"
    if earlier.dep_ == "nsubj" and earlier.head.dep_ in {"relcl", "acl"}:
        verb = earlier.head  # "a tax (that) the Hollis government introduced in 2012"
        return verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)
    prep = earlier.head
    if earlier.dep_ not in {"pobj", "pcomp"} or prep.lower_ not in _AUTHOR_PREPS:
        return False
    participle = prep.head
    if participle.dep_ in {"acl", "relcl"}:  # the parse may tag "passed" VBD there
        return participle.tag_ in {"VBN", "VBD"}
    passive = any(c.dep_ == "auxpass" and c.lower_ in {"was", "were"} for c in participle.children)
    return participle.tag_ == "VBN" and passive


def _earlier_phrases(noun: Token) -> Iterator[tuple[str, bool]]:
    """The earlier phrases of the article with the same head and telling words, nearest
    first, each with whether it only tells what "the" tells ("the new bridge")."""
    doc = noun.doc
    lemma = noun.lemma_.lower()
    said_plain = any(c.dep_ == "amod" and c.lower_ in TRANSPARENT for c in noun.children)
    read = doc_words(doc)  # the words read once; a Token is built only for a match
    names: list[str] = []  # the names yielded so far: later in the article than the next
    for index in range(noun.i - 1, max(-1, noun.i - LOOK_BACK), -1):
        if read.lemmas[index] != lemma or read.pos[index] not in {"NOUN", "PROPN"}:
            continue
        token = doc[index]
        if _headline(token):
            continue  # "Drought forces water limits": a headline's words parse as one noun
        if _another_one(token, noun) or _author_of_past_act(token):
            continue  # "the previous Labour government" is not "the government" of today
        if (token.tag_ in _PLURAL) != (noun.tag_ in _PLURAL):
            continue  # "the broadcasts" are not "a propaganda broadcast"
        if token.pos_ == "PROPN" or token.ent_type_ in {"ORG", "FAC", "GPE", "LOC"}:
            ents = [e for e in doc_ents(doc) if e.start <= token.i < e.end]
            if ents and len(ents[0]) > 1 and ents[0][-1].i == token.i:
                name = ents[0].text  # "Rivo Bank" for "the bank"
                names.append(name)
                if name[:4].lower() == "the ":
                    yield "the" + name[3:], False
                    continue
                # "the Korvin assembly committee": a lower-case word makes it a description
                described = any(w[:1].islower() and w not in _NAME_PARTICLES for w in name.split())
                yield (f"the {name}" if lemma in _ORG_HEADS_WITH_THE or described else name), False
                continue
        if _introduced_then_named(token, names):
            continue  # "a parliamentary ethics committee" the next lines name: no other one
        if token.pos_ == "NOUN" and token.is_title and not token.is_sent_start:
            continue  # "Afghan Girls" in a title-case line is no fuller name for "the girls"
        common = token.pos_ == "NOUN" and lemma in lemma_set("body_nouns")
        owner = owner_modifier(token) if common else ""  # not "Court" of "the Supreme Court of X"
        if any(w[:1].isupper() for w in owner.split()):
            yield f"the {token.text}{owner}", False  # "the team of experts from the WHO"
            continue
        modifiers = [c for c in token.children if c.i < token.i and c.dep_ in _TELLING]
        if said_plain:  # "the current policy" is not named by another "current policy"
            modifiers = [c for c in modifiers if c.lower_ not in TRANSPARENT]
        # "the planned merger" tells less than "the merger of Velo and Corvo" said before it
        only_plain = all(c.lower_ in TRANSPARENT for c in modifiers)
        if not any(c.pos_ != "PRON" for c in modifiers) or any(
            c.dep_ == "predet" for c in token.children
        ):
            continue  # "both her parents" tells no more than "the parents"
        words = [t for t in token.subtree if t.i <= token.i and t.dep_ in _KEPT] + [token]
        words = sorted({t.i: t for t in words}.values(), key=lambda t: t.i)
        if words[0].pos_ in {"DET", "PRON"} and words[0].head.dep_ != "poss":
            words = words[1:]  # "its Vik plant", "a unique flag": "the Vik plant"
            if words[0].lower_ == "own":
                continue  # "its own inquiry" is no "the own inquiry"
        start = _hyphen_start(words[0])  # "the Panama-flagged tanker", not "the flagged"
        text = token.doc[start : token.i + 1].text + _number_after(token)
        possessed = words[0].dep_ == "poss" or words[0].head.dep_ == "poss"
        said_the = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        if not possessed and (said_the or not token.pos_ == "PROPN" == words[0].pos_):
            text = "the " + text  # "Norden's Vik plant" and "Rivo Bank" stay as they are
        elif text.startswith("The "):
            text = "the" + text[3:]  # "The Korvin assembly's ethics panel" opened its sentence
        # "Corvane's board": an owner's name tells which board, in two words
        owned = possessed and words[0].is_title and words[0].pos_ in {"PROPN", "NOUN"}
        owned = owned and (words[0].ent_type_ in _OWNER_ENTS or not words[0].is_sent_start)
        if len(text.split()) > 2 or (len(text.split()) == 2 and (token.pos_ == "PROPN" or owned)):
            if not only_plain:
                described = described_earlier(token) if said_the else None
                yield described or text + _named_matter_owner(token), False
            else:
                yield text, True


def _introduced_then_named(token: Token, names: list[str]) -> bool:
    """Whether ``token`` is an indefinite first telling of a thing ("as a parliamentary
    ethics committee prepared to rule") that a later name of the same head names, sharing a
    telling word with it ("The Ethics and Standards Committee"): a story introduces a thing
    by what it is, then names it; the two are one thing, not two for "the committee"."""
    if not names or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children):
        return False
    telling = {
        c.lower_ for c in token.children if c.i < token.i and c.dep_ in _TELLING and c.is_alpha
    } - TRANSPARENT
    return any(telling & {w.lower() for w in name.split()[:-1]} for name in names)


def _asked_bare(noun: Token, text: str) -> bool:
    """Whether the question asks "the <noun>" bare that its sentence writes with a clause
    after it ("the talks, scheduled to begin on Monday," asked "Will the talks begin on
    Monday?"): the clause became the question's own words, and no word says which."""
    if noun.pos_ != "NOUN" or noun.i == 0 or noun.doc[noun.i - 1].lower_ != "the":
        return False
    if any(c.i < noun.i and c.dep_ != "det" for c in noun.children):
        return False
    found = find_words(text, f"the {noun.text}")
    return found is not None and not text[found.end() :].startswith((" of ", " for ", " to "))


def named_later(noun: Token) -> str | None:
    """The one name the article gives ``noun``'s thing after it, by a proper noun before the
    same head ("the talks" ... "The Geneva talks are expected to focus on ..."): "the
    Geneva talks"; None when it names no such thing later, or more than one ("the Geneva
    talks", "the Vienna talks"), or when an earlier phrase says which one it is."""
    doc, read = noun.doc, doc_words(noun.doc)
    lemma = noun.lemma_.lower()
    if any(
        read.lemmas[i] == lemma and read.pos[i] == "NOUN"
        for i in range(max(0, noun.i - LOOK_BACK), noun.i)
    ) and earlier_anchors(noun):
        return None  # told before: the earlier phrases say which, or that it is in doubt
    names: set[str] = set()
    for index in range(noun.i + 1, len(doc)):
        if read.lemmas[index] != lemma or read.pos[index] != "NOUN":
            continue
        token = doc[index]
        if (token.tag_ in _PLURAL) != (noun.tag_ in _PLURAL) or _headline(token):
            continue
        left = [c for c in token.children if c.i < token.i and c.dep_ not in {"det", "punct"}]
        proper = [c for c in left if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title]
        if len(left) != 1 or len(proper) != 1 or _another_one(token, noun):
            continue  # "the Geneva talks" only: "last year's Geneva talks" is another one
        names.add(f"the {proper[0].text} {token.text}")
    return next(iter(names)) if len(names) == 1 else None


def _named_matter_owner(token: Token) -> str:
    """ " of Cardexil" for "a late-stage trial of its heart drug Cardexil": the name a
    matter's "of" phrase ends in, which says which one it is; "" when there is none."""
    if token.lemma_.lower() not in lemma_set("shell_nouns"):
        return ""
    owner = owner_modifier(token)
    return owner if any(w[:1].isupper() for w in owner.split()) else ""


def _content_words(phrase: str) -> frozenset[str]:
    words = (re.sub(r"[’']s?$", "", w.lower().strip(",")) for w in phrase.split())
    return frozenset(words) - {"the", "a", "an"}


def distinct_anchors(phrases: list[str]) -> list[str]:
    """The phrases that name different things: one whose words are all in another's ("the
    Korday crossing", "the Korday border crossing") names the same one, and goes."""
    kept: list[str] = []
    for phrase in phrases:
        words = _content_words(phrase)
        if any(words <= _content_words(k) or _content_words(k) <= words for k in kept):
            continue
        kept.append(phrase)
    return kept


@cache
def _nominalizations() -> dict[str, tuple[frozenset[str], str]]:
    """Event nouns made from a verb: noun -> (the verb's lemmas, the preposition of its object)."""
    return {
        row[0]: (frozenset(row[1].split()), row[2])
        for row in data_files.rows("questions/nominalizations.tsv")
    }


#: The most words of a named object a nominal anchor keeps ("the Korday border crossing").
MAX_OBJECT_WORDS = 6


def _named_object(verb: Token) -> str | None:
    """What a verb was done to, when a name says which one: its object, or the subject of
    its passive ("the Korday crossing had been closed"), said with its name words ("Korday
    border crossing") or, when short, in full ("imports of steel from Estmark")."""
    for child in verb.children:
        if child.dep_ not in {"dobj", "nsubjpass"} or child.pos_ not in {"NOUN", "PROPN"}:
            continue
        left = [t for t in child.subtree if t.i <= child.i]
        if child.ent_type_ == "PERSON":  # "former adviser Dana Morrow": "Dana Morrow"
            return " ".join(t.text for t in left if t.ent_type_ == "PERSON")
        if left[0].pos_ == "PROPN" and all(t.pos_ == "PROPN" for t in left):
            return " ".join(t.text for t in left)  # "Velo Dairy", no "the"
        if any(t.pos_ == "PROPN" for t in left):
            words = [t for t in left if t.dep_ in _KEPT and t.pos_ not in {"DET", "PRON"}]
            words = sorted({t.i: t for t in [*words, child]}.values(), key=lambda t: t.i)
            said = verb.doc[words[0].i : child.i + 1].text
            owned = words[0].dep_ == "poss" or words[0].head.dep_ == "poss"
            return said if owned else "the " + said
        whole = [t for t in child.subtree if not t.is_punct]
        if any(t.pos_ == "PROPN" for t in whole) and len(whole) <= MAX_OBJECT_WORDS:
            first = 1 if whole[0].pos_ in {"DET", "PRON"} else 0
            return verb.doc[whole[first].i : whole[-1].i + 1].text
    return None


def _made_from_verb(noun: Token) -> list[str]:
    """ "the closure of the Korday border crossing" for "the closure", from an earlier "the
    Korday border crossing had been closed": the noun with the named object of each earlier
    use of the verb it is made from, nearest first."""
    made = _nominalizations().get(noun.lemma_.lower())
    if made is None or noun.tag_ in _PLURAL:
        return []
    verbs, prep = made
    found: list[str] = []
    for token in reversed(noun.doc[max(0, noun.i - LOOK_BACK) : noun.sent.start]):
        if token.pos_ != "VERB" or token.lemma_.lower() not in verbs or _headline(token):
            continue
        said = _named_object(token)
        if said is not None and len(said.split()) <= MAX_OBJECT_WORDS + 1:
            found.append(f"the {noun.text} {prep} {said}")
    return found


def _doer_named(noun: Token) -> str | None:
    """ "Harwick Analytical's review" for "the review" after "hired Harwick Analytical to
    review the records" in the same sentence: the one earlier use there of the verb the
    noun is spelled like or made from (``nominalizations.tsv``, ``_made_from``), whose
    doer (its subject, or the object of the verb it completes) is a name; else None."""
    if noun.tag_ in _PLURAL:
        return None
    lemma = noun.lemma_.lower()
    verbs = {lemma} | _nominalizations().get(lemma, (frozenset(), ""))[0]
    uses = [
        t
        for t in noun.doc[noun.sent.start : noun.i]
        if t.pos_ == "VERB" and (t.lemma_.lower() in verbs or _made_from(lemma, t.lemma_.lower()))
    ]
    if len(uses) != 1:
        return None
    doer = _doer(uses[0])
    return f"{doer}’s {noun.text}" if doer is not None else None


#: Endings of nouns made from a verb ("investigation", "assessment", "analysis").
_ACT_ENDINGS = ("ion", "ment", "sis")


def _made_from(noun: str, verb: str) -> bool:
    """Whether ``noun`` is made from ``verb`` by an ending ("investigation" from
    "investigate", "inspection" from "inspect"): they share all but the verb's last two
    letters, and at least five."""
    if not noun.endswith(_ACT_ENDINGS) or len(verb) < 5:
        return False
    shared = next((i for i, (a, b) in enumerate(zip(noun, verb, strict=False)) if a != b), None)
    shared = min(len(noun), len(verb)) if shared is None else shared
    return shared >= max(5, len(verb) - 2)


def _doer(verb: Token) -> str | None:
    """The name of who does ``verb``: a proper-noun subject, or for "to review" under
    "hired X" the object X, or the name apposed to it ("a laboratory, Harwick Analytical")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in {"xcomp", "advcl"}:
        subjects = [c for c in verb.head.children if c.dep_ == "dobj"]
    for subject in subjects:
        for word in [subject, *(c for c in subject.children if c.dep_ == "appos")]:
            left = [t for t in word.subtree if t.i <= word.i]
            if word.pos_ == "PROPN" and all(t.pos_ == "PROPN" for t in left):
                return " ".join(t.text for t in left)
    return None


def _one_anchor(noun: Token) -> bool:
    """Whether ``noun`` is named only by the one thing of its kind the article tells of: a
    body ("the court") or a matter ("the closure", "the inquiry"), not a plain thing."""
    lemma = noun.lemma_.lower()
    return lemma in lemma_set("body_nouns") or lemma in lemma_set("shell_nouns")


def earlier_anchors(noun: Token) -> list[str]:
    """The different things, each said once with a telling word, that the article names
    before ``noun`` with its head noun or the verb it is made from ("the Supreme Court" and
    "a federal appeals court" for "the court"; "the closure of the Korday crossing" for
    "the closure" after "the Korday crossing was closed")."""
    strong = distinct_anchors([text for text, plain in _earlier_phrases(noun) if not plain])
    made = distinct_anchors(_made_from_verb(noun))
    own = f"the {noun.text} "
    owned = len(strong) == 1 and strong[0].endswith((f"’s {noun.text}", f"'s {noun.text}"))
    if owned and len(made) == 1 and made[0].startswith(own):
        # "the committee's subpoena" and "the subpoena of Dana Morrow": one subpoena
        return [strong[0] + " " + made[0][len(own) :]]
    return strong or made


def _fuller(noun: Token) -> str | None:
    """The earlier phrase of the article with the same head and telling words: the nearest,
    and for a body or a matter only where the article tells of one such thing; else None."""
    found = list(_earlier_phrases(noun))
    if _one_anchor(noun):
        anchors = earlier_anchors(noun)
        if len(anchors) > 1:
            return None  # "the court": the appeals court or the Supreme Court?
        if anchors:
            return anchors[0]
    else:
        strong = next((text for text, plain in found if not plain), None)
        if strong is not None:
            return strong
    plain_fallback = next((text for text, plain in found if plain), None)
    return _with_its_phrase(noun) or plain_fallback or headline_matter(noun)


#: The most words an earlier phrase may bring to name "the contempt resolution".
MAX_DESCRIBED_WORDS = 11
#: Clauses a defining phrase leaves out ("... in contempt *after she refused to testify*").
_ASIDES = frozenset({"advcl", "relcl", "punct", "appos", "cc", "conj", "parataxis"})


def _said_words(head: Token) -> list[Token]:
    """``head``'s words without asides, times, nor a title before a person's name ("hold
    former aide Dana Morrow in contempt": "hold Dana Morrow in contempt")."""
    cut = {t.i for c in head.children if c.dep_ in _ASIDES or _is_time(c) for t in c.subtree}
    for token in head.subtree:
        if token.ent_type_ == "PERSON" and token.pos_ == "PROPN" and token.dep_ != "compound":
            cut |= {
                t.i
                for c in token.children
                if c.i < token.i and c.ent_type_ != "PERSON" and c.dep_ in {"compound", "amod"}
                for t in c.subtree
            }
    return [t for t in head.subtree if t.i not in cut and not t.is_punct]


def _hyphen_start(word: Token) -> int:
    """Where a word starts that a hyphen joins to the words before it ("Panama" of
    "Panama-flagged"): a name's word is not cut at its hyphen."""
    doc, start = word.doc, word.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        if doc[start - 2].whitespace_:
            break
        start -= 2
    return start


def _number_after(token: Token) -> str:
    """The number that ends a name after its head ("214" of "Senate Bill 214"), with its
    space, or "" (a name cut before its number names another thing)."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if (
        token.pos_ == "PROPN"
        and following is not None
        and following.head == token
        and following.dep_ == "nummod"
        and following.like_num
    ):
        return " " + following.text
    return ""


def described_earlier(noun: Token) -> str | None:
    """ "the resolution to hold Dana Morrow in contempt of Congress" for "the contempt
    resolution": the nearest earlier same noun whose infinitive or defining phrase holds
    every word that modifies ``noun``; None when no such phrase is short enough."""
    marks = {
        c.lower_
        for c in noun.children
        if c.dep_ in {"compound", "amod"} and c.i < noun.i and c.lower_ not in TRANSPARENT
    }
    if not marks or any(c.pos_ == "PROPN" for c in noun.children if c.dep_ == "compound"):
        return None
    doc = noun.doc
    read, lemma = doc_words(doc), noun.lemma_.lower()
    for index in range(noun.i - 1, max(-1, noun.i - LOOK_BACK), -1):
        if read.pos[index] != "NOUN" or read.lemmas[index] != lemma:
            continue
        token = doc[index]
        if (token.tag_ in _PLURAL) != (noun.tag_ in _PLURAL) or _headline(token):
            continue
        clause = next(
            (
                c
                for c in token.children
                if (c.dep_ in {"acl", "relcl"} and any(a.lower_ == "to" for a in c.children))
                or (c.dep_ == "prep" and c.lower_ in _DEFINING_PREPS)
            ),
            None,
        )
        if clause is None:
            continue
        words = _said_words(clause)
        if not marks <= {w.lower_ for w in words}:
            continue
        text = f"the {token.text} " + " ".join(w.text for w in words)
        return text if len(text.split()) <= MAX_DESCRIBED_WORDS else None
    return None


#: Prepositions whose phrase says which one a noun is ("a ban on gambling ads").
_DEFINING_PREPS = frozenset({"on", "of", "against", "for", "into", "to"})
#: Lawsuits, which "by" says which one of ("the lawsuit by 12 states"), unlike a date's "by".
_SUITS = frozenset({"lawsuit", "suit", "case", "complaint", "appeal", "challenge"})
_BY_WHOM = frozenset({"by"})
#: The most words an earlier noun with its defining phrase may bring into a question.
MAX_PHRASE_WORDS = 8


#: Shell nouns that stand for a bill said before under another name ("the measure" after
#: "a bill to ban plastic bags").
_KIN = {
    "measure": frozenset({"bill", "measure", "legislation", "proposal", "law"}),
    "legislation": frozenset({"bill", "measure", "legislation", "law"}),
    "proposal": frozenset({"bill", "measure", "proposal", "plan"}),
    "bill": frozenset({"bill", "measure", "legislation"}),
    "deal": frozenset({"deal", "merger", "agreement", "acquisition", "takeover"}),
    "merger": frozenset({"merger", "deal", "acquisition", "takeover"}),
    "rule": frozenset({"rule", "regulation"}),
    "case": frozenset({"case", "lawsuit", "suit"}),
    "ruling": frozenset({"ruling", "decision", "order"}),
    "inquiry": frozenset({"inquiry", "investigation", "probe"}),
    "investigation": frozenset({"investigation", "inquiry", "probe"}),
    "probe": frozenset({"probe", "investigation", "inquiry"}),
}


#: Shell nouns that an earlier "proposed <noun>" names ("the proposal" after "a proposed tax").
_PROPOSALS = frozenset({"proposal", "measure", "plan"})


def _proposed(token: Token) -> str | None:
    """ "the proposed nightly tax on hotel stays", from "a proposed nightly tax on hotel
    stays": a noun said with "proposed", its modifiers and a defining phrase; else None."""
    if not any(c.dep_ == "amod" and c.lower_ == "proposed" for c in token.children):
        return None
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ in _KEPT] + [token]
    first = min(t.i for t in words)
    if token.doc[first].pos_ == "DET":
        first += 1
    said = _defining_phrase(token)
    head = "the " + token.doc[first : token.i + 1].text
    return head + said[len("the " + token.text) :] if said else head


def _with_its_phrase(noun: Token) -> str | None:
    """ "the ban" after "a ban on gambling advertisements during ...": the nearest earlier
    same noun with a defining prepositional phrase, said with "the" ("the ban on gambling
    advertisements"), when that phrase is short; likewise a gerund ("the policy of closing
    on snow days") or an infinitive ("the measure to cap rents"), and, for "the measure",
    a bill said before ("the bill to ban plastic bags")."""
    doc = noun.doc
    lemma = noun.lemma_.lower()
    heads = _KIN.get(lemma, frozenset({lemma}))
    for index in range(noun.i - 1, max(-1, noun.i - LOOK_BACK), -1):
        token = doc[index]
        if token.pos_ != "NOUN" or _headline(token):
            continue
        if (token.tag_ in _PLURAL) != (noun.tag_ in _PLURAL) or _author_of_past_act(token):
            continue
        if token.lemma_.lower() in heads:
            text = _defining_phrase(token)
        elif lemma in _PROPOSALS:
            text = _proposed(token)  # "the proposal" after "a proposed nightly tax"
        else:
            continue
        relative = text is not None and re.search(r" (?:that|which) (?:would|will) ", text)
        if text is not None and (len(text.split()) <= MAX_PHRASE_WORDS or relative):
            return text
    return None


def _whether_subject(prep: Token) -> str | None:
    """ "Sorrel Telecom" in "into whether Sorrel Telecom overcharged customers": the named
    subject of a whether-clause a preposition takes, which the inquiry is into; else None."""
    clause = next((c for c in prep.children if c.dep_ == "pcomp"), None)
    if clause is None or not any(c.lower_ in {"whether", "if"} for c in clause.children):
        return None
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    return subject.doc[subject.left_edge.i : subject.i + 1].text


def _defining_phrase(token: Token) -> str | None:
    """ "the ban on gambling advertisements", "the measure to cap rents": ``token`` with the
    phrase that says which one it is, or None."""
    doc = token.doc
    preps = _DEFINING_PREPS | (_BY_WHOM if token.lemma_.lower() in _SUITS else frozenset())
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in preps), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if prep is not None and obj is None:
        gerund = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if gerund is not None:  # "a policy of closing on snow days"
            return f"the {token.text} {prep.text} {_span_text(gerund)}"
        whom = _whether_subject(prep)
        if whom is not None:  # "an inquiry into whether Sorrel Telecom overcharged ..."
            return f"the {token.text} {prep.text} {whom}"
    if obj is None:
        acl = next(
            (
                c
                for c in token.children
                if c.dep_ in {"acl", "relcl"}
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        if acl is not None:  # "a measure to cap rents in Selo"
            return f"the {token.text} {_span_text(acl)}"
        return _with_relative(token)
    if obj.pos_ == "PRON" or (prep.lower_ == "by" and obj.ent_type_ in {"DATE", "TIME"}):
        return None  # "a suit by Friday" says when, not whose
    inner = [t for t in obj.subtree if t.i <= obj.i and t.dep_ in _KEPT] + [obj]
    first = min(t.i for t in inner)
    # "the merger of Telia Nord and Fonex": the coordinated names go with it
    last = max([obj.i, *(t.i for t in obj.subtree if t.dep_ == "conj" and t.head == obj)])
    after = [t for t in obj.subtree if t.i > obj.i]
    if after and all(t.pos_ in {"PROPN", "CCONJ"} for t in after):
        last = obj.right_edge.i  # "of grocery chains Velo and Corvo": the names say which
    said = doc[first : last + 1].text
    if doc[first].pos_ == "DET" and doc[first].lower_ in {"a", "an"}:
        said = "the " + doc[first + 1 : last + 1].text  # "a vote on a ban": "on the ban"
    return "the " + " ".join([token.text, prep.text, said])


#: The most words a relative clause may bring when it names a noun ("that would cap rents").
MAX_RELATIVE_WORDS = 9


def _with_relative(token: Token) -> str | None:
    """ "the bill that would cap annual rent increases", from "a bill that would cap annual
    rent increases at 5 percent for older flats": a noun with the relative clause that
    says what it would do, trailing phrases left out until it is short; else None."""
    relcl = next((c for c in token.children if c.dep_ == "relcl"), None)
    if relcl is None or relcl.left_edge.lower_ not in {"that", "which"}:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in {"would", "will"} for c in relcl.children):
        return None  # "a bill that passed in May" tells its past, not what it is
    words = list(relcl.subtree)
    comma = next((t.i for t in words if t.text in {",", ";", "—"}), None)
    # up to a comma: what follows it may be another clause the parse hung there
    words = [t for t in words if not t.is_punct and (comma is None or t.i < comma)]
    trailing = [
        c
        for node in (relcl, *(c for c in relcl.children if c.dep_ == "dobj"))
        for c in node.children
        if c.dep_ == "prep" and c.i > relcl.i
    ]
    for prep in sorted(trailing, key=lambda t: -t.i):
        if len(words) <= MAX_RELATIVE_WORDS:
            break
        cut = {t.i for t in prep.subtree}
        words = [t for t in words if t.i not in cut]
    if len(words) > MAX_RELATIVE_WORDS or not words:
        return None
    return f"the {token.text} " + " ".join(t.text for t in words)


_CLOCK = re.compile(
    r"\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february"
    r"|march|april|may|june|july|august|september|october|november|december|today"
    r"|yesterday|tomorrow|last|next|this)\b",
    re.I,
)


def _is_time(word: Token) -> bool:
    """Whether ``word`` heads a time ("last year", "on Monday"; not "on snow days")."""
    if word.dep_ in {"npadvmod", "tmod"}:
        return True
    inner = list(word.subtree)[1:]
    return (
        word.dep_ == "prep"
        and bool(inner)
        and all(w.ent_type_ in {"DATE", "TIME"} for w in inner)
        and _CLOCK.search(" ".join(w.text for w in inner)) is not None
    )


def _span_text(head: Token) -> str:
    """The words of ``head``'s subtree, without a closing comma or full stop, nor a time
    ("to cap rents in Selo last year": "to cap rents in Selo")."""
    timed = {t.i for c in head.children if _is_time(c) for t in c.subtree}
    words = [t for t in head.subtree if not t.is_punct and t.i not in timed]
    words = [t for t in words if t.i <= min([*timed, 10**9])]
    return head.doc[words[0].i : words[-1].i + 1].text if words else head.text


def _same_frame(noun: Token) -> str | None:
    """What an earlier "vote on X" names, for a later "vote on the measure": the nearest
    earlier object of the same word and preposition, when it is a fuller phrase."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    frame = (prep.head.lemma_.lower(), prep.lower_)
    for index in range(noun.i - 1, max(-1, noun.i - LOOK_BACK), -1):
        token = noun.doc[index]
        if token.dep_ != "pobj" or token.head.dep_ != "prep" or token.pos_ != "NOUN":
            continue
        if _headline(token):
            continue
        if (token.head.head.lemma_.lower(), token.head.lower_) != frame:
            continue
        if not any(c.dep_ in _TELLING and c.pos_ != "PRON" for c in token.children):
            return None  # the earlier one is no fuller
        words = [t for t in token.subtree if t.i <= token.i and t.dep_ in _KEPT] + [token]
        first = min(t.i for t in words)
        if noun.doc[first].pos_ in {"DET", "PRON"}:
            first += 1
        return "the " + noun.doc[first : token.i + 1].text
    return None


def _described_definite(noun: Token) -> bool:
    """Whether ``noun`` is "the" with common-noun modifiers only ("the contempt resolution")."""
    left = [c for c in noun.children if c.i < noun.i]
    if noun.pos_ != "NOUN" or not left or left[0].lower_ != "the" or left[0].dep_ != "det":
        return False
    rest = left[1:]
    return bool(rest) and all(
        c.dep_ in {"compound", "amod"} and c.pos_ in {"NOUN", "ADJ"} and c.left_edge == c
        for c in rest
    )


def bare_the(noun: Token) -> bool:
    """Whether ``noun`` is a common noun with nothing before it but "the" ("the measure")."""
    left = [c.lower_ for c in noun.children if c.i < noun.i]
    return noun.pos_ == "NOUN" and left == ["the"]


def find_words(text: str, words: str) -> re.Match[str] | None:
    """The first whole-word ``words`` in ``text``, in any case."""
    return re.search(rf"(?<![\w’']){re.escape(words)}(?![\w’'])", text, re.I)


def replace_words(text: str, old: str, new: str) -> str:
    """``text`` with the first whole-word ``old`` (any case) replaced by ``new``."""
    return re.sub(rf"(?<![\w’']){re.escape(old)}(?![\w’'])", new, text, count=1, flags=re.I)


def _contains(text: str, words: str) -> bool:
    return find_words(text, words) is not None


def name_references(
    text: str, sentences: list[Span], name_of: Callable[[Token], str | None]
) -> str:
    """``text`` with its bare definite phrases and object pronouns named where the article
    names them ("Will the council vote on the measure?" stays as it is when nothing
    fuller is found; ``vague_reference`` then tells it), and a "do so" by the action it
    stands for."""
    text = undo_pro_form(text, sentences, name_of)
    for sent in sentences:
        for token in sent:
            det = _bare_definite(token)
            if det is not None:
                short = token.doc[det.i : token.i + 1].text
                owner = _owner_form(text, short, token, name_of)
                if owner is not None:  # "the union's estimate": the named union's
                    text = owner
                    continue
                if not _contains(text, short):
                    continue
                named = (
                    _named(token, name_of)
                    or _defined(token, text)
                    or _fuller(token)
                    or _same_frame(token)
                    or _doer_named(token)
                    or introduced_owner(token)  # "a plant run by X": "X’s plant"
                    or act_doer(token, name_of)  # "X said it would appeal": "X’s appeal"
                    or planned_act(token, name_of)  # "X announced plans to close a mill"
                    or named_later(token)  # "the talks", "The Geneva talks are expected"
                )
                if named is None and det.lower_ in _DEMONSTRATIVE and token.i - det.i > 1:
                    short = det.text  # "those energy purchases": "the energy purchases"
                    named = "the"
                if named is not None and named != "the" and _contains(text, named):
                    continue  # named already by another mention ("who wrote the bill")
                # a name ("Environment Canada" for "the department") says more in as many words
                longer = len(named.split()) > len(short.split()) if named else False
                longer = longer or (named is not None and _is_proper(named))
                if named is not None and (
                    named == "the" or (longer and not _contains(text, named))
                ):  # "the new bridge" is not named by a shorter "the bridge", nor twice
                    text = replace_words(text, short, named)
            elif _asked_bare(token, text) and (later := named_later(token)) is not None:
                # "the talks, scheduled to begin on Monday": asked "Will the talks begin?"
                if not _contains(text, later):
                    text = replace_words(text, token.doc[token.i - 1 : token.i + 1].text, later)
            elif _described_definite(token):
                short = token.doc[token.left_edge.i : token.i + 1].text
                named = described_earlier(token)  # "the contempt resolution"
                if named is not None and _contains(text, short) and not _contains(text, named):
                    text = replace_words(text, short, named)
            elif token.dep_ == "poss" and token.lower_ == "its" and sent == sentences[-1]:
                said = text
                text = _name_its(text, token)  # only in the sentence the question asks
                named = name_of(token) if text == said else None
                if named is None and text == said:
                    named = body_of_its(token, name_of)  # "The union said its members ..."
                opening = _contains(_opening_words(text), token.text)
                if named is not None and opening and not _person(token.doc, named):
                    # "Will its board approve the deal?": the actor the analysis tied "its" to
                    text = replace_words(text, token.text, f"{named}’s")
                elif named is not None and _its_not_subjects(token, text, named):
                    # "Did inspectors find listeria in its cheese?": not the inspectors'
                    text = replace_words(text, token.text, f"{named}’s")
            elif token.dep_ == "poss" and token.lower_ in {"his", "her", "their"}:
                country = speakers_country(token)  # "his government": the speaker's country's
                if country is not None and _contains(_opening_words(text), token.text):
                    text = replace_words(text, token.text, f"{country}’s")
                    continue
                named = name_of(token)  # "Would her party ...?": "Would Ilse Marr's party ...?"
                if named is not None and (
                    _contains(_opening_words(text), token.text)
                    or (_owner_unnamed(text, token) and _subject_owns(token, named, name_of))
                    or _sole_person_before(text, token, named, sentences)
                ):
                    text = replace_words(text, token.text, f"{named}’s")
            elif token.lower_ in _PREDICATE_OWNERS and token.dep_ in {"attr", "acomp"}:
                text = _name_predicate_owner(text, token, name_of)  # "is his": "is Ann Lee’s"
            elif token.pos_ == "PRON" and (
                token.lower_ in _OBJECT_PRONOUNS
                or (token.lower_ == "her" and token.dep_ in {"dobj", "pobj", "dative"})
            ):
                if token.dep_ in {"expl", "nsubj", "nsubjpass"} and token.head.dep_ == "ROOT":
                    continue  # the main clause's subject: the pronoun-subject veto names it
                if not _contains(_after_opening(text), token.text):
                    continue
                named = name_of(token)  # the actors analysis's own resolution first
                if named is None and token.lower_ in {"her", "him"}:
                    named = _reporting_person(token)  # "Ann Hall says the club kept her"
                if named is None:
                    named = continued_subject(token, name_of)  # "It did not say what it ..."
                if named is not None and _nearer_antecedent(token, named, text, name_of):
                    continue  # "sue the utility unless it pays": "it" is the utility's
                if named is None and token.dep_ in {"dobj", "pobj"}:
                    named = _matter_named(token)  # "sign it": the bill named before
                if named is not None and _named_or_ambiguous(text, token.text, named):
                    continue  # "keep her post if the panel ruled against her": Lee's, named
                if named is not None and not _contains(text, named):
                    said, name = token.text, named
                    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
                    if following is not None and following.dep_ == "prt":
                        pair = f"{token.text} {following.text}"  # "take it up": "take up X"
                        if _contains(_after_opening(text), pair):
                            said, name = pair, f"{following.text} {named}"
                    text = text.replace(
                        _after_opening(text),
                        replace_words(_after_opening(text), said, name),
                        1,
                    )
    return text


def _named_or_ambiguous(text: str, pronoun: str, named: str) -> bool:
    """Whether an object pronoun of ``text`` is better left as it is: the person it stands
    for is named in the question already by the last word of ``named`` ("Will Lee keep her
    post if the panel rules against her?"), or the pronoun's word is written twice in it,
    so that which one is meant is in doubt ("her post ... against her")."""
    if len(named.split()) > 1 and _contains(text, named.split()[-1]):
        return True
    return len(re.findall(rf"(?<![\w’']){re.escape(pronoun)}(?![\w’'])", _after_opening(text))) > 1


def _sole_person_before(text: str, owner: Token, named: str, sentences: list[Span]) -> bool:
    """Whether a "his" or "her" stands for ``named``, the one person its sentence names
    before it, in a question that names no person ("The federation backed Ann Lee and
    would decide on her selection": "Will the federation decide on Ann Lee’s selection?").
    """
    said = find_words(text, owner.text)
    if owner.lower_ not in {"his", "her"} or said is None:
        return False
    if _person_before(text[: said.start()], sentences):
        return False
    sent = owner.sent
    people = [e for e in ents_within(sent) if e.label_ == "PERSON" and e.end <= owner.i]
    last = named.split()[-1]
    return bool(people) and all(e.text.split()[-1] == last for e in people)


#: Possessive pronouns said as a predicate ("denied that the voice is his").
_PREDICATE_OWNERS = frozenset({"his", "hers", "theirs"})


def _name_predicate_owner(text: str, owner: Token, name_of: Callable[[Token], str | None]) -> str:
    """``text`` with a predicate "his" or "hers" named by the person the actors analysis tied
    it to ("Is the voice his?": "Is the voice Ann Lee’s?"); as it was when no person is tied."""
    named = name_of(owner)
    if named is None or not _person(owner.doc, named) or _contains(text, named):
        return text
    if not _contains(_after_opening(text), owner.text):
        return text
    whose = possessive(named)
    return text.replace(
        _after_opening(text), replace_words(_after_opening(text), owner.text, whose), 1
    )


#: How many sentences back "it" or "them" may find the matter it stands for.
MATTER_BACK = 2


def _clause_subject(token: Token) -> Token | None:
    """The subject of the nearest clause above ``token``, or None."""
    node = token
    while node.head is not node:
        node = node.head
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if node.pos_ in {"VERB", "AUX"} and subjects:
            return subjects[0]
    return None


def _its_not_subjects(its: Token, text: str, named: str) -> bool:
    """Whether an "its" inside a question may take the body the actors analysis tied it
    to (``named``): the body is no person and not named in the question, and the subject of
    the clause "its" sits in is plural ("inspectors ... its cheese"), so "its" cannot be
    the subject's."""
    if _person(its.doc, named) or _contains(text, named.removeprefix("the ")):
        return False
    subject = _clause_subject(its)
    return subject is not None and subject.tag_ in _PLURAL and _contains(text, subject.text)


def _matter_named(pronoun: Token) -> str | None:
    """What an object "it"/"them" stands for when it is a matter the article named ("has not
    said whether he would sign it" after "... reject the measure"): the nearest earlier
    shell noun that agrees in number, within ``MATTER_BACK`` sentences, named in full;
    None when no telling name is found."""
    if pronoun.lower_ not in {"it", "them"}:
        return None
    plural = pronoun.lower_ == "them"
    shells = lemma_set("shell_nouns")
    doc = pronoun.doc
    start = pronoun.sent.start
    for _ in range(MATTER_BACK):
        if start > 0:
            start = doc[start - 1].sent.start
    for index in range(pronoun.i - 1, start - 1, -1):
        token = doc[index]
        if token.pos_ != "NOUN" or token.lemma_.lower() not in shells or _headline(token):
            continue
        if (token.tag_ in _PLURAL) != plural:
            continue
        # "a bill that would cap rents" says which there; "the bill" is named before
        bare = _bare_definite(token) is not None
        named = _apposed_name(token) if bare else None  # "the measure, Senate Bill 88"
        if named is None:
            named = (_fuller(token) or _same_frame(token)) if bare else _defining_phrase(token)
        if named is not None and len(named.split()) > 2:
            return named
        return None  # the nearest matter is itself vague: no guessing further back
    return None


def _apposed_name(noun: Token) -> str | None:
    """The name set off by commas right after a matter's noun ("the measure, Senate Bill
    88, passed ..."): a run of two or more proper nouns and numbers, up to
    ``MAX_PHRASE_WORDS``, closed by a comma or the sentence's end; None when there is none."""
    doc = noun.doc
    start = noun.i + 2
    if start >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    end = start
    while end < len(doc) and doc[end].pos_ in {"PROPN", "NUM"} and end - start < MAX_PHRASE_WORDS:
        end += 1
    closed = end >= len(doc) or doc[end].text in {",", "."}
    if end - start < 2 or not closed or doc[start].pos_ != "PROPN":
        return None
    return doc[start:end].text


def _phrase_start(pronoun: Token) -> int:
    """Where the noun phrase holding ``pronoun`` begins: "the cause of its disappearance"
    cannot be what its own "its" stands for."""
    node = pronoun
    while node.head.i != node.i and node.head.pos_ in {"NOUN", "PROPN", "ADP"}:
        node = node.head
    return node.left_edge.i


def _name_its(text: str, its: Token) -> str:
    """ "the cause of its disappearance" with "its" named where the question does not say
    whose: by the noun it stands for in its sentence or the one before."""
    owned = f"{its.text} {its.head.text}"
    if not _contains(text, owned) or its.lower_ in anchored_pronouns(text, [its.sent]):
        return text
    start = _phrase_start(its)
    subjects = [
        t
        for t in its.doc[its.sent.start : start]
        if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ in {"NOUN", "PROPN"}
    ]
    if any(_contains(text[: text.lower().find(owned.lower())], t.text) for t in subjects):
        return text  # "if the bloc fails to ensure security for its citizens": the bloc's
    noun = antecedent("it", its.sent, start, back=1)
    if noun is None or noun.pos_ != "NOUN":
        return text
    sent = its.sent
    scanned = its.doc[its.doc[sent.start - 1].sent.start if sent.start else sent.start : start]
    if any(t.lower_ == "it" and t.dep_ in {"nsubj", "nsubjpass"} for t in scanned):
        return text  # "It has not said ... during the closure. Its board ...": not the closure's
    phrase = _fuller(noun) or short_phrase(noun)
    if not phrase.lower().startswith("the "):
        return text
    if phrase.lower() == f"the {noun.lower_}" and noun.lemma_.lower() in lemma_set("body_nouns"):
        return text  # "its suppliers" is no clearer as "the company's suppliers"
    if re.search(r" (?:of|from) ", phrase):  # not "the group of workers from Transrail’s"
        return replace_words(text, owned, f"the {its.head.text} of {phrase}")
    return replace_words(text, owned, f"{phrase}’s {its.head.text}")


def _opening_words(text: str) -> str:
    """The first three words of a question, where a possessive cannot point to its subject."""
    return " ".join(text.split()[:3])


def _after_opening(text: str) -> str:
    """The question without its first word (its subject pronoun is not an object's)."""
    return text.split(" ", 1)[1] if " " in text else ""


_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
_PRONOUN = re.compile(r"(?<![\w’'])(it|they|them|him|he|she)(?![\w’'])", re.I)
#: "Is it true ...?", "How costly could it be to ignore ...": "it" that stands for what follows.
_EXTRAPOSED = re.compile(r"\bit\s+(?:\w+\s+)?be\b.*\b(?:to|that|whether)\b|^(is|was) it\b", re.I)
_DEMONSTRATIVE_NOUN = re.compile(r"(?<![\w’'])(this|these|those)\s+([a-z][\w-]*)", re.I)
_DEFINITE_NOUN = re.compile(
    r"(?<![\w’'])(the|that)\s+(?:(?:"
    + "|".join(sorted(TRANSPARENT))
    + r")\s+)?([a-z][\w-]*)(?:\s+(\w+))?",
    re.I,
)
_POSSESSIVE_PRONOUN = re.compile(r"(?<![\w’'])(his|her|their)(?![\w’'])", re.I)
#: Nouns a demonstrative makes a date of ("this year", "this week"), not a reference.
_TIME_NOUNS = frozenset(
    [
        "year",
        "week",
        "month",
        "weekend",
        "morning",
        "afternoon",
        "evening",
        "season",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "time",
        "decade",
        "century",
    ]
)
#: A pair said by its common noun as the subject: "Will both navies withdraw ...?".
_BOTH_SUBJECT = re.compile(r"^\w+\s+(both\s+[a-z]+s)\b(?!\s+of\b)")
_BOTH_SIDES = re.compile(
    r"(?<![\w’'])(?:(?:both|the two|either) sides|the (?:losing|winning|other) (?:side|party))"
    r"(?![\w’'])",
    re.I,
)
#: Words after "to" that make it a preposition of place, not an infinitive ("to the court").
_DETERMINERS_AFTER_TO = frozenset({"the", "a", "an", "its", "his", "her", "their", "this"})
_SAME = re.compile(r"(?<![\w’'])the same (?!as\b)[a-z][\w-]*", re.I)
_HERE = re.compile(r"(?<![\w’'])here(?![\w’'])", re.I)
#: "there" pointing at a place ("be there, awake"), not the "there" of "Will there be ...?".
_THERE = re.compile(r"(?<![\w’'])there(?![\w’'])", re.I)
#: Words around an existential "there" ("will there be", "there is"): no place meant.
_EXISTENTIAL_BEFORE = frozenset(
    {"will", "would", "could", "can", "might", "may", "should", "is", "are", "was", "were"}
)
_EXISTENTIAL_AFTER = frozenset({"be", "is", "are", "was", "were", "been", "remain", "seem"})


def _place_there(text: str) -> re.Match[str] | None:
    """A "there" that points at a place ("be there, awake"), not an existential one."""
    for match in _THERE.finditer(text):
        before = text[: match.start()].split()[-1:]
        after = re.findall(r"[\w’']+", text[match.end() :])[:1]
        if before and before[0].lower() in _EXISTENTIAL_BEFORE:
            continue
        if after and after[0].lower() in _EXISTENTIAL_AFTER:
            continue
        return match
    return None


_ITS = re.compile(r"(?<![\w’'])its(?![\w’'])", re.I)
#: A lower-case plural noun a "they" may stand for ("members", "the banks").
_PLURAL_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z-]+[^s’'\W]s(?![\w’'])")


def _people_words(sentences: list[Span] | None) -> frozenset[str]:
    """The words of the people's names the Doc of ``sentences`` holds."""
    if not sentences:
        return frozenset()
    ents = doc_ents(sentences[0].doc)
    return frozenset(w for e in ents if e.label_ == "PERSON" for w in e.text.split())


#: Head words of a body's name ("the Norwegian Ski Federation"): a name ending in one is
#: no person's.
_BODY_HEADS = _ORG_HEADS_WITH_THE | frozenset(
    {"federation", "association", "union", "league", "institute", "bank", "company"}
)


def _person_before(words: str, sentences: list[Span] | None) -> bool:
    """Whether a question names a person before a point ("Will Ann Lee deliver her ...");
    a body's name, a run of capitalised words ending in a body's head word ("Will the Ski
    Federation decide on her selection?"), names none. Without the parse, any name does."""
    if not sentences:
        return _named_before(words)
    runs = re.findall(r"(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*", " ".join(words.split()[1:]))
    return any(run.split()[-1].lower().rstrip("’'s") not in _BODY_HEADS for run in runs)


def _agreeing_before(pronoun: str, words: str, sentences: list[Span] | None) -> bool:
    """Whether the question before a clause's subject pronoun names what the pronoun may
    stand for: a person for "he" or "she" ("Will Ann Lee resign if she loses?"), a plural
    noun or a body's name for "they", anything named for "it"; not "Would Ann Lee be
    surprised if they move?" nor "Will relations suffer if she is not freed?"."""
    if pronoun in {"he", "she"}:
        return _person_before(words, sentences)
    if pronoun == "they":
        if _PLURAL_WORD.search(words.split(" ", 1)[-1]) is not None:
            return True
        people = _people_words(sentences)
        names = [w.strip(",;’'s") for w in words.split()[1:] if w[:1].isupper()]
        return any(w not in people for w in names)
    return True


def _named_before(words: str) -> bool:
    """Whether a question names someone or something (a capitalised word) before a point."""
    return any(w[:1].isupper() for w in words.split()[1:])


#: Nouns a shell noun may modify in a compound ("the appeals court", "the plan's"): then
#: the shell noun is no reference of its own.
_COMPOUND_HEADS = frozenset(
    {"court", "courts", "panel", "judge", "judges", "committee", "board", "hearing"}
    | {"hearings", "process", "deadline", "file", "files", "team", "lawyer", "lawyers"}
)
_SUBORDINATORS = frozenset(
    {"if", "when", "after", "before", "unless", "until", "once", "while", "because", "as"}
    | {"which", "who", "whom", "that", "where"}  # "the manner in which they approached it"
)
#: Words after "by" that tell a time, not who ("by Friday", "by the end of June").
_WHEN = re.compile(
    r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec|the$|end|next|early|late|mid|\d{4}$"
)
_SAID_IN_FULL = frozenset(
    {"of", "to", "for", "that", "which", "whether", "against", "about", "over", "between", "on"}
    | {"into"}
)


#: A verb phrase said by a pro-form: "do so", "do that" stand for an action told before.
_PRO_FORM = re.compile(
    r"(?i)\b(?:do|does|did|doing|done)\s+"
    r"(?:so\b|(?:that|this)(?=\s*(?:\?|$|,|\s+(?:if|when|before|after|unless)\b)))"
)


_AGREEING = {"it": "it", "them": "they", "they": "they", "its": "it", "their": "they"}


def anchored_pronouns(text: str, sentences: list[Span]) -> frozenset[str]:
    """The pronouns of a question whose antecedent the question itself says: "build new
    structures and manage them" ("them" is the structures named just before)."""
    found: set[str] = set()
    for sent in sentences:
        for token in tokens_where(sent, "lowers", _AGREEING):
            form = _AGREEING.get(token.lower_)
            if token.pos_ != "PRON" or form is None or not _contains(text, token.text):
                continue
            start = _phrase_start(token)
            noun = antecedent(form, sent, start)
            # the question's own subject before it may stand for it ("if the bloc fails to
            # ensure security for its citizens"), whatever the tagger made of it
            nouns = [noun] if noun is not None else []
            if token.dep_ != "poss":  # "is to take it up": the subject is not its own object
                nouns = [n for n in nouns if n not in _controlling_subjects(token)]
            if token.dep_ == "poss":
                # "urged the bank to cut rates at its meeting": the bank does the cutting
                nouns += [c for c in [controller_of(token, form)] if c is not None]
            if token.dep_ == "poss":  # not "send them": a subject is never its own object
                nouns += [
                    t
                    for t in sent.doc[sent.start : start]
                    if t.dep_ in {"nsubj", "nsubjpass"}
                    and t.pos_ in {"NOUN", "PROPN"}
                    and not (form == "it" and t.tag_ in {"NNS", "NNPS"})  # "its": not "labs"
                ]
            mention = find_words(text, token.text)
            for candidate in nouns:
                at = find_words(text, candidate.text)
                if at and mention and at.start() < mention.start():
                    found.add(token.lower_)
    return frozenset(found)


#: Where the doer of a "to" clause sits on the verb above it: its object ("urged the bank
#: to cut"), or the object of a preposition ("called on the bank to pause").
_CONTROLLERS = frozenset({"dobj"})
_CONTROLLER_PREPS = frozenset({"on", "upon"})


def controller_of(pronoun: Token, form: str) -> Token | None:
    """The noun that does the act of the "to" clause a possessive ``pronoun`` sits in, when
    the verb above names it as its object ("urged the central bank to cut rates at its
    meeting": "bank"), the pronoun agrees with it, and no other noun that could take the
    pronoun stands between them ("asked the council to approve the plan at its session":
    the plan's or the council's? None)."""
    verb = pronoun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    marked = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ != "xcomp" or not marked or verb.head.i == verb.i:
        return None
    above = verb.head
    found = [c for c in above.children if c.dep_ in _CONTROLLERS]
    for prep in above.children if not found else ():  # "urged on Thursday the bank to"
        if prep.dep_ == "prep" and prep.lower_ in _CONTROLLER_PREPS:
            found += [
                c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ not in {"DATE", "TIME"}
            ]
    nouns = [c for c in found if c.pos_ in {"NOUN", "PROPN"} and c.i < pronoun.i]
    if len(nouns) != 1 or not agrees(form, nouns[0]):
        return None
    rivals = [
        t
        for t in pronoun.doc[nouns[0].i + 1 : pronoun.i]
        if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "compound" and agrees(form, t)
    ]
    return None if rivals else nouns[0]


def _controlling_subjects(pronoun: Token) -> list[Token]:
    """The subjects of the verb an object pronoun hangs on and of the verbs that verb
    completes ("The Assembly is scheduled to take it up": "Assembly"): none of them is
    what the pronoun stands for."""
    if pronoun.dep_ in {"nsubj", "nsubjpass", "expl"}:
        return []
    found: list[Token] = []
    node = pronoun.head
    while True:
        found += [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return found
        node = node.head


#: A quantified subject right after a question's auxiliary ("Will many schools quit?"):
#: which schools? Unless a name says whose ("many Marsk schools", "many of Marsk's schools").
_QUANTIFIED = re.compile(
    r"(?:^|, )(?:will|would|could|can|may|might|should|do|does|did|are|is|have|has)"
    r" ((?:many|some|most|several|few|numerous) (?!of\b|likely\b|time\b)[a-z][\w-]*"
    r"|(?:many|some|most|several) of (?:the|them|these|those)\b(?: [a-z][\w-]*)?)",
    re.I,
)


#: "Is a ruling likely by June?": a decision said with "a" and nothing on what it decides.
_SOME_DECISION = re.compile(
    r"(?:^|, )(?:is|was|were|are|has|had|will|would|could|can|may|might|should) "
    r"(an? (?:ruling|decision|verdict|judgment|judgement))"
    r"(?! (?:on|in|over|about|against|by|from|to)\b)",
    re.I,
)


#: An indefinite subject right after a question's auxiliary ("Will a team of experts ...").
_SOME_GROUP = re.compile(
    r"(?:^|, )(?:will|would|could|can|may|might|should|is|was|has|did)"
    r" (an? (?:[a-z][\w-]* ){0,2}?([a-z]+) of [a-z][\w-]*)((?: [\w’'-]+){0,3})",
    re.I,
)


def unowned_group(text: str) -> str | None:
    """An indefinite body of members said without whose it is ("Will a team of experts
    arrive ...?", "Will a group of lawyers challenge ...?"): which team? None when a name
    follows it ("a team of experts from the WHO") or names it before ("a WHO team")."""
    found = _SOME_GROUP.search(text)
    if found is None or found.group(2).lower() not in lemma_set("body_nouns"):
        return None
    if any(w[:1].isupper() for w in found.group(1).split()[1:]):
        return None  # "a WHO team", "a Senate committee"
    after = found.group(3).split()
    if (
        len(after) >= 2
        and after[0].lower() in {"of", "from"}
        and (
            after[1][:1].isupper()
            or (after[1].lower() == "the" and after[2:3] and after[2][:1].isupper())
        )
    ):
        return None  # "a team of experts from the WHO", "a delegation from Norway"
    return found.group(1)


def _quantified(text: str) -> str | None:
    """A quantified subject that names no owner ("many hospitals"), or None."""
    found = _QUANTIFIED.search(text)
    if found is None or not all(w[:1].islower() for w in found.group(1).split()):
        return None  # "many Mexicans", "Many ...": a name or a sentence's opening word
    return found.group(1)


def unnamed_because(words: str, sentences: list[Span]) -> str:
    """Why vague ``words`` ("the court") stayed unnamed, for a held-back question's reason:
    "2 earlier: X; Y" when the article tells of several such things, "no name before"
    when it names none; "" when ``words`` is no bare noun of the question's sentences."""
    head = words.split()[-1].lower() if words.split() else ""
    head = re.sub(r"['’]s?$", "", head)
    for sent in sentences:
        for token in sent:
            if token.lower_ != head or not _one_anchor(token) or _bare_definite(token) is None:
                continue
            anchors = earlier_anchors(token)
            if len(anchors) > 1:
                return f"{len(anchors)} earlier: " + "; ".join(anchors[:3])
            if token.lemma_.lower() in lemma_set("body_nouns"):
                return "tied to no named actor"
            return "no name before" if not anchors else ""
    return ""


#: What follows a body whose own phrase names it ("the team of experts from the WHO").
_OWNED = re.compile(r" (?:of [a-z][\w-]* )?(?:of|from) (?:the )?[A-Z]")


def bare_body(text: str, sentences: list[Span]) -> str | None:
    """A body said bare in the question ("the company", "the union's") that naming left as
    it was: which company? None when there is none."""
    bodies = lemma_set("body_nouns")
    for sent in sentences:
        for token in sent:
            if token.lemma_.lower() not in bodies or token.dep_ == "compound":
                continue
            if token.tag_ in _PLURAL:
                continue  # "the courts", "the unions": the institution, not one body
            det = _bare_definite(token)
            if det is None or det.lower_ != "the":
                continue
            short = token.doc[det.i : token.i + 1].text
            # "the union's estimate": the owner, said with its possessive
            found = re.search(rf"(?<![\w’']){re.escape(short)}(?:['’]s?)?(?!\w)", text, re.I)
            if found is not None and not _OWNED.match(text[found.end() :]):
                return found.group(0)
    return None


def vague_reference(
    text: str, anchored: frozenset[str] = frozenset(), sentences: list[Span] | None = None
) -> str | None:
    """The words of a question that need the article to be understood, or None.

    "this move", "the measure" (a shell noun said bare), a body said bare ("the
    company", told by the parse of ``sentences``) and a personal pronoun ("If it is
    not reversed, ...", "bring it back") are vague; "the plan to cut taxes" and "Is it
    true that ...?" are not.
    """
    plain = _QUOTED.sub(" ", text)
    for match in _DEMONSTRATIVE_NOUN.finditer(plain):
        if match.group(2).lower().rstrip("’'s") not in _TIME_NOUNS:
            return match.group(0)  # "this move"; "this year" is a date
    decision = _SOME_DECISION.search(plain)
    if decision:
        return decision.group(1)  # "Is a ruling likely by June?": a ruling on what?
    group = unowned_group(plain)
    if group:
        return group  # "Will a team of experts arrive ...?": whose team?
    quantified = _quantified(plain)
    if quantified:
        return quantified  # "Will many schools quit?": which schools?
    same = _SAME.search(plain)
    if same and not re.search(r"\bas\b|(?<!^)\b[A-Z]", plain[same.end() :]):
        return same.group(0)  # "do exactly the same thing": the same as what? ("as Vik": fine)
    sides = _BOTH_SIDES.search(plain)
    if sides:
        return sides.group(0)  # "Will both sides return to the table?": which sides?
    pair = _BOTH_SUBJECT.match(plain)
    if pair:
        return pair.group(1)  # "Will both navies withdraw?": which two?
    here = _HERE.search(plain) or _place_there(plain)
    if here:
        return here.group(0)  # "emerge here", "be there": where?
    pro_form = _PRO_FORM.search(plain)
    if pro_form:
        return pro_form.group(0)  # "Will Northwind do so?": do what?
    shells = lemma_set("shell_nouns")
    for match in _DEFINITE_NOUN.finditer(plain):
        noun, following = match.group(2).lower(), (match.group(3) or "").lower()
        singular = noun[:-1] if noun.endswith("s") and noun[:-1] in shells else noun
        full = following in _SAID_IN_FULL or following.endswith("ing")  # "the case involving X"
        full |= following in DECIDING_BODIES  # "the appeals court" names a court
        after = plain[match.end() :].split()[:1]
        if following == "on" and (not after or not after[0][:1].islower()):
            full = False  # "the measure on March 12" is a date, "the ban on gambling" says which
        if following == "to" and after and after[0].lower() in _DETERMINERS_AFTER_TO:
            full = False  # "appeal the decision to the Supreme Court": "to" says where, not which
        if following == "by" and singular in _SUITS and not (after and _WHEN.match(after[0])):
            full = True  # "the lawsuit by 12 states" says whose; "the appeal by May" says when
        if following == "by" and after and after[0][:1].isupper() and not _WHEN.match(after[0]):
            full = True  # "the review by Corvane's board" names whose review it is
        if following in _COMPOUND_HEADS:
            continue  # "the appeals court", "the case file": the noun only modifies another
        # "If the climate rules survive, will the rules cost ...": said in full just before
        fuller = re.search(
            rf"(?<![\w’'])(?!the\s|that\s)[\w’'-]+\s+{re.escape(noun)}(?![\w’'])",
            plain[: match.start()],
            re.I,
        )
        if singular in shells and not full and fuller is None:
            return match.group(0).rsplit(" ", 1)[0] if match.group(3) else match.group(0)
    thing = _bare_thing(plain, sentences or [])
    if thing is not None:
        return thing  # "Did the plant have a history of problems?": which plant?
    body = bare_body(plain, sentences) if sentences else None
    if body is not None:
        return body  # "Could the company take its investment to Boston?": which company?
    if _EXTRAPOSED.search(plain):
        plain = re.sub(r"\bit\b", " ", plain, count=1, flags=re.I)
    for match in _POSSESSIVE_PRONOUN.finditer(plain):
        # "Would her party ...?": whose? Later on, it is the subject's ("voters ... their")
        if len(plain[: match.start()].split()) == 1:
            return match.group(0)
        # "Which amendments might win his signature?": a "his" or "her" with no one named
        # before it stands for someone only the article names
        if _possessive_person(match.group(0), sentences) and not _person_before(
            plain[: match.start()], sentences
        ):
            return match.group(0)
    for match in _PRONOUN.finditer(plain):
        if match.group(0).lower() in anchored:
            continue
        before = plain[: match.start()].split()
        # "Will Ann Lee resign if she loses?": the subject of a clause after the main one
        # stands for someone the question has named
        if (
            len(before) > 2
            and before[-1].lower() in _SUBORDINATORS
            and _agreeing_before(match.group(0).lower(), plain[: match.start()], sentences)
        ):
            continue
        return match.group(0)
    for match in _ITS.finditer(plain):
        # "What is the cause of its disappearance?": whose, unless the question said it
        if match.group(0).lower() not in anchored and not _named_before(plain[: match.start()]):
            return match.group(0)
    return None


#: Works a firm owns and runs: "the plant" asks whose. (A street, a square or a river is
#: a place the article is about, said with "the" in any article.)
_WORKS = frozenset({"plant", "factory", "mill", "refinery", "mine", "warehouse", "smelter"})
#: Words after a place's or a structure's noun that say which one it is ("the plant in Selo").
_PLACING = frozenset({"of", "in", "at", "near", "on", "from", "between", "across", "over"})


def _bare_thing(text: str, sentences: list[Span]) -> str | None:
    """ "the plant", "the refinery": a works some firm owns (``_WORKS``) said with "the"
    alone, which no word after it places; the question does not say whose. None when
    every such noun is named ("the Selo plant"), placed ("the plant in Selo") or only
    modifies another noun of its sentences ("the warehouse fire")."""
    things = _WORKS
    modifiers = {t.lower_ for s in sentences for t in s if t.dep_ == "compound"}
    for match in re.finditer(r"(?<![\w’'])the\s+([a-z][\w-]*)(?:\s+([\w’'-]+))?", text):
        noun, following = match.group(1).lower(), match.group(2) or ""
        singular = noun[:-1] if noun.endswith("s") and noun[:-1] in things else noun
        if singular not in things or following.lower() in _PLACING or following[:1].isupper():
            continue
        if noun in modifiers:
            continue  # "the warehouse fire": the noun says which fire
        if following.lower() in things or following.lower() in {"’s", "'s"}:
            continue
        return f"{match.group(0).split()[0]} {match.group(1)}"
    return None


def _owner_unnamed(text: str, token: Token) -> bool:
    """Whether a question's "his" or "her" comes with no one named before it ("Which
    amendments might win his signature?"): only the article tells whose."""
    if token.lower_ not in {"his", "her"}:
        return False
    match = re.search(rf"(?<![\w’']){token.text}(?![\w’'])", text, re.IGNORECASE)
    return match is not None and not _named_before(text[: match.start()])


def _subject_owns(owner: Token, named: str, name_of: Callable[[Token], str | None]) -> bool:
    """Whether a clause above an owner pronoun has for subject the one it is named by
    ("Whitfield said ... which terms might win her signature"); a "his" that no subject
    around it stands for ("officials said ... his injury, referring to a patient") is not
    named, whoever the analysis tied it to."""
    node = owner
    while node.head.i != node.i:
        node = node.head
        for child in node.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and name_of(child) == named:
                return True
    return False


def _possessive_person(word: str, sentences: list[Span] | None) -> bool:
    """Whether ``word`` is "his", or a "her" its sentence parses as an owner ("her
    signature", not "keep her on the boat")."""
    lower = word.lower()
    if lower == "his":
        return True
    return lower == "her" and any(
        t.lower_ == "her" and t.dep_ == "poss" for s in sentences or [] for t in s
    )


#: Words a question may hold in capitals without naming anyone.
_NOT_NAMES = frozenset({"I"})
#: Words that open a subject no one in particular fills ("Will a colleague check?").
_INDEFINITE = frozenset(
    {"a", "an", "any", "some", "someone", "anyone", "somebody", "anybody"}
    | {"two", "three", "four", "five", "several", "few", "many"}  # "How will two members vote?"
)
#: Words that open a question before its auxiliary ("How will a review end?").
_WH_OPENERS = frozenset({"how", "when", "what", "why", "where", "who", "which"})
#: The most words of a question whose indefinite subject leaves it empty.
SHORT_QUESTION = 6
#: Nouns that stand for whatever matter the article is about ("settle the question").
_ANY_MATTER = re.compile(r"\bthe\s+(?:question|matter|issue|situation|problem)(?:\?|$)", re.I)


def unquoted(text: str) -> str:
    """``text`` with each quoted stretch read as one capitalised word: a quoted title
    names its matter."""
    return _QUOTED.sub(" Quoted ", text)


def _question_words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", unquoted(text))


def _names_someone(words: list[str]) -> bool:
    """Whether a name, a number or a date stands after the question's first word."""
    return any((w[:1].isupper() and w not in _NOT_NAMES) or w[:1].isdigit() for w in words[1:])


def names_nobody(text: str) -> bool:
    """Whether ``text`` names no one and nothing: no capitalised word, number or quoted
    title after its first word ("Is the companies' account true?")."""
    return not _names_someone(_question_words(text))


def names_nothing(text: str) -> bool:
    """Whether a question names no one and nothing in particular: no name, no number, no
    date after its first word, and its subject is no one in particular ("Will a colleague
    check?", "When will a decision be made?", "How will two members vote?") or its matter
    is "the question" or "the issue" ("Did the available data settle the question?").
    Such a question needs the article to tell who or what."""
    words = _question_words(text)
    if _names_someone(words):
        return False
    # a short one: "Will an independent board review the data?" says what it asks
    # after a wh-word, the subject follows the auxiliary ("When will a decision be made?")
    first = 2 if words and words[0].lower() in _WH_OPENERS else 1
    indefinite = first < len(words) <= SHORT_QUESTION and words[first].lower() in _INDEFINITE
    return indefinite or _ANY_MATTER.search(unquoted(text)) is not None
