"""Galleries laid into a story: the slideshow's title on every slide gives it away."""

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.galleries import mark_galleries, mark_numbered_galleries

STORY = [
    "The council approved a budget of three million dollars for repairs to the old bridge on Monday, officials said.",
    "Work starts in May and will take a year, the mayor told reporters at city hall after the vote.",
    "Residents had complained for years about the cracks in the bridge's deck and its rusting rails.",
    "The last repairs, in 1998, cost a tenth of that and lasted less than a decade, the council's report said.",
    "Opposition councillors said the money should have come from the regional road fund instead.",
    "The bridge carries about 12,000 vehicles a day and will stay open to pedestrians during the works.",
    "Buses will be diverted through the industrial estate, adding about ten minutes to most journeys.",
    "The contract went to a local firm that rebuilt the railway viaduct north of the town two years ago.",
]
SLIDES = [
    "Fishermen haul their nets at dawn on the lake north of the capital, where catches have fallen for a decade.",
    "A girl feeds pigeons in the main square as the city prepares for its annual flower festival.",
    "Firefighters tackle a blaze at a warehouse on the industrial estate; nobody was hurt, police said.",
    "Snow covers the vineyards above the valley after the coldest night of the year so far.",
]
TITLE = "Our region in pictures"


def _gallery() -> list[str]:
    lines = []
    for slide in SLIDES:
        lines += [TITLE, slide]
    return lines


def test_a_gallery_inside_a_story_is_removed_and_the_story_kept_whole():
    page = "\n".join(["Bridge repairs approved", *STORY[:4], *_gallery(), *STORY[4:]])
    result = clean(page, "text")
    assert result.body == "\n\n".join(STORY)
    assert {r.text for r in result.removed if r.reason == "caption"} == {TITLE, *SLIDES}


def test_the_title_shown_again_far_from_the_gallery_is_no_slide():
    lines = [*_gallery(), *STORY, TITLE]
    verdicts = [None] * len(lines)
    mark_galleries(make_blocks(lines), verdicts)
    assert verdicts == ["caption"] * 8 + [None] * 9


def test_transcript_speakers_and_repeated_code_lines_are_no_gallery_titles():
    transcript = []
    for question, answer in zip(STORY[:3], STORY[3:6], strict=True):
        transcript += ["JANE DOE, REPORTER", question, "The Mayor Responds:", answer]
    code = []
    for line in STORY[:3]:
        code += ["print(a.x, b.x, c.x)", line]
    for lines in (transcript, code):
        verdicts = [None] * len(lines)
        mark_galleries(make_blocks(lines), verdicts)
        assert verdicts == [None] * len(lines)


def test_irregular_repeats_are_no_slideshow():
    lines = [
        "Read the full report here",
        STORY[0],
        "Read the full report here",
        *STORY[1:5],
        "Read the full report here",
    ]
    verdicts = [None] * len(lines)
    mark_galleries(make_blocks(lines), verdicts)
    assert verdicts == [None] * len(lines)


def test_a_menu_the_page_sets_three_times_over_the_story_is_no_gallery():
    menu = ["Politics & Society", "Climate & Environment", "Economy", "Who we are", "Follow us"]
    page = [*menu, *menu, *menu[:4], "Bridge repairs approved", "Oct 13, 2022 | Town", *STORY]
    lines = menu + menu + menu[:4]
    verdicts: list[str | None] = [None] * len(page)
    mark_galleries(make_blocks(page), verdicts)
    assert verdicts[len(lines) :] == [None] * (len(page) - len(lines))  # "Who we are" came back: no slides
    assert clean("\n".join(page), "text").body == "\n\n".join(STORY)


CAPTIONS = [
    "Fishermen haul their nets at dawn on the lake north of the capital",
    "A girl feeds pigeons in the main square before the flower festival",
    "Firefighters at a burning warehouse on the industrial estate",
    "Snow on the vineyards above the valley after the coldest night of the year",
]
CREDITS = ["AFP via Getty Images", "Reuters", "AP", "AFP via Getty Images"]


def test_a_slideshow_of_captions_over_their_credits_is_caption_and_does_not_split_the_story():
    slides = [line for pair in zip(CAPTIONS, CREDITS, strict=True) for line in pair]
    result = clean("\n".join(STORY[:4] + slides + STORY[4:]), "text")
    assert result.body == "\n\n".join(STORY)
    assert {r.reason for r in result.removed if r.text in CAPTIONS} == {"caption"}


def test_a_guides_steps_each_over_a_pictures_credit_stay():
    steps = [
        "Sand the old paint off the door and wipe the dust away with a damp cloth before you start.",
        "Apply a thin coat of primer and let it dry overnight in a warm, well-aired room.",
        "Paint the panels first, then the frame, working from the top down in long, even strokes.",
        "Add a second coat the next day and refit the handles once the paint is fully hard.",
    ]
    credits = ["Jane Doe/iStock/Getty Images"] * len(steps)
    lines = ["How to paint a door", *[line for pair in zip(steps, credits, strict=True) for line in pair]]
    body = clean("\n".join(lines), "text").body
    assert all(step in body for step in steps)


def _numbered_gallery() -> list[str]:
    lines = []
    for k, slide in enumerate(SLIDES, start=1):
        lines += [f"- {k}/{len(SLIDES)} {slide}", "Getty"]
    return lines


def test_a_gallery_numbering_its_captions_under_the_story_is_caption():
    blocks = make_blocks(STORY[:3] + _numbered_gallery())
    verdicts = [None] * len(blocks)
    mark_numbered_galleries(blocks, verdicts)
    assert verdicts == [None] * 3 + ["caption"] * 2 * len(SLIDES)


def test_a_numbered_gallery_with_no_story_above_it_stays():
    """Slides are the page's text when nothing but a heading stands above them."""
    blocks = make_blocks(["The year in pictures"] + _numbered_gallery())
    verdicts = [None] * len(blocks)
    mark_numbered_galleries(blocks, verdicts)
    assert verdicts == [None] * len(blocks)
