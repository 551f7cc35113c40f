"""Decimal commas, rate units, coins named after the amount and verbs of going past a level
(constructed cases)."""

import pytest

from services.processors.figures import extract_figures
from services.processors.figures.tokens import tokenize


def readings(body: str) -> list[tuple]:
    return [(f.text, f.value, f.low, f.high, f.unit, f.category, f.qualifier) for f in extract_figures(body)]


@pytest.mark.parametrize(
    ("body", "text", "value", "category"),
    [
        ("The museum will get €4,5 million from the city.", "€4,5 million", 4.5e6, "money"),
        ("Unemployment stood at 6,8 Prozent in June.", "6,8 Prozent", 6.8, "percentage"),
        ("The central bank set its rate at 1,25% yesterday.", "1,25%", 1.25, "percentage"),
        ("A ticket now costs €3,40 at the gate.", "€3,40", 3.4, "money"),
        ("The bill came to 7,9 billion euros in total.", "7,9 billion euros", 7.9e9, "money"),
        ("Growth slowed to 0,7 per cent in spring.", "0,7 per cent", 0.7, "percentage"),
        ("A single fare is CHF 3,20 now.", "CHF 3,20", 3.2, "money"),
        ("The tariff is 2,75 dirhams.", "2,75 dirhams", 2.75, "money"),
        ("The rate held at 4,15 por ciento.", "4,15 por ciento", 4.15, "percentage"),
        ("Turnover reached 2.345,6 Mio. Euro last year.", "2.345,6 Mio. Euro", 2345.6e6, "money"),
    ],
)
def test_a_comma_before_one_or_two_digits_and_a_cue_is_decimal(body, text, value, category):
    figure = next(f for f in extract_figures(body) if f.text.startswith(text))
    assert figure.value == pytest.approx(value)
    if category:
        assert figure.category == category


@pytest.mark.parametrize(
    ("body", "values"),
    [
        ("The plant employs 4,300 people.", [4300]),
        ("Choose rows 4,5 and 6 of the table.", [4, 5, 6]),
        ("Scores were 7,8 and 9 out of ten.", None),
        ("Read chapters 4,5 per week.", [4, 5]),
        ("Teams 4,5 won the cup.", None),
        ("The ABC 4,5 and 6 models sold.", None),
    ],
)
def test_thousands_and_lists_keep_their_commas(body, values):
    got = [f.value for f in extract_figures(body)]
    if values is not None:
        assert got == values
    assert 7.8 not in got and 4.5 not in got


def test_a_decimal_comma_token_is_one_number():
    tokens = tokenize("rose 3,5 percent")
    assert [t.text for t in tokens] == ["rose", "3,5", "percent"]
    assert [t.text for t in tokenize("pages 3,5 and 9")] == ["pages", "3", ",", "5", "and", "9"]


@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [
        ("The cartel will pump 11.2 mb/d next quarter.", 11.2e6, "barrel per day"),
        ("The refinery handles 450 kb/d of crude.", 450e3, "barrel per day"),
        ("Shipments hit 3 million b/d in May.", 3e6, "barrel per day"),
        ("The field yields 1.7 mbpd now.", 1.7e6, "barrel per day"),
        ("The jet cruised at 900 km/h over the sea.", 900, "kilometre per hour"),
        ("Winds reached 40 m/s at the coast.", 40, "metre per second"),
    ],
)
def test_rate_units(body, value, unit):
    [figure] = extract_figures(body)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("body", "text", "unit"),
    [
        ("The shares slipped 3 sen on Monday.", "3 sen", "sen"),
        ("A loaf went up by 40 kopecks.", "40 kopecks", "kopeck"),
        ("The stock added 75 paise in early trade.", "75 paise", "paisa"),
        ("Each token costs 10 centavos.", "10 centavos", "centavo"),
        ("Bus fares rose 150 fils this month.", "150 fils", "fils"),
        ("Fuel rose by 12 halalas a litre.", "12 halalas", "halala"),
    ],
)
def test_coins_named_after_the_amount_are_money(body, text, unit):
    [figure] = extract_figures(body)
    assert (figure.text, figure.unit, figure.category) == (text, unit, "money")


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("Gold could top $3,000 an ounce.", "top $3,000", 3000),
        ("Attendance is set to top 60,000 fans.", "top 60,000", 60000),
        ("Copper tops $10,000 a tonne.", "tops $10,000", 10000),
        ("Demand outstripped 4 million units.", "outstripped 4 million", 4e6),
        ("Bitcoin surged past $70,000 overnight.", "past $70,000", 70000),
        ("Turnout climbed past 60 percent.", "past 60 percent", 60),
    ],
)
def test_verbs_of_going_past_a_level_are_lower_bounds(body, text, value):
    figure = extract_figures(body)[0]
    assert figure.text.startswith(text)
    assert (figure.value, figure.low, figure.qualifier) == (value, value, "lower-bound")


def test_past_without_a_verb_of_rising_is_no_bound():
    assert [f.qualifier for f in extract_figures("She walked past 4 banks.")] == ["exact"]


def test_the_top_of_a_ranking_is_no_bound():
    [figure] = extract_figures("The top 20 banks lent more.")
    assert figure.qualifier == "exact"


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("The book costs 12 dollars 95.", "12 dollars 95", 12.95),
        ("Rent is now 40 EUR 10.", "40 EUR 10", 40.1),
        ("It sold for eight dollars sixty", "eight dollars sixty", 8.6),
        ("A coffee is 3 dollars and 20 cents.", "3 dollars and 20 cents", 3.2),
    ],
)
def test_cents_written_after_the_whole_units(body, text, value):
    [figure] = extract_figures(body)
    assert (figure.text, figure.value, figure.category) == (text, pytest.approx(value), "money")


@pytest.mark.parametrize(
    "body",
    ["Seats cost between 30 dollars and 45.", "They paid 12 dollars 40 times.", "It rose 5 dollars 125 points."],
)
def test_a_bare_number_after_money_is_no_cents_unless_it_closes_the_clause(body):
    assert all(f.value is None or f.value == int(f.value) for f in extract_figures(body))


@pytest.mark.parametrize(
    ("body", "text", "currency"),
    [("The menu is 25 € a head.", "25 €", "EUR"), ("Parking costs 7 $ here.", "7 $", "USD")],
)
def test_a_currency_sign_one_space_after_the_digits(body, text, currency):
    [figure] = extract_figures(body)
    assert (figure.text, figure.currency, figure.category) == (text, currency, "money")


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("The firm lost 40 USD million last year.", "40 USD million", 40e6),
        ("Investors put in 12 EUR bn.", "12 EUR bn", 12e9),
    ],
)
def test_a_scale_word_after_a_currency_code_scales_the_amount(body, text, value):
    [figure] = extract_figures(body)
    assert (figure.text, figure.value) == (text, value)


def test_a_scale_word_after_a_currency_name_is_left_alone():
    assert [f.value for f in extract_figures("It was 20 dollars million times cheaper.")][0] == 20


@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [
        ("Russia shipped 40 bcm of gas.", 40e9, "cubic metre"),
        ("The basin holds 12 tcf in reserves.", 12e12, "cubic foot"),
        ("The well flows 150 mmcfd today.", 150e6, "cubic foot per day"),
        ("The plant refines 90,000 barrels a day.", 90000, "barrel per day"),
        ("The mill makes 3 million tonnes a year.", 3e6, "tonne per year"),
    ],
)
def test_gas_symbols_and_measures_per_period(body, value, unit):
    [figure] = extract_figures(body)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


def test_a_period_followed_by_ago_is_no_rate():
    assert [f.unit for f in extract_figures("She ran 5 km an hour ago.")] == ["kilometre"]


def test_a_capitalised_short_coin_name_is_an_abbreviation():
    assert all(f.category != "money" for f in extract_figures("The motion won 55 Sen. votes."))
    assert [f.unit for f in extract_figures("A stamp is 45¢ now.")] == ["cent"]
