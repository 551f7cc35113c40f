"""A run of prose at the very top of the page, far above the story and about something else, is a
banner (a browser or cookie notice), not the story's lead."""

from __future__ import annotations

from services.processors.cleaning import clean

BANNER = [
    "Dear readers,",
    "we are glad you are visiting our website. Some of its features work only in a current browser, so please"
    " update yours if pages look broken, or switch to one of the browsers below for the best experience.",
    "Older browsers no longer receive security updates from their makers, and we cannot test every page of"
    " our site in them any more, which is why some menus and forms may not open there.",
    "If you have any questions, please write to our support team at any time. Thank you for your understanding.",
]
MENU = [f"Section {n}" for n in range(50)]
STORY = [
    "National team training camp cancelled",
    "The national handball federation has cancelled the training camp planned for January because of the"
    " rising number of infections among the players of several clubs.",
    "The league and the clubs can use the freed dates for matches that had to be postponed in the autumn.",
    "The team will now meet in March, when two friendly matches against the Netherlands are planned.",
    "The coach said he regretted the decision but that the health of the players had to come first,"
    " especially with the qualifying matches for the world championship coming up in April.",
    "Several of the younger players had hoped to use the camp to win a place in the squad, and the coach"
    " promised that they would get their chance in March instead.",
    "The federation will decide in February whether spectators can attend the two matches in March.",
]


def test_a_banner_at_the_page_top_far_above_the_story_is_dropped():
    body = clean("\n".join(BANNER + MENU + STORY), "text").body
    assert "The team will now meet in March" in body
    assert "browser" not in body


def test_a_lead_at_the_page_top_about_the_story_stays():
    lead = [
        "The national handball federation cancelled its January training camp because of rising infections"
        " among the players, and the national team will now meet in March for two friendly matches.",
        "The federation said the players of several clubs had tested positive for the virus in the last week,"
        " and the league and the clubs can now use the freed January dates for postponed matches.",
    ]
    body = clean("\n".join(lead + MENU + STORY), "text").body
    assert lead[0] in body and lead[1] in body
