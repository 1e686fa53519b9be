"""Companies named like people: "rival Kessler Holt ... Kessler's shareholders approved it
... Kessler, which remains listed": a name the model labels a person's, owning what only a
company owns (shareholders, a chief executive, subsidiaries) or described with "which",
with no first name, title, gender or "he" or "she" of its own, is an organisation's. So is
one whose last word says a trade ("Westmoor Rail", "Calder Logistics": a word of
``sector_words.txt`` or ``business_heads.txt``, which ends no person's name), and one
written before a company's office as its holder's employer ("Westmoor chief executive Ann
Lee", "Calder managing director Tom Hale")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.businesses import ends_in_trade_word
from briefing_tui.analysis.actors.gender import first_names

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.drafts import Draft, Names

#: Nouns a name owns ("Acme's shareholders") or is written before ("Acme chief executive Ann
#: Lee") only when it is a company's.
COMPANY_NOUNS = frozenset(
    {
        "shareholder",
        "shareholders",
        "stockholders",
        "subsidiary",
        "subsidiaries",
        "headquarters",
        "share price",
        "shares",
        "chief executive",
        "chief financial officer",
        "managing director",
        "ceo",
        "board",
        "revenue",
        "revenues",
        "profits",
    }
)


#: Kinds of mention a company's draft may hold: its name, and that name written inside a
#: longer one ("Westmoor" in "the Westmoor Rail depot").
NAME_KINDS = frozenset({"name", "inside"})


def retype_company_people(doc: Doc, names: Names) -> list[str]:
    """Make each person draft that ``company_named`` finds an organisation; their keys."""
    retyped = []
    for key, draft in names.drafts.items():
        if draft.kind == "person" and company_named(doc, draft):
            draft.kind = "organisation"
            retyped.append(key)
    return retyped


def company_named(doc: Doc, draft: Draft) -> bool:
    """Whether a person's draft is a company's: no first name of the name list, no title and
    no gender, no pronoun, and a mention that owns a company's noun or that "which" describes."""
    words = draft.name.split()
    if draft.gender or draft.title or not words or words[0].lower() in first_names():
        return False
    if any(m.kind not in NAME_KINDS for m in draft.mentions):
        return False
    if ends_in_trade_word(draft.name):
        return True  # "Westmoor Rail": a trade word ends no person's name
    heads = [doc[h] for h in draft.heads if 0 <= h < len(doc)]
    return any(
        _owns_company_noun(t) or _employs_office_holder(t) or _which_clause(t) for t in heads
    )


def _employs_office_holder(token: Token) -> bool:
    """ "Westmoor chief executive Ann Lee": the name written before a company's office."""
    if token.dep_ not in ("compound", "amod") or token.head.i <= token.i:
        return False
    office = token.head
    words = [t.lower_ for t in office.lefts if t.i > token.i and t.dep_ in ("compound", "amod")]
    return " ".join([*words, office.lower_]) in COMPANY_NOUNS


def _owns_company_noun(token: Token) -> bool:
    """ "Acme's shareholders", "Acme's chief executive"."""
    if token.dep_ != "poss":
        return False
    owned = token.head
    compound = " ".join(t.lower_ for t in owned.lefts if t.dep_ in ("compound", "amod"))
    return owned.lower_ in COMPANY_NOUNS or f"{compound} {owned.lower_}".strip() in COMPANY_NOUNS


def _which_clause(token: Token) -> bool:
    """ "Acme, which remains listed": a "which" clause describing the name."""
    return any(
        child.dep_ == "relcl" and any(t.lower_ == "which" for t in child.children)
        for child in token.children
    )
