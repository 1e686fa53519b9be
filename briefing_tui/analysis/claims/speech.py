"""Whether a cue verb reports speech, thought or intention, and not an act or its absence.

Kinds of cue that state no content: a negated attribution ("did not say
whether ...", "haven't said", and "does not believe that X", "no longer wants to
Y", whose content read alone would say the opposite), a refusal to speak ("declined to comment",
"refused to say"), a verb of denial whose object is a thing acted on
rather than something said ("rejected the offer", but "rejected the report"), a
cue in a clause opened by "whether" ("As far as whether Lee senses anger, ...": a
question, not a statement), an accusation told in a relative clause on a name with
only a noun phrase for content ("Harlan, who attacked allies, met ...": the writer's
narration of an act), and a request that someone else pay ("asked residents to pay
their bills", ``payments.asked_to_pay``), a request not to be named ("a consultant,
who asked not to be identified, said ...": the terms of an interview, not a statement),
a refusal to act ("refused to take part": the infinitive is an act, not a thing said;
"refused to comment" is a refusal to speak, read above) and a feeling told by an
adjective ("feel stung after ...").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.claims.cues import Cue, content_nouns, cue_table
from briefing_tui.analysis.claims.denials import denies_earlier_words
from briefing_tui.analysis.claims.payments import asked_to_pay

if TYPE_CHECKING:
    from spacy.tokens import Token

_PRONOUN_TAGS = frozenset({"PRP", "DT", "WDT", "WP"})
#: Verbs of leaving something undone: a cue under them reports what was not said.
_AVOIDING = frozenset({"avoid", "fail", "neglect", "omit", "refrain", "decline", "refuse"})
#: Verbs that ask someone to do something, which need not be done: "dared him to say ...",
#: "urged the board to declare ..." (but "forced him to admit" says he did).
_ASKING = frozenset(
    {"ask", "urge", "dare", "challenge", "invite", "encourage", "implore", "beg", "press"}
)
#: Indefinite pronouns that name no one in particular (and a reader's "you", since cues
#: inside quotes are not read).
_NOBODY_IN_PARTICULAR = frozenset(
    {"anyone", "anybody", "everyone", "everybody", "whoever", "no one", "nobody", "you"}
)
#: "us" after "let" ("let's say", "let us assume").
_FIRST_PLURAL = frozenset({"'s", "’s", "us"})
#: Prepositions after an object that carry what is said of it.
_SAID_OF = frozenset({"as", "for", "to", "over", "about", "among"})
#: Nouns of telling that a refusal's infinitive may take ("refused to give details").
_TELLING_NOUNS = frozenset({"detail", "information", "specific", "answer", "interview"})
#: Verbs of denial that also turn down a thing offered or asked for ("rejected the offer");
#: the others deny a fact ("denied any involvement") or hold a position ("opposes the bill").
_TURNING_DOWN = frozenset({"reject", "dismiss", "decline", "refuse"})
#: Verbs of asking for something for oneself ("asked not to be named").
_REQUESTING = frozenset({"ask", "request"})
#: Dependencies of a clause that is a cue's own content (its complement).
_CLAUSE_OF_CUE = frozenset({"xcomp", "ccomp", "pcomp", "oprd"})
#: Verbs that question a person as well as a thing: "questioned the figures" doubts
#: them; "questioned a farmer" interrogated him, and nothing was said.
_INTERROGATING = frozenset({"question", "interview", "interrogate", "quiz"})
#: Verbs that give a name: with a reflexive object and a proper name ("a group calling
#: itself Redwing") they tell what the subject goes by, not what it claims.
_NAMING = frozenset({"call", "name", "dub", "style"})
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "myself"})
#: Verbs of putting a question: set off by commas between a speaker and a verb of
#: saying ("Hale, asked whether ..., said ..."), their subject is the one asked.
PUT_TO = frozenset({"ask", "question"})
#: Object pronouns that name a person.
_PERSON_OBJECTS = frozenset({"him", "her", "them", "me", "us"})
#: Words of a quantity that an "of" phrase names the people of ("several of the staff").
_QUANTIFIERS = frozenset({"several", "some", "many", "few", "all", "each", "both", "most"})


def is_negated(verb: Token) -> bool:
    """Whether the verb carries a negation ("not", "n't", "never", "no longer")."""
    return any(
        child.dep_ == "neg"
        or (
            child.dep_ == "advmod"
            and any(g.dep_ == "neg" for g in child.children)
            # "no longer", but not "No matter what anyone says, ... said X"
            and not any(g.dep_ in {"ccomp", "advcl", "acl"} for g in child.children)
        )
        for child in verb.children
    )


def _aim_or_circumstance(verb: Token, content: tuple[int, int] | None) -> bool:
    """A cue that only says why or while something was done, with no clause said:
    "launched a campaign to persuade users ...", "met to discuss the budget",
    "Discussing his concern, the minister said ..." (the main clause holds the claim).
    "..., adding that Y" keeps its clause and stays a claim, and so does a participle
    whose content says something ("..., accusing her of lying", "..., urging voters to
    register"): that is a speech act of the subject, not a circumstance."""
    if any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children):
        return False
    subjectless = not any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children)
    purpose = verb.dep_ in {"acl", "advcl"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )
    circumstance = verb.dep_ == "advcl" and verb.tag_ == "VBG" and subjectless
    if circumstance and _predicates_its_object(verb):
        return False  # "..., calling the cuts a necessary step": said of the object
    return purpose or (circumstance and not _says_something(verb, content))


def _predicates_its_object(verb: Token) -> bool:
    """Whether a cue says something of its object: a predicate after the object ("calling
    the cuts a necessary step", "describing the deal as a betrayal"), which is what was said
    as much as a clause is."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    return any(
        c.i > objects[0].i
        and (
            c.dep_ == "oprd"
            or (c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children))
        )
        for c in verb.children
    )


def _says_something(verb: Token, content: tuple[int, int] | None) -> bool:
    """Whether a content is a proposition, not a topic: a clause of the cue's own, directly
    or after its object or preposition ("accusing her of lying", "urging voters to
    register"), not
    a verb deep in a noun phrase ("referencing the drive to sell more")."""
    if content is None:
        return False
    for token in verb.doc[content[0] : content[1]]:
        if _complement_read_as_relative(token, content):
            return True  # "telling reporters outside the gates that the union had ..."
        if token.pos_ not in {"VERB", "AUX"} or token.dep_ not in _CLAUSE_OF_CUE:
            continue
        head = token.head
        while head.i != verb.i and head.dep_ in {"prep", "dobj"} and head.head.i != head.i:
            head = head.head  # "accusing the mayor of being ...": through the object's "of"
        if head.i == verb.i:
            return True
    return False


def _complement_read_as_relative(token: Token, content: tuple[int, int]) -> bool:
    """Whether the content is a "that" clause the parse hung on a noun ("reporters outside
    the gates that the union had served notice"), which the cue's content rules took for
    what was said: the clause opens the content, its "that" just before or at its start."""
    if token.dep_ != "relcl" or token.pos_ not in {"VERB", "AUX"}:
        return False
    opener = token.left_edge
    return opener.lower_ == "that" and content[0] in {opener.i, opener.i + 1}


#: Verbs whose bare infinitive says what they let or make someone do ("let X tell ...").
_CAUSATIVES = frozenset({"let", "make", "help"})


def _negated_coordination(verb: Token) -> bool:
    """ "would neither confirm nor deny that ...", "did not confirm or deny it": a cue in a
    coordination that "neither", "nor" or a negation with "or" denies whole says nothing
    was said, however the parse hangs the negation."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ != "conj" or head.i == verb.i:
        return False
    joiners = [c.lower_ for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i]
    if "nor" in joiners or any(
        c.dep_ == "preconj" and c.lower_ == "neither" for c in head.children
    ):
        return True
    return "or" in joiners and is_negated(head)


def _under_negated_verb(verb: Token) -> bool:
    """A cue in the infinitive of a negated verb ("no longer wants to support X",
    "did not plan to endorse Y", "may not let editorials tell them ...")."""
    while verb.head.i != verb.i and (
        verb.dep_ == "xcomp" or (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _CAUSATIVES)
    ):
        verb = verb.head
        if is_negated(verb):
            return True
    return False


#: Words that open a question a negated cue leaves open ("did not say when it ...").
_QUESTION_OPENERS = frozenset({"when", "whether", "if", "how", "why", "where", "what"})


def _inside_negated_cue(verb: Token) -> bool:
    """ "did not say when it expected to finish", "has not said she believes X": a cue in
    the clause of a negated cue is not said to have been said or thought; the writer
    reports that nothing was said."""
    head = verb.head
    if head.i >= verb.i or not is_negated(head) or head.lemma_.lower() not in cue_table():
        return False  # only a clause after the negated cue is its content
    if verb.dep_ == "ccomp":
        return True
    return verb.dep_ == "advcl" and any(
        c.dep_ in {"advmod", "mark"} and c.lower_ in _QUESTION_OPENERS for c in verb.children
    )


def states_content(verb: Token, cue: Cue, content: tuple[int, int] | None) -> bool:
    """Whether the cue ``verb`` with its ``content`` token range is a claim of content."""
    if is_negated(verb) or _under_negated_verb(verb) or _negated_coordination(verb):
        # the content alone would read as the opposite of what was said or meant
        return False
    if _inside_negated_cue(verb):
        # the content alone would read as the opposite of what was said or meant
        return False
    if _under_refusal(verb) or _left_undone(verb) or _hypothetical_speaker(verb):
        return False
    if _denied_by_subject(verb):
        return False
    if _would_if(verb) or _only_possible(verb, cue):
        return False
    if _asked_of_someone(verb) or _questioned(verb) or asked_to_pay(verb):
        return False
    if _interrogates_someone(verb) or _goes_by_a_name(verb) or _was_asked(verb):
        return False
    if _asks_anonymity(verb) or _states_a_feeling(verb):
        return False
    if _aim_or_circumstance(verb, content):
        return False
    if content is None:
        return True
    if cue.stance == "denial" and _refuses_to_speak(verb, content):
        return False
    if cue.stance == "denial" and _refuses_an_act(verb, content):
        return False
    words = [t for t in verb.doc[content[0] : content[1]] if not t.is_punct]
    if len(words) == 1 and words[0].pos_ == "PRON" and not denies_earlier_words(verb, words[0]):
        return False  # "the court ruled on which", "denied it": nothing said in the text
    if _bare_infinitive(list(verb.doc[content[0] : content[1]])):
        return False  # "wanted to attend": an intention that says nothing of what
    inserted = content[0] <= verb.i < content[1]  # "X, she told me, is Y": its "me" is no party
    if not inserted and _names_a_party(verb, cue, content):
        return False
    if cue.stance == "accusation" and _narrated_in_relative_clause(verb, content):
        return False
    return not (cue.stance == "denial" and _acts_on_a_thing(verb, content))


def _refuses_to_speak(verb: Token, content: tuple[int, int]) -> bool:
    """ "declined to comment", "refused to say how ...": the infinitive is itself a cue."""
    for child in verb.children:
        if child.dep_ in {"xcomp", "ccomp"} and content[0] <= child.i < content[1]:
            marked = any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
            if marked and (child.lemma_.lower() in cue_table() or _gives_word(child)):
                return True
    return False


@cache
def _anonymity_verbs() -> frozenset[str]:
    """Verbs of naming a source in print (``lexicon/claims/anonymity_verbs.txt``)."""
    return data_files.words("claims/anonymity_verbs.txt")


def _refuses_an_act(verb: Token, content: tuple[int, int]) -> bool:
    """ "refused to take part", "declined to attend the hearing": the infinitive names an
    act turned down, not something said (no clause of its own, no cue, no word given)."""
    for child in verb.children:
        if child.dep_ != "xcomp" or not content[0] <= child.i < content[1]:
            continue
        if not any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
            continue
        if child.lemma_.lower() in cue_table() or _gives_word(child):
            return False
        return not any(g.dep_ in {"ccomp", "xcomp", "advcl"} for g in child.children)
    return False


def _gives_word(verb: Token) -> bool:
    """ "to give any more details", "to provide a comment": a verb whose object is speech."""
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in content_nouns() | _TELLING_NOUNS
        for c in verb.children
    )


def _bare_infinitive(doc_tokens: list[Token]) -> bool:
    """Whether a content is "to" and a verb with nothing it is about ("wanted to attend")."""
    words = [t for t in doc_tokens if not t.is_punct and not t.is_space]
    if not words or words[0].lower_ != "to":
        return False
    return all(t.pos_ in {"VERB", "AUX", "PART", "ADV"} for t in words)


def _predicated(verb: Token, obj: Token) -> bool:
    """Whether something is said of the object: "dismissed the plan as a stunt",
    "blamed the mayor for the delay", "likened the tax to theft"."""
    return _predicated_by(obj, list(verb.children))


def _predicated_by(obj: Token, phrases: list[Token]) -> bool:
    """Whether one of a verb's ``phrases`` after its object says something of it."""
    return any(
        c.i > obj.i
        and (c.dep_ in {"oprd", "xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ in _SAID_OF))
        for c in phrases
    )


def _left_undone(verb: Token) -> bool:
    """ "avoided condemning ...", "failed to mention ...": the cue names what was not said.
    The tagger may read "avoids" after a name as a plural noun that the cue's "-ing"
    form modifies ("Hale avoids condemning ..."): the same verb, misread."""
    head = verb.head
    return (
        head.i != verb.i
        and verb.dep_ in {"xcomp", "ccomp", "pcomp", "dobj", "acl"}
        and head.lemma_.lower() in _AVOIDING
    )


def _hypothetical_speaker(verb: Token) -> bool:
    """ "anyone wanting to learn more ...": a speaker no one in particular; "let's say
    ...", "let us assume ...": a supposition put to the reader, not said by anyone."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.dep_ in {"acl", "relcl"}:
        subjects = [verb.head]
    supposed = verb.head.i != verb.i and verb.head.lemma_.lower() == "let"
    if supposed and any(s.lower_ in _FIRST_PLURAL for s in subjects):
        return True
    return any(s.lower_ in _NOBODY_IN_PARTICULAR for s in subjects)


#: Subjects that deny the verb to every member of a group ("none of the five said ...").
_NO_MEMBER = frozenset({"none", "neither"})
#: Determiners that do the same on a noun ("no official said", "neither side claimed").
_NO_DETERMINERS = frozenset({"no", "neither"})


def _denied_by_subject(verb: Token) -> bool:
    """ "none of the five said they would ...", "no official has said that ...", "neither
    side claimed ...", "few if any analysts expect ...": a subject of no one (or nearly no
    one) negates the cue as "did not say" does; its content read alone says the opposite.
    A subjectless conjunct takes its head's subject ("none of them called or said ...")."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i and not _subjects(head):
        head = head.head
    for subject in _subjects(head):
        word = subject.lower_
        if word in _NO_MEMBER:
            return True
        dets = {c.lower_ for c in subject.children if c.dep_ in {"det", "preconj"}}
        if dets & _NO_DETERMINERS:
            return True
        if _few_if_any(subject):
            return True
    return False


def _few_if_any(subject: Token) -> bool:
    """ "few if any analysts expect ...": "few" alone ("few voters think X") reports a
    minority that does think X, so only "few, if any" denies it."""
    doc = subject.doc
    for token in subject.subtree:
        if token.lower_ != "few":
            continue
        after = [t.lower_ for t in doc[token.i + 1 : token.i + 4] if not t.is_punct]
        return after[:2] == ["if", "any"]
    return False


def _subjects(verb: Token) -> list[Token]:
    """The verb's own subjects."""
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]


#: Modals of a cue that only might happen ("would ask ... if this one fell").
_HYPOTHETICAL_MODALS = frozenset({"would", "could", "might"})
#: Marks of a condition.
_CONDITION_MARKS = frozenset({"if", "unless"})


def _would_if(verb: Token) -> bool:
    """ "who would ask a party leader to form a government if this one fell": a cue under
    "would", "could" or "might" that asks someone to act, with a condition on it or on
    its clause, describes what someone would do, and nothing has been said."""
    if verb.pos_ != "VERB" or not any(
        c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_MODALS for c in verb.children
    ):
        return False
    asked_to_act = any(
        c.dep_ in _CLAUSE_OF_CUE and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )
    if not asked_to_act:
        return False  # "a reader would ask: ...": words given, if only supposed ones
    held = [verb, *(c for c in verb.children if c.dep_ in _CLAUSE_OF_CUE)]
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
        for h in held
        for c in h.children
    )


#: Modals of what may or must happen, not of what was done ("could demand", "must ask").
_POSSIBLE_MODALS = frozenset({"could", "might", "may", "must"})
#: Stances of a cue that asks someone for something.
_ASKING_STANCES = frozenset({"demand", "question"})


def _only_possible(verb: Token, cue: Cue) -> bool:
    """ "lenders could demand early repayment", "the president must ask another leader to
    form a government": a cue that asks for something, under a modal of possibility or
    obligation, tells what someone may or must do; nothing has been asked yet."""
    if cue.stance not in _ASKING_STANCES:
        return False
    return any(c.dep_ == "aux" and c.lower_ in _POSSIBLE_MODALS for c in verb.children)


#: Entity types of a phrase that says when or how long, not what was said.
_TIMES = frozenset({"DATE", "TIME"})
#: Relative pronouns that open a clause on a name ("Harlan, who ...").
_RELATIVES = frozenset({"who", "which", "that"})
#: Words that open a clause as a question, not a statement.
_OPEN_MARKS = frozenset({"whether"})


def _questioned(verb: Token) -> bool:
    """ "As far as whether Lee still senses anger, ...", "It is unclear whether Lee
    believes ...", "asked whether Lee expects ...": the cue's own clause is put as a
    question; nobody is reported to have said or thought it."""
    return any(c.dep_ == "mark" and c.lower_ in _OPEN_MARKS for c in verb.children)


def _narrated_in_relative_clause(verb: Token, content: tuple[int, int]) -> bool:
    """ "Harlan, who attacked allies during the campaign, met ...": a relative clause set
    off by a comma tells, in the writer's words, what someone did to a thing or a
    person; with only a noun phrase for content (no clause said, nothing said of the
    object) it is the writer's narration, not a claim. Read for accusations only: a
    denial or a report told so ("the ministry, which denied any role") is a claim."""
    if verb.dep_ != "relcl" or verb.i == 0:
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or subjects[0].lower_ not in _RELATIVES:
        return False
    if verb.doc[subjects[0].i - 1].text != ",":
        return False  # "the senators who attacked the plan": they are who is meant
    if _says_something(verb, content):
        return False
    said_of = [
        c
        for c in verb.children
        if c.dep_ != "prep" or not any(o.ent_type_ in _TIMES for o in c.children)
    ]  # "criticized regulators for months": how long, not what was said of them
    return not any(_predicated_by(c, said_of) for c in verb.children if c.dep_ == "dobj")


def _asked_of_someone(verb: Token) -> bool:
    """ "dared him to say that ...", "urged the board to declare ...": the cue is what
    someone was asked to say; nobody said it."""
    head = verb.head
    if verb.dep_ not in {"xcomp", "ccomp"} or head.i == verb.i:
        return False
    if head.lemma_.lower() not in _ASKING:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    # the one asked: the asking verb's object, or read as the infinitive's own subject
    asked = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    asked += [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    return bool(asked)


def _was_asked(verb: Token) -> bool:
    """ "Hale, asked whether the plant would close, said ...", "Asked about the ransom,
    Lund said ...": a participle of asking between the speaker and the verb of saying;
    the speaker was asked, and asked nothing."""
    if verb.lemma_.lower() not in PUT_TO:
        return False
    later = [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i]
    saying = verb.head if verb.head.i > verb.i else (later[0] if later else None)
    if saying is None or saying.lemma_.lower() not in cue_table():
        return False
    if verb.i == verb.sent.start:
        return verb.tag_ == "VBN"  # "Asked about the ransom, Lund said ..."
    doc = verb.doc
    if doc[verb.i - 1].text != ",":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    return bool(subjects) and all(t.is_punct for t in doc[subjects[0].i + 1 : verb.i])


def _goes_by_a_name(verb: Token) -> bool:
    """ "a group calling itself Redwing", "men who call themselves the Night Watch": the
    name the subject goes by; "called himself a victim" still says something of him."""
    if verb.lemma_.lower() not in _NAMING:
        return False
    if not any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children):
        return False
    names = [c for c in verb.children if c.dep_ == "oprd"]
    return bool(names) and names[0].pos_ == "PROPN"


def _interrogates_someone(verb: Token) -> bool:
    """ "was questioning a farmer who had been burning waste", "tried to question several
    of the staff, including Ann Lee": the object is a person, so the cue is an act of
    asking; nothing was said of him."""
    if verb.lemma_.lower() not in _INTERROGATING:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "..., including Ann Lee" may hang on the verb rather than on its object
    return any(_is_person(c) for c in objects) or (bool(objects) and _lists_people(verb))


def _is_person(noun: Token) -> bool:
    """Whether an object names a person: a name, a personal pronoun, a noun a "who"
    clause describes, or a quantity of people listed by name ("several of the staff,
    including Ann Lee")."""
    if noun.lower_ in _QUANTIFIERS:
        people = [g for c in noun.children if c.lower_ == "of" for g in c.children]
        if people and people[0].dep_ == "pobj":
            return _is_person(people[0]) or _lists_people(noun)
    if noun.ent_type_ == "PERSON" or noun.lower_ in _PERSON_OBJECTS:
        return True
    described = any(
        c.dep_ == "relcl" and c.left_edge.lower_ in {"who", "whom"} for c in noun.children
    )
    return described or _lists_people(noun)


def _lists_people(word: Token) -> bool:
    """ "..., including Ann Lee and Tom Berg": the phrase names its members."""
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ == "including":
            return any(o.ent_type_ == "PERSON" for o in prep.subtree if o.dep_ != "prep")
    return False


#: Subordinators of a clause that says when or why one feels so, not what one holds.
_WHY_OR_WHEN = frozenset({"after", "when", "since", "because", "as", "while", "before"})
#: Verbs of feeling that take how one feels as an adjective ("feel stung").
_FEELING = frozenset({"feel"})


def _states_a_feeling(verb: Token) -> bool:
    """ "many citizens feel stung after the crisis showed ...": a verb of feeling with an
    adjective says how someone feels, and nothing they hold true ("feel confident that
    ..." keeps its clause and stays a claim)."""
    if verb.lemma_.lower() not in _FEELING:
        return False
    moods = [c for c in verb.children if c.dep_ == "acomp"]
    clauses = [
        c
        for c in verb.children
        if c.dep_ in {"ccomp", "parataxis"} and c.left_edge.lower_ not in _WHY_OR_WHEN
    ]  # "feel stung after the crisis showed ...": the parse may hang the "after" clause so
    if not moods or clauses:
        return False
    return not any(g.dep_ in {"ccomp", "xcomp"} for m in moods for g in m.children)


def _asks_anonymity(verb: Token) -> bool:
    """ "who asked not to be named because ...", "requested that she not be identified": a
    negated passive of naming after a request is the terms the speaker gave, not what
    the speaker said."""
    if verb.lemma_.lower() not in _REQUESTING:
        return False
    return any(
        c.dep_ in {"xcomp", "ccomp"}
        and c.lemma_.lower() in _anonymity_verbs()
        and is_negated(c)
        and any(a.dep_ == "auxpass" for a in c.children)
        for c in verb.children
    )


def _under_refusal(verb: Token) -> bool:
    """ "refused to say how ...": the cue is the infinitive of a refusal to speak."""
    head = verb.head
    if verb.dep_ not in {"xcomp", "ccomp"} or head.i == verb.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(
        cue.stance == "denial" and "to" in cue.frames
        for cue in cue_table().get(head.lemma_.lower(), ())
    )


def _names_a_party(verb: Token, cue: Cue, content: tuple[int, int]) -> bool:
    """ "attacked Smith", "backed her": an object that only names someone, with nothing
    said of them, is the target of an act or a stance, not a statement."""
    for child in verb.children:
        if child.dep_ != "dobj" or not content[0] <= child.i < content[1]:
            continue
        if _predicated(verb, child) or _accused_of_act(verb, content):
            return False
        if child.pos_ == "PROPN":
            return True
        return child.tag_ == "PRP" and cue.stance != "denial"
    return False


def _accused_of_act(verb: Token, content: tuple[int, int]) -> bool:
    """ "accused Kyrgyzstan of hiding the outbreak": the one accused and the act, a gerund
    after the cue's "of" or "for", within the content."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in {"of", "for"}
        and any(
            g.tag_ == "VBG" and content[0] <= g.i < content[1]
            for g in (*prep.children, *(doc_word for p in prep.children for doc_word in p.children))
        )
        for prep in verb.children
    )


def _acts_on_a_thing(verb: Token, content: tuple[int, int]) -> bool:
    """ "rejected the union's offer": the object of a denial names no statement.

    Only verbs that can turn a thing down are tested, and an object with
    something said of it ("dismissed the town as a suburb") always states content.
    """
    if verb.lemma_.lower() not in _TURNING_DOWN:
        return False
    for child in verb.children:
        if child.dep_ == "dobj" and content[0] <= child.i < content[1]:
            if child.tag_ in _PRONOUN_TAGS or _predicated(verb, child):
                return False  # "denied it", "dismissed X as Y": something was said
            return child.lemma_.lower() not in content_nouns()
    return False
