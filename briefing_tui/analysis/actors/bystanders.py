"""Bodies and lands named only to say where or whose: never acting in the article.

The university a professor works at, the newspaper a witness spoke to, the
land that owns another actor ("Britain's Competition and Markets Authority", "the Agency
of Canada", "EU rules") is named, but does nothing. Such an organisation or country stays
in the JSON (the scorers and the dossier see it) flagged ``located_only``, listed after
the actors as places are.

Every name mention must take one of these roles (``bystander_roles.tsv`` holds the words):

| role      | the mention is                                     | example                         |
|-----------|----------------------------------------------------|---------------------------------|
| where     | the object of a preposition of place or direction  | "a professor at Korvel Univ."   |
| whose     | the owner of a body or thing, not of its own agent | "Spain's Iberva", "EU rules"    |
| addressee | whom someone speaks to                             | "she told the Courier"          |
| dateline  | inside a dateline                                  | "AMSTERDAM (Wire) -"            |

A mention in the headline counts for neither side (headlines write a body for its
officials: "EU opens probe"), but at least one mention must lie outside it. The owner of
an agent that acts for it ("Norvania's foreign minister", "the government of Orla",
"Acme's spokesman", "the Sheriff's office", "EU officials") acts; so does every subject,
object, passive agent and apposition. An actor that speaks, is spoken for, or is written
as a pronoun or a description does act, and so does an assembly or a court ("a vote in the
National Assembly", "could appeal to the Competition Tribunal": it rules; the "decides" words).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.lexicon import load_table, table_column
from briefing_tui.analysis.datelines import within_datelines
from briefing_tui.analysis.doctext import doc_text
from briefing_tui.analysis.spans import name_head

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.drafts import Draft
    from briefing_tui.analysis.actors.lexicon import Lexicon

#: The kinds of actor a bystander can be.
BYSTANDER_KINDS = frozenset({"organisation", "country"})
#: Dependencies of a modifier that names its noun's owner ("EU rules", "Canada's agency").
OWNER_DEPS = frozenset({"poss", "compound", "nmod"})
#: Heads of a preposition whose object speaks or acts: "according to the EU".
ACTING_PREP_HEADS = frozenset({"according"})


@cache
def _roles() -> tuple[tuple[str, ...], ...]:
    return load_table("bystander_roles.tsv")


@cache
def role_words(kind: str) -> frozenset[str]:
    """The words of one column of ``bystander_roles.tsv``: "where" prepositions, "addressee"
    verbs, "agent" nouns (an owner acts through them), "body" nouns (they act on their own)."""
    return table_column(_roles(), kind)


def _role_token(token: Token, lex: Lexicon) -> Token:
    """The token whose dependency says what a name does: the first of a list ("France,
    Italy and Belgium"), the name an acronym is apposed to ("the Court (ICJ)") and the
    class noun the name is written before ("the Regional Alliance party has governed")."""
    while token.head.i != token.i and (
        token.dep_ in ("conj", "appos")
        or (token.dep_ == "compound" and _class_noun(token.head, lex))
    ):
        token = token.head
    return token


def _class_noun(noun: Token, lex: Lexicon) -> bool:
    """A common noun that names what an organisation is: "party", "group", "radio"."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in lex.org_heads or lemma in lex.media_heads)


def _agent_noun(noun: Token, lex: Lexicon) -> bool:
    """A noun that acts for its owner: a title, a government noun, a ministry."""
    lemma = noun.lemma_.lower()
    return lemma in lex.title_words or lemma in lex.government_nouns or lemma in role_words("agent")


def _where(token: Token, lex: Lexicon) -> bool:
    """The object of a preposition of place or direction: "to the Tribunal", "at Korvel
    University", "in the EU" (never "according to")."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ in role_words("where")
        and prep.head.lower_ not in ACTING_PREP_HEADS
    )


def _whose(token: Token, lex: Lexicon) -> bool:
    """The owner of a body or a thing that is not its agent: "Spain's Iberva", "Britain's
    Competition Authority", "the Agency of Canada", "EU rules", "Ireland's police force"."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.dep_ == "prep":
        owned = token.head.head  # "the Impact Assessment Agency of Canada"
        return owned.pos_ == "PROPN" and not _agent_noun(owned, lex)
    if token.dep_ not in OWNER_DEPS or token.head.i == token.i or token.head.dep_ == "ROOT":
        return False  # "The Department of Agriculture notes, ...": a verb parsed as a noun
    owned = token.head
    if _agent_noun(owned, lex):
        return False  # "Norvania's foreign minister", "EU officials"
    if token.dep_ != "poss":
        return owned.pos_ in ("NOUN", "PROPN")  # "EU rules", "European Union embassies"
    lemma = owned.lemma_.lower()
    return owned.pos_ == "PROPN" or lemma in lex.org_heads or lemma in role_words("body")


def _addressee(token: Token, lex: Lexicon) -> bool:
    """Whom someone speaks to: "she told the Courier", "advises First Nations"."""
    return token.dep_ in ("dobj", "dative") and token.head.lemma_.lower() in role_words("addressee")


#: The roles of a mention that does not act, tried in order.
ROLES: tuple[tuple[str, Callable[[Token, Lexicon], bool]], ...] = (
    ("where", _where),
    ("whose", _whose),
    ("addressee", _addressee),
)


def _headline_end(doc: Doc) -> int:
    """Where the article's headline ends: its first line, when the text goes on after it
    and the line does not end as a sentence does (else 0)."""
    text = doc_text(doc)
    stop = text.find("\n")
    if stop <= 0:
        return 0
    line = text[:stop].rstrip()
    return 0 if not line or line[-1] in ".!?\"'\u201d" else stop


def mention_role(doc: Doc, token: Token, start: int, end: int, lex: Lexicon) -> str | None:
    """The non-acting role of one name mention (by its head ``token`` and characters), or
    None when it may act."""
    if within_datelines(doc, [(start, end)]):
        return "dateline"
    if any(child.dep_ == "relcl" for child in token.children):
        return None  # "the Commission, which has the final say": described as acting
    role = _role_token(token, lex)
    for name, test in ROLES:
        if test(role, lex):
            return name
    return None


def bystander(doc: Doc, draft: Draft, lex: Lexicon, spoken_for: Collection[int]) -> bool:
    """Whether an organisation or a country is only named to say where or whose: every
    mention outside the headline takes a role of ``ROLES`` or lies in a dateline, it never
    speaks, nobody speaks for it, and the article never refers to it by a pronoun or a
    description."""
    if draft.kind not in BYSTANDER_KINDS or draft.speeches:
        return False
    if any(m.kind != "name" for m in draft.mentions) or _decides(draft, lex):
        return False
    headline = _headline_end(doc)
    outside = 0
    for mention, head in zip(draft.mentions, draft.heads, strict=True):
        if mention.end <= headline:
            continue
        if not 0 <= head < len(doc):
            return False
        role = mention_role(doc, doc[head], mention.start, mention.end, lex)
        if role is None or (head in spoken_for and role != "where"):
            return False  # "Acme's Jo Pike said"; but "a professor at Korvel University"
        outside += 1
    return outside > 0


def _decides(draft: Draft, lex: Lexicon) -> bool:
    """An assembly or a court whose name says it decides where it sits: "a vote in the
    National Assembly" is the assembly voting, "an appeal to the Grain Tribunal" or "a review
    in the Court of Appeal" the court ruling. The head word is the name's last word, or the
    word before its first "of"."""
    return any(
        name_head(m.text) in role_words("decides")
        for m in draft.mentions
        if m.kind == "name" and m.text.split()
    )
