"""A name right before a media noun is the outlet, an ORG."""

import pytest

from services.processors.entities.lexicon import load_lexicon
from services.processors.entities.outlets import outlet_names
from services.processors.entities.tokens import DocTokens


def _labels(nlp, text):
    toks = DocTokens.of(nlp(text))
    return {toks.span_text(s.start, s.end): s.label for s in outlet_names(toks, [], load_lexicon())}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prices rose , the TARVNA news agency said on Friday .", "TARVNA"),
        ("She told the Kessel Courier newspaper last month that she would run .", "Kessel Courier"),
        ("The Lusa Herald daily reported the deal .", "Lusa Herald"),
    ],
)
def test_the_name_before_a_media_noun_is_an_organisation(nlp, text, name):
    assert _labels(nlp, text) == {name: "ORG"}


@pytest.mark.parametrize(
    "text",
    [
        "A Moscow newspaper reported the deal .",
        "The Sunday newspaper reported the deal .",
        "A Japanese daily reported the deal .",
        "The news agency said prices rose .",
    ],
)
def test_places_nationalities_days_and_bare_nouns_are_left_alone(nlp, text):
    assert _labels(nlp, text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The Sunday newspaper said the minister would resign .",
        "He told a Japanese daily that he would quit .",
        "The Moscow daily said the vote was rigged .",
        "Smith told the Tuesday edition of a weekly magazine .",
    ],
)
def test_a_day_a_nationality_or_a_known_place_before_a_media_noun_is_no_outlet(nlp, text):
    assert _labels(nlp, text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Ferries sail from Tarvik to Marbury daily , the operator said .",
        "Flights leave for Kessington weekly , officials said .",
        "The airline flies to Tarvik daily and to Marbury weekly .",
    ],
)
def test_a_place_before_daily_or_weekly_as_an_adverb_is_no_outlet(nlp, text):
    assert _labels(nlp, text) == {}
