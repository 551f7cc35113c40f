"""Dates written in Polish ("16 marca 2021") are read as dates: a stamp line above a story is furniture."""

from datetime import datetime

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.classifier import local_verdict
from services.processors.cleaning.header import parse_published


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("16 marca 2021", 3),
        ("1 lutego 2023", 2),
        ("2 maja 2021", 5),
        ("30 października 2019", 10),
        ("5 grudnia 2020", 12),
    ],
)
def test_a_polish_date_is_parsed(text, month):
    published = parse_published(text)
    assert published is not None
    assert (published.month, published.day) == (month, int(text.split()[0]))
    assert published.replace(tzinfo=None) >= datetime(2019, 1, 1)


def test_a_polish_stamp_line_is_furniture_and_dates_the_story():
    story = [
        "Rada miasta zatwierdziła w poniedziałek trzy miliony złotych na remont starego mostu, poinformował urząd.",
        "Prace mają się rozpocząć w maju i potrwać rok, powiedział burmistrz dziennikarzom po głosowaniu w ratuszu.",
    ]
    assert local_verdict(make_block("16 marca 2021")) == "publication-stamp"
    result = clean("\n".join(["Strona główna", "16 marca 2021", *story]), "text")
    assert result.body == "\n\n".join(story)
    assert result.published_at is not None and result.published_at.month == 3


def test_a_name_alone_is_no_date():
    assert parse_published("Maja Nowak") is None
