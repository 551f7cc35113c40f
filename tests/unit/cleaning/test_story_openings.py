"""A story's opening paragraphs, cut off from the rest of the story in page text by a box of
other stories' cards (a related heading, then headlines with their writers and dates, which read
as a story header), are kept when they are about the same thing as the rest; a sidebar's prose
above the story about something else is still left out. Every page here is constructed for the test."""

from services.processors.cleaning import clean

MENU = ["Home", "News", "Sport", "Culture", "Opinion"]
FOOTER = ["Imprint", "Privacy", "Contact", "Terms of use", "Careers"]
OPENING = [
    "The harbour town opened its new ferry terminal on Saturday after three years of building work. "
    "Several thousand residents came to watch the first ferry leave the pier in the morning.",
    "The terminal cost the harbour authority some forty million pounds, more than twice the first "
    "estimate. The authority blamed rising prices for steel and concrete during the building work.",
]
CARDS = [
    "Recommended",
    "Island bus timetable changes from Monday",
    "Mark Stone",
    "Jul 17, 2014",
    "Lighthouse keepers remember the great storm",
    "Anna Field",
    "Mar 9, 2018",
]
REST = [
    "Ferry operators say the new terminal will let them run larger ships to the islands in the summer "
    "season. Crossings to the northern islands are due to rise from four a day to six.",
    "Residents of the harbour district had complained for years about the noise of the building work. "
    "The harbour authority promised a fund for new windows in the streets nearest to the terminal.",
    "The old ferry terminal will be pulled down next spring to make room for a park along the harbour. "
    "Plans for the park will be shown to residents at a meeting in the town hall next month.",
    "The harbour authority expects the terminal to handle about a million passengers a year by the end "
    "of the decade, twice as many as the old terminal building handled at its busiest.",
]
HEADER = ["Harbour town opens its new ferry terminal after three years of work", "Jane Doe", "1:39 PM"]


def _body(opening: list[str]) -> str:
    return clean("\n\n".join(MENU + HEADER + opening + CARDS + REST + FOOTER), "text").body


def test_opening_above_a_box_of_cards_is_kept() -> None:
    body = _body(OPENING)
    assert OPENING[0] in body and OPENING[1] in body and REST[-1] in body
    assert "Island bus timetable changes from Monday" not in body


def test_prose_above_about_something_else_is_left_out() -> None:
    other = [
        "Wolves have returned to the mountain forests for the first time in a century, scientists said "
        "after cameras filmed a family of seven animals crossing a valley at night in the spring.",
        "Farmers in the valleys fear for their sheep and have asked the government for fences, dogs and "
        "compensation, while walkers hope to catch sight of the animals later this summer.",
    ]
    body = _body(other)
    assert REST[-1] in body and other[0] not in body
