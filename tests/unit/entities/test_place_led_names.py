"""A short name the model calls a person that opens with a place is an organisation."""

import pytest

from services.processors.entities.lexicon import load_lexicon
from services.processors.entities.place_led_names import place_led_names
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens


def _spans(nlp, text, marked):
    toks = DocTokens.of(nlp.make_doc(text))
    out = []
    for words, label, source in marked:
        start = toks.text.index(words[0])
        end = start + len(words)
        assert list(toks.text[start:end]) == words
        out.append(NewsSpan(start, end, toks.idx[start], toks.end[end - 1], label, source))
    return toks, out


def _labels(toks, spans):
    return {toks.span_text(s.start, s.end): s.label for s in spans}


def test_a_person_span_opening_with_a_country_is_an_organisation(nlp):
    toks, spans = _spans(
        nlp, "Shares of Uganda Breweries rose on Monday .", [(["Uganda", "Breweries"], "PERSON", "model")]
    )
    assert _labels(toks, place_led_names(toks, spans, load_lexicon())) == {"Uganda Breweries": "ORG"}


def test_the_other_items_of_its_list_are_organisations_too(nlp):
    toks, spans = _spans(
        nlp,
        "Dealers bought Uganda Breweries , Tarvo Cement and Lusa Mills on Friday .",
        [
            (["Uganda", "Breweries"], "PERSON", "model"),
            (["Tarvo", "Cement"], "PERSON", "model"),
            (["Lusa", "Mills"], "PERSON", "model"),
        ],
    )
    labels = _labels(toks, place_led_names(toks, spans, load_lexicon()))
    assert labels == {"Uganda Breweries": "ORG", "Tarvo Cement": "ORG", "Lusa Mills": "ORG"}


def test_a_list_item_opening_with_a_given_name_stays_a_person(nlp):
    toks, spans = _spans(
        nlp,
        "Guests included Uganda Breweries and John Tarvik on Friday .",
        [(["Uganda", "Breweries"], "PERSON", "model"), (["John", "Tarvik"], "PERSON", "model")],
    )
    labels = _labels(toks, place_led_names(toks, spans, load_lexicon()))
    assert labels == {"Uganda Breweries": "ORG", "John Tarvik": "PERSON"}


def test_a_place_that_is_also_a_given_name_and_title_people_stay_people(nlp):
    toks, spans = _spans(
        nlp,
        "Georgia Tarvik met Minister Uganda Lusa on Friday .",
        [(["Georgia", "Tarvik"], "PERSON", "model"), (["Uganda", "Lusa"], "PERSON", "title")],
    )
    labels = _labels(toks, place_led_names(toks, spans, load_lexicon()))
    assert labels == {"Georgia Tarvik": "PERSON", "Uganda Lusa": "PERSON"}


def test_a_list_away_from_the_place_led_name_is_left_alone(nlp):
    toks, spans = _spans(
        nlp,
        "Uganda Breweries rose , while analysts Tarvo Lusa and Mira Kessel were cautious .",
        [
            (["Uganda", "Breweries"], "PERSON", "model"),
            (["Tarvo", "Lusa"], "PERSON", "model"),
            (["Mira", "Kessel"], "PERSON", "model"),
        ],
    )
    labels = _labels(toks, place_led_names(toks, spans, load_lexicon()))
    assert labels["Tarvo Lusa"] == "PERSON"


def test_a_city_that_is_a_given_name_elsewhere_leaves_a_person(nlp):
    toks, spans = _spans(nlp, "Striker Milan Tarvic scored twice .", [(["Milan", "Tarvic"], "PERSON", "model")])
    assert _labels(toks, place_led_names(toks, spans, load_lexicon())) == {"Milan Tarvic": "PERSON"}


@pytest.mark.parametrize("first", ["Kenya", "Jamaica", "Cuba"])
def test_a_country_that_is_also_a_given_name_opens_a_person(nlp, first):
    toks, spans = _spans(nlp, f"{first} Tarvik and Tom Evans were arrested .", [([first, "Tarvik"], "PERSON", "model")])
    assert _labels(toks, place_led_names(toks, spans, load_lexicon())) == {f"{first} Tarvik": "PERSON"}
