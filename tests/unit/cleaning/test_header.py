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
    ],
)
def test_publication_time_is_aware_and_utc_when_no_zone_is_given(line, expected):
    assert parse_published(line) == expected


@pytest.mark.parametrize("line", ["No date here", "February 30, 2024", "Room 2024-13-45", ""])
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
