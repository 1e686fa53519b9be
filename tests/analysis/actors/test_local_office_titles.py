"""Local and legal offices written before a name are titles, not part of the name: a
councilman or councilwoman, a district attorney, an attorney general."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.model import Actor

TEXT = (
    "Councilwoman Irene Vasko called on Sheriff Tom Becker to resign after a third death "
    "at the county jail this year.\n\n"
    "District Attorney Paul Ngata said his office was reviewing the deaths. Attorney "
    "General Rosa Linde said she would decide by July whether to open a state inquiry.\n\n"
    "Councilman Leon Marsh said the county would pay for an outside audit.\n"
)


def actors_of(nlp, text: str) -> list[Actor]:
    doc = nlp(text)
    return find_actors(doc)


def test_an_office_before_a_name_is_no_part_of_the_name(nlp):
    names = {a.name for a in actors_of(nlp, TEXT)}
    assert {"Irene Vasko", "Paul Ngata", "Rosa Linde", "Leon Marsh"} <= names, names
    assert not any(n.split()[0] in {"Attorney", "General", "Councilman"} for n in names), names


def test_the_office_is_the_persons_role(nlp):
    roles = {a.name: a.role for a in actors_of(nlp, TEXT)}
    assert roles.get("Paul Ngata") == "district attorney", roles
    assert roles.get("Rosa Linde") == "attorney general", roles
    assert roles.get("Leon Marsh") == "councilman", roles


def test_a_word_of_the_office_is_no_mention_of_its_holder(nlp):
    ngata = next(a for a in actors_of(nlp, TEXT) if a.name == "Paul Ngata")
    assert "Attorney" not in {m.text for m in ngata.mentions}


def test_a_council_is_still_an_organisation(nlp):
    text = (
        "European Council President Donald Tusk said the European Council would meet in "
        "Bratislava. In Hong Kong, the District Council will meet next week.\n"
    )
    names = {a.name for a in actors_of(nlp, text)}
    assert {"European Council", "District Council", "Donald Tusk"} <= names, names
