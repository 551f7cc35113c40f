"""Kinds found by comparing the stage with spaCy's numeric entities on newswire and news pages,
on made-up sentences: numbers after capitalised words that are amounts, not names; and the
names that stay names."""

import pytest

from services.processors.figures import extract_figures
from tests.unit.figures.single import only


def texts(body: str) -> list[str]:
    return [figure.text for figure in extract_figures(body)]


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("Ardmore took a 25 percent stake and Kelso 75 percent.", "75 percent", 75),
        ("Dividend per share: EPS 143.56 yen.", "143.56 yen", 143.56),
        ("The rapper won a DISMAL 57,000 votes.", "57,000", 57000),
        ("Wk to Date 69,100 head.", "69,100", 69100),
        ("Net 12.3 mln vs 10.1 mln", "10.1 mln", 10.1e6),
    ],
)
def test_a_number_after_a_capitalised_word_with_a_unit_or_thousands_is_an_amount(body, text, value):
    assert [(f.text, f.value) for f in extract_figures(body)][-1] == (text, value)


@pytest.mark.parametrize(
    "body", ["The airline flies Boeing 737 jets.", "Voyager 2 left.", "Under Article 5 allies act."]
)
def test_names_with_numbers_stay_names(body):
    assert texts(body) == []


def test_local_is_a_clock_word_only_after_a_clock_time():
    figure = only("Some 500 local residents filed complaints.")
    assert (figure.value, figure.unit) == (500, "local resident")
    assert texts("The curfew starts at 2100 local time.") == []


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        ("Half the aid was blocked.", "aid"),
        ("Farmers lost half their income.", "income"),
        ("Nearly half of voters stayed home.", "voter"),
    ],
)
def test_half_of_something_is_a_share(body, unit):
    figure = only(body)
    assert (figure.value, figure.unit) == (0.5, unit)


@pytest.mark.parametrize(
    "body",
    ["Sales fell in the second half of 2019.", "In the first half the hosts scored.", "The talks took half an hour."],
)
def test_a_half_that_is_a_part_of_a_period_is_no_share(body):
    assert texts(body) == []


@pytest.mark.parametrize("body", ["-- Chicago newsdesk 312 408 8720", "-- Paris Newsroom, 33 1 4221 5432"])
def test_a_wire_desk_phone_line_is_no_figure(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "The fair opens Saturday, 5-8pm.",
        "The shop is open between 12 and 8 p.m. daily.",
        "The summit runs June 13 to 17 in Oslo.",
        "The summit runs 13-17 June in Oslo.",
        "Storms were reported.[3][4] Roads closed.",
    ],
)
def test_ends_of_clock_and_day_ranges_and_reference_markers_are_no_figures(body):
    assert texts(body) == []


def test_a_range_next_to_a_date_still_counts():
    assert texts("On June 13, 5 to 8 boats sank.") == ["5 to 8"]


@pytest.mark.parametrize(
    "body",
    [
        "Did the minister break Tier Two rules?",
        "Police in Region Two are searching.",
        "She told Page Six the news.",
        "It is one of the 'Four Species' of the feast.",
        "Ministers of the Group of Seven met.",
    ],
)
def test_a_capitalised_number_word_inside_a_sentence_is_a_name(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Three people died.", "Three"),
        ('He said: "Three people died."', "Three"),
        ("Storm Kills Three In Texas After Floods", "Three"),
        ("Police Arrest Two", "Two"),
        ("Shares rose Two percent.", "Two percent"),
    ],
)
def test_capitalised_number_words_that_count(body, text):
    assert texts(body) == [text]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1. FC Cologne 16 8 2 6 31 27 26", []),
        ("Winners:\n3.Charlotte Jones", []),
        ("2) Oil prices rose 5%.", ["5%"]),
        ("The total was 12. Officials said so.", ["12"]),
        ("The number is between 20 and 30.", ["between 20 and 30"]),
    ],
)
def test_a_list_number_opening_a_line_is_no_figure(body, expected):
    assert texts(body) == expected


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("The stock closed at 46-5/8.", "46-5/8", 46.625),
        ("The yield stood at 3-1/2 percent.", "3-1/2 percent", 3.5),
        ("She won the 1-1/2 mile race.", "1-1/2 mile", 1.5),
    ],
)
def test_whole_units_and_eighths_as_stock_tables_write_them(body, text, value):
    figure = only(body)
    assert (figure.text, figure.value) == (text, value)


@pytest.mark.parametrize(
    ("body", "values"),
    [
        ("Shares were off 1/2 to 46-5/8.", [0.5, 46.625]),
        ("The index gained 12 to 1,340.", [12, 1340]),
        ("The bank added 1/4 to 15-1/8.", [0.25, 15.125]),
    ],
)
def test_a_market_move_then_the_level_reached_are_two_figures(body, values):
    assert [figure.value for figure in extract_figures(body)] == values


def test_a_close_range_after_a_market_verb_stays_a_range():
    figure = only("The mill shed 1,000 to 2,000 jobs.")
    assert (figure.low, figure.high) == (1000, 2000)


@pytest.mark.parametrize(
    ("body", "text", "currency"),
    [
        ("The bank made a net profit of 46.6 million kroons.", "46.6 million kroons", "EEK"),
        ("The fine is 5,000 forints.", "5,000 forints", "HUF"),
        ("A ticket costs 300 Czech crowns.", "300 Czech crowns", "CZK"),
        ("The deal was worth 10 million French francs.", "10 million French francs", "FRF"),
    ],
)
def test_currencies_written_as_words_in_wire_copy(body, text, currency):
    figure = only(body)
    assert (figure.text, figure.currency, figure.category) == (text, currency, "money")


def test_a_currency_word_of_several_countries_stays_a_unit():
    figure = only("The fee was 1,000 dinars.")
    assert (figure.unit, figure.currency) == ("dinar", None)


@pytest.mark.parametrize(
    ("body", "text", "currency"),
    [
        ("Profit rose to 200 million stg.", "200 million stg", "GBP"),
        ("The company earned 12.3 mln dlrs.", "12.3 mln dlrs", "USD"),
        ("The deal is worth DM3.5 billion.", "DM3.5 billion", "DEM"),
        ("The bank lent FFr 50 million.", "FFr 50 million", "FRF"),
        ("Exports reached Y100 billion.", "Y100 billion", "JPY"),
    ],
)
def test_wire_currency_abbreviations(body, text, currency):
    figure = only(body)
    assert (figure.text, figure.currency) == (text, currency)


def test_cased_currency_abbreviations_only_as_written():
    assert (only("A 3 dm rod broke.").unit, only("A 3 dm rod broke.").currency) == ("decimetre", None)
    assert texts("The Model Y 2023 sold well.") == []


def test_a_number_with_a_multiplier_after_a_capitalised_word_is_an_amount():
    assert texts("Net 12.3 mln vs 10.1 mln") == ["12.3 mln", "10.1 mln"]


@pytest.mark.parametrize(
    "body", ["The 4K TV is cheaper.", "The film was shot in 8K.", "A 3-D printer broke.", "Phones use 5-G networks."]
)
def test_formats_are_no_figures(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "GM last built the two-seater Fiero there.",
        "It sells a four-door sedan and a 2-door coupe.",
        "The five-speed gearbox drives a four-cylinder engine.",
        "They stayed at a five-star hotel.",
        "An 18-wheeler overturned.",
        "A full, four-color page is dearer.",
        "They rent a two-bedroom villa.",
    ],
)
def test_a_number_hyphened_to_a_noun_of_kind_names_the_kind(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    ("body", "text"),
    [("The theatre has a 300-seat hall.", "300"), ("The car has four doors.", "four")],
)
def test_a_number_of_seats_or_doors_still_counts(body, text):
    assert texts(body) == [text]


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("Redemptions ran at less than one-third the level of 1987.", "less than one-third", 1 / 3),
        ("The plant is a third the size of its rival.", "a third", 1 / 3),
        ("It costs a tenth its former price.", "a tenth", 0.1),
        ("The car is one fifth the price.", "one fifth", 0.2),
    ],
)
def test_a_fraction_before_a_determiner_is_a_share(body, text, value):
    figure = only(body)
    assert (figure.text, figure.value) == (text, pytest.approx(value))


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("Tenants pay rents about one-quarter lower than asked.", "about one-quarter", 0.25),
        ("Prices are a third higher than a year ago.", "a third", 1 / 3),
    ],
)
def test_a_fraction_before_a_comparative_is_a_share(body, text, value):
    figure = only(body)
    assert (figure.text, figure.value) == (text, pytest.approx(value))


def test_a_count_before_a_word_of_run_that_is_no_time_still_counts():
    assert texts("It won three consecutive titles.") == ["three"]


@pytest.mark.parametrize("body", ["In one quarter the company lost money.", "He came a third time."])
def test_a_quarter_or_an_ordinal_before_a_noun_is_no_share(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("The districts approved over 1480 projects last year.", "over 1480"),
        ("Regulators cleared 1250 applications.", "1250"),
    ],
)
def test_a_number_below_recent_years_before_a_plural_noun_counts_it(body, text):
    assert texts(body) == [text]


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("He expects the Dow to fall down to around 2000 next year.", "around 2000"),
        ("The index closed at 1995 on Friday.", "1995"),
        ("The Nikkei fell 450 points to 1995.", "1995"),
    ],
)
def test_a_year_like_number_a_market_move_reaches_is_a_level(body, text):
    assert texts(body)[-1] == text


@pytest.mark.parametrize("body", ["The vote was moved to 2021.", "Prices fell to 1998 lows."])
def test_a_year_after_other_verbs_or_before_a_plural_stays_a_year(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    "body", ["The 2020 elections were close.", "Output fell back to 1990 levels.", "Since 1880 prices have risen."]
)
def test_recent_years_before_a_plural_noun_stay_years(body):
    assert texts(body) == []


@pytest.mark.parametrize(("body", "value"), [("She has 4K followers.", 4000), ("He got a $4K bonus.", 4000)])
def test_thousands_written_with_k_still_count(body, value):
    assert only(body).value == value


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("BOMB KILLS 12 IN ALGERIA", 12),
        ("Police Arrest 45 After Riots", 45),
        ("Quake Kills 200 People", 200),
        ("Typhoon Leaves 30 Dead", 30),
    ],
)
def test_counts_in_headlines_after_a_capitalised_verb(body, value):
    assert only(body).value == value


@pytest.mark.parametrize("body", ["Boeing 747 Crashed In Iran", "Apollo 11 Crew Returns", "Chapter 11 Filing Looms"])
def test_names_with_numbers_in_headlines_stay_names(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [
        ("The virus reached 40m people.", 40e6, "people"),
        ("Aid fed 3m children.", 3e6, "child"),
        ("A 40m yacht sank.", 40, "metre"),
    ],
)
def test_m_before_a_plural_without_s_is_million(body, value, unit):
    figure = only(body)
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("MPs passed a $1.2-trillion budget.", "$1.2-trillion", 1.2e12),
        ("A 3-million-strong crowd marched.", "3-million", 3e6),
    ],
)
def test_a_scale_word_hyphened_to_the_digits(body, text, value):
    figure = only(body)
    assert (figure.text, figure.value) == (text, value)


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [("Net income was 52 cents a share.", "52 cents", 52), ("Wheat rose 3-1/4 cents.", "3-1/4 cents", 3.25)],
)
def test_cents_are_money_in_their_own_unit(body, text, value):
    figure = only(body)
    assert (figure.text, figure.value, figure.unit, figure.category) == (text, value, "cent", "money")


def test_per_cent_stays_a_percentage():
    assert only("Sales rose 5 per cent.").unit == "percent"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Shr 1.23 vs 1.01", ["1.23", "1.01"]),
        ("Net 12.3 vs. 9.8", ["12.3", "9.8"]),
        ("Sales 128.00 117.56", ["128.00", "117.56"]),
        ("Windows 10 vs Windows 11", []),
    ],
)
def test_earnings_table_values_after_a_label_word(body, expected):
    assert texts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Boston 2.87 --\nDenver -- 3.17", ["2.87", "3.17"]),
        ("Boston 2.87 --\nNew York 6.25 6.00", ["2.87", "6.25", "6.00"]),
        ("Dallas 6.50 nil", ["6.50"]),
        ("Cotton 61.20 unch", ["61.20"]),
        ("He ran Windows 3.1 -- Microsoft said it sold well.", []),
        ("He ran Windows 3.1 -- its best seller -- for years.", []),
    ],
)
def test_a_decimal_before_an_empty_table_cell_is_a_table_value(body, expected):
    assert texts(body) == expected


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("The bank cut rates by 25bp.", "25bp"),
        ("It was a 50 bps hike.", "50 bps"),
        ("The Fed cut by 25 basis points.", "25 basis points"),
        ("It made a 25-basis-point cut.", "25-basis-point"),
    ],
)
def test_basis_points_are_a_unit_of_rates(body, text):
    figure = only(body)
    assert (figure.text, figure.value, figure.unit, figure.category) == (
        text,
        25 if "25" in text else 50,
        "basis point",
        "percentage",
    )


@pytest.mark.parametrize(
    ("body", "text", "low", "high"),
    [
        ("Call money rates were quoted at 3.80/90 pct.", "3.80/90 pct", 3.8, 3.9),
        ("The dollar was quoted at 1.8050/60 marks.", "1.8050/60 marks", 1.805, 1.806),
    ],
)
def test_a_bid_and_offer_quote_is_one_range(body, text, low, high):
    figure = only(body)
    assert (figure.text, figure.value, figure.low, figure.high) == (text, None, pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize("body", ["The attacks of 9/11 changed it.", "Version 1.2/3.4 was released."])
def test_slashed_digits_without_a_unit_are_no_quote(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    ("body", "text"),
    [("Qtly div 15 cts vs 12 cts prior.", "15 cts"), ("Net includes a gain of five cts a share.", "five cts")],
)
def test_cts_of_wire_copy_are_cents(body, text):
    assert texts(body)[0] == text


def test_mths_of_wire_copy_are_months():
    assert texts("Nine mths shr 2.10 dlrs vs 1.90 dlrs.") == ["2.10 dlrs", "1.90 dlrs"]


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("It will issue 100 mln dlrs of notes.", "100 mln dlrs"),
        ("The company plans to issue 500,000 shares.", "500,000"),
        ("It may issue 2 million new shares.", "2 million"),
    ],
)
def test_a_label_noun_used_as_a_verb_labels_nothing(body, text):
    assert texts(body) == [text]


@pytest.mark.parametrize("body", ["Go to page 5 for details.", "Take exit 5 off the highway."])
def test_label_nouns_still_label(body):
    assert texts(body) == []


def test_a_year_after_a_percent_move_stays_a_year():
    assert texts("Emissions fell 10% to 2019's level.") == ["10%"]


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("The BoE raised rates by a quarter point to 5.25%.", "a quarter", 0.25),
        ("Rates rose a quarter percentage point.", "a quarter percentage point", 0.25),
        ("They raised rates by half a point.", "half a", 0.5),
    ],
)
def test_a_fraction_of_a_point_of_a_rate_is_a_figure(body, text, value):
    figure = extract_figures(body)[0]
    assert (figure.text, figure.value) == (text, value)


@pytest.mark.parametrize("body", ["The company, based in Dallas, Texas, 75201, said.", "Write to Austin, TX 78701."])
def test_a_zip_code_after_a_state_is_no_figure(body):
    assert texts(body) == []


def test_five_digits_after_a_state_before_a_noun_count():
    assert texts("In Texas, 12000 jobs were lost.") == ["12000"]


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("The deal earned him more than four mln dlrs.", "more than four mln dlrs", 4e6),
        ("The bank sold two bln dlrs of bonds.", "two bln dlrs", 2e9),
        ("Twenty-five mln shares changed hands.", "Twenty-five mln", 25e6),
        ("The fund raised three mn euros.", "three mn euros", 3e6),
    ],
)
def test_a_wire_scale_abbreviation_after_number_words(body, text, value):
    figure = only(body)
    assert (figure.text, figure.value) == (text, value)


def test_a_range_in_words_takes_the_wire_scale_at_both_ends():
    figure = only("It will cost two to three bln dlrs.")
    assert (figure.low, figure.high) == (2e9, 3e9)
