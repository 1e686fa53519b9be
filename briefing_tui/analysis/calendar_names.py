"""The names of the months and the weekdays, in lower case, shared by every analysis that
reads dates ("said on Wednesday", "the vote on March 17")."""

from __future__ import annotations

#: The twelve months' full names, January first.
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
#: The seven weekdays, Monday first (``date.weekday()`` order).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
