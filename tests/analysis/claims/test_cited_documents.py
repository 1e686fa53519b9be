"""A document that names no issuer, cited for an organisation's own act, is that
organisation's; "the statement" later is the same document (issue 16, item 9;
``claims/documents.py``). Every text is invented."""

from __future__ import annotations

from tests.analysis.readers import speakers_in_order as speakers


def test_a_statement_cited_for_a_body_s_act_is_the_body_s_and_so_is_the_statement_later(nlp):
    text = (
        "The Harbor Bank raised its main rate on Thursday. The bank's board voted six to "
        "one for the rise, according to a statement published after the meeting. Two "
        "members had wanted a larger rise, the statement said."
    )
    assert speakers(nlp, text) == [
        ("a statement published after the meeting", "Harbor Bank"),
        ("the statement", "Harbor Bank"),
    ]


def test_a_statement_cited_for_a_company_s_act_is_the_company_s(nlp):
    text = "Nordvik Freight cut 300 jobs on Monday, according to a statement released late."
    assert speakers(nlp, text) == [("a statement released late", "Nordvik Freight")]


def test_a_statement_cited_for_an_act_done_to_a_company_names_no_issuer(nlp):
    text = "Nordvik Freight was fined $2 million, according to a statement released late."
    assert speakers(nlp, text) == [("a statement released late", None)]


def test_a_report_cited_for_a_body_s_act_may_be_anyone_s(nlp):
    text = "The ministry overspent by $3 billion last year, according to a report published late."
    assert speakers(nlp, text) == [("a report published late", None)]
