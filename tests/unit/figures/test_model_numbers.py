"""A number an article writes once as a model designation labels the model wherever it recurs
there, and an aircraft-shaped number before a singular aircraft noun is a model; counts of the
same digits keep their count (README: numbers that name or label things). Made-up articles."""

import pytest

from services.processors.figures import extract_figures
from services.processors.figures.model_numbers import model_numbers
from services.processors.figures.tokens import tokenize


def texts(body: str) -> list[str]:
    return [figure.text for figure in extract_figures(body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Fokker's 505 was shown at the fair.", {"505"}),
        ("The 828 Skyliner flew. Airbus's 828 was late.", {"828"}),
        ("The 646-300 stretch flies further.", {"646"}),
        ("A 353 tanker landed.", {"353"}),
        ("Engineers praised the 929 Dreamliner.", {"929"}),
        ("Airlines ordered 353 aircraft.", set()),
        ("The 300-200 vote was close.", set()),
        ("Turnout rose from 250-200 seats.", set()),
        ("The 400 aircraft it ordered arrive soon.", set()),
        ("In 1995 the Boeing board met.", set()),
    ],
)
def test_the_numbers_an_article_writes_as_models(body, expected):
    assert model_numbers(tokenize(body)) == frozenset(expected)


@pytest.mark.parametrize(
    "body",
    [
        "Boeing 646 sales slowed. Engineers say the 646 is quieter than the old one.",
        "Airbus talked up the 828 Skyliner. Its new 828 is due next spring.",
        "The 646-300 is longer. A twin-aisle 646 plane costs more.",
        "Boeing will stop making its smallest airliner, the 515, next year.",
        "The air force dropped a 353 tanker contract.",
        "Fokker unveiled its new 494 aircraft in Seattle.",
    ],
)
def test_a_model_number_that_recurs_is_no_count(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Boeing 646 sales slowed and the firm cut 646 jobs.", ["646"]),
        ("Boeing 646 buyers ordered 646 aircraft last year.", ["646"]),
        ("Airlines ordered 300 aircraft. The 300 aircraft it ordered arrive soon.", ["300", "300"]),
        ("The carrier runs a fleet of 250 planes.", ["250"]),
        ("The firm sold 747 aircraft last year.", ["747"]),
        ("The FTSE 100 index rose. The 100 firms in it gained.", ["100"]),
        ("Of the 535 passengers on the jet, 12 were hurt.", ["535", "12"]),
    ],
)
def test_counts_of_the_same_digits_keep_their_count(body, expected):
    assert texts(body) == expected
