"""normalise: the one form every marker lookup and learned-repeat key is computed on."""

from __future__ import annotations

import pytest

from services.processors.cleaning.signals import normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Share this story", "share this story"),
        ("  Sign up:  our_daily   brief!  ", "sign up our daily brief"),
        ("Don’t miss — the “Morning” briefing…", "don t miss the morning briefing"),
        ("Café\u00a0owners, 2024 | São Paulo", "café owners 2024 são paulo"),
        ("Read more >>> (ad)", "read more ad"),
        ("½ price\ttoday\x0bonly", "½ price today only"),
        ("\ud800broken\ud800 surrogate", "broken surrogate"),
        ("", ""),
        ("— … —", ""),
    ],
)
def test_normalise_lowercases_and_turns_every_non_word_character_into_one_space(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_normalise_treats_ascii_and_non_ascii_punctuation_alike() -> None:
    assert normalise("Editor's note: see page 3") == normalise("Editor’s note — see page 3")
