"""Slideshow articles (slideshows.py): numbered slides found by their counters, and their
paragraphs kept in page text; a gallery numbering its captions beside a story is no story's prose.
Pages constructed for the test."""

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.slideshows import counter_of, numbered_gallery_spans, slideshow_spans

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


STORY = [
    "The council approved a budget of three million dollars for repairs to the old bridge on Monday, officials said.",
    "Work starts in May and will take a year, the mayor told reporters at city hall after the vote was counted.",
    "The old bridge was closed in March after inspectors found cracks in two of its piers, the report said.",
]
GALLERY = [
    ("United go down", "Manchester United's absence from the Champions League hurt revenues at the club last year."),
    ("Film boosts economy", "Production of the next big space film has brought some 150 million pounds to the region."),
    ("Founder leaves", "The founder of the online fashion retailer decided to quit the company during its merger."),
    ("Airport for sale", "The city's airport was put up for sale by its American owner, a hedge fund, on Friday."),
]


def _gallery(count: int = len(GALLERY)) -> list[str]:
    lines = []
    for k, (title, caption) in enumerate(GALLERY[:count], start=1):
        lines += [f"{k}/{len(GALLERY)} {title}", caption, "Getty"]
    return lines


def test_a_gallery_numbering_its_captions_is_found_by_its_chain():
    blocks = [make_block(t) for t in [*STORY, *_gallery()]]
    assert numbered_gallery_spans(blocks) == [(len(STORY), len(STORY) + 3 * len(GALLERY))]
    assert numbered_gallery_spans([make_block(t) for t in [*STORY, *_gallery(count=3)]]) == []  # no 4/4
    assert slideshow_spans(blocks) == []  # no counter stands alone


def test_a_gallery_beside_the_story_leaves_its_text():
    page = [*MENU, *STORY, "Business news in pictures", *_gallery(), *FOOTER]
    body = clean("\n".join(page), "text").body
    assert all(paragraph in body for paragraph in STORY)
    assert not any(caption in body for _, caption in GALLERY)
