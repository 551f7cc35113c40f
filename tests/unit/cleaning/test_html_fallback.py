"""The HTML path's fallback: when trafilatura finds no main content (or too little), the page's
visible text goes through the page-text cleaner."""

from services.processors.cleaning import clean
from services.processors.cleaning.html import extract
from services.processors.cleaning.logic import FALLBACK_BELOW_CHARS

STORY = [
    "The council approved a budget of three million dollars for repairs to the old bridge on Monday, officials said.",
    "Work starts in May and will take a year, the mayor told reporters at city hall on Monday.",
]
NAV = "<nav><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></nav>"
FOOTER = "<footer><p>Copyright 2026 Town Paper. All rights reserved.</p><p>Privacy Policy</p></footer>"


def _page(wrapper: str, nav: str = NAV) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html><head><title>Bridge repairs approved</title></head><body>{nav}"
        f"<{wrapper}><h1>Bridge repairs approved</h1><p>By Jane Doe</p>{paragraphs}</{wrapper}>{FOOTER}</body></html>"
    )


def test_a_story_trafilatura_finds_no_main_content_in_is_recovered_from_the_visible_text():
    page = _page("aside", nav="")  # trafilatura drops asides as page furniture, and with it the whole story
    assert extract(page).error is not None
    result = clean(page, "html")
    assert result.body == "\n\n".join(STORY)
    assert result.empty_reason is None
    assert (result.headline, result.byline) == ("Bridge repairs approved", "Jane Doe")
    assert {r.reason for r in result.removed} >= {"headline", "legal"}


def test_a_story_trafilatura_passes_over_for_the_menu_is_recovered_with_the_menu_removed():
    page = _page("aside")
    assert STORY[0] not in extract(page).text  # it takes the menu for the main content
    result = clean(page, "html")
    assert result.body == "\n\n".join(STORY)
    assert {r.reason for r in result.removed} >= {"navigation", "legal"}


def test_too_little_main_content_is_replaced_when_the_visible_text_gives_much_more():
    page = _page('div class="comments"')  # trafilatura keeps only the title line
    assert len(extract(page).text) < FALLBACK_BELOW_CHARS
    assert clean(page, "html").body == "\n\n".join(STORY)


def test_a_short_story_trafilatura_found_is_kept_when_the_visible_text_adds_little():
    brief = "<html><body><p>The bridge reopened on Monday.</p><p>Traffic resumed, police said.</p></body></html>"
    result = clean(brief, "html")
    assert result.body == "The bridge reopened on Monday.\n\nTraffic resumed, police said."


def test_a_long_extraction_is_not_second_guessed():
    story = " ".join(STORY * 3)
    page = f"<html><body>{NAV}<article><p>{story}</p></article><ul><li>Related headline one here</li></ul></body></html>"
    result = clean(page, "html")
    assert result.body == story  # trafilatura's own choice, not the page text's


def test_when_neither_finds_text_the_reason_says_so():
    scripts = "<html><body><script>render()</script></body></html>"
    assert clean(scripts, "html").empty_reason == "trafilatura found no main content in the HTML"
    furniture = "<html><body><div class=comments><p>Share on Facebook</p><p>Advertisement</p></div></body></html>"
    assert extract(furniture).error is not None
    result = clean(furniture, "html")
    assert result.body == ""
    assert result.empty_reason.startswith("trafilatura found no main content in the HTML; in the page's visible text")
    assert "blocks was classified as boilerplate" in result.empty_reason
