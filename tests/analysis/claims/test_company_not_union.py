"""A bare "the union" is not the organisation the sentences before call "the company"
(invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors
from briefing_tui.analysis.claims.find import find_claims

TEXT = (
    "Dockers at Velmar Terminals walked out on Monday, the Harbour Workers' Federation "
    "said.\n\n"
    "Velmar Terminals has run an automated depot since 2015, and the company said output "
    "there was higher.\n\n"
    "The union said it was the first full strike since the group was formed."
)


def test_the_union_is_not_the_body_just_called_the_company(nlp):
    doc = nlp(TEXT)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    claims = [
        c
        for c in find_claims(doc, actors)
        if "first full strike" in TEXT[c.content.start : c.content.end]
    ]
    assert claims
    assert all(names.get(c.source) != "Velmar Terminals" for c in claims)
