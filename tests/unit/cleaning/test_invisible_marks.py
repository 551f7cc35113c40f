"""Invisible format characters after a sentence's mark (a zero-width space, a direction mark,
U+2063 INVISIBLE SEPARATOR) do not hide the sentence's end. Lines constructed for the test."""

import pytest

from services.processors.cleaning.signals import ends_like_sentence, is_sentence


@pytest.mark.parametrize("mark", ["\u200b", "\u200e", "\u2063", "\ufeff", "\u2063\u200b"])
def test_a_sentence_with_an_invisible_mark_after_its_end_is_a_sentence(mark):
    text = f"Remove the pan from the heat and let it rest.{mark}"
    assert ends_like_sentence(text)
    assert is_sentence(text, 9)


def test_an_invisible_mark_makes_no_sentence_end():
    assert not ends_like_sentence("Some cooking oil\u2063")
    assert not ends_like_sentence("Zutaten für vier Personen\u200b")
