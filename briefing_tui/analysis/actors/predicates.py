"""What a sentence says an actor is: a noun in apposition before its name ("a Boston
lawyer, Ann Lee"), a predicate noun ("Lee was an artist"), an office given "as" ("named Lee
as the new minister"), and titles that name a holder other than the one named so far ("the
new minister"). ``coref.Resolver`` uses these methods; the state they read is described on
``Predications``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.syntax import NOMINAL_SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.lexicon import Lexicon
    from briefing_tui.analysis.actors.names import Names

#: Verbs that say what their subject is ("Lee was an artist", "Acme became a bank").
COPULAS = frozenset({"be", "become", "remain"})
#: Adjectives that make a title name someone else than its holder so far ("the new minister").
CHANGED_HOLDER = frozenset({"new", "incoming", "next", "future", "previous"})


def changed_holder(token: Token) -> bool:
    """Whether the title is qualified as a holder other than the one named so far: "the new
    minister", "the next president" (not "the former president": that one was named so)."""
    return any(c.lower_ in CHANGED_HOLDER for c in token.lefts if c.dep_ in ("amod", "advmod"))


class Predications:
    """Appositions, predicate nouns and "as" phrases, over the walk's state."""

    doc: Doc
    names: Names
    lex: Lexicon
    quote_of: list[int]  # the quotation holding each token, -1 outside
    person_nouns: frozenset[str]
    key_at_head: dict[int, str]  # the actor each named mention's head token stands for
    _pronoun_key: dict[int, str]  # pronouns resolved so far, by token

    def _actor_at(self, index: int) -> str | None:
        """The actor a token stands for: a name's head or a pronoun resolved so far."""
        return self.key_at_head.get(index) or self._pronoun_key.get(index)

    def _named_after(self, token: Token) -> str | None:
        """The person named in apposition right after a noun: "a Boston lawyer, Ann Lee"."""
        for child in token.children:
            if child.dep_ == "appos" and child.i > token.i:
                key = self.key_at_head.get(child.i)
                if key is not None and self.names.drafts[key].kind == "person":
                    return key
        return None

    def _predicate_of(self, token: Token) -> str | None:
        """The actor a noun is said to be: "Lee was an artist", "Acme is a small firm"; only a
        noun for a person (an organisation's head noun for an organisation), outside
        quotations, and not under a negation, a modal or a question ("Lee is not a lawyer",
        "may be a candidate")."""
        verb = token.head
        if token.dep_ != "attr" or verb.lemma_.lower() not in COPULAS:
            return None
        if self.quote_of[token.i] >= 0:
            return None  # '"Lee is a liar," Ray said': the speaker's word for Lee
        if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
            return None
        sentence = token.sent
        if any(t.text == "?" for t in sentence) or any(
            c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in verb.children
        ):
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            return None
        key = self._actor_at(subjects[0].i)
        if key is None:
            return None
        kind = self.names.drafts[key].kind
        lemma = token.lemma_.lower()
        if kind == "person":
            return key if lemma in self.person_nouns else None  # not "Lee is a legend"
        lex = self.lex
        organised = lemma in lex.org_heads or lex.descriptions.get(lemma) == "organisation"
        return key if kind == "organisation" and organised else None

    def _predicated_person(self, token: Token) -> str | None:
        """The person an "as" phrase says holds the office: "Lind named Berg as the new
        minister", "he served as the chairman" (the object, else the subject)."""
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep":
            return None
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None  # "leaders such as the president"
        args = [c for c in verb.children if c.dep_ == "dobj"] or [
            c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS
        ]
        keys = {self._actor_at(c.i) for c in args}
        if len(keys) != 1:
            return None
        key = keys.pop()
        if key is None or self.names.drafts[key].kind != "person":
            return None
        return key
