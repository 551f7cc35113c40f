"""extract_figures on made-up news sentences: qualifiers, ranges, money, percentages, units,
categories, attribution and the things that are not figures."""

import pytest

from events.models import Entity, Mention
from services.processors.figures import extract_figures
from tests.unit.figures.single import only


def test_offsets_and_sentence():
    body = "The river rose overnight.\n\nRescuers said about 80 families were evacuated from the valley."
    figure = only(body)
    assert body[figure.start : figure.end] == figure.text == "about 80"
    assert figure.sentence == "Rescuers said about 80 families were evacuated from the valley."


@pytest.mark.parametrize(
    ("text", "qualifier", "value", "low", "high"),
    [
        ("Engineers fixed roughly 450 bridges last spring.", "approximate", 450, None, None),
        ("The army moved an estimated 7,500 soldiers to the coast.", "approximate", 7500, None, None),
        ("Some 900 sailors joined the exercise.", "approximate", 900, None, None),
        ("Medics treated at least 65 patients overnight.", "lower-bound", 65, 65, None),
        ("The flood displaced more than 1,800 villagers.", "lower-bound", 1800, 1800, None),
        ("The hall seats fewer than 300 delegates.", "upper-bound", 300, None, 300),
        ("The province may send up to 4,000 volunteers.", "upper-bound", 4000, None, 4000),
        ("The navy will deploy another 12 warships.", "increment", 12, None, None),
        ("The fleet received an additional 40 helicopters.", "increment", 40, None, None),
        ("The governor ordered 2,000 more police to the border.", "increment", 2000, None, None),
        ("Thousands of residents lined the streets.", "vague", None, 1000, None),
        ("Crowds of 350 or more gathered outside.", "lower-bound", 350, 350, None),
    ],
)
def test_qualifiers(text, qualifier, value, low, high):
    figure = only(text)
    assert (figure.qualifier, figure.value, figure.low, figure.high) == (qualifier, value, low, high)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The centre hosts 120 to 150 orphans.", 120, 150),
        ("Between 15 and 20 boats capsized.", 15, 20),
        ("Each crate holds 10-15 rifles.", 10, 15),
        ("The town expects 2 to 3 million visitors.", 2e6, 3e6),
        ("The budget is $2-3bn this year.", 2e9, 3e9),
    ],
)
def test_ranges(text, low, high):
    figure = only(text)
    assert figure.value is None and (figure.low, figure.high) == (low, high)


def test_increment_range_keeps_both_bounds():
    figure = only("The alliance plans to send an additional 8,000 to 9,000 marines.")
    assert (figure.qualifier, figure.low, figure.high, figure.unit) == ("increment", 8000, 9000, "marine")


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("The club paid $3bn for the stadium.", 3e9, "USD"),
        ("The council approved 40m euros for the tram.", 40e6, "EUR"),
        ("Fans raised £12,500 for the hospital.", 12500, "GBP"),
        ("The bank lent 1.2 billion yen to the firm.", 1.2e9, "JPY"),
        ("The fine was 250,000 Swiss francs.", 250000, "CHF"),
    ],
)
def test_money(text, value, currency):
    figure = only(text)
    assert (figure.value, figure.currency, figure.category) == (value, currency, "money")


@pytest.mark.parametrize(
    ("text", "value"),
    [("Turnout reached 64% in the north.", 64), ("Prices climbed 3.5 per cent in May.", 3.5), ("Support fell to forty percent.", 40)],
)
def test_percentages(text, value):
    figure = only(text)
    assert (figure.value, figure.category, figure.unit) == (value, "percentage", "percent")


@pytest.mark.parametrize(
    ("text", "unit", "category"),
    [
        ("The fire burned 1,200 hectares of forest.", "hectare", "distance-area"),
        ("The wall stretches 30 km along the river.", "kilometre", "distance-area"),
        ("The ship carried 5,000 tonnes of grain.", "tonne", "other"),
    ],
)
def test_measures(text, unit, category):
    figure = only(text)
    assert (figure.unit, figure.category) == (unit, category)


@pytest.mark.parametrize(
    ("text", "unit", "category"),
    [
        ("Gunmen killed 14 farmers near the village.", "farmer", "people-killed"),
        ("About 30 pupils were injured when the roof fell.", "pupil", "people-wounded"),
        ("Storms forced 6,000 households to flee their homes.", "household", "people-displaced"),
        ("Officers detained 45 fans after the match.", "fan", "people-arrested"),
        ("The capital sent 800 paratroopers to the region.", "paratrooper", "people-deployed"),
        ("The school enrolled 700 children this term.", "child", "people"),
        ("The factory produced 2,000 artillery shells a month.", "artillery shell", "weapons"),
        ("The depot stored millions of rounds of rifle ammunition.", "round of rifle ammunition", "weapons"),
        ("Snipers killed 90 officers and sergeants in the assault.", "officer and sergeant", "people-killed"),
    ],
)
def test_units_and_categories(text, unit, category):
    figure = only(text)
    assert (figure.unit, figure.category) == (unit, category)


def test_of_whom_refers_back_to_the_counted_noun():
    text = "The army trained the new recruits, about 200 of whom later deserted."
    assert only(text).unit == "recruit"


def test_more_wounded_without_a_noun_is_people_wounded():
    figures = extract_figures("Ten miners died and dozens more were hurt.")
    assert [(f.text, f.qualifier, f.category) for f in figures] == [
        ("Ten", "exact", "people-killed"),
        ("dozens", "vague", "people-wounded"),
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("According to the Herald, 40 sailors drowned.", "Herald"),
        ("Regional officials believe 3,000 fighters crossed the border.", "Regional officials"),
        ("Some 90 boats sank, Harbour Radio reports.", "Harbour Radio"),
        ("At least 12 pilots were captured, Bolivian intelligence indicates.", "Bolivian intelligence"),
        ("Nearly 700 guards deserted, according to local media.", "local media"),
    ],
)
def test_attribution(text, source):
    assert only(text).attribution == source


def test_nearest_source_before_the_figure_wins():
    text = "According to the Courier, provincial officials believe 500 rangers patrol the park."
    assert only(text).attribution == "provincial officials"


def test_attribution_links_to_covering_entity():
    body = "Some 90 boats sank, Harbour Radio reports."
    start = body.index("Harbour Radio")
    entity = Entity(id="org:harbour-radio", name="Harbour Radio", type="ORG",
                    mentions=(Mention(start=start, end=start + 13, text="Harbour Radio"),))
    figure = extract_figures(body, [entity])[0]
    assert figure.attribution_id == "org:harbour-radio"
    assert extract_figures(body)[0].attribution_id is None


@pytest.mark.parametrize(
    "text",
    [
        "A B-52 flew over the bay.",
        "The G7 summit ended early.",
        "Officials tracked COVID-19 in the ward.",
        "She finished 21st in the race.",
        "The vote is on 14 March.",
        "Talks resume on June 3.",
        "The meeting starts at 9pm.",
        "The train left at 10:45.",
        "Call 020-7946-0018 for tickets.",
        "Music from the 1980s filled the hall.",
        "The treaty was signed in 1998.",
        "Voyager 2 left the solar system.",
        "He was one of the founders.",
        "She came second in the final.",
        "Read more at https://example.org/2024/05/story-12.",
    ],
)
def test_not_figures(text):
    assert extract_figures(text) == ()


def test_trivial_counts_rank_low():
    figures = extract_figures("The two delegations met. Rebels said 300 soldiers were killed.")
    trivial, casualties = figures
    assert trivial.salience < 0.5 < casualties.salience


def test_change_from_to_gives_two_figures():
    figures = extract_figures("Unemployment fell from 7% to 5% last year.")
    assert [f.value for f in figures] == [7, 5]


def test_deterministic_and_tolerates_junk():
    text = "20/2030 and 1 '2 $99( ($99 " + "9" * 5000 + " -" * 2000
    assert extract_figures(text) == extract_figures(text)


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("Inspectors counted more than 60 but fewer than 90 barges.", "exact", 60, 90),
        ("Wages grew > 4 percent in the port towns.", "lower-bound", 4, None),
        ("Nearly half of the anglers left early.", "approximate", None, None),
        ("The fair drew about 900 or more traders.", "lower-bound", 900, None),
    ],
)
def test_bounds_from_symbols_and_two_sided_phrases(text, qualifier, low, high):
    figure = only(text)
    assert (figure.qualifier, figure.low, figure.high) == (qualifier, low, high)


@pytest.mark.parametrize("text", ["The visitors won 4-2 in extra time.", "The judges split 6-3 on the appeal."])
def test_scores_are_not_figures(text):
    assert extract_figures(text) == ()


def test_change_by_and_to_are_two_figures():
    figures = extract_figures("The herd shrank by 300 to 2,700 animals.")
    assert [(f.value, f.low, f.high) for f in figures] == [(300, None, None), (2700, None, None)]


def test_list_of_counts_keeps_each_noun():
    figures = extract_figures("The bus carried 40 pilgrims and six guides.")
    assert [(f.value, f.unit) for f in figures] == [(40, "pilgrim"), (6, "guide")]


def test_ages_and_hyphen_compounds():
    figures = extract_figures("A 32-year-old driver joined the 12-nation convoy.")
    assert [(f.text, f.unit) for f in figures] == [("12", "nation")]
