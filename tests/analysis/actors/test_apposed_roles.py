"""A person's role set beside the name is a mention of that person (invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def mentions_of(doc, name: str) -> list[str]:
    found = [a for a in find_actors(doc) if a.name == name]
    assert len(found) == 1, [a.name for a in find_actors(doc)]
    return [doc.text[m.start : m.end] for m in found[0].mentions]


def test_role_after_the_name_without_an_article(nlp):
    doc = nlp(
        "Marta Quint, head of the delegation in the region, said the talks had stalled. "
        "Quint left the city on Friday."
    )
    assert "head" in mentions_of(doc, "Marta Quint")


def test_role_after_the_name_with_a_possessor(nlp):
    doc = nlp(
        "Margaret Pryde, the group's convenor, said residents would appeal. "
        "Pryde said the council had ignored them."
    )
    assert "the group's convenor" in mentions_of(doc, "Margaret Pryde")


def test_party_member_after_the_name(nlp):
    doc = nlp("Senator Mark Ostby, Republican from Ohio, called for calm. Ostby left early.")
    assert "Republican" in mentions_of(doc, "Mark Ostby")


def test_role_before_the_name_cut_by_the_tokenizer(nlp):
    doc = nlp("Co-founder of the firm, Rosa Quint, declined to comment. Quint left.")
    assert "Co-founder" in mentions_of(doc, "Rosa Quint")


def test_role_with_an_article_written_against_the_name(nlp):
    doc = nlp("The match referee Tom Brenner awarded a penalty. Brenner later sent off a defender.")
    mentions = mentions_of(doc, "Tom Brenner")
    assert "The match referee" in mentions
    assert "Tom Brenner" in mentions


def test_possessed_role_written_against_the_name(nlp):
    doc = nlp(
        "Chile's defence minister Ana Ruiz said on Monday that talks would resume. "
        "Ruiz spoke for an hour."
    )
    mentions = mentions_of(doc, "Ana Ruiz")
    assert "Chile's defence minister" in mentions
    assert "Ana Ruiz" in mentions


def test_a_thing_or_a_plural_beside_a_name_is_no_role(nlp):
    doc = nlp(
        "Two local residents, Ann Lee and Tom Brenner, said the road was unsafe. "
        "Lee and Brenner met the mayor."
    )
    people = [a for a in find_actors(doc) if a.kind == "person"]
    assert people
    assert not any("residents" in doc.text[m.start : m.end] for a in people for m in a.mentions)


def test_no_role_cut_inside_a_hyphenated_title(nlp):
    doc = nlp(
        "Professor Helen Marr, the university's deputy vice-chancellor for education, "
        "said the paper had leaked. Marr said an inquiry would follow."
    )
    assert not any(m.endswith("vice") for m in mentions_of(doc, "Helen Marr"))


def test_a_bare_title_against_the_name_stays_in_the_name(nlp):
    doc = nlp(
        "Reform camp councillor Rui Costa of the Civic Party was elected. Costa thanked his voters."
    )
    people = [a for a in find_actors(doc) if a.kind == "person"]
    texts = [doc.text[m.start : m.end] for a in people for m in a.mentions]
    assert not any(t.endswith("camp councillor") for t in texts)
