"""Session 14, one actor per entity (issue 16, item 3): a surname finds the full name a later
stage made when the model saw none, and names inside names join only an actor the article
lists on its own (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def names_and_mentions(doc) -> dict[str, list[str]]:
    """Each actor's name with the texts of its mentions."""
    return {a.name: [doc.text[m.start : m.end] for m in a.mentions] for a in find_actors(doc)}


def test_a_surname_joins_a_full_name_the_model_did_not_see(nlp):
    doc = nlp(
        "The association said rents rose 6 percent. Vera Lund, the association's chief "
        "executive, told reporters outside the Assembly that the group would go to court. "
        '"We will fight," Lund said.'
    )
    actors = names_and_mentions(doc)
    assert "Lund" not in actors
    assert "Lund" in actors["Vera Lund"]


def test_a_surname_never_joins_a_full_name_of_another_gender(nlp):
    doc = nlp(
        "The association said rents rose 6 percent. Vera Lund, the association's chief "
        'executive, told reporters that the group would go to court. "We will fight," Mr. '
        "Lund said."
    )
    assert "Lund" not in names_and_mentions(doc).get("Vera Lund", [])


def test_a_company_s_short_name_before_a_services_name(nlp):
    doc = nlp(
        "The council signed a ten-year contract with Harwick Water Services, a Leeds-based "
        "company, last year. Harwick said in a statement that it would keep the plant open."
    )
    actors = names_and_mentions(doc)
    assert "Harwick" not in actors
    assert "Harwick" in actors["Harwick Water Services"]


def test_the_prime_minister_is_never_the_deputy_prime_minister(nlp):
    doc = nlp(
        "The coalition collapsed on Monday, leaving Prime Minister Anton Berg to face a "
        "confidence vote on Thursday.\n\nThe league's leader, Deputy Prime Minister Mira Dahl, "
        'announced the decision after a long meeting. "We warned the prime minister in March," '
        "Dahl told reporters."
    )
    actors = names_and_mentions(doc)
    assert "the prime minister" not in actors["Mira Dahl"]
    assert "the prime minister" in actors["Anton Berg"]


def test_a_deputy_s_title_is_the_deputy_office():
    from briefing_tui.analysis.actors.lexicon import lexicon
    from briefing_tui.analysis.actors.titles import describe_title

    assert describe_title(["deputy", "prime", "minister"], lexicon())[:2] == (
        "deputy prime minister",
        "deputy",
    )
    assert describe_title(["acting", "prime", "minister"], lexicon())[0] == "prime minister"


def test_a_distributor_s_short_name_is_the_distributor(nlp):
    doc = nlp(
        "Harlow Pharma Distributors, the country's largest wholesaler, said on Monday that "
        "deliveries would resume next week. Harlow Pharma blamed the delays on a customs "
        "dispute.\n\nThe company said it had hired extra drivers."
    )
    actors = names_and_mentions(doc)
    assert list(actors) == ["Harlow Pharma Distributors"]
    assert "Harlow Pharma" in actors["Harlow Pharma Distributors"]
