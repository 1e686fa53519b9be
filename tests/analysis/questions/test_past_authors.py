"""A body mentioned only as the author of an older act ("a 2009 law passed under the
government of X") does not name the "the government" a question asks about today."""

from __future__ import annotations

from .helpers import analysed

PETITION = (
    "Farmers delivered a petition on Monday asking the government of Prime Minister Ann Lee "
    "to repeal the water rules. The rules were set by a 2009 law passed under the government "
    "of Prime Minister Tom Berg. The petition asks the government to suspend the rules before "
    "the harvest."
)
ONLY_THE_OLD_ONE = (
    "Farmers delivered a petition on Monday over the water rules. The rules were set by a "
    "2009 law passed under the government of Prime Minister Tom Berg. The petition asks the "
    "government to suspend the rules before the harvest."
)


def _asked(nlp, text: str) -> list[str]:
    report = analysed(nlp, text)
    return [q.question for q in [*report.shown, *report.held]]


def test_the_government_a_petition_addresses_is_not_the_author_of_an_old_law(nlp) -> None:
    asked = _asked(nlp, PETITION)
    assert not any("Tom Berg" in q for q in asked), asked
    assert any("suspend" in q and "Ann Lee" in q for q in asked), asked


def test_an_old_law_s_author_alone_names_no_government(nlp) -> None:
    asked = _asked(nlp, ONLY_THE_OLD_ONE)
    assert any("suspend" in q for q in asked), asked
    assert not any("Tom Berg" in q for q in asked), asked
