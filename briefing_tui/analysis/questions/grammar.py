"""Whether a phrased question is built like an English question, read against its sentence.

Each test looks for one way a clause turned into a question breaks: a "which"
left before the modal ("Which will amendments win ...?"), a "not ... until"
that lost its "not" ("Will the tests be complete until next week?"), a modal
followed by a finite verb ("Will the mayor posted ...?"), a name cut in two
("Will Wildlife Service list the mussel?"), a "come" given an object ("Will the
villages come results next week?"). The words of the question are
looked up in its sentence, whose parse tells their part of speech.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_words, span_text, tokens_where

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
#: Auxiliaries and modals a question opens with.
OPENERS = frozenset(
    {"will", "would", "can", "could", "may", "might", "shall", "should", "must"}
    | {"is", "are", "was", "were", "do", "does", "did", "has", "have", "had"}
    | {"won't", "wouldn't", "can't", "couldn't", "isn't", "aren't", "wasn't", "weren't"}
    | {"doesn't", "don't", "didn't", "hasn't", "haven't", "hadn't"}
)
#: Verb tags of a base form (what follows a modal's subject).
_BASE = frozenset({"VB", "VBP"})
#: Verb tags of a finite form that cannot follow a modal and its subject.
_FINITE = frozenset({"VBD", "VBZ"})
#: Words that open a clause of their own, inside which any verb form is in order.
_CLAUSE_WORDS = frozenset(
    {"that", "which", "who", "whom", "whose", "when", "where", "if", "unless", "whether"}
    | {"because", "after", "before", "while", "since", "as", "until", "once", "and", "or"}
)
#: Entity types whose names a question must not cut.
_NAME_TYPES = frozenset(
    {"ORG", "PERSON", "GPE", "LAW", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LOC"}
)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _tags(word: str, sentences: Sequence[Span]) -> set[str]:
    """The tags the sentences' parse gives ``word`` (compared lower-cased)."""
    if not sentences:
        return set()
    lower = word.lower()
    words = doc_words(sentences[0].doc)
    return {
        words.tags[i] for s in sentences for i in range(s.start, s.end) if words.lowers[i] == lower
    }


def wh_before_modal(text: str, sentences: Sequence[Span]) -> bool:
    """ "Which will amendments win his signature?": "which" or "whose" needs its noun before
    the verb; a word after the modal that is no verb shows the noun was left behind."""
    words = _words(text)
    if len(words) < 3 or words[0].lower() not in {"which", "whose"}:
        return False
    if words[1].lower() not in OPENERS:
        return False
    after = words[2].lower()
    if after in {"the", "a", "an", "his", "her", "its", "their", "this", "these", "those"}:
        return True
    tags = _tags(after, sentences)
    return bool(tags) and not tags & (_BASE | {"VBN", "VBG", "MD"})


def lost_negation(text: str, sentences: Sequence[Span]) -> bool:
    """ "Will the tests be complete until next week?" from "... is not expected to be
    complete until next week": the "until" hung on a negated verb and the "not" is gone."""
    words = [w.lower() for w in _words(text)]
    if not {"until", "till"} & set(words) or {"not", "never"} & set(words):
        return False
    if any(w.endswith(("n't", "n’t")) for w in words):
        return False
    for sent in sentences:
        for token in sent:
            if token.lower_ not in {"until", "till"}:
                continue
            for node in _heads(token):
                if _negated(node):
                    return True
                if any(c.dep_ == "mark" and c.lower_ in _ASKING_MARKS for c in node.children):
                    break  # "not clear whether ... until": the "not" frames the question asked
    return False


#: Marks that open an embedded question: a negation above one frames it ("it was not clear
#: whether the firm would wait until ..."), it is not the clause's own.
_ASKING_MARKS = frozenset({"whether", "if"})


def _heads(token: Token, depth: int = 4) -> list[Token]:
    """The heads above ``token``, nearest first, up to ``depth`` of them."""
    found: list[Token] = []
    node = token
    while node.head.i != node.i and len(found) < depth:
        node = node.head
        found.append(node)
    return found


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def modal_then_finite(text: str, sentences: Sequence[Span]) -> bool:
    """ "As Putin said, will Trump posted on Thursday?": after the opening modal and its
    subject, the first verb is a past or present finite form that heads a clause of its
    sentence: two clauses were run together."""
    words = _words(text)
    lowers = [w.lower().replace("’", "'") for w in words]
    opener = next((i for i, w in enumerate(lowers) if w in _MODALS and i < 8), None)
    if opener is None:
        return False
    for index in range(opener + 1, len(words)):
        word = lowers[index]
        if word in _CLAUSE_WORDS:
            return False
        heads = [t for s in sentences for t in tokens_where(s, "lowers", (word,))]
        if not heads:
            continue
        tags = {t.tag_ for t in heads}
        if tags & (_BASE | {"MD"}):
            return False
        if any(t.tag_ in _PAST and t.lemma_.lower() == word for t in heads):
            return False  # "cut", "put": the past is the base form too
        if tags <= _FINITE and all(_heads_a_clause(t) for t in heads):
            return True
        # "will Trump posted": a past form right after a name the modal asks of (the parse
        # may take it for a participle); "the bill passed by ..." follows a common noun
        if tags <= _PAST:
            return index - 1 > opener and words[index - 1][:1].isupper()
    return False


def opener_without_subject(text: str, sentences: Sequence[Span]) -> bool:
    """ "Will publish a joint count?": the opening auxiliary is followed straight by a word
    its sentence uses only as a verb: the question lost its subject."""
    words = _words(text)
    if len(words) < 2 or words[0].lower().replace("’", "'") not in OPENERS:
        return False
    tags = _tags(words[1], sentences)
    return bool(tags) and tags <= _VERB_ONLY


#: Verb tags a subject's first word never carries alone (a gerund may open a subject, and
#: the parse may take a plural noun for a verb in "-s").
_VERB_ONLY = frozenset({"VB", "VBD", "VBN"})


#: Past forms: the simple past and the participle.
_PAST = frozenset({"VBD", "VBN"})


#: Modals, after whose subject a base verb must come.
_MODALS = frozenset(
    {"will", "would", "can", "could", "may", "might", "shall", "should", "must"}
    | {"won't", "wouldn't", "can't", "couldn't"}
)


def _heads_a_clause(token: Token) -> bool:
    """Whether a finite verb heads a clause of its own: the root, or a clause with a subject."""
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
    return token.dep_ == "ROOT" or (has_subject and token.dep_ in {"ccomp", "conj", "parataxis"})


def name_fragment(text: str, sentences: Sequence[Span]) -> str | None:
    """The piece of a name the question keeps without the rest of it ("Wildlife Service" of
    "the Fish and Wildlife Service", "Senate Bill" of "Senate Bill 214"), or None. A run of
    capitalised words after the first is looked up in the sentences; it is a piece when
    every place it stands there begins inside a name or stops before the name ends."""
    words = _words(text)
    for start, end in _capital_runs(words):
        run = [w.lower() for w in words[start:end]]
        before = words[start - 1].lower() if start else ""
        after = words[end].lower() if end < len(words) else ""
        places = list(_places(run, sentences))
        if places and all(_cut(first, last, before, after) for first, last in places):
            return " ".join(words[start:end])
    return None


def _capital_runs(words: list[str]) -> list[tuple[int, int]]:
    """The runs of capitalised words after the first word, as (start, end) indexes."""
    runs: list[tuple[int, int]] = []
    index = 1
    while index < len(words):
        if words[index][:1].isupper():
            end = index
            while end < len(words) and words[end][:1].isupper():
                end += 1
            runs.append((index, end))
            index = end
        else:
            index += 1
    return runs


def _places(run: list[str], sentences: Sequence[Span]) -> list[tuple[Token, Token]]:
    """Where the words of ``run`` stand one after another in the sentences."""
    found: list[tuple[Token, Token]] = []
    for sent in sentences:
        doc = sent.doc
        words = doc_words(doc)
        texts, lowers = words.texts, words.lowers
        # (spaCy's is_space is str.isspace of the token's text; Tokens built for finds only)
        tokens = [i for i in range(sent.start, sent.end) if not texts[i].isspace()]
        first = run[0] if run else None
        for i in range(len(tokens) - len(run) + 1):
            if first is not None and lowers[tokens[i]] != first:
                continue  # (the first word tested alone: most places fail there)
            if all(lowers[tokens[i + k]] == run[k] for k in range(len(run))):
                found.append((doc[tokens[i]], doc[tokens[i + len(run) - 1]]))
    return found


def _cut(first: Token, last: Token, before: str, after: str) -> bool:
    """Whether the run from ``first`` to ``last`` is cut out of a longer name."""
    doc = first.doc
    if first.ent_iob_ == "I" and first.ent_type_ in _NAME_TYPES and first.i > 0:
        previous = doc[first.i - 1]
        if previous.lower_ not in {"the", before} and not previous.is_punct:
            return True  # "Wildlife Service" of "the Fish and Wildlife Service"
    if first.i >= 2 and doc[first.i - 1].lower_ in {"and", "of", "&"}:
        owner = doc[first.i - 2]
        inside = first.i <= owner.head.i <= last.i  # "Fish" hangs on "Service": one name
        if owner.pos_ == "PROPN" and inside and doc[first.i - 1].lower_ != before:
            return True  # "Wildlife Service" of "the Fish and Wildlife Service"
    if last.i + 1 < len(doc):
        following = doc[last.i + 1]
        inside = following.ent_iob_ == "I" and last.ent_type_ in _NAME_TYPES
        numbered = following.dep_ == "nummod" and following.head == last and following.like_num
        numbered &= last.ent_type_ not in {"DATE", "TIME"}  # "June 11": a day, not a name
        verb = following.pos_ in {"AUX", "VERB"}  # "Lee Will" of a title-case headline
        if (inside or numbered) and not (following.is_punct or verb) and following.lower_ != after:
            return following.lower_ not in {"'s", "’s"}  # "Senate Bill" of "Senate Bill 214"
    return False


#: "How will the case for the plaintiffs end?": a proceeding asked with a phrase after it.
_END_OF = re.compile(
    r"^How will the (?:[\w’'-]+ )*?([\w’'-]+) (for|of|in|against|over|on|with|by) [^?]+ end\?$"
)


def detached_phrase(text: str, sentences: Sequence[Span]) -> bool:
    """ "How will the case for the plaintiffs end?" from "... while the case proceeds,
    according to a lawyer for the plaintiffs": the phrase after the proceeding's noun hangs
    on another word of its sentence, so the question joins words the sentence keeps apart."""
    match = _END_OF.match(text)
    if match is None:
        return False
    noun, preposition = match.group(1).lower(), match.group(2)
    nouns = [t for s in sentences for t in s if t.lower_ == noun]
    if not nouns:
        return False
    return not any(c.dep_ == "prep" and c.lower_ == preposition for t in nouns for c in t.children)


#: Pronouns a person's name may have been put in place of.
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her"})


def person_in_doubt(
    text: str, sentences: Sequence[Span], is_role: Callable[[str], bool]
) -> str | None:
    """The person's name a question put in place of a pronoun its sentence has, when a role
    said before the pronoun in that sentence ("The governor has every right ..., but he
    owes ...") may be the one meant: the name is not in the sentence, the role is. None
    when the question names no one that way."""
    said = " ".join(span_text(s) for s in sentences)
    words = _words(text)
    for start, end in _capital_runs(words):
        if end - start < 2 or words[end - 1] in said:
            continue  # a one-word name, or one the sentence itself says
        for sent in sentences:
            for token in tokens_where(sent, "lowers", _PERSON_PRONOUNS):
                if _role_before(token, sent, is_role):
                    return " ".join(words[start:end])
    return None


def _role_before(pronoun: Token, sentence: Span, is_role: Callable[[str], bool]) -> bool:
    """Whether a role noun with "the" comes before ``pronoun`` in its sentence."""
    return any(
        is_role(t.lemma_) and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        for t in tokens_where(sentence.doc[sentence.start : pronoun.i], "pos", ("NOUN",))
    )


#: Wh-words that open an embedded or a relative clause.
_WH = frozenset({"which", "what", "whose", "whom", "who"})
#: Prepositions that may front a relative "which"/"whom" ("for which", "in whom").
_FRONTING = frozenset(
    {"for", "in", "on", "of", "to", "by", "with", "at", "from", "about", "under", "after"}
)


def stray_wh_word(text: str) -> bool:
    """ "Will Deshmane which member switch?" from "did not say which member she expected to
    switch": a yes/no question whose wh-word sits straight after a name (no comma, no noun
    of its own before it) carries the remains of an embedded question; "For which, has
    Corvane set a date?" opens with a relative clause's preposition and its "which"."""
    words = _words(text)
    if len(words) < 3:
        return False
    lowers = [w.lower() for w in words]
    if lowers[0] in _FRONTING and lowers[1] in _WH:
        return True
    if lowers[0] not in OPENERS:
        return False
    for index in range(2, len(words)):
        if lowers[index] in _WH and words[index - 1][:1].isupper():
            before = text.find(words[index - 1])
            gap = text[before + len(words[index - 1]) : text.find(words[index], before)]
            if "," not in gap:
                return True
    return False


#: "the Valley Party’s party": a name's possessive followed by its own head noun.
_OWNED_AGAIN = re.compile(r"\b([A-Za-z]+)[’']s?\s+\1\b", re.IGNORECASE)


#: A name's last word with a possessive, before the same word said plain ("Party’s party").
_NAME_OWNS_ITSELF = re.compile(r"\b([A-Z][a-z]+)[’']s?\s+([a-z]+)\b")


def owner_named_once(text: str) -> str:
    """A body named as its own owner said once: "his party", told of the Valley Party's
    leader, is named "the Valley Party’s party" and asked "the Valley Party"; "the Valley
    Party’s leader" is left as it is."""
    return _NAME_OWNS_ITSELF.sub(lambda m: m[1] if m[1].lower() == m[2] else m[0], text)


def owner_is_owned(text: str) -> bool:
    """Whether the question names a thing as its own owner ("Would the Valley Party’s party
    repeal it?"): a possessive put before a noun the name already ends with."""
    return _OWNED_AGAIN.search(text) is not None


#: The condition a question opens with, up to its comma.
_OPENING_CONDITION = re.compile(r"^(?:If|Unless)\s+([^,?]+),", re.IGNORECASE)
#: Short words a condition may repeat without naming one thing twice.
_MIN_NOUN = 4


#: Tags of a common noun (a name is NNP or NNPS).
_COMMON_NOUNS = frozenset({"NN", "NNS"})


def condition_on_itself(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the question's opening condition has one thing act on itself ("If the
    league's appeal dismisses the league appeal, ...?"): a pronoun was named by the
    wrong noun. A common noun of its sentence said twice in the condition tells it; a name
    said twice is a pronoun named ("If Ann Lee's illness prevents Ann Lee from running")."""
    match = _OPENING_CONDITION.match(text)
    if match is None:
        return False
    words = [w.lower().rstrip("’'s") for w in _WORD.findall(match[1])]
    nouns = {w for w in words if len(w) >= _MIN_NOUN and set(_tags(w, sentences)) & _COMMON_NOUNS}
    return any(words.count(w) > 1 for w in nouns)


#: Words that stand for a relative clause's noun.
_RELATIVE_WORDS = frozenset({"that", "which", "whom"})


def relative_object_lost(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the question asks the verb of a relative clause whose object is the noun
    it describes, and leaves that noun out ("Will Ann Lee have to break in May?" from "a
    promise that I might have to break in May"): break what?"""
    asked = {w.lower() for w in _WORD.findall(text)}
    for sent in sentences:
        for verb in tokens_where(sent, "pos", {"VERB"}):
            if verb.lower_ not in asked:
                continue
            if not any(c.dep_ == "dobj" and c.lower_ in _RELATIVE_WORDS for c in verb.children):
                continue
            clause = verb
            while clause.dep_ == "xcomp" and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ == "relcl" and clause.head.lower_ not in asked:
                return True
    return False


#: Tags of a verb a participle may be misread as: the past, or the participle itself.
_PAST_FORMS = frozenset({"VBD", "VBN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def participle_made_verb(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the question asks, as its verb, a participle that described its subject's
    noun ("Where did the knife recover at the scene?" from "she questioned where the knife
    recovered at the scene had come from"): the parse took the participle for the
    clause's verb, and the clause's own verb follows it with no subject of its own."""
    asked = {w.lower() for w in _WORD.findall(text)}
    for sent in sentences:
        for verb in tokens_where(sent, "pos", {"VERB"}):
            if verb.tag_ not in _PAST_FORMS or verb.lemma_.lower() not in asked:
                continue
            if not any(c.dep_ in _SUBJECTS and c.pos_ == "NOUN" for c in verb.children):
                continue
            after = verb.right_edge.i + 1
            if after >= sent.end or verb.doc[after].pos_ != "AUX":
                continue
            own = verb.doc[after].head  # "had" of "had come from"
            sibling = own.i > verb.i and own.head.i == verb.head.i != own.i
            if sibling and not any(c.dep_ in _SUBJECTS for c in own.children):
                return True
    return False


#: Pronouns of quantity that, as a subject, stand for a noun said before ("either").
_QUANTITY_SUBJECTS = frozenset({"either", "neither", "each", "both"})
#: Words a question's subject may follow: its auxiliary, or a condition's opener.
_BEFORE_SUBJECT = OPENERS | {"if", "unless"}


def quantity_subject(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the question, or its opening condition, has a pronoun of quantity for its
    subject ("Has either been found?", "If both vote against it, ...?"): of whom? Its
    sentence's parse tells the pronoun ("either had been caught") from the determiner
    ("either side had agreed")."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 3 or words[0] not in _BEFORE_SUBJECT or words[1] not in _QUANTITY_SUBJECTS:
        return False
    return any(
        t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ != "DET"
        for sent in sentences
        for t in tokens_where(sent, "lowers", {words[1]})
    )


def negation_dropped_if(text: str, sentences: Sequence[Span]) -> bool:
    """Whether a conditional question asks without its "not" an outcome its sentence
    negates under "if" ("Would the alliance block the deal if the date stayed?" from
    "the alliance would not block the deal if the date stayed"): the sentence answers it,
    and the question reads the other way round. ("unless" is asked by ``rules.only_if``.)"""
    words = [w.lower() for w in _WORD.findall(text)]
    if "if" not in words or "not" in words or "n't" in text:
        return False
    asked = set(words)
    for sent in sentences:
        for mark in tokens_where(sent, "lowers", {"if"}):
            clause = mark.head
            if mark.dep_ != "mark" or clause.dep_ != "advcl":
                continue
            outcome = clause.head
            if outcome.lower_ in asked and _negated(outcome):
                return True
    return False


#: Words that open a clause of time, condition or question inside a question.
_SUBORDINATORS = frozenset({"if", "when", "once", "after", "before", "until", "unless", "whether"})


def _told_in_past(verb: Token) -> bool:
    """Whether ``verb`` is finite in the past, itself or through its auxiliary."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children
    )


#: Past auxiliaries a backshifted clause keeps ("once the ruling was known").
_PAST_AUXILIARIES = frozenset({"was", "were", "had", "did"})


def tense_clash(text: str, sentences: Sequence[Span]) -> bool:
    """Whether a "Will" question keeps a clause its sentence told in the reported past
    ("Will the federation pick its team once the ruling was known?"): "will" and a
    backshifted "was" do not go together. A clause the question asks in the present
    ("once the ruling is known") no longer clashes."""
    if not text.startswith("Will "):
        return False
    words = [w.lower() for w in _WORD.findall(text)]
    opened = _SUBORDINATORS.intersection(words)
    if not opened:
        return False
    asked = set(words)
    for sent in sentences:
        for mark in tokens_where(sent, "lowers", opened):
            verb = mark.head
            if (
                mark.dep_ == "mark"
                and verb.lower_ in asked
                and _told_in_past(verb)
                and _past_kept(words, mark.lower_, verb)
            ):
                return True
    return False


def _past_kept(words: list[str], mark: str, verb: Token) -> bool:
    """Whether the question's clause opened by ``mark`` still says ``verb`` in the past:
    the verb itself is past ("once the panel ruled"), or a past auxiliary stands
    between the opener and the verb ("once the ruling was known")."""
    if verb.tag_ == "VBD":
        return True
    start = words.index(mark)
    end = next((i for i in range(start + 1, len(words)) if words[i] == verb.lower_), len(words))
    return bool(_PAST_AUXILIARIES.intersection(words[start + 1 : end]))


#: Words that open a noun phrase, which "come" cannot take as its object.
_DETERMINERS = frozenset({"a", "an", "the", "any", "some", "its", "their", "his", "her", "our"})
#: Nouns of time that follow "come" as an adverb ("come tomorrow", "come Monday").
_TIME_NOUNS = frozenset(
    {"today", "tomorrow", "tonight", "soon", "later", "home", "true", "first", "last"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_COME = re.compile(r"(?<![\w’'])come\s+([A-Za-z][\w’'-]*)")


def come_with_object(text: str, sentences: Sequence[Span]) -> bool:
    """ "Will two villages come results early next week?" from "... and expected results
    early next week": a question recast as "come" kept the expected thing as its object,
    and "come" takes none. A determiner or a common noun (by its sentence's parse) right
    after "come" shows it."""
    for found in _COME.finditer(text):
        after = found.group(1)
        if after.lower() in _DETERMINERS:
            return True
        if after[0].isupper() or after.lower() in _TIME_NOUNS:
            continue
        tags = _tags(after, sentences)
        if tags and tags <= {"NN", "NNS"}:
            return True
    return False
