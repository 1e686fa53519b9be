"""Per-Doc tables and early exits that make the analysis faster: each answers as the scan
over every Token that it replaces did."""

from __future__ import annotations

import gc

from briefing_tui.analysis import doctext
from briefing_tui.analysis.doctext import text_positions

TEXT = (
    "Harbour Council Posts Its Plan\n\n"
    "The council posted the plan on Twitter on Monday, the mayor said. Ann Lee, a critic, "
    "wrote on her Flickr page that the plan would fail. Lee said she would appeal. "
    "Marlow Brightwater said he agreed with Lee; Brightwater later shared a video via "
    "Twitter. Acme Freight said it would wait."
)


def test_text_positions_are_the_tokens_with_that_text(nlp):
    doc = nlp(TEXT)
    for word in {t.text for t in doc} | {"absent", ""}:
        assert text_positions(doc, word) == tuple(t.i for t in doc if t.text == word)


def test_text_positions_keep_no_doc_alive(nlp):
    doc = nlp("The council met.")
    text_positions(doc, "council")
    held = len(doctext._POSITIONS)
    del doc
    gc.collect()
    assert len(doctext._POSITIONS) == held - 1


def test_service_name_answers_as_the_scan_of_every_token(nlp):
    """``service_name`` looked for the name's uses by building every Token of the Doc for
    each one-word candidate; it now reads the name's positions from a per-Doc table."""
    from briefing_tui.analysis.actors import services
    from briefing_tui.analysis.actors.facts import article_facts
    from briefing_tui.analysis.actors.gender import first_names
    from briefing_tui.analysis.actors.kinds import person_evidence
    from briefing_tui.analysis.actors.titles import title_before

    doc = nlp(TEXT)
    facts = article_facts(doc)

    def scanned(span) -> bool:
        if len(span) != 1 or (not span[0].is_title and not span[0].is_upper):
            return False
        word = span[0].text
        if word.lower() in first_names() or word in facts.full_names.by_last:
            return False
        if person_evidence(span) or title_before(doc, span.start, facts.lex, facts.gaz):
            return False
        return any(t.text == word and services._service_use(t) for t in doc)

    answers = [services.service_name(facts, doc[i : i + 1]) for i in range(len(doc))]
    assert answers == [scanned(doc[i : i + 1]) for i in range(len(doc))]
    assert any(answers)  # "Twitter" after "posted ... on": the test sees a service
