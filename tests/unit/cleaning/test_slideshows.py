"""Slideshow articles (slideshows.py): numbered slides found by their counters, and their
paragraphs kept in page text. Pages constructed for the test."""

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.slideshows import counter_of, slideshow_spans

MENU = ["Home", "Tech", "Phones", "Gadgets", "Reviews", "Deals"]
SLIDES = [
    (
        "Small screen",
        "The new phone keeps a small screen of under five inches, which fits easily in one hand and in any pocket.",
    ),
    (
        "Fast chip",
        "Inside sits the same fast chip as in the maker's flagship, so apps open quickly and games run smoothly.",
    ),
    (
        "Fingerprint",
        "Unlike the flagships, it unlocks with a fingerprint sensor in the home button rather than with the face.",
    ),
    (
        "Low price",
        "All of this comes at less than half the price of the flagship, which makes it the cheapest model this year.",
    ),
]
FOOTER = ["Popular Slideshows", "Buy-Sell Ideas", "Money-making ideas", "Imprint", "Privacy"]


def _slideshow(count: int = len(SLIDES), total: int = len(SLIDES)) -> list[str]:
    lines = []
    for k, (heading, text) in enumerate(SLIDES[:count], start=1):
        lines += [f"{k}/{total}", heading, text, "Image credit: maker", "Agencies"]
    return lines


def test_counters_are_read():
    assert counter_of("3/5") == (3, 5) and counter_of("3 / 5") == (3, 5)
    assert counter_of("6/5") is None and counter_of("3/5 stars") is None and counter_of("2020") is None


def test_a_full_run_of_counters_is_a_slideshow_and_a_broken_one_is_not():
    blocks = [make_block(t) for t in [*MENU, *_slideshow(), *FOOTER]]
    assert slideshow_spans(blocks) == [(len(MENU), len(MENU) + 5 * len(SLIDES))]
    broken = [make_block(t) for t in [*MENU, *_slideshow(count=3), *FOOTER]]  # 1/4 .. 3/4: no 4/4
    assert slideshow_spans(broken) == []
    two = [make_block(t) for t in _slideshow(count=2, total=2)]  # too few slides to tell from a pager
    assert slideshow_spans(two) == []


def test_every_slides_paragraph_is_kept_and_the_frame_is_not():
    page = [*MENU, "The new small phone is here, and this is all we know", "09 Jun 2020", *_slideshow(), *FOOTER]
    body = clean("\n".join(page), "text").body
    for _, text in SLIDES:
        assert text in body
    assert "Agencies" not in body and "Popular Slideshows" not in body
