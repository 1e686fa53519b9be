"""Which organisation "the company" or "the agency" may stand for: evidence of a business.

"The company" and "the firm" name a business: an organisation whose name holds a trade
or legal-form word ("Northwind Energy", "Acme Corp"), that the article has called a
company, a firm or another trade noun ("Acme, the Ohio power company"), or whose chief
executive or founder it names. "The agency" is the other side: a public body or a
news agency: an organisation named with the noun of an agency ("the Public Utilities
Commission", "the Korean Central News Agency") or called a regulator or an agency
("Britain's energy regulator Ofgem"), never a committee, a council or a business. A description
also stands for the organisation the article has already called by the same noun
("The Consumers Alliance, a group that ... The group said").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.lexicon import business_heads, sector_words

if TYPE_CHECKING:
    from collections.abc import Mapping

    from briefing_tui.analysis.actors.drafts import Draft

#: Nouns that call an organisation a business ("the Ohio power company", "a Boston firm").
TRADE_NOUNS = frozenset(
    {"company", "firm", "business", "corporation", "conglomerate", "maker", "manufacturer"}
    | {"producer", "retailer", "carrier", "airline", "insurer", "lender", "utility", "startup"}
    | {"supplier", "developer", "operator", "chain", "brand", "subsidiary", "automaker"}
)
#: Nouns that name or call an organisation an agency ("the energy regulator", "the
#: Food Safety Authority"); no committee, council or legislature is one.
AGENCY_NOUNS = frozenset(
    {"agency", "regulator", "watchdog", "authority", "commission", "department", "ministry"}
    | {"office", "bureau", "service", "administration", "inspectorate", "directorate"}
)
#: Nouns that call an organisation something that is neither a business nor an agency.
OTHER_BODY_NOUNS = frozenset(
    {"group", "union", "association", "party", "coalition", "alliance", "charity", "club"}
    | {"campaign", "team", "university", "school", "church", "newspaper", "committee"}
    | {"broadcaster", "channel", "station", "magazine"}
)
#: Words for a body of companies that end a business's name after a trade word ("Calder
#: Media Group"); alone they may end any body's ("the Civic Group").
GROUP_WORDS = frozenset({"group"})
#: Titles a person holds only in a business.
BUSINESS_TITLES = frozenset(
    {"ceo", "chief executive", "chief executive officer", "founder", "co-founder", "cfo"}
    | {"chief financial officer", "chief operating officer", "coo", "managing director"}
)


def is_business(draft: Draft, drafts: Mapping[str, Draft], owner_of: Mapping[int, str]) -> bool:
    """Whether the article shows an organisation to be a business (see the module)."""
    if draft.kind != "organisation":
        return False
    names = [draft.name, *(m.text for m in draft.mentions if m.kind == "name")]
    if any(ends_in_trade_word(text) for text in names):
        return True
    if any(called(draft, noun) for noun in TRADE_NOUNS):
        return True
    return any(
        person.kind == "person"
        and person.title in BUSINESS_TITLES
        and any(owner_of.get(index) == draft.key for index in person.affiliations)
        for person in drafts.values()
    )


def is_agency(draft: Draft) -> bool:
    """Whether the article shows an organisation to be an agency "the agency" may stand for:
    a word of its name is one of ``AGENCY_NOUNS`` ("the Public Utilities Commission"), or
    it has been called so ("Britain's energy regulator Ofgem"); not a committee, council
    or university."""
    if draft.kind != "organisation":
        return False
    names = [draft.name, *(m.text for m in draft.mentions if m.kind == "name")]
    words = {w.lower().strip(",.'") for text in names for w in text.split()}
    return bool(words & AGENCY_NOUNS) or any(called(draft, noun) for noun in AGENCY_NOUNS)


def called_other_body(draft: Draft) -> bool:
    """Whether the article calls an organisation a group, a union, a party or another body
    that is neither a business nor an agency ("the Consumers Alliance, a group that")."""
    return any(called(draft, noun) for noun in OTHER_BODY_NOUNS)


def ends_in_trade_word(name: str) -> bool:
    """Whether a name of several words ends in a trade or legal-form word ("Northwind
    Energy", "Acme Corp"), or in a trade word and "Group" ("Calder Health Group"); not one
    that opens with it ("Health Canada")."""
    words = [w.lower().strip(",.'") for w in name.split()]
    endings = sector_words() | business_heads()
    if len(words) > 2 and words[-1] in GROUP_WORDS and words[-2] in sector_words():
        return True  # "Calder Health Group": a trade word before "Group" makes it a business's
    return len(words) > 1 and words[-1] in endings and words[0] not in endings


def called(draft: Draft, noun: str, before: int | None = None) -> bool:
    """Whether the article has described this actor with ``noun`` as its head word ("a
    group that represents households" for "group"), before character ``before`` if given."""
    for mention in draft.mentions:
        if mention.kind != "description" or (before is not None and mention.start >= before):
            continue
        head = _head_of(mention.text)
        if head == noun or head == noun + "s":
            return True
    return False


def _head_of(text: str) -> str:
    """The head word of a description as written: the last word before a relative or
    prepositional part ("a group that ...", "the maker of ...")."""
    words = text.lower().replace(",", " ").split()
    for stop in ("that", "which", "who", "of", "for", "with", "in", "based"):
        if stop in words[1:]:
            words = words[: words.index(stop, 1)]
    return words[-1].strip(".'\"") if words else ""
