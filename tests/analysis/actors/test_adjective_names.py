"""Names the article writes only as adjectives act in nothing (issue 16, actors): "the
Baltic market", "the market is not Baltic" (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors.adjective_names import adjective_only
from briefing_tui.analysis.actors.drafts import Draft
from briefing_tui.analysis.actors.find import find_actors


def draft_of(doc, word: str) -> Draft:
    draft = Draft(f"org:{word}", "organisation", word)
    for token in doc:
        if token.text == word:
            draft.add(token.idx, token.idx + len(word), word, "name", token.i)
    return draft


def test_a_word_written_only_as_an_adjective_is_no_actor(nlp):
    doc = nlp(
        "The merged group would control about half of the Baltic market for steel tubes. "
        '"The market is not Baltic, it is European," the chief executive said.'
    )
    assert adjective_only(doc, draft_of(doc, "Baltic"))


def test_a_name_that_acts_once_is_an_actor(nlp):
    doc = nlp("Acme raised its offer on Monday. The Acme board met on Friday.")
    assert not adjective_only(doc, draft_of(doc, "Acme"))


def test_an_adjective_only_name_leaves_the_actors(nlp):
    for word in ("Nordic",):
        doc = nlp(
            f"Halver Tubes would control half of the {word} market for steel tubes, the "
            f'regulator said. "The market is not {word}, it is European," the chief executive '
            "said."
        )
        assert word not in [a.name for a in find_actors(doc)]
