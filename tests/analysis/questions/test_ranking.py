"""The article's main open matter, which its lead raises, is shown first."""

from __future__ import annotations

from .helpers import analysed

ARTICLE = (
    "The Kesh city council will vote on the Harbor Street tram extension on March 12, council "
    "leader Petra Holm said on Tuesday.\n\n"
    "The 240 million euro line would link the port to the central station. Work on the depot "
    "began last year. Local traders have welcomed the plans. Several cafes have opened on the "
    "street since the spring. Buses kept running during earlier works. Petra Holm said the "
    "Kesh city council could cut the budget for the tram if the Vosk regional government withholds "
    "its share."
)


def test_the_lead_s_pending_vote_ranks_before_a_later_conditional(nlp):
    shown = analysed(nlp, ARTICLE).shown
    assert len(shown) >= 2
    assert shown[0].question == (
        "Will the Kesh city council vote on the Harbor Street tram extension on March 12?"
    )
    assert shown[1].kind == "conditional"
