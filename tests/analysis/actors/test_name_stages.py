"""The name stages one by one: facts, collect, classify, merge (invented sentences)."""

from __future__ import annotations

import dataclasses

import pytest

from briefing_tui.analysis.actors.classify import classify_candidates
from briefing_tui.analysis.actors.collect import collect_candidates
from briefing_tui.analysis.actors.facts import article_facts
from briefing_tui.analysis.actors.merge import merge_names
from briefing_tui.analysis.actors.names import collect_names

SURNAME_TEXT = "Jane Doe, the mayor, said the plan was sound. Later Doe said she would resign."
ACRONYM_TEXT = "The National Energy Agency (NEA) said prices would rise. The NEA gave no date."


def mention_texts(names) -> dict[str, list[str]]:
    return {key: [m.text for m in d.mentions] for key, d in names.drafts.items()}


def test_the_facts_index_full_names_and_cannot_be_changed(nlp):
    facts = article_facts(nlp(SURNAME_TEXT))
    assert [key for _, key in facts.full_names.by_last["Doe"]] == ["person:Jane Doe"]
    assert "person:Jane Doe" in facts.full_names.keys
    with pytest.raises(dataclasses.FrozenInstanceError):
        facts.common_words = frozenset()  # type: ignore[misc]


def test_collect_finds_the_spans_in_text_order_without_deciding_their_kind(nlp):
    candidates = collect_candidates(article_facts(nlp(SURNAME_TEXT)))
    assert [c.span.text for c in candidates.names] == ["Jane Doe", "Doe"]
    assert all(c.route == "entity" for c in candidates.names)


def test_collect_splits_a_bracketed_acronym_from_its_name_and_keeps_the_pair(nlp):
    text = "A report by the Institute for Fiscal Studies (IFS) found that taxes rose."
    candidates = collect_candidates(article_facts(nlp(text)))
    assert [c.span.text for c in candidates.names] == ["the Institute for Fiscal Studies", "IFS"]
    assert [(acronym, name.text) for acronym, name in candidates.acronyms] == [
        ("IFS", "the Institute for Fiscal Studies")
    ]


def test_classify_leaves_a_surname_pending_until_the_merge(nlp):
    facts = article_facts(nlp(SURNAME_TEXT))
    classified = classify_candidates(facts, collect_candidates(facts))
    assert list(classified.names.drafts) == ["person:Jane Doe"]
    assert [p.text for p in classified.pending] == ["Doe"]
    assert classified.names.drafts["person:Jane Doe"].title == "mayor"


def test_merge_attaches_the_surname_to_the_full_name(nlp):
    facts = article_facts(nlp(SURNAME_TEXT))
    candidates = collect_candidates(facts)
    classified = classify_candidates(facts, candidates)
    merge_names(facts, classified, candidates.acronyms)
    assert mention_texts(classified.names) == {"person:Jane Doe": ["Jane Doe", "the mayor", "Doe"]}


def test_merge_joins_an_acronym_and_a_shorter_name_to_the_organisation(nlp):
    facts = article_facts(nlp(ACRONYM_TEXT))
    candidates = collect_candidates(facts)
    classified = classify_candidates(facts, candidates)
    assert set(classified.names.drafts) == {"org:National Energy Agency", "org:NEA"}
    merge_names(facts, classified, candidates.acronyms)
    assert list(classified.names.drafts) == ["org:National Energy Agency"]

    doc = nlp("The State Energy Office said the Energy Office would publish its figures.")
    assert mention_texts(collect_names(doc)) == {
        "org:State Energy Office": ["State Energy Office", "Energy Office"]
    }


def test_collecting_names_twice_gives_the_same_drafts(nlp):
    doc = nlp(SURNAME_TEXT + " " + ACRONYM_TEXT)
    first, second = collect_names(doc), collect_names(doc)
    assert mention_texts(first) == mention_texts(second)
    assert first.drafts is not second.drafts
