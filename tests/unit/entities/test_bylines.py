"""Bylines above the dateline are the writer, on copy written for the test."""


def _types(entities):
    return {m.text: e.type for e in entities.values() for m in e.mentions}


def test_byline_above_the_dateline_is_a_person(run):
    body = (
        "Ministers set conditions for airline alliance .\n"
        "Lynnley Harcourt\n"
        "LONDON 1996-12-06\n"
        "The government warned on Friday that it would refer the alliance to regulators .\n"
    )
    assert _types(run(body)[0])["Lynnley Harcourt"] == "PERSON"


def test_byline_with_by(run):
    body = "Talks stall again\nBy Tamsin Okafor\nMOSCOW (Reuters) - Talks stalled on Friday, officials said.\n"
    assert _types(run(body)[0])["Tamsin Okafor"] == "PERSON"


def test_a_two_word_headline_or_a_place_line_is_no_byline(run):
    body = "Rand slips\nSouth Africa\nCAPE TOWN 1996-12-06\nThe rand fell on Friday, dealers said.\n"
    assert _types(run(body)[0]).get("South Africa") == "GPE"
    body = "Market Report\nLONDON 1996-12-06\nShares fell on Friday, dealers said.\n"
    assert _types(run(body)[0]).get("Market Report") != "PERSON"
