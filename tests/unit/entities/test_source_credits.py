"""Initials credited after a dash at the end of a line are the source, an ORG."""

import pytest

from services.processors.entities.lexicon import load_lexicon
from services.processors.entities.source_credits import source_credits
from services.processors.entities.tokens import DocTokens


def _orgs(entities):
    return {m.text for e in entities.values() if e.type == "ORG" for m in e.mentions}


@pytest.mark.parametrize(
    "body",
    [
        "Kansas feeder pigs steady - TMKB .\nTOPEKA 1996-12-06\nTrade was slow on Friday .",
        "Trade was slow on Friday .\nDemand light .\n- TMKB\nThursday 200 Week Ago 300",
    ],
)
def test_initials_after_a_dash_closing_a_line_are_the_source(run, body):
    entities, _ = run(body)
    assert "TMKB" in _orgs(entities)


@pytest.mark.parametrize(
    "body",
    [
        "SOCCER - TMKB WIN AGAIN\nLONDON 1996-12-06",
        "SOCCER - TMKB\nLONDON 1996-12-06",
        "Markets closed early , at 1800 - GMT\nTrade was slow .",
        "Kansas feeder pigs steady - TMKB said on Friday .",
        "Kansas feeder pigs steady -TMKB\nTrade was slow .",
    ],
)
def test_caps_headlines_time_zones_and_words_inside_a_line_are_no_credit(nlp, body):
    toks = DocTokens.of(nlp(body))
    assert source_credits(toks, [], load_lexicon()) == []


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Wheat was quoted at $ 150 a tonne - FOB", "FOB"),
        ("The plan was approved - OK .", "OK"),
        ("The dollar closed at 1.52 marks - GMT .", "GMT"),
    ],
)
def test_a_trade_term_or_time_zone_after_a_dash_is_no_source(run, body, word):
    entities, _ = run(body)
    assert word not in _orgs(entities)
