"""A quotation that completes a reported clause (issue 16, content spans): read by the
parse as a second complement of the cue, it is the object of the clause's last word, and
the claim is the whole clause with it, not the quotation alone. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def contents(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [text[c.content.start : c.content.end] for c in find_claims(doc, find_actors(doc))]


def test_a_quotation_after_a_preposition_completes_the_clause(nlp):
    text = (
        "The governor said reporters are to blame for focusing on "
        '"who said what, who tweeted what."'
    )
    found = contents(nlp, text)
    assert len(found) == 1
    assert found[0].startswith("reporters are to blame for focusing on")
    assert found[0].rstrip('."').endswith("who tweeted what")


def test_a_quotation_standing_alone_is_still_the_content(nlp):
    text = '"The bridge is safe for now," the engineer said.'
    assert contents(nlp, text) == ['"The bridge is safe for now,"']
