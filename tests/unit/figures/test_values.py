"""Values, bounds and hedges of figures in news-style sentences (constructed cases): number words
with hyphened scales, fractions glued to their unit, "m" read alike at both ends of a range, and
the hedges of bounds."""

import pytest

from services.processors.figures import extract_figures
from tests.unit.figures.single import only


def readings(body: str) -> list[tuple]:
    return [(f.text, f.value, f.low, f.high, f.qualifier) for f in extract_figures(body)]


def test_a_vulgar_fraction_against_its_unit_is_part_of_the_number():
    figure = only("The shares closed at 61¾p on Friday.")
    assert (figure.text, figure.value, figure.currency) == ("61¾p", 61.75, "GBP")


def test_a_unit_power_stays_part_of_the_unit():
    figure = only("The reserve covers 12km² of forest.")
    assert (figure.value, figure.unit) == (12, "square kilometre")


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Police found a half-dozen rifles.", "a half-dozen"),
        ("A half dozen boats sank.", "A half dozen"),
        ("The last half-dozen bidders left.", "half-dozen"),
    ],
)
def test_half_a_dozen_written_as_one_word_is_six(body, text):
    figure = only(body)
    assert (figure.text, figure.value) == (text, 6)


@pytest.mark.parametrize(
    ("body", "text", "value", "currency"),
    [
        ("She won a one-million-dollar prize.", "one-million-dollar", 1e6, "USD"),
        ("It is a three-billion-euro plan.", "three-billion-euro", 3e9, "EUR"),
        ("A two-million-strong crowd gathered.", "two-million", 2e6, None),
    ],
)
def test_a_scale_word_hyphened_to_a_number_word_scales_it(body, text, value, currency):
    figure = only(body)
    assert (figure.text, figure.value, figure.currency) == (text, value, currency)


@pytest.mark.parametrize(
    ("body", "low", "high", "unit"),
    [
        ("Between 1.5m-2m people were affected.", 1.5e6, 2e6, "people"),
        ("They raised 3m to 4m euros.", 3e6, 4e6, None),
        ("A 5m-10m wall was built.", 5, 10, "metre"),
    ],
)
def test_m_after_digits_is_read_alike_at_both_ends_of_a_range(body, low, high, unit):
    figure = only(body)
    assert (figure.low, figure.high, figure.unit) == (low, high, unit)


@pytest.mark.parametrize(
    ("body", "qualifier", "low", "high"),
    [
        ("The deal is worth north of $1bn.", "lower-bound", 1e9, None),
        ("Bids came in south of $2bn.", "upper-bound", None, 2e9),
        ("Upwards of 2,000 fans attended.", "lower-bound", 2000, None),
        ("Tickets cost as little as $5.", "lower-bound", 5, None),
        ("Mortgage rates as low as 3% were offered.", "lower-bound", 3, None),
        ("The index closed just shy of 10,000.", "upper-bound", None, 10000),
        ("Turnout fell just short of 40%.", "upper-bound", None, 40),
    ],
)
def test_hedges_of_bounds(body, qualifier, low, high):
    figure = only(body)
    assert (figure.qualifier, figure.low, figure.high) == (qualifier, low, high)


def test_british_hedges_of_approximation():
    assert [r[4] for r in readings("Nigh on 500 homes and getting on for 300 jobs were lost.")] == [
        "approximate",
        "approximate",
    ]


@pytest.mark.parametrize(
    ("body", "value", "currency"),
    [
        ("The fare is 2,500 ₡ one way.", 2500, "CRC"),
        ("A coffee costs 4₾ in Tbilisi.", 4, "GEL"),
        ("Wages rose to ₸250,000 a month.", 250000, "KZT"),
        ("Rice sold for ৳60 a kilo.", 60, "BDT"),
    ],
)
def test_currency_signs_written_before_or_after_the_amount(body, value, currency):
    figure = only(body)
    assert (figure.value, figure.currency) == (value, currency)


def test_the_cent_sign_is_cents():
    figure = only("A stamp now costs 68¢.")
    assert (figure.text, figure.value, figure.unit) == ("68¢", 68, "cent")


@pytest.mark.parametrize(
    ("body", "text", "value", "currency"),
    [
        ("Net sales rose to MSEK 1,234 in the quarter.", "MSEK 1,234", 1.234e9, "SEK"),
        ("EBIT was 45 MEUR.", "45 MEUR", 45e6, "EUR"),
        ("Costs were TEUR 5,300.", "TEUR 5,300", 5.3e6, "EUR"),
        ("Grants totalled twenty MUSD.", "twenty MUSD", 20e6, "USD"),
    ],
)
def test_a_scale_letter_glued_to_a_currency_code_scales_the_amount(body, text, value, currency):
    figure = only(body)
    assert (figure.text, figure.value, figure.currency) == (text, value, currency)


@pytest.mark.parametrize(
    ("body", "low", "high"),
    [
        ("The outlook is MSEK 120-150 for the year.", 120e6, 150e6),
        ("Sales of 120-150 MEUR are expected.", 120e6, 150e6),
        ("It costs between MSEK 5 and MSEK 7.", 5e6, 7e6),
        ("Bids ran from USD 5 million to USD 7 million.", 5e6, 7e6),
    ],
)
def test_ranges_of_amounts_with_a_currency_code(body, low, high):
    figure = only(body)
    assert (figure.low, figure.high, figure.value) == (low, high, None)


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("The unit posted a loss of -$5m.", "-$5m", -5e6),
        ("Cash flow was −£3bn.", "−£3bn", -3e9),
        ("Operating result (-$1.2m) missed forecasts.", "-$1.2m", -1.2e6),
    ],
)
def test_a_minus_sign_before_the_currency_negates_the_amount(body, text, value):
    figure = only(body)
    assert (figure.text, figure.value) == (text, value)


def test_a_dash_between_two_amounts_is_no_minus():
    figure = only("The hole is $2m-$3m.")
    assert (figure.low, figure.high) == (2e6, 3e6)


@pytest.mark.parametrize(
    ("body", "unit", "currency"),
    [
        ("She wanted to drop 25 pounds before the race.", "pound", None),
        ("A metric ton is equal to 2,204.62 pounds.", "pound", None),
        ("Its profit dropped to 361 million pounds.", None, "GBP"),
        ("The fine was 500 pounds.", None, "GBP"),
    ],
)
def test_pounds_are_a_weight_after_a_word_of_weight_or_another_unit_of_mass(body, unit, currency):
    figure = only(body)
    assert (figure.unit, figure.currency) == (unit, currency)


@pytest.mark.parametrize(
    ("body", "text", "value", "unit"),
    [
        ("Support stood at 45% ± 3 in the poll.", "45% ± 3", 45, "percent"),
        ("The rod weighs 2.0+/-0.1 kg.", "2.0+/-0.1 kg", 2.0, "kilogram"),
        ("The gap is 5 plus or minus 2 metres.", "5 plus or minus 2 metres", 5, "metre"),
    ],
)
def test_a_margin_after_a_figure_is_part_of_it(body, text, value, unit):
    figure = only(body)
    assert (figure.text, figure.value, figure.unit, figure.qualifier) == (text, value, unit, "approximate")


def test_a_margin_alone_is_a_figure():
    figure = only("The poll has a margin of error of ±3 percentage points.")
    assert (figure.value, figure.unit) == (3, "percentage point")


@pytest.mark.parametrize(
    "body", ["Fewer than 20 remain in the camp.", "About 300 work at the plant.", "Some 40 live in tents."]
)
def test_a_verb_after_a_count_is_not_what_it_counts(body):
    assert only(body).unit is None


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        ("Some 500 police were deployed.", "police"),
        ("The storm killed 200 cattle in the valley.", "cattle"),
        ("The army trained the new recruits, about 200 of whom later deserted.", "recruit"),
        ("A 1,200-strong force moved in.", "force"),
        ("A 3,000-strong crowd gathered.", "crowd"),
    ],
)
def test_nouns_counted_in_the_singular_and_strong_compounds(body, unit):
    assert only(body).unit == unit


@pytest.mark.parametrize(
    "body",
    ["A fall of 0.5 percentage points to 3.25 percent.", "Rates rose 2 percentage points to 5%."],
)
def test_a_change_in_points_then_a_rate_are_two_figures(body):
    assert [f.unit for f in extract_figures(body)] == ["percentage point", "percent"]


def test_a_noun_of_change_governs_its_number_as_a_verb_does():
    assert [f.value for f in extract_figures("A rise of 0.3% to 2.1% was reported.")] == [0.3, 2.1]
    figure = only("An increase of 5 to 10 percent is expected.")
    assert (figure.low, figure.high) == (5, 10)


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("A quarter-million residents fled.", "A quarter-million", 250e3),
        ("Officials counted a half-million votes.", "a half-million", 500e3),
        ("Two-and-a-half million viewers watched.", "Two-and-a-half million", 2.5e6),
    ],
)
def test_fractions_of_scale_words(body, text, value):
    figure = only(body)
    assert (figure.text, figure.value) == (text, value)


def test_one_in_every_n_is_a_ratio():
    figure = only("Roughly 1 in every 100 people is affected.")
    assert (figure.value, figure.unit, figure.qualifier) == (0.01, "people", "approximate")


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        ("Samples held 37.8 microgrammes per gramme of lead.", "microgram per gram"),
        ("Add 5 millilitres of water.", "millilitre"),
        ("The crack grew by 1 centimetre.", "centimetre"),
        ("Take 20 mcg of vitamin D.", "microgram"),
        ("Trucks must keep to 60kmph.", "kilometre per hour"),
    ],
)
def test_singular_and_british_spellings_of_metric_units(body, unit):
    assert only(body).unit == unit


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The bank raised rates by a quarter of a percentage point.", 0.25),
        ("Yields rose 0.25 of a percentage point.", 0.25),
    ],
)
def test_a_fraction_of_a_percentage_point_is_a_rate_change(body, value):
    figure = only(body)
    assert (figure.value, figure.unit, figure.category) == (value, "percentage point", "percentage")


@pytest.mark.parametrize(
    ("body", "low"),
    [("A couple of hundred people gathered.", 100), ("A couple dozen boats sank.", 12)],
)
def test_a_couple_of_a_scale_is_a_vague_magnitude(body, low):
    figure = only(body)
    assert (figure.value, figure.low, figure.high, figure.qualifier) == (None, low, None, "vague")


@pytest.mark.parametrize(
    ("body", "qualifier"),
    [
        ("The crowd was estimated at 300,000.", "approximate"),
        ("A fee in the neighbourhood of $5m was agreed.", "approximate"),
        ("The club has 40 or thereabouts.", "approximate"),
        ("The toll stands at 300 and counting.", "lower-bound"),
        ("Inflation of 5% and rising energy costs hurt.", "exact"),
        ("They talked about 3 issues.", "exact"),
        ("Fears about 2,000 jobs grew.", "exact"),
        ("She said about 300 came.", "approximate"),
    ],
)
def test_more_hedges_and_about_as_a_preposition(body, qualifier):
    assert extract_figures(body)[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("body", "low", "high"),
    [
        ("Some 30-40,000 people marched.", 30e3, 40e3),
        ("Between 5 and 10,000 troops were sent.", 5e3, 10e3),
        ("Ten to fifteen thousand people fled.", 10e3, 15e3),
        ("Two to three hundred boats sank.", 200, 300),
        ("From 2 to 2,500 people may be affected.", 2, 2500),
    ],
)
def test_the_low_end_of_a_range_takes_the_scale_written_once(body, low, high):
    figure = only(body)
    assert (figure.low, figure.high) == (low, high)


def test_a_move_then_a_level_keeps_its_numbers_apart():
    assert [f.value for f in extract_figures("The index fell 20 to 25,000.")] == [20, 25000]


@pytest.mark.parametrize(
    ("body", "unit", "currency"),
    [
        ("Hunters caught a 198-pound python.", "pound", None),
        ("She bought a 10-pound turkey.", "pound", None),
        ("He found a ten-pound note.", None, "GBP"),
        ("It was a five-million-pound deal.", None, "GBP"),
    ],
)
def test_a_pound_compound_before_a_noun_is_a_weight_unless_it_names_money(body, unit, currency):
    figure = only(body)
    assert (figure.unit, figure.currency) == (unit, currency)


def test_a_fraction_word_hyphened_to_a_noun_is_a_compound():
    assert extract_figures("It came from a third-party seller in the quarter-final.") == ()


@pytest.mark.parametrize(
    ("body", "text", "value", "unit"),
    [
        ("Add 500 g of flour.", "500 g", 500, "gram"),
        ("He won the 100 m sprint.", "100 m", 100, "metre"),
        ("The city has 40 m people.", "40 m", 40e6, "people"),
    ],
)
def test_grams_and_metres_written_apart_from_the_digits(body, text, value, unit):
    figure = only(body)
    assert (figure.text, figure.value, figure.unit) == (text, value, unit)


def test_a_letter_glued_to_more_digits_is_a_code_not_a_unit():
    assert [f.unit for f in extract_figures("Ref 24703 m212 was filed.")] in ([], [None])


def test_a_borrowed_plural_is_what_is_counted():
    assert only("Officials listed 12 criteria.").unit == "criteria"


@pytest.mark.parametrize(
    ("body", "text", "currency"),
    [("It sells for only 10$ online.", "only 10$", "USD"), ("Cakes cost 5£ each.", "5£", "GBP")],
)
def test_a_currency_sign_glued_after_the_digits(body, text, currency):
    figure = only(body)
    assert (figure.text, figure.currency) == (text, currency)


def test_a_sign_glued_to_the_next_digits_stays_theirs():
    assert [(f.value, f.currency) for f in extract_figures("He had 10 $20 bills.")] == [(10, None), (20, "USD")]


@pytest.mark.parametrize(
    ("body", "text", "unit"),
    [
        ("It took a 50-per-cent stake.", "50-per-cent", "percent"),
        ("They saw a 3-percent rise.", "3-percent", "percent"),
        ("She holds a 3-percentage-point lead.", "3-percentage-point", "percentage point"),
    ],
)
def test_a_percent_hyphened_to_its_number(body, text, unit):
    figure = only(body)
    assert (figure.text, figure.unit, figure.category) == (text, unit, "percentage")


@pytest.mark.parametrize(
    ("body", "value"), [("Temperatures reached 5 below zero.", -5), ("It was 10 degrees below zero.", -10)]
)
def test_below_zero_is_a_negative_temperature(body, value):
    assert only(body).value == value


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("The fire came within a third of a mile.", "a third of a mile", 1 / 3),
        ("They walked half a mile.", "half a mile", 0.5),
        ("Snow fell, three-quarters of a mile deep.", "three-quarters of a mile", 0.75),
    ],
)
def test_a_fraction_of_one_unit(body, text, value):
    figure = only(body)
    assert (figure.text, figure.value, figure.unit) == (text, value, "mile")


def test_half_an_hour_stays_a_duration():
    assert extract_figures("The talks took half an hour.") == ()


@pytest.mark.parametrize(
    ("body", "text"), [("He bought a 65\" TV.", '65"'), ("The pen is 10 \" long.", '10 "'), ("A 12″ pizza.", "12″")]
)
def test_the_inch_mark(body, text):
    figure = only(body)
    assert (figure.text, figure.unit) == (text, "inch")


def test_a_closing_quote_after_a_number_is_no_inch():
    assert [f.unit for f in extract_figures('She said "I bought 10" and left.')] == [None]


@pytest.mark.parametrize(
    ("body", "text", "qualifier"),
    [
        ("There were 300 at least.", "300 at least", "lower-bound"),
        ("The hall holds 500 at most.", "500 at most", "upper-bound"),
        ("It takes 20 tops.", "20 tops", "upper-bound"),
        ("Sales fell short of 5,000 units.", "fell short of 5,000", "upper-bound"),
        ("At a minimum 500 people died.", "At a minimum 500", "lower-bound"),
    ],
)
def test_bounds_written_after_the_number_or_as_a_phrase_before_it(body, text, qualifier):
    figure = only(body)
    assert (figure.text, figure.qualifier) == (text, qualifier)


def test_two_bounds_joined_by_a_comma_are_one_range():
    figure = only("Turnout was above 40%, below 50%.")
    assert (figure.low, figure.high, figure.value) == (40, 50, None)


def test_bounds_of_two_quantities_stay_apart():
    assert [f.qualifier for f in extract_figures("More than 100 were killed, fewer than 20 injured.")] == [
        "lower-bound",
        "upper-bound",
    ]


def test_a_unit_and_a_half():
    figure = only("The village lies a mile and a half away.")
    assert (figure.text, figure.value, figure.unit) == ("a mile and a half", 1.5, "mile")


@pytest.mark.parametrize("body", ["It took a year and a half.", "He waited an hour and a half."])
def test_a_period_and_a_half_is_a_duration(body):
    assert extract_figures(body) == ()


@pytest.mark.parametrize("body", ["The agent 007 returned.", "A score of 00 was shown."])
def test_digits_with_a_leading_zero_are_labels(body):
    assert extract_figures(body) == ()


@pytest.mark.parametrize(
    ("body", "low", "high"),
    [
        ("It will cost $5-10m.", 5e6, 10e6),
        ("It will cost $5m-10m.", 5e6, 10e6),
        ("It will cost between £1m and 2m.", 1e6, 2e6),
    ],
)
def test_m_at_the_high_end_of_a_range_of_money_is_million(body, low, high):
    figure = only(body)
    assert (figure.low, figure.high, figure.unit) == (low, high, None)


def test_a_unit_hyphened_in_the_singular_is_a_measure():
    figure = only("They built a 500-megawatt plant.")
    assert (figure.text, figure.unit) == ("500-megawatt", "megawatt")


@pytest.mark.parametrize(
    ("body", "currency"),
    [
        ("It was fined 300,000 Danish kroner.", "DKK"),
        ("It cost 2m Norwegian kroner.", "NOK"),
        ("He spent 100 quid.", "GBP"),
    ],
)
def test_currency_names_of_their_own_countries(body, currency):
    assert only(body).currency == currency


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        ("The plan idles 3,000 Canadian assembly workers.", "Canadian assembly worker"),
        ("It affects three U.S. car plants.", "car plant"),
        ("The airport handles 300 daily flights.", "daily flight"),
    ],
)
def test_counted_nouns_past_initialisms_and_nouns_ending_in_ly(body, unit):
    assert only(body).unit == unit


def test_a_comparative_after_a_share_is_no_unit():
    figure = only("Rents are about one-quarter lower than asked.")
    assert (figure.value, figure.unit) == (0.25, None)


@pytest.mark.parametrize(("body", "text"), [("It costs Rs.1,500.", "Rs.1,500"), ("It costs Rs. 2,000.", "Rs. 2,000")])
def test_a_currency_abbreviated_with_a_point(body, text):
    figure = only(body)
    assert (figure.text, figure.currency) == (text, "INR")


def test_minimum_before_a_noun_is_an_adjective_not_a_bound():
    assert only("Coinbase has a $2 minimum order amount.").qualifier == "exact"


def test_a_periodic_adverb_after_the_count_is_no_unit():
    assert only("Doctors did more than 1.4 billion performed yearly.").unit is None


@pytest.mark.parametrize(
    ("body", "unit"),
    [("It consumed about 2.8 gigawatt-hours.", "gigawatt hour"), ("It used 5 kilowatt-hours.", "kilowatt hour")],
)
def test_energy_in_unit_hours(body, unit):
    assert only(body).unit == unit


def test_a_periodic_adjective_inside_the_counted_noun():
    assert only("It reaches over 200,000 regular monthly readers.").unit == "regular monthly reader"
