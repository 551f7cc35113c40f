"""Cards closed by the same link line under each ("Read more", "Weiterlesen", "Lire la suite"):
a list of other stories, however long their teasers. Pages constructed for the test."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.card_lists import closed_card_spans

from .test_lists_inside_story import CHROME, MENU, PAGES
from .test_trailing_teasers import CARDS

CLOSERS = {"en": "Read more", "de": "Weiterlesen", "fr": "Lire la suite"}
CARD_LANG = {"en": "en", "de": "de", "fr": "es"}
# A long teaser: a story's opening paragraph set under its link.
LONG = (
    " It was the third time this year that the matter came before the council, and again no "
    "agreement was reached before the meeting ended late in the evening."
)


def closed_cards(lang: str) -> list[str]:
    lines = []
    for head, teaser in CARDS[CARD_LANG[lang]]:
        lines += [head, teaser + LONG, CLOSERS[lang]]
    return lines


@pytest.mark.parametrize("lang", sorted(CLOSERS))
def test_cards_closed_by_the_same_line_are_removed_and_the_story_kept(lang):
    headline, byline, story, _, _ = PAGES[lang]
    lines = [*MENU, headline, byline, *story, *closed_cards(lang), *CHROME]
    assert clean("\n".join(lines), "text").body.split("\n\n") == story


@pytest.mark.parametrize("lang", sorted(CLOSERS))
def test_a_short_post_above_heavier_closed_cards_is_the_story(lang):
    headline, byline, story, _, _ = PAGES[lang]
    lines = [*MENU, headline, byline, story[0], *closed_cards(lang), *CHROME]
    assert clean("\n".join(lines), "text").body == story[0]


def test_closed_card_spans_need_three_cards_the_same_closer_and_few_questions():
    lines = closed_cards("en")
    blocks = [make_block(t) for t in lines]
    assert closed_card_spans(blocks, [None] * len(blocks)) == [(0, 9)]
    assert closed_card_spans(blocks[:6], [None] * 6) == []  # two cards
    other = [*lines[:5], "Continue", *lines[6:]]
    assert closed_card_spans([make_block(t) for t in other], [None] * 9) == []
    faq = []
    for question in ("How do I apply for a permit?", "When does the work start?", "Who pays for it?"):
        faq += [question, "You can find the answer in the council's guide to the works." + LONG, "Back to top"]
    assert closed_card_spans([make_block(t) for t in faq], [None] * 9) == []  # a FAQ's answers


def test_closed_cards_headed_by_names_and_times_are_comments():
    _, _, story, _, _ = PAGES["en"]
    thread = []
    for head, (_, teaser) in zip(
        ("Gianna Jun 20th at 3:34 pm", "Nathan Smith Jun 20th at 6:43 pm", "Britt Jun 21st at 1:22 am"), CARDS["en"]
    ):
        thread += [head, teaser + LONG, "Reply"]
    result = clean("\n".join([*MENU, PAGES["en"][0], *story, *thread, *CHROME]), "text")
    assert result.body.split("\n\n") == story
    assert {r.reason for r in result.removed if r.text in thread} == {"comments"}
