"""An "m" against digits is million before a counted plural noun and metres before an adverb or a
race's name or a word of a race before the number ("indoor 200m titles"), whatever qualifier stands before it (constructed cases)."""

import pytest

from services.processors.figures.lemmas import is_plural
from tests.unit.figures.single import only


@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [
        ("The relay squad ran 400m outdoors in March.", 400, "metre"),
        ("She hopes to swim well over 50m underwater, then rest afterwards.", 50, "metre"),
        ("He jumped more than 8m indoors.", 8, "metre"),
        ("She took gold in the 110m hurdles at the trials.", 110, "metre"),
        ("She lost her US indoor 200m titles after the ban.", 200, "metre"),
        ("He won the men's 400m finals twice.", 400, "metre"),
        ("Her world 100m records still stand.", 100, "metre"),
        ("The publisher sold 20m titles last year.", 2e7, None),
        ("Nearly 30m households watched the final.", 3e7, None),
        ("The group sold 12m shares on Monday.", 1.2e7, None),
    ],
)
def test_the_word_after_m_decides_metres_or_million(body, value, unit):
    figure = only(body)
    assert figure.value == pytest.approx(value)
    assert (figure.unit == "metre") == (unit == "metre")


@pytest.mark.parametrize("word", ["indoors", "afterwards", "sometimes", "overseas"])
def test_an_adverb_in_s_is_no_plural_noun(word):
    assert not is_plural(word)
