"""A bare body noun or a document's issuer is the one body the article ties to the noun:
by a kind of body (an airline, a club, a regulator: ``claims/trade_bodies.tsv``), by
the words of its name ("the coast guard", "the city" for the City of ...), and a
document's phrase on another preposition names no issuer (``claims/trades.py``,
``claims/epithets.py``, ``claims/sources.py``). Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.claims.epithets import named_for_noun
from tests.analysis.readers import speaker_by_source_text as speakers

FLIGHTS = (
    "Every flight of Tovena Air, the country's national carrier, was cancelled on Monday "
    "after a fault in its booking system. Brama Holdings, a travel company, said its "
    "customers were stranded.\n\n"
    "Nobody was hurt. The Transport Safety Board began an inquiry on Tuesday.\n\n"
)


def test_the_airline_is_the_one_body_described_as_a_carrier(nlp):
    found = speakers(nlp, FLIGHTS + "The airline said about 9,000 passengers had been affected.")
    assert found["The airline"] == "Tovena Air"


def test_a_statement_issued_by_the_airline_is_the_airline_s(nlp):
    text = FLIGHTS + (
        "According to a statement issued by the airline on Tuesday, the fault was traced "
        "to a software update."
    )
    found = speakers(nlp, text)
    assert found["a statement issued by the airline on Tuesday"] == "Tovena Air"


def test_two_carriers_leave_the_airline_unnamed(nlp):
    text = FLIGHTS + (
        "Its rival Kelmar Airways, a smaller carrier, added extra flights.\n\n"
        "The airline said about 9,000 passengers had been affected."
    )
    assert speakers(nlp, text)["The airline"] is None


CLUB = (
    "A group of fans protested on Saturday against the sale of the stadium of Harrowby "
    "Rovers FC. The Harrowby Rovers Supporters' Trust said it would fight the plan. This is a club "
    "with a long history, the trust's chairman said.\n\n"
    "Nobody was hurt in the protest.\n\n"
)


def test_the_club_is_the_one_body_whose_name_ends_in_a_club_word(nlp):
    found = speakers(nlp, CLUB + "The club said the sale would be completed in May.")
    assert found["The club"] == "Harrowby Rovers FC"


def test_a_statement_from_the_club_is_the_club_s(nlp):
    text = CLUB + (
        "The sale is expected to be completed in May, according to a statement from the club."
    )
    assert speakers(nlp, text)["a statement from the club"] == "Harrowby Rovers FC"


def test_an_internal_ministry_document_is_the_one_ministry_s(nlp):
    text = (
        "The Ministry of Mines closed two pits in Arvel on Monday. Miners' leaders said "
        "they had not been warned.\n\n"
        "The pits will stay closed until March, according to an internal ministry document "
        "seen by the Arvel Herald."
    )
    found = speakers(nlp, text)
    assert found["an internal ministry document seen by the Arvel Herald"] == "Ministry of Mines"


class _Names:
    """The one thing ``named_for_noun`` asks of the claims' actor index."""

    def __init__(self, *names: str) -> None:
        self._names = [(f"a{i}", name, "organisation") for i, name in enumerate(names)]

    def named(self) -> list[tuple[str, str, str]]:
        return self._names


def _guard(nlp):
    doc = nlp("The coast guard said the ferry had passed its last inspection in March.")
    return next(t for t in doc if t.lower_ == "guard")


def test_the_coast_guard_is_the_body_whose_name_carries_both_words(nlp):
    index = _Names("Korvan Coast Guard", "Korvan Navy")
    assert named_for_noun(_guard(nlp), index) == "a0"


def test_a_modifier_the_name_lacks_names_nobody(nlp):
    assert named_for_noun(_guard(nlp), _Names("Korvan Border Guard")) is None


def test_the_city_is_the_city_of_its_name(nlp):
    text = (
        "Hackers shut down the payment system of the City of Marlow on Monday. The Marlow "
        "Chamber of Commerce said shops could not pay their fees.\n\n"
        "Nobody knows who the hackers are.\n\n"
        "The city said the deadline for tax payments would be pushed back by 30 days."
    )
    assert speakers(nlp, text)["The city"] == "City of Marlow"


def test_filings_with_a_registry_are_not_the_registry_s(nlp):
    text = (
        "Dovecote Foods will close its plant in Arvel, the company said on Monday. It "
        "employed about 900 people last year, according to its most recent filings with "
        "the Companies Registration Office."
    )
    found = speakers(nlp, text)
    source = "its most recent filings with the Companies Registration Office"
    assert found.get(source) != "Companies Registration Office"


def test_it_after_the_airline_is_the_airline(nlp):
    text = (
        "Every flight of Tovena Air, the country's national carrier, was cancelled on Monday "
        "after a fault in a booking system. The Transport Safety Board began an inquiry on "
        "Tuesday.\n\nNobody was hurt.\n\n"
        "The airline said 9,000 passengers had been affected. It said refunds would be paid "
        "within a week."
    )
    assert speakers(nlp, text)["It"] == "Tovena Air"
