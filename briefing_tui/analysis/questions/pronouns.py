"""Naming whom a question's pronoun stands for, so the question stands without the article.

"Would it amount to an amnesty?" asks nothing a reader can follow; "Would a
similar fast-track system amount to an amnesty?" does. The pronoun that opens a
question's subject is replaced by the nearest noun phrase before it in its
sentence that agrees with it (a person for "he"/"she", a plural for "they", a
thing for "it"), kept short: its determiner, modifiers and head noun.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.datelines import dateline_at

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
_PERSONAL = frozenset({"he", "she"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def agrees(pronoun: str, noun: Token) -> bool:
    """Whether ``noun`` may be what ``pronoun`` ("it", "they", "he", "she") stands for: in
    number, and a person only for "he" or "she"."""
    if pronoun in _PERSONAL:
        return noun.ent_type_ == "PERSON"
    if pronoun == "they":  # people, or an organisation spoken of as "they", or "A and B"
        coordinated = any(c.dep_ == "conj" for c in noun.children)
        return noun.tag_ in _PLURAL_TAGS or noun.ent_type_ == "ORG" or coordinated
    if noun.tag_ in _PLURAL_TAGS or noun.ent_type_ == "PERSON":
        return False
    return noun.pos_ == "NOUN" or noun.ent_type_ in {"ORG", "GPE", "NORP", "PRODUCT"}


def short_phrase(noun: Token) -> str:
    """A noun with its determiner, modifiers and compounds, without what follows it."""
    left = [t for t in noun.subtree if t.i <= noun.i and t.i >= noun.left_edge.i]
    words = [t for t in left if t.dep_ in {"det", "amod", "compound", "poss", "nummod", "case"}]
    first = min(t.i for t in [*words, noun])
    end = noun.i + 1
    if noun.ent_iob_ in {"B", "I"} and noun.ent_type_ in {"ORG", "GPE", "FAC", "NORP"}:
        # "the Lakeshore Chamber of Commerce": a name runs on past its head word
        while end < len(noun.doc) and noun.doc[end].ent_iob_ == "I":
            end += 1
        if noun.doc[end - 1].pos_ in {"DET", "ADP", "CCONJ", "PUNCT"}:
            end = noun.i + 1  # the model's name broke off mid-phrase ("Residents of the")
    span = noun.doc[first:end]  # "a similar fast-track system": the hyphens stay
    text = span.text + (owner_modifier(noun) if end == noun.i + 1 else "")
    if span[0].pos_ != "PROPN" and not _written_as_name(span[0]):
        text = text[:1].lower() + text[1:]
    return text


#: Prepositions by which a phrase names whose or where from a group is ("the city of Marlow").
_OWNER_PREPS = frozenset({"of", "from"})
#: The most name words an owner's phrase may bring ("from the World Health Organization").
MAX_OWNER_WORDS = 5
_NAME_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


def _name_run(obj: Token) -> str | None:
    """The name an object ends in ("Transrail" in "the national rail operator Transrail",
    "the World Health Organization"), with a "the" right before it; None when it is no
    name or too long."""
    if obj.pos_ != "PROPN" and obj.ent_type_ not in _NAME_ENTS:
        return None
    doc, first = obj.doc, obj.i
    while first > obj.left_edge.i and (
        doc[first - 1].pos_ == "PROPN" or doc[first - 1].ent_type_ in _NAME_ENTS
    ):
        first -= 1
    if obj.i - first + 1 > MAX_OWNER_WORDS:
        return None
    words = doc[first : obj.i + 1].text
    before = doc[first - 1] if first > obj.left_edge.i else None
    return f"the {words}" if before is not None and before.lower_ == "the" else words


def _is_group(noun: Token) -> bool:
    """Whether ``noun`` is one body of many members ("a group", "a team"), not a plural."""
    from briefing_tui.analysis.questions.cues import lemma_set

    return noun.tag_ not in _PLURAL_TAGS and noun.lemma_.lower() in lemma_set("body_nouns")


def owner_modifier(noun: Token) -> str:
    """ " of Marlow", " of workers from Transrail": the phrases after a group's noun that say
    whose it is or where it comes from ("the city of Marlow", "a team of experts from
    the WHO"); a group's plain "of <members>" is kept too ("a group of lawyers"). "" when
    none is said."""
    said: list[str] = []
    named = False
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.i > noun.i):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.lower_ not in _OWNER_PREPS or obj is None:
            break
        appositions = (_name_run(c) for c in obj.children if c.dep_ == "appos")
        name = _name_run(obj) or next((n for n in appositions if n), None)  # "drug Cardexil"
        if name is None and prep.lower_ == "of" and not said and obj.pos_ == "NOUN":
            if any(c.i > obj.i for c in obj.children):
                inner = owner_modifier(obj)  # "a team of experts from the WHO"
                if not inner:
                    break
                said.append(f"of {obj.text}{inner}")
                named = True
                break
            said.append(f"of {obj.text}")  # "a group of workers"
            named = obj.tag_ in _PLURAL_TAGS and _is_group(noun)
            continue
        if name is None:
            break
        said.append(f"{prep.text} {name}")
        named = True
    return " " + " ".join(said) if named and said else ""


def _written_as_name(token: Token) -> bool:
    """Whether a capitalised word is a name the tagger took for a common noun: it is in a
    named entity, or the article writes it capitalised inside a sentence too."""
    if not token.text[:1].isupper():
        return False
    if token.ent_type_ in {"ORG", "GPE", "PERSON", "NORP", "FAC", "LOC"}:
        return True
    return any(t.text == token.text and not t.is_sent_start and t.i != token.i for t in token.doc)


def antecedent(pronoun: str, sentence: Span, before: int, back: int = 0) -> Token | None:
    """The nearest noun before token ``before`` in ``sentence`` (or up to ``back`` sentences
    before it) that ``pronoun`` may stand for."""
    spoken_for = _spoken_for(sentence.doc[before]) if before < len(sentence.doc) else None
    if pronoun in {"they", "it"} and spoken_for is not None:
        return spoken_for
    reporter = _reporter(sentence.doc[before]) if before < len(sentence.doc) else None
    if reporter is not None and (agrees(pronoun, reporter) or _named_body(pronoun, reporter)):
        return reporter
    start = sentence.start
    for _ in range(back):
        if start > 0:
            start = sentence.doc[start - 1].sent.start
    earlier = list(reversed(sentence.doc[start:before]))
    # a subject before an object; "he" and "she" only a subject ("in addition to Scott, he ...")
    order = (_SUBJECTS,) if pronoun in _PERSONAL else (_SUBJECTS, _SUBJECT_DEPS)
    for deps in order:
        for token in earlier:
            if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in deps and agrees(pronoun, token):
                if _medium_of_report(token):
                    continue  # "said in a statement that it ...": the statement does nothing
                return _group_of(token)
    return None


def _medium_of_report(noun: Token) -> bool:
    """Whether ``noun`` is where or how something was said, hung on a reporting verb by a
    preposition ("said *in a statement*", "told reporters *at a news conference*"): the
    medium of a report, which no pronoun of the reported clause stands for."""
    from briefing_tui.analysis.questions.cues import lemma_set

    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.lemma_.lower() in lemma_set("reporting")
    )


def _group_of(noun: Token) -> Token:
    """ "a group" for "workers" in "a group of workers said they ...": the group's noun, which
    the plural of its "of" phrase is a member of, when it is the clause's subject."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return noun
    group = prep.head
    if group.pos_ == "NOUN" and group.dep_ in _SUBJECTS and _is_group(group):
        return group
    return noun


def _named_body(pronoun: str, noun: Token) -> bool:
    """ "Halvorsen Pharma" for "it" though the model took it for a person: a name whose
    head word is an organisation's ("Pharma", "Corporation")."""
    from briefing_tui.analysis import lexicon as data_files

    heads = data_files.words("actors/org_heads.txt")
    return pronoun == "it" and noun.pos_ == "PROPN" and noun.lower_ in heads


def _reporter(pronoun: Token) -> Token | None:
    """ "The chamber warned that prices could rise and said it would ask the Commission":
    the body that says what "it" or "they" will do is what the pronoun stands for (the
    subject of the reporting verb, or of the verb that verb is joined to)."""
    from briefing_tui.analysis.questions.cues import lemma_set

    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in {"they", "it"}:
        return None
    verb = pronoun.head
    if verb.lemma_ == "be" or verb.dep_ not in {"ccomp", "conj"}:
        return None  # "said it was unclear", "said it had been closed": a thing, not the body
    said = verb.head
    reporting = lemma_set("reporting")
    # "said it believed the drug could help and that it hoped to ...": up the reported clauses
    while said.lemma_.lower() not in reporting and said.dep_ in {"ccomp", "conj"}:
        said = said.head
    if said.lemma_.lower() not in reporting:
        return None
    while not any(c.dep_ in _SUBJECTS for c in said.children) and said.dep_ == "conj":
        said = said.head  # "warned that ... and said it would": the subject of "warned"
    speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
    if speaker is not None and dateline_at(speaker.doc, speaker.idx) is not None:
        # "HARWICK - Tenants of the estate said they would sue": the parse took the
        # dateline's town for the subject and hung the real one on it
        speaker = next((c for c in speaker.children if c.dep_ == "appos"), None)
    if speaker is None or speaker.pos_ not in {"NOUN", "PROPN"}:
        return None
    return speaker


def _spoken_for(pronoun: Token) -> Token | None:
    """ "Ann Lee for the Kesh Water Board says they are ...": the body a spokesperson speaks
    for, which "they" or "it" in what she says stands for."""
    if pronoun.dep_ not in _SUBJECTS or pronoun.lower_ not in {"they", "it"}:
        return None
    said = pronoun.head
    if said.dep_ != "ccomp":
        return None
    speaker = next((c for c in said.head.children if c.dep_ in _SUBJECTS), None)
    if speaker is None or speaker.ent_type_ != "PERSON":
        return None
    for prep in speaker.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            body = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if body is not None and body.pos_ == "PROPN":
                return body
    return None


def name_pronoun(
    text: str,
    sentence: Span,
    pronouns: frozenset[str],
    person_of: Callable[[Token], str | None] | None = None,
    actor_of: Callable[[Token], str | None] | None = None,
) -> str | None:
    """``text`` with its subject pronoun replaced by what it stands for, or None.

    "it" and "they" are named by the nearest agreeing noun of the sentence, else by
    ``actor_of`` (the actors analysis's resolution, said as a question says an actor's
    name: "the European Commission"), never by a person's name.

    "he" and "she" are named only by ``person_of`` (the actors analysis's resolution,
    which knows genders and leaves a doubtful pronoun alone), never by the nearest
    person in the sentence: "Would Clinton spokesman Jesse Lehrich sign this if it came
    to her desk?" named the spokesman for "she".
    """
    words = text.split()
    for index, word in enumerate(words[:10]):
        if word.lower() not in pronouns or index == 0:
            continue
        mentions = [t for t in sentence if t.lower_ == word.lower()]
        if not mentions:
            return None
        if word.lower() == "it" and _expletive(mentions[0]):
            return None  # "it will be weeks before ...": "it" stands for no thing
        if word.lower() in _PERSONAL:
            named = _person_named(mentions[0], sentence, person_of)
        else:
            noun = antecedent(word.lower(), sentence, mentions[0].i)
            named = _with_conjuncts(noun) if noun is not None else None
            if named is None and actor_of is not None:
                # "said it believed ... and that it hoped to": the one the analysis tied
                found = (body_named(m, actor_of, person_of) for m in mentions)
                named = next((n for n in found if n is not None), None)
        if named is None:
            return None
        return re.sub(rf"\b{re.escape(word)}\b", named, text, count=1)
    return None


#: Marks of a clause that measures a time from now ("it will be weeks *before* ...").
_TIME_MARKS = frozenset({"before", "until", "till"})


def _expletive(pronoun: Token) -> bool:
    """Whether "it" is a placeholder subject of "be" for a clause that follows ("it is clear
    that ...", "it will be hard to ...", "it will be weeks before ..."), not a thing."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    for child in verb.children:
        if child.i < pronoun.i:
            continue
        if child.dep_ in {"ccomp", "xcomp", "csubj"}:
            return True
        if child.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in _TIME_MARKS for g in child.children
        ):
            return True
    return False


def body_named(
    pronoun: Token,
    actor_of: Callable[[Token], str | None],
    tied_to: Callable[[Token], str | None] | None = None,
) -> str | None:
    """The actor the actors analysis tied "it" or "they" to ("Halvorsen Pharma" for "Will
    it restart the trial?"), unless the article writes that name as a person's.

    ``actor_of`` is the checked resolution; ``tied_to`` the analysis's own tie, taken when
    the one who says what "it" will do is tied to that same actor ("Halvorsen said ... that
    it hoped to restart the trial")."""
    name = actor_of(pronoun)
    if name is None and tied_to is not None:
        reporter = _reporter(pronoun)
        tied = tied_to(pronoun)
        if reporter is not None and tied is not None and tied_to(reporter) == tied:
            from briefing_tui.analysis.questions.rules import with_the

            name = with_the(tied)
    if name is None or not name.strip():
        return None
    last = name.split()[-1]
    from briefing_tui.analysis import lexicon as data_files

    firm = last.lower() in data_files.words("actors/org_heads.txt")  # "Halvorsen Pharma"
    if not firm and any(t.text == last and t.ent_type_ == "PERSON" for t in pronoun.doc):
        return None  # "it" is no person; "they" for a person is in doubt
    return name


def _with_conjuncts(noun: Token) -> str:
    """A noun's short phrase with the names coordinated with it ("Australia and New
    Zealand" for "they"), else its short phrase."""
    conjuncts = [c for c in noun.children if c.dep_ == "conj"]
    if not conjuncts:
        return short_phrase(noun)
    first = noun.doc[min(t.i for t in noun.subtree if t.i <= noun.i and t.dep_ != "det")]
    span = noun.doc[first.i : conjuncts[-1].i + 1]
    text = span.text
    return text if span[0].pos_ == "PROPN" else text[:1].lower() + text[1:]


def _person_named(
    pronoun: Token, sentence: Span, person_of: Callable[[Token], str | None] | None
) -> str | None:
    """Who "he"/"she" is, as the actors analysis resolved it: the sentence's own words for
    that person when the nearest person before agrees ("Minister Ann Lee"), else the
    actor's name; None when the analysis left the pronoun unresolved."""
    if person_of is None:
        return None
    person = person_of(pronoun)
    if person is None:
        return None
    noun = antecedent(pronoun.lower_, sentence, pronoun.i)
    if noun is not None and person_of(noun) == person:
        return short_phrase(noun)
    return person


#: The speaker's own subject pronouns, which a quote's source can name.
SPEAKER_SUBJECTS = frozenset({"i", "we"})


def name_speaker(text: str, speaker: str) -> str | None:
    """``text`` with the speaker's "I" or "we" after its opening verb replaced by ``speaker``
    ("Will we appeal?" said by the union: "Will the union appeal?"), or None."""
    words = text.split()
    for index, word in enumerate(words[1:6], start=1):
        if word.lower() in SPEAKER_SUBJECTS:
            if words[index - 1].lower() not in _OPENERS:
                return None
            words[index] = speaker
            return " ".join(words)
    return None


_OPENERS = frozenset(
    {"will", "would", "can", "could", "may", "might", "shall", "should", "must", "do", "did"}
)


#: "do so" in a question: the verb phrase it stands for was told before.
_DO_SO = re.compile(r"(?i)(?<![\w’'])do so(?![\w’'])")
#: The most words a verb phrase may bring in place of "do so".
MAX_ACTION_WORDS = 10
#: Parts of a verb's phrase left out when it stands for "do so" (asides, other clauses).
_NOT_ACTION = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "advcl", "punct"})
_NOT_ACTION |= frozenset({"cc", "conj", "parataxis", "ccomp", "mark", "advmod", "npadvmod"})


def _subject_of(verb: Token) -> Token | None:
    """A verb's subject, or that of the verb it completes ("might have to set aside": the
    subject of "have")."""
    node = verb
    while True:
        subject = next((c for c in node.children if c.dep_ in _SUBJECTS), None)
        if subject is not None or node.dep_ != "xcomp" or node.head is node:
            return subject
        node = node.head


def _action(verb: Token) -> str | None:
    """ "set aside money for a possible penalty": a verb in its base form with its objects
    and particles, without subject, auxiliaries or other clauses; None when too long."""
    words = [verb] + [
        t
        for c in verb.children
        if c.dep_ not in _NOT_ACTION and c.i > verb.i
        for t in c.subtree
        if not t.is_punct
    ]
    words.sort(key=lambda t: t.i)
    if len(words) < 2 or len(words) > MAX_ACTION_WORDS:
        return None
    return " ".join([verb.lemma_.lower(), *(t.text for t in words[1:])])


def undo_pro_form(text: str, sentences: list[Span], name_of: Callable[[Token], str | None]) -> str:
    """ "Will Northwind set aside money for a possible penalty?" for "Will Northwind do so?"
    after "the company might have to set aside money ...": "do so" replaced by the nearest
    earlier verb phrase (in its sentence or the one before) whose subject the actors analysis
    ties to the same actor as the subject of "do so"; unchanged when there is none."""
    if _DO_SO.search(text) is None:
        return text
    for sent in sentences:
        do = next(
            (t for t in sent if t.lemma_ == "do" and any(c.lower_ == "so" for c in t.children)),
            None,
        )
        subject = _subject_of(do) if do is not None else None
        if subject is not None and subject.pos_ == "PRON" and name_of(subject) is None:
            # "Northwind has not said whether it will do so": the "it" of the subject before
            subject = next(
                (t for t in reversed(sent.doc[sent.start : subject.i]) if t.dep_ in _SUBJECTS),
                subject,
            )
        actor = name_of(subject) if subject is not None else None
        if actor is None and subject is not None and subject.pos_ != "PRON" and subject.is_title:
            actor = subject.text  # a name the actors analysis left untied: its own words
        if do is None or actor is None:
            continue
        doc = do.doc
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for verb in reversed(doc[start : do.i]):
            if verb.pos_ != "VERB" or verb.lemma_ in {"do", "say", "have"}:
                continue
            earlier = _subject_of(verb)
            named = name_of(earlier) if earlier is not None else None
            if named is None or not (named == actor or actor.split()[0] in named.split()):
                continue
            action = _action(verb)
            if action is not None:
                return _DO_SO.sub(action, text, count=1)
            break
    return text
