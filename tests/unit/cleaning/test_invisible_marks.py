"""Invisible format characters after a sentence's mark (a zero-width space, a direction mark,
U+2063 INVISIBLE SEPARATOR) do not hide the sentence's end. Lines constructed for the test."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import split_lines
from services.processors.cleaning.signals import ends_like_sentence, is_sentence


@pytest.mark.parametrize("mark", ["\u200b", "\u200e", "\u2063", "\ufeff", "\u2063\u200b"])
def test_a_sentence_with_an_invisible_mark_after_its_end_is_a_sentence(mark):
    text = f"Remove the pan from the heat and let it rest.{mark}"
    assert ends_like_sentence(text)
    assert is_sentence(text, 9)


def test_an_invisible_mark_makes_no_sentence_end():
    assert not ends_like_sentence("Some cooking oil\u2063")
    assert not ends_like_sentence("Zutaten für vier Personen\u200b")


@pytest.mark.parametrize("hint", ["\u00ad", "\u200b", "\u2060", "\ufeff"])
def test_invisible_break_hints_are_removed_from_the_blocks(hint):
    line = f"Die Ver{hint}öffent{hint}lichung der Stu{hint}die folgt im Mai."
    assert split_lines(f"{hint}Überschrift\n{line}") == ["Überschrift", "Die Veröffentlichung der Studie folgt im Mai."]


def test_a_cleaned_body_holds_the_words_a_soft_hyphenated_page_shows():
    story = "\n".join(
        f"Die For\u00adscher prüf\u00adten im Jahr {year} mehr als {n} Proben aus dem ganzen Land und fanden dabei erstaunlich viel."
        for year, n in ((2019, 300), (2020, 410), (2021, 520))
    )
    body = clean(f"Startseite\n{story}", "text").body
    assert "\u00ad" not in body
    assert "Die Forscher prüften im Jahr 2020 mehr als 410 Proben" in body


def test_joiners_that_shape_a_script_stay():
    assert split_lines("می\u200cخواهم") == ["می\u200cخواهم"]


def test_an_invisible_separator_stays():
    # U+2063 separates the terms of a formula; a recipe's line may carry it, and so may a quote of it.
    assert split_lines("120g kway teow (flat rice noodles)\u2063") == ["120g kway teow (flat rice noodles)\u2063"]
