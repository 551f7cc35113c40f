"""Header fields: publication time, byline and dateline from made-up lines."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from services.processors.cleaning.header import parse_byline, parse_published, split_dateline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2025-06-01T14:05:00+02:00", datetime(2025, 6, 1, 14, 5, tzinfo=timezone(timedelta(hours=2)))),
        ("Updated 3 February 2024 09:30 GMT", datetime(2024, 2, 3, 9, 30, tzinfo=timezone.utc)),
        ("June 7, 2023 at 4:15 pm EDT", datetime(2023, 6, 7, 16, 15, tzinfo=timezone(timedelta(hours=-4)))),
        ("Sept. 12, 2022", datetime(2022, 9, 12, tzinfo=timezone.utc)),
        ("Posted 31/12/2021", datetime(2021, 12, 31, tzinfo=timezone.utc)),
        ("Posted 04/05/2021", datetime(2021, 5, 4, tzinfo=timezone.utc)),  # ambiguous: day first
        ("News date : 04/21/2022", datetime(2022, 4, 21, tzinfo=timezone.utc)),  # no month 21: US order
        ("Created 03-10-2004", datetime(2004, 10, 3, tzinfo=timezone.utc)),  # hyphens as the separator
    ],
)
def test_publication_time_is_aware_and_utc_when_no_zone_is_given(line, expected):
    assert parse_published(line) == expected


@pytest.mark.parametrize(
    "line", ["No date here", "February 30, 2024", "Room 2024-13-45", "Ref 21/21/2021", "Rooms 3-4/2021", ""]
)
def test_no_or_impossible_date_gives_none(line):
    assert parse_published(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("By Jane Doe | Reuters", "Jane Doe"),
        ("Author: Sam Lee", "Sam Lee"),
        ("March 2, 2024 by Priya Natarajan", "Priya Natarajan"),
        ("The report was written by the committee.", None),
    ],
)
def test_byline(line, name):
    assert parse_byline(line) == name


@pytest.mark.parametrize(
    ("paragraph", "dateline"),
    [
        ("NAIROBI (Reuters) - Kenya's parliament passed the finance bill late on Tuesday.", "NAIROBI (Reuters) -"),
        ("SAO PAULO, Brazil — Coffee prices fell for a third week on forecasts of rain.", "SAO PAULO, Brazil —"),
        ("GENEVA, March 3 (AP) — Talks resumed on Monday after a short pause.", "GENEVA, March 3 (AP) —"),
        ("NATO leaders met in Brussels on Monday to discuss the budget.", None),
        ("UN officials said the convoy had reached the border.", None),
    ],
)
def test_dateline(paragraph, dateline):
    found, rest = split_dateline(paragraph)
    assert found == dateline
    assert (found or "") + (" " if found else "") + rest == paragraph


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Donnerstag, 31. Mai 2012", datetime(2012, 5, 31, tzinfo=timezone.utc)),
        ("24. März 2004, 19:49", datetime(2004, 3, 24, 19, 49, tzinfo=timezone.utc)),
        ("mercredi 11 septembre 2019", datetime(2019, 9, 11, tzinfo=timezone.utc)),
        ("1er janvier 2020", datetime(2020, 1, 1, tzinfo=timezone.utc)),
        ("11 de septiembre de 2019", datetime(2019, 9, 11, tzinfo=timezone.utc)),
        ("24 Ago, 2026 06:28 p. m.", datetime(2026, 8, 24, 18, 28, tzinfo=timezone.utc)),
        ("3 maggio 2021", datetime(2021, 5, 3, tzinfo=timezone.utc)),
        ("7 de março de 2022", datetime(2022, 3, 7, tzinfo=timezone.utc)),
        ("12 mei 2023", datetime(2023, 5, 12, tzinfo=timezone.utc)),
    ],
)
def test_dates_in_the_main_european_languages(line, expected):
    assert parse_published(line) == expected


def test_english_words_are_no_month_abbreviations():
    assert parse_published("Top 5 out 2019") is None  # Portuguese "out(ubro)" is not read
    assert parse_published("Game 3 set 2019") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Von Christoph Becker", "Christoph Becker"),
        ("Par Jean Dupont et Marie Curie", "Jean Dupont et Marie Curie"),
        ("Por Juan Gaona", "Juan Gaona"),
        ("Di Mario Rossi", "Mario Rossi"),
        ("door Jan de Vries", "Jan de Vries"),
        ("Autor: Hans Meier", "Hans Meier"),
        ("Auteur : Jean Dupont", "Jean Dupont"),
        ("11.09.2011, 16:20 von Stefan Jovel", "Stefan Jovel"),
        ("Von der Leyen besucht Kiew", None),  # a headline: the rest is no name alone
        ("Di Maio lascia il governo", None),
        ("Von Juni 2003 bis Januar 2009", None),
        ("Von Markus Weber, Berlin", "Markus Weber"),  # the writer's city after a comma
        ("Par Jean Dupont, à Paris", "Jean Dupont"),
        ("Door Jan de Vries, Den Haag", "Jan de Vries"),
        ("Por María López, en Madrid", "María López"),
        ("Von Berlin, Hamburg und München aus", None),
        ("Par Lilian Alemagna, envoyée spéciale à Toulouse", "Lilian Alemagna"),  # a correspondent's role
        ("Par JEANNE ROE, MARIE DOE Envoyées spéciales à Toulouse", "JEANNE ROE, MARIE DOE"),  # two writers
        ("Von Anna Müller, Korrespondentin in Paris", "Anna Müller"),
        ("Por Juan Gaona, enviado especial a Kiev", "Juan Gaona"),
    ],
)
def test_bylines_in_the_main_european_languages(line, name):
    assert parse_byline(line) == name
