"""A body mentioned only as the author of an older act ("a 2009 law passed under the
government of X") does not name the "the government" a question asks about today."""

from __future__ import annotations

import pytest

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


DECREE = (
    "The water levy, a tax introduced in 2011, costs farmers 400 euros a year. The Marsh "
    "government's 2016 decree raised the levy for orchards. Farmers signed a petition on "
    "Monday asking the government to abolish the levy before the harvest."
)
DECREE_OF = (
    "The water levy costs farmers 400 euros a year. A 2016 decree of the Marsh government "
    "raised the levy for orchards. Farmers signed a petition on Monday asking the government "
    "to abolish the levy before the harvest."
)
INTRODUCED = (
    "The water levy is a tax that the Marsh government introduced in 2016. Farmers signed a "
    "petition on Monday asking the government to abolish the levy before the harvest."
)


@pytest.mark.parametrize("text", [DECREE, DECREE_OF, INTRODUCED])
def test_a_government_named_only_as_a_dated_act_s_author_names_no_government(
    nlp, text: str
) -> None:
    asked = _asked(nlp, text)
    assert any("abolish" in q for q in asked), asked
    assert not any("Marsh" in q for q in asked), asked
