"""``contract.dossier_problems``: what a briefing-dossier/1 object promises."""

from __future__ import annotations

import copy

from briefing_tui.analysis.dossier.build import build_dossier
from briefing_tui.contract import dossier_problems
from tests.analysis.dossier.helpers import actor, briefing, claim

A = '"We will not rush this," said Nadia Flores on Monday, March 2, 2020.'
B = '"We will not rush this," Nadia Flores told reporters on Thursday.'


def _data() -> dict:
    dossier = build_dossier(
        [
            briefing(
                A,
                [actor(A, "a1", "Nadia Flores", "person")],
                [claim(A, "c1", "a1", "We will not rush this")],
                date="March 2, 2020",
            ),
            briefing(
                B,
                [actor(B, "a1", "Nadia Flores", "person")],
                [claim(B, "c1", "a1", "We will not rush this")],
                date="March 5, 2020",
            ),
        ]
    )
    return dossier.to_json()


def test_a_built_dossier_keeps_the_contract() -> None:
    data = _data()
    assert data["schema"] == "briefing-dossier/1"
    assert dossier_problems(data) == []


def test_each_broken_promise_is_named() -> None:
    cases = []
    missing = copy.deepcopy(_data())
    missing["actors"][0]["members"].pop()
    cases.append((missing, "is in 0 dossier actors"))
    wrong_article = copy.deepcopy(_data())
    wrong_article["claims"][0]["members"][0]["article"] = 7
    cases.append((wrong_article, "is not an index of the articles"))
    wrong_id = copy.deepcopy(_data())
    wrong_id["divergences"] = [
        {"kind": "reworded", "claims": [{"article": 0, "claim": "c9"}], "note": ""}
    ]
    cases.append((wrong_id, "claim 'c9' is not in article 0"))
    duplicate = copy.deepcopy(_data())
    duplicate["actors"].append(copy.deepcopy(duplicate["actors"][0]))
    cases.append((duplicate, "duplicate id"))
    outside = copy.deepcopy(_data())
    outside["timeline"].append(
        {"date": None, "kind": "event", "article": 0, "text": "x", "start": 0, "end": 10_000}
    )
    cases.append((outside, "outside the text"))
    schema = copy.deepcopy(_data())
    schema["schema"] = "briefing/1"
    cases.append((schema, "not 'briefing-dossier/1'"))
    for data, expected in cases:
        problems = dossier_problems(data)
        assert any(expected in p for p in problems), (expected, problems)
