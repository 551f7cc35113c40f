"""The article span's edges (classifier.article_spans): a short sentence next to the story's prose
run is the story's ("He declined to comment."), a line of two words is a site's sign-off or button.
Pages constructed for the test."""

import pytest

from services.processors.cleaning import clean

STORY = [
    "The harbour authority confirmed on Monday that the old ferry terminal will close at the end of the "
    "year after more than sixty years of service to the island's residents.",
    "Passenger numbers have fallen by a third since the new bridge opened, the authority's annual report "
    "shows, and repairs to the pier would have cost an estimated four million dollars.",
    "Local shop owners near the terminal fear that the closure will take away most of their customers, "
    "and several of them plan to raise the matter at the next council meeting.",
]


def _body(after_story: str) -> str:
    page = ["Home", "News", "Sport", "Old ferry terminal to close", *STORY, after_story, "Imprint", "Privacy"]
    return clean("\n".join(page), "text").body


@pytest.mark.parametrize("line", ["Thank you.", "Bis bald.", "Bon appétit!", "Gracias, amigos.", "Dziękuję bardzo."])
def test_two_words_after_the_story_stay_out(line):
    body = _body(line)
    assert line not in body
    assert STORY[-1] in body


@pytest.mark.parametrize("line", ["He declined to comment.", "Er lehnte ab.", "Nadie resultó herido."])
def test_a_short_sentence_closing_the_story_is_kept(line):
    assert line in _body(line)
