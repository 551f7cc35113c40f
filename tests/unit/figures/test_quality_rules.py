"""The quality-pass rules, on made-up news sentences: counts in 1000-2100 that are not years,
two-sided bounds, negative range ends, temperatures against their digits, space-grouped
thousands, spoken decimals, dollars-and-cents, feet-and-inches, and the non-figures next to them."""

import pytest

from services.processors.figures import extract_figures
from services.processors.figures.tokens import tokenize
from tests.unit.figures.single import only


def texts(body: str) -> list[str]:
    return [figure.text for figure in extract_figures(body)]


@pytest.mark.parametrize(
    ("body", "text", "value", "qualifier"),
    [
        ("Officials said more than 1500 villagers fled the fires.", "more than 1500", 1500, "lower-bound"),
        ("About 1800 troops crossed the river on Tuesday.", "About 1800", 1800, "approximate"),
        ("The ministry counted 1200 soldiers at the base.", "1200", 1200, "exact"),
        ("Roughly 2000 protesters marched downtown.", "Roughly 2000", 2000, "approximate"),
    ],
)
def test_year_like_numbers_that_count(body, text, value, qualifier):
    figure = only(body)
    assert (figure.text, figure.value, figure.qualifier) == (text, value, qualifier)


@pytest.mark.parametrize(
    "body",
    [
        "The 2020 elections were close.",
        "Growth returned to 1990 levels.",
        "The dam was built from 1990 to 2004.",
        "Her career spanned 1985-1999.",
        "Around 2000, the firm moved north.",
    ],
)
def test_years_stay_years(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    ("body", "low", "high"),
    [
        ("Each shelter houses 1000-3000 people.", 1000, 3000),
        ("Each shelter houses 1000 - 3000 people.", 1000, 3000),
        ("Each shelter houses 1000–3000 people.", 1000, 3000),
        ("Between 1500 and 4,000 workers walked out.", 1500, 4000),
    ],
)
def test_year_like_low_end_of_a_range(body, low, high):
    figure = only(body)
    assert (figure.value, figure.low, figure.high) == (None, low, high)


def test_round_pairs_are_ranges_but_codes_are_not():
    assert only("Tickets sold 2000-5000 a day.").low == 2000
    assert texts("Call the desk on 4821-7733 today.") == []


@pytest.mark.parametrize(
    ("body", "low", "high"),
    [
        ("The camp holds at most 900 and at least 300 families.", 300, 900),
        ("The quota is no more than 80 and no less than 25 boats.", 25, 80),
        ("Bids came in above 1000 and below 1500 euros a tonne.", 1000, 1500),
        ("The survey reached more than 40 but fewer than 70 towns.", 40, 70),
    ],
)
def test_two_sided_bounds_in_either_order(body, low, high):
    figure = only(body)
    assert (figure.value, figure.low, figure.high, figure.qualifier) == (None, low, high, "exact")


def test_crossed_bounds_stay_two_figures():
    figures = extract_figures("Readings under 25 and over 70 were thrown out.")
    assert [(f.text, f.qualifier) for f in figures] == [("under 25", "upper-bound"), ("over 70", "lower-bound")]


def test_a_hedge_word_before_the_next_number_is_not_a_suffix():
    figures = extract_figures("Scores of 200 or more than 150 were seen.")
    assert [f.text for f in figures][-1] == "more than 150"


def test_and_more_before_a_preposition_is_a_lower_bound():
    figure = only("The shop had 400 and more in stock.")
    assert (figure.qualifier, figure.low) == ("lower-bound", 400)


@pytest.mark.parametrize(
    ("body", "low", "high"),
    [
        ("Temperatures ranged from -18 °C to -34 °C overnight.", -34, -18),
        ("Forecasters expect -5C to -12C in the hills.", -12, -5),
    ],
)
def test_negative_range_ends(body, low, high):
    figure = only(body)
    assert (figure.low, figure.high, figure.unit) == (low, high, "degree Celsius")


@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [
        ("Temperatures hit 41C in the capital.", 41, "degree Celsius"),
        ("The lake froze at -7C last night.", -7, "degree Celsius"),
        ("Phoenix reached 117F on Sunday.", 117, "degree Fahrenheit"),
    ],
)
def test_temperatures_against_the_digits(body, value, unit):
    figure = only(body)
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize("body", ["She sat in seat 14F near the wing.", "Take the lift to gate 3C.", "Supplements of Vitamin 12C sold out."])
def test_seat_and_gate_letters_are_not_temperatures(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("The region has 2 345 678 residents.", "2 345 678", 2345678),
        ("Donors gave 40 000 euros.", "40 000 euros", 40000),
        ("Donors gave 40\u202f000 euros.", "40\u202f000 euros", 40000),
    ],
)
def test_space_grouped_thousands(body, text, value):
    figure = only(body)
    assert (figure.text, figure.value) == (text, value)


def test_space_grouping_needs_three_digit_groups():
    assert [t.text for t in tokenize("In 2019 100 people and 12 34 cows")][1:3] == ["2019", "100"]
    assert texts("In 2019 100 people came.") == ["100"]


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Growth slowed to three point five percent.", 3.5),
        ("He ran two hundred point zero three metres.", 200.03),
        ("The index fell to nine point nought four.", 9.04),
        ("The fund lost two point five million dollars.", 2_500_000),
    ],
)
def test_spoken_decimals(body, value):
    assert only(body).value == pytest.approx(value)


def test_at_one_point_is_an_idiom():
    assert texts("At one point two men climbed the fence.") == ["two"]


@pytest.mark.parametrize(
    ("body", "value", "currency"),
    [
        ("A loaf cost 3 dollars 50 cents.", 3.5, "USD"),
        ("A loaf cost thirteen dollars and forty-five cents.", 13.45, "USD"),
        ("A ticket cost 2 pounds 50 pence.", 2.5, "GBP"),
    ],
)
def test_whole_units_and_cents(body, value, currency):
    figure = only(body)
    assert (figure.value, figure.currency) == (pytest.approx(value), currency)


def test_cents_need_a_cent_word():
    assert texts("It cost 10 euros and 20 people came.") == ["10 euros", "20"]


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("The striker is 5 feet 9 inches tall.", "5 feet 9 inches"),
        ("The striker is 5 ft 9 in tall.", "5 ft 9 in"),
        ("The club signed a 6-foot-2 defender.", "6-foot-2"),
    ],
)
def test_feet_and_inches(body, text):
    figure = only(body)
    assert (figure.text, figure.unit) == (text, "foot")
    assert figure.value == pytest.approx(int(text[0]) + int(text.split()[-2] if " " in text else text[-1]) / 12)


def test_ages_and_periods_after_over_are_no_figures():
    assert texts("Applicants over 65 years old qualify. The talks ran over five years.") == []


def test_more_or_less_is_approximate():
    assert only("The wall is 12 feet, more or less.").qualifier == "exact"  # the comma ends the figure
    assert only("The wall is 12 feet more or less.").qualifier == "approximate"


def test_less_than_sign_before_a_negative_number():
    figure = only("Alerts go out when readings are <-30.")
    assert (figure.value, figure.high, figure.qualifier) == (-30, -30, "upper-bound")


def test_in_before_a_name_is_the_preposition():
    assert texts("They moved 5 ft 2 in Paris and 3 in the hall.")[0] == "5 ft"


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("A quarter of a million people fled.", "A quarter of a million", 250_000),
        ("Two thirds of a billion dollars vanished.", "Two thirds of a billion dollars", 666_666_666.67),
    ],
)
def test_word_fraction_of_a_scale(body, text, value):
    figure = only(body)
    assert (figure.text, figure.value) == (text, pytest.approx(value))


def test_word_fraction_of_a_population_stays_a_fraction():
    assert only("A third of voters stayed home.").value == pytest.approx(1 / 3)


@pytest.mark.parametrize(
    ("body", "text", "value", "unit"),
    [
        ("One in five adults now vapes.", "One in five", 0.2, "adult"),
        ("Nine out of 10 nurses backed the deal.", "Nine out of 10", 0.9, "nurse"),
        ("Pollsters found 2 in 3 voters undecided.", "2 in 3", 2 / 3, "voter"),
    ],
)
def test_ratios_are_proportions(body, text, value, unit):
    figure = only(body)
    assert (figure.text, figure.value, figure.unit) == (text, pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The striker scored 2 in 10 minutes.", ["2"]),
        ("Gunmen killed two in three attacks.", ["two", "three"]),
        ("Sales fell 3 in 2019.", ["3"]),
    ],
)
def test_not_ratios(body, expected):
    assert texts(body) == expected


@pytest.mark.parametrize(
    ("body", "unit", "currency"),
    [
        ("The boxer lost 25 pounds before the fight.", "pound", None),
        ("The newborn weighed 7 pounds.", "pound", None),
        ("The fine was 25 pounds.", None, "GBP"),
    ],
)
def test_pounds_of_weight_and_of_money(body, unit, currency):
    figure = only(body)
    assert (figure.unit, figure.currency) == (unit, currency)


def test_spaced_power_units():
    figure = only("The firm will build a 500 MW solar farm.")
    assert (figure.text, figure.unit) == ("500 MW", "megawatt")


def test_m_before_a_verb_is_metres_not_million():
    figure = only("The 1m is the shortest sprint.")
    assert (figure.value, figure.unit) == (1, "metre")
    assert only("They raised 40m dollars.").value == 40_000_000


@pytest.mark.parametrize(
    ("body", "text", "unit"),
    [
        ("They rent a 50m2 flat.", "50m2", "square metre"),
        ("They rent a 40m² flat.", "40m²", "square metre"),
        ("Fire burned 120 km² of forest.", "120 km²", "square kilometre"),
    ],
)
def test_powers_written_against_the_unit(body, text, unit):
    figure = only(body)
    assert (figure.text, figure.unit, figure.category) == (text, unit, "distance-area")


@pytest.mark.parametrize("body", ["Ship part 24703m212 today.", "Order part 12kg34 now."])
def test_letters_between_digit_groups_make_a_code(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "For tickets call 020 7946 0958 before noon.",
        "The embassy is on +44 20 7946 0958 around the clock.",
        "Ring the desk on (212) 555 1234 today.",
        "Tel: 555 1234",
        "Slides: Page 2 of 5",
        "Photo: Agency Images 4 of 12",
    ],
)
def test_phone_numbers_and_page_counters_are_not_figures(body):
    assert texts(body) == []


def test_counts_next_to_them_still_are():
    assert texts("They phoned 200 people and 2 of 5 agreed.") == ["200", "2", "5"]
    assert texts("In 1999 2000 people died.") == ["2000"]


@pytest.mark.parametrize(
    ("body", "value", "currency"),
    [
        ("The state set aside Rs 1.5 lakh crore for roads.", 1.5e12, "INR"),
        ("The scheme costs three lakh crore rupees.", 3e12, "INR"),
        ("Two crore families received aid.", 2e7, None),
    ],
)
def test_lakh_and_crore(body, value, currency):
    figure = only(body)
    assert (figure.value, figure.currency) == (pytest.approx(value), currency)


def test_lone_one_and_idioms_are_not_numbers():
    assert texts("The reading fell to minus one overnight.") == []
    assert texts("She is one of them, a talent one in a million.") == []


@pytest.mark.parametrize(
    ("body", "low", "high", "currency"),
    [
        ("Analysts expect $5bn-$7bn in losses.", 5e9, 7e9, "USD"),
        ("The club paid between $2 million and $3 million for him.", 2e6, 3e6, "USD"),
        ("Estimates run from €40m to €60m.", 4e7, 6e7, "EUR"),
        ("Troops numbered 10 000-15 000 men.", 10_000, 15_000, None),
    ],
)
def test_ranges_with_the_currency_on_both_ends(body, low, high, currency):
    figure = only(body)
    assert (figure.low, figure.high, figure.currency) == (low, high, currency)


def test_a_change_between_two_amounts_stays_two_figures():
    assert texts("Fares rose from $5 to $7.") == ["$5", "$7"]


def test_several_dozen_is_vague():
    figure = only("Several dozen protesters gathered.")
    assert (figure.qualifier, figure.value, figure.low, figure.high) == ("vague", None, 12, None)


def test_dirham_prefix():
    figure = only("The fine is Dh5 million.")
    assert (figure.value, figure.currency) == (5e6, "AED")


def test_lakh_style_digit_grouping():
    figure = only("He took a loan of Rs 12,34,567 last year.")
    assert (figure.value, figure.currency) == (1_234_567, "INR")
    assert [t.text for t in tokenize("1,2,3")] == ["1", ",", "2", ",", "3"]


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The pond is two and three-quarters metres deep.", 2.75),
        ("The pipe is twenty and three fifths metres long.", 20.6),
    ],
)
def test_mixed_fractions_in_words(body, value):
    assert only(body).value == pytest.approx(value)


def test_two_and_three_is_a_list():
    assert texts("Two and three people came.") == ["Two", "three"]


@pytest.mark.parametrize(
    "body",
    [
        "The city moved to level 4 restrictions.",
        "Update to version 2.1 now.",
        "Send it to zip code 10001.",
        "Comments (12)",
        "5 min read",
        "The 2023–24 budget passed.",
        "They met in room 101.",
    ],
)
def test_labels_reading_times_and_season_spans_are_not_figures(body):
    assert texts(body) == []


def test_a_count_after_of_a_label_noun_still_counts():
    assert texts("Fix line 5 of the text and 30% of the rest.")[-1] == "30%"
    assert only("About 1000–5000 people gathered.").low == 1000


def test_huge_exponents_do_not_overflow():
    assert texts("The hash 7e400 and 4e14 appeared.") == ["4e14"]


def test_space_grouping_does_not_start_inside_a_name():
    assert texts("The Crucial P2 500GB drive sold out.") == ["500GB"]


def test_an_apartment_letter_is_not_a_temperature():
    assert texts("Vote at Apt. 1C today.") == []


def test_percentage_points_are_their_own_unit():
    points, rate = extract_figures("The rate rose 2 percentage points to 5%.")
    assert (points.unit, points.category, rate.unit) == ("percentage point", "percentage", "percent")


def test_a_new_comparison_after_and_is_not_a_suffix():
    figures = extract_figures("Keep stock at or below 40 and greater than or equal to 50 elsewhere.")
    assert [(f.text, f.qualifier) for f in figures][-1] == ("greater than or equal to 50", "lower-bound")
    assert only("They hired 30 or more than that.").qualifier == "lower-bound"


def test_a_bounded_year_after_a_time_preposition_stays_a_year():
    assert texts("The feud has run since at least 2015.") == []
    assert only("Courts heard it in more than 1500 cases.").value == 1500
