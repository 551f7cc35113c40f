"""The figure definition (README "What counts as a figure"), on constructed news sentences:
time expressions and the lone word "one" are no figures; amounts glued to a currency or a unit
are; "X to Y" is one range only when it bounds one quantity; vague magnitudes give their order
of magnitude as a lower bound and nothing more."""

import pytest

from services.processors.figures import extract_figures
from services.processors.figures.symbols import unit_symbol
from tests.unit.figures.single import only


def texts(body: str) -> list[str]:
    return [figure.text for figure in extract_figures(body)]


@pytest.mark.parametrize(
    "body",
    [
        "The mayor served 12 years in office.",
        "Dockers began a two-week strike.",
        "The ferry crossing takes 90 minutes.",
        "Repairs will run for three to four months.",
        "The lease ran between 5 and 10 years.",
        "A 61-year-old cyclist was hurt.",
        "A six-month-old calf wandered off.",
        "Walkers aged 18 to 30 may apply.",
        "Youths aged 16 and 17 were held.",
        "Pupils aged 12, 14 and 15 took part.",
        "Members aged over 70 ride free.",
        "She bought the farm at the age of 40.",
        "Rita Moreno, 52, of Cork, was fined.",
        "The defendant, Tom Hale (34), denied it.",
        "Police said the driver, 52, was unhurt.",
        "The TV presenter, 48, was spotted in Leeds.",
        "Her husband, 35, stayed at home.",
        "A male juvenile, 16, was arrested.",
        "Mr Havel, 60 and a heavy smoker, is ill.",
        "He is 52 and lives in Leeds.",
        "She was 71 when she retired.",
        "Fans learned Noel Fielding is 47 after the show.",
        "Smith, who turned 60 last week, stays on.",
        "Justice Blackmun, who will turn 81 next month, spoke.",
        "The judge is set to turn 70 in May.",
        "The board named Thomas W. Field Jr., 55, as chairman.",
        "Traders feared another October '87.",
        "The class of '92 met again in '08.",
        "The index declined for three consecutive months.",
        "Sales rose for five straight years.",
        "It would use that two-and-a-half year period.",
        "The boy, now 12, was found safe.",
        "She died at 87 in her home.",
        "At 81, he is the oldest president.",
        "Children under 16 may not enter.",
        "People over 65 are most at risk.",
        "Voters under 25 and over 70 turned out in force.",
        "Children under five are most at risk.",
        "The council met over two decades ago.",
        "The mayor wants two more years in office.",
        "The bridge has a shelf life of 10+ years.",
        "It is a 5+ year transition.",
    ],
)
def test_time_expressions_are_not_figures(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    ("body", "text"),
    [("'10 people died,' he said.", "10"), ("'20 percent of us are poor,' she said.", "20 percent")],
)
def test_a_count_quoted_after_an_apostrophe_is_no_year(body, text):
    assert texts(body) == [text]


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("The index closed at 87.", "87"),
        ("At 50, the rate is high.", "50"),
        ("Teams over 10 points clear win.", "over 10"),
    ],
)
def test_numbers_after_at_or_over_said_of_no_person_count(body, text):
    assert texts(body) == [text]


def test_a_time_expression_is_passed_over_whole_and_the_figures_beside_it_stay():
    assert texts("Over 12 years the charity fed 40,000 families.") == ["40,000"]
    assert texts("The 24-hour strike cost $3m.") == ["$3m"]


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The total is 52 and rising.", 52),
        ("It was 34 at noon.", 34),
        ("He is 500 metres away.", 500),
        ("Real Madrid is 3 points clear.", 3),
    ],
)
def test_a_number_said_of_no_person_is_still_a_figure(body, value):
    assert only(body).value == value


def test_a_bare_number_after_a_comma_is_no_age_when_a_noun_follows():
    figure = only("In Tarbes, 45 ponies were sold.")
    assert (figure.value, figure.unit) == (45, "pony")


def test_a_number_set_off_after_plural_people_or_before_another_number_is_no_age():
    assert only("Of the victims, 12, were children.").value == 12
    assert texts("In Ohio, 45 and a further 20 died.") == ["45", "a further 20"]
    assert texts("It sold the bulk of its stock, 40, to Oslo.") == ["40"]


@pytest.mark.parametrize(
    "body",
    [
        "One lorry overturned.",
        "Only one of the wells was dry.",
        "One day later it sank.",
        "The river fell to minus one.",
        "She paid one dollar.",
        "Exports fell one percent.",
        "At least one person was killed.",
        "They live under one roof.",
    ],
)
def test_the_lone_word_one_is_never_a_figure(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    ("body", "value", "low", "high"),
    [
        ("One million bees died.", 1e6, None, None),
        ("One hundred and one rams were sold.", 101, None, None),
        ("One or two barges sank.", None, 1, 2),
        ("Between one and five ferries ran.", None, 1, 5),
        ("One-third of the orchards flooded.", pytest.approx(1 / 3), None, None),
    ],
)
def test_one_inside_a_number_or_bounding_a_range_counts(body, value, low, high):
    figure = only(body)
    assert (figure.value, figure.low, figure.high) == (value, low, high)


@pytest.mark.parametrize(
    ("body", "value", "currency"),
    [
        ("The bid values the miner at $US4500000.", 4_500_000, "USD"),
        ("Rents rose to $A950 a week.", 950, "AUD"),
        ("Shares closed at RM7.45.", 7.45, "MYR"),
        ("The fare is Ksh150.", 150, "KES"),
        ("Tickets cost R$40.", 40, "BRL"),
        ("A loaf costs 89p.", 89, "GBP"),
        ("The lender raised NT$2bn.", 2e9, "TWD"),
    ],
)
def test_amounts_glued_to_a_currency(body, value, currency):
    figure = only(body)
    assert (figure.value, figure.currency, figure.category) == (value, currency, "money")


@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [
        ("Homes get 75Mbps broadband.", 75, "megabit per second"),
        ("The saloon has a 510bhp engine.", 510, "brake horsepower"),
        ("A 132kV cable was laid.", 132, "kilovolt"),
        ("The store holds 20MWh of power.", 20, "megawatt hour"),
        ("The phone has a 48MP camera.", 48, "megapixel"),
        ("The diesel makes 190PS.", 190, "metric horsepower"),
        ("The chip runs at 3GHz.", 3, "gigahertz"),
    ],
)
def test_amounts_glued_to_a_unit(body, value, unit):
    figure = only(body)
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize("body", ["The film streams in 1080p.", "The vote is at 3p.m."])
def test_glued_letters_that_are_no_unit(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kV", ("kilovolt", "other")),
        ("mAh", ("milliampere hour", "other")),
        ("MW", ("megawatt", "other")),
        ("Mt", ("megatonne", "other")),
        ("MA", None),
        ("kX", None),
        ("V", None),
        ("kWhh", None),
    ],
)
def test_unit_symbols_are_read_by_rule(text, expected):
    assert unit_symbol(text) == expected


@pytest.mark.parametrize(
    ("body", "low", "high"),
    [
        ("The plant will cut 1,200 to 1,500 jobs.", 1200, 1500),
        ("Premiums rose by 4 to 6 percent.", 4, 6),
        ("Four or five boats capsized.", 4, 5),
        ("8 or 9 lorries were stuck.", 8, 9),
        ("Between 300 and 400 pilgrims camped.", 300, 400),
        ("Fees ranged from $5 to $9.", 5, 9),
    ],
)
def test_x_to_y_bounding_one_quantity_is_one_range(body, low, high):
    figure = only(body)
    assert (figure.value, figure.low, figure.high) == (None, low, high)


@pytest.mark.parametrize(
    ("body", "values"),
    [
        ("Inflation rose 0.4% to 3.1%.", [0.4, 3.1]),
        ("Inflation edged up 0.1% to 2.1%.", [0.1, 2.1]),
        ("The toll rose 40 to 1,250.", [40, 1250]),
        ("Fares rose from $4 to $5.", [4, 5]),
        ("The increase from 5% to 7% hurt savers.", [5, 7]),
        ("Rents doubled from 400 to 800 euros.", [400, 800]),
        ("Nurses gave 20 ml to 30 mg of the drug.", [20, 30]),
        ("Pick 2 or 200 seeds.", [200]),
        ("Layoffs took the total over the last three weeks to 16.8 million.", [16.8e6]),
        ("Sales in two years to $3bn doubled.", [3e9]),
    ],
)
def test_two_quantities_are_not_joined_into_a_range(body, values):
    assert [figure.value for figure in extract_figures(body)] == values


@pytest.mark.parametrize(
    ("body", "low"),
    [
        ("Thousands of fans queued.", 1e3),
        ("Tens of thousands of fans queued.", 1e4),
        ("Hundreds of thousands of fans queued.", 1e5),
        ("Millions of viewers tuned in.", 1e6),
        ("Dozens of fans queued.", 12),
        ("A few thousand fans queued.", 1e3),
        ("Several hundred fans queued.", 100),
    ],
)
def test_vague_magnitudes_are_a_lower_bound_and_no_more(body, low):
    figure = only(body)
    assert (figure.qualifier, figure.value, figure.low, figure.high) == ("vague", None, low, None)


@pytest.mark.parametrize(
    "body",
    [
        "She is the world No 1 in singles.",
        "A statement from No 10 Downing Street followed.",
        "Questions start at 12 noon.",
        "The 12 midnight deadline passed.",
    ],
)
def test_a_numero_label_and_a_clock_time_at_noon_or_midnight_are_no_figures(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    "body", ["Updated 21:22, 6 OCT 2020", "Posted OCT. 6 by the desk.", "The vote is on DECEMBER 12."]
)
def test_dates_with_months_in_capitals_are_no_figures(body):
    assert texts(body) == []


def test_a_rate_after_an_abbreviation_spelled_like_a_month_counts():
    figure = only("Regular APR 15.99%-22.99% applies.")
    assert (figure.low, figure.high) == (15.99, 22.99)


@pytest.mark.parametrize(
    ("body", "qualifier", "low", "high"),
    [
        ("The storm cut power to nearly 900 homes.", "approximate", None, None),
        ("Almost 900 homes lost power.", "approximate", None, None),
        ("The dam holds close to 900 tonnes of silt.", "approximate", None, None),
        ("Just over 900 homes lost power.", "lower-bound", 900, None),
        ("The fund lent below 900 dlrs a head.", "upper-bound", None, 900),
        ("The rebate is worth less than 900 euros.", "upper-bound", None, 900),
        ("Under 900 voters turned out.", "upper-bound", None, 900),
    ],
)
def test_hedges_set_the_qualifier(body, qualifier, low, high):
    figure = only(body)
    assert (figure.qualifier, figure.value, figure.low, figure.high) == (qualifier, 900, low, high)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Shr 1.20 dlrs vs 1.05 dlrs", [("1.20 dlrs", 1.2, "USD"), ("1.05 dlrs", 1.05, "USD")]),
        ("Revs 291.8 mln vs 151.1 mln", [("291.8 mln", 291_800_000, None), ("151.1 mln", 151_100_000, None)]),
        ("The board declared a dividend of 12 cts a share.", [("12 cts", 12, None)]),
        ("Output fell 0.3 pct in January.", [("0.3 pct", 0.3, None)]),
    ],
)
def test_newswire_shorthand_reads_as_written_out(body, expected):
    assert [(f.text, f.value, f.currency) for f in extract_figures(body)] == expected
