"""Standings and scorecard rows are scores, no figures; rows of whole-number prices are figures.
Made-up rows; the arithmetic of a row tells the two kinds apart (see table_rows)."""

import pytest

from services.processors.figures import extract_figures
from services.processors.figures.table_rows import price_cell, standings_cell
from services.processors.figures.tokens import tokenize


def values(body: str) -> list[float | None]:
    return [figure.value for figure in extract_figures(body)]


@pytest.mark.parametrize(
    "body",
    [
        "Hibernian 12 7 3 2 21 11 24",  # played = won + drawn + lost
        "Leicester 9 6 3 180 140 12",  # played = won + lost
        "MILWAUKEE 61 41 .598 -",  # win share: 61 / 102
        "TORONTO 48 54 .471 13",
        "Miami 9 6 1 .594 301 254",  # ties count half: 9.5 / 16
        "St Louis 38 29 11 87 240 211",  # hockey points: 2 x 38 + 11
        "Anna Berg 71 70 72 - 213",  # rounds and their total
    ],
)
def test_standings_and_scorecard_rows_give_no_figure(body):
    assert values(body) == []


def test_every_cell_of_a_standings_row_is_a_standings_cell():
    tokens = tokenize("PHOENIX 30 20 .600 4")
    assert [standings_cell(tokens, k, 0) for k in range(1, 5)] == [True] * 4


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Barley 187 192 185 190", [187, 192, 185, 190]),
        ("Rapeseed 42 38 45", [42, 38, 45]),
        ("Hogs 64 66 65 65", [64, 66, 65, 65]),
    ],
)
def test_a_row_of_whole_number_prices_gives_every_price(body, expected):
    assert values(body) == expected


def test_a_price_row_before_a_dashed_signature_line_keeps_its_prices():
    assert values("Oilseed 419 416 420 416\n-- Lima Newsroom +51 1 221 0000") == [419, 416, 420, 416]


@pytest.mark.parametrize(
    "body",
    [
        "Call 555 512 534 for tickets.",  # a phone cue before the groups
        "Tel 020 7946 0958",
        "Contact 212 555 1234",  # groups far apart in size: a phone number
        "Exhibitions in 1998 2001 2004",  # years in order
    ],
)
def test_phone_numbers_and_years_are_no_price_row(body):
    tokens = tokenize(body)
    assert not any(price_cell(tokens, k, 0) for k in range(len(tokens)))


def test_prices_far_apart_or_with_a_dash_are_no_price_row():
    tokens = tokenize("Widgets 10 90 40")
    assert not any(price_cell(tokens, k, 0) for k in range(len(tokens)))
    tokens = tokenize("Lee Park 69 70 71 - 210")
    assert not any(price_cell(tokens, k, 0) for k in range(len(tokens)))


def test_a_glued_number_is_no_cell():
    tokens = tokenize("Wing B-52 40 42 .488")
    assert not standings_cell(tokens, 3, 0)  # "52" is glued to its dash


def test_a_count_in_a_sentence_is_no_row():
    assert values("Police said 300 protesters and 40 officers were hurt.") == [300, 40]


@pytest.mark.parametrize("body", ["Vehicles 90 50 40 12", "Orders 500 300 150 50 20"])
def test_a_total_and_its_parts_is_no_standings_row(body):
    tokens = tokenize(body)  # no games after the parts, or more games than a season has
    assert not any(standings_cell(tokens, k, 0) for k in range(len(tokens)))


def test_a_row_needs_a_capitalised_label():
    tokens = tokenize("trains leave at 10 11 12")
    assert not any(price_cell(tokens, k, 0) or standings_cell(tokens, k, 0) for k in range(len(tokens)))
