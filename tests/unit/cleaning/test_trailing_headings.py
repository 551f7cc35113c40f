"""Trailing headings: a heading or announcing line that closes the text with nothing under it goes."""

from __future__ import annotations

import trafilatura

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.signals import normalise
from services.processors.cleaning.trailing_headings import (
    HEADING_WORDS_MAX,
    TRAILING_MAX,
    heading_texts,
    mark_trailing_headings,
)

STORY = [
    "The orchard cooperative pressed its first cider in forty years on Saturday, using a restored press.",
    "Members brought apples from eleven villages, and the press ran from dawn until late in the evening.",
    "The cider will be sold at the market hall from next month, the cooperative's treasurer said.",
]


def _verdicts(lines: list[str], headings: frozenset[str]) -> list[str | None]:
    blocks = make_blocks(lines)
    verdicts: list = [None] * len(blocks)
    mark_trailing_headings(blocks, verdicts, headings)
    return verdicts


def test_heading_texts_are_the_page_headings_up_to_a_bound():
    long = " ".join(["word"] * (HEADING_WORDS_MAX + 1))
    tree = trafilatura.load_html(
        f"<html><body><h1>Cider pressed again</h1><p>{STORY[0]}</p><h3>More from the valley</h3>"
        f"<h2>{long}</h2><h4> </h4></body></html>"
    )
    assert heading_texts(tree) == frozenset({normalise("Cider pressed again"), normalise("More from the valley")})


def test_a_closing_page_heading_or_announcing_line_is_removed():
    headings = frozenset({normalise("More from the valley")})
    assert _verdicts([*STORY, "More from the valley"], headings) == [None, None, None, "other-furniture"]
    assert _verdicts([*STORY, "Taking part this month:"], frozenset()) == [None, None, None, "other-furniture"]


def test_headings_stacked_at_the_end_go_up_to_a_bound():
    headings = frozenset(normalise(h) for h in ("Recommended", "Elsewhere", "Popular", "Latest"))
    lines = [*STORY, "Recommended", "Elsewhere", "Popular", "Latest"]
    verdicts = _verdicts(lines, headings)
    assert verdicts.count("other-furniture") == TRAILING_MAX
    assert verdicts[: len(STORY)] == [None] * len(STORY)


def test_a_heading_with_text_under_it_or_a_closing_sentence_stays():
    headings = frozenset({normalise("The press")})
    assert _verdicts([STORY[0], "The press", STORY[1]], headings) == [None, None, None]
    assert _verdicts([*STORY, "The press"], frozenset()) == [None] * 4  # not a heading of the page
    long_colon = "The treasurer listed the villages that brought apples to the press this year as follows:"
    assert _verdicts([*STORY, long_colon], frozenset()) == [None] * 4  # a sentence of the story


def test_the_only_kept_block_stays():
    assert _verdicts(["More from the valley"], frozenset({normalise("More from the valley")})) == [None]


def test_html_path_drops_an_announcing_line_left_without_its_list():
    # trafilatura keeps both closing lines; the link rules remove the labelled link below the label.
    story = "".join(f"<p>{p}</p>" for p in STORY)
    page = (
        "<html><head><title>Cider pressed again</title></head><body><article><h1>Cider pressed again</h1>"
        f"{story}<p>Orchard notes:</p><p>Read: <a href='/pears'>Valley farmers plant new pear trees this spring</a></p>"
        "</article></body></html>"
    )
    result = clean(page, "html")
    assert "Orchard notes" not in result.body
    assert ("other-furniture", "Orchard notes:") in [(r.reason, r.text) for r in result.removed]
    assert all(p in result.body for p in STORY)
