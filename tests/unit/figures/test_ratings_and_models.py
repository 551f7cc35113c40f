"""Ratings out of a scale are scores, model designations after a model word are names, and a
bracketed money range is one range; made-up sentences."""

import pytest

from services.processors.figures import extract_figures
from services.processors.figures.ratings import rating_end
from services.processors.figures.tokens import tokenize


def texts(body: str) -> list[str]:
    return [figure.text for figure in extract_figures(body)]


@pytest.mark.parametrize(
    "body",
    [
        "The novel earns 6.5/10 from us.",
        "Our reviewer rated the laptop 7 out of 10.",
        "The judges gave the dish a score of 17/20.",
        "The album rates four out of five.",
        "The hotel gets 4 out of 5 stars.",
        "Critics scored the play 3.5/5.",
    ],
)
def test_a_rating_out_of_a_scale_is_no_figure(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Eight out of ten vets prefer it.", 0.8),  # no rating word: a share
        ("A rating panel found 6 out of 10 homes damp.", 0.6),  # a counted plural: a share
        ("Reviewers said 3/4 of the shops had closed.", 0.75),  # "of" after: a share
    ],
)
def test_a_share_stays_a_share(body, value):
    assert [figure.value for figure in extract_figures(body)] == [value]


def test_a_date_or_a_scale_not_used_for_ratings_is_no_rating():
    tokens = tokenize("rated on 9/10/2024")
    assert rating_end(tokens, 2, 0) is None
    tokens = tokenize("rated 7 out of 12")
    assert rating_end(tokens, 1, 0) is None
    tokens = tokenize("rated 12/10")
    assert rating_end(tokens, 1, 0) is None  # above the scale


def test_a_model_designation_after_a_capitalised_model_word_is_no_figure():
    assert texts("The carrier grounded its Boeing 737 MAX 8 fleet.") == []
    assert texts("Regulators cleared the Boeing MAX 9 to fly.") == []


def test_a_lower_case_hedge_before_a_number_stays_a_bound():
    figure = extract_figures("The lift carries max 8 people.")[0]
    assert (figure.value, figure.high, figure.qualifier) == (8, 8, "upper-bound")


def test_a_bracketed_money_range_is_one_range():
    figure = extract_figures("The loss per share was $(5)-$(7).")[0]
    assert (figure.text, figure.low, figure.high, figure.currency) == ("$(5)-$(7)", 5, 7, "USD")
