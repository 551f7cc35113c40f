"""Article leads: a standfirst the page marks up apart from the story opens the HTML body."""

from __future__ import annotations

import trafilatura

from services.processors.cleaning import clean
from services.processors.cleaning.html import baseline_text
from services.processors.cleaning.leads import LEAD_WORDS_MAX, lead_candidates, missing_lead

LEAD = (
    "The harbour council has approved a second ferry berth, ending a decade of queues on summer "
    "weekends for islanders and their visitors."
)
STORY = [
    "The new berth will be built on the northern quay, where the old fish market stood until the fire of 1998.",
    "Councillors voted seven to two for the plan after a long debate about the cost of dredging the channel.",
    "Ferry queues on summer weekends have reached three hours, the harbour master told the meeting on Tuesday.",
    "Work on the berth is due to start in the spring and should finish before the second summer season.",
]
OTHER_TEASER = "A bakery in the old town has won a national prize for its rye bread, the third award in as many years."


def _page(lead_html: str, extra: str = "") -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>Second ferry berth approved</title></head><body><main><article>"
        f"<h1>Second ferry berth approved</h1>{lead_html}<div class='article-body'>{story}</div>"
        f"</article>{extra}</main></body></html>"
    )


def _candidates(html: str) -> tuple[str, ...]:
    tree = trafilatura.load_html(html)
    assert tree is not None
    return lead_candidates(tree)


def test_an_element_named_as_a_lead_is_a_candidate_by_class_or_id_in_any_spelling():
    for lead_html in (
        f"<p class='lead'>{LEAD}</p>",
        f"<div class='news-teaser-text'><p>{LEAD}</p></div>",
        f"<span class='articleIntro'>{LEAD}</span>",
        f"<div id='standfirst'>{LEAD}</div>",
    ):
        assert _candidates(_page(lead_html)) == (LEAD,), lead_html


def test_a_lead_without_a_closing_full_stop_is_still_a_lead():
    assert _candidates(_page(f"<div class='teaser-text'><p>{LEAD[:-1]}</p></div>")) == (LEAD[:-1],)


def test_an_element_not_named_as_a_lead_is_no_candidate():
    assert _candidates(_page(f"<p class='subline'>{LEAD}</p>")) == ()


def test_a_paragraph_in_the_story_header_is_a_candidate_and_one_in_the_page_header_is_not():
    story_header = f"<header><p class='text-xl'>{LEAD}</p></header>"
    assert _candidates(_page(story_header)) == (LEAD,)
    page_header = _page("").replace("<body>", f"<body><header><p>{LEAD}</p></header>")
    assert page_header.count("<header>") == 1
    assert LEAD not in _candidates(page_header)


def test_html_path_restores_a_lead_from_the_story_header():
    page = _page(f"<header><p class='text-xl'>{LEAD}</p></header>")
    assert LEAD not in baseline_text(page)
    assert clean(page, "html").body.startswith(LEAD)


def test_repeated_teasers_navigation_and_short_or_linked_texts_are_no_lead():
    teasers = "".join(f"<div class='teaser'><p>{OTHER_TEASER} {i}.</p></div>" for i in range(3))
    assert _candidates(_page("", teasers)) == ()  # one class repeated: a list of teasers
    assert _candidates(_page("", f"<aside><p class='teaser'>{OTHER_TEASER}</p></aside>")) == ()
    assert _candidates(_page("<p class='lead'>Harbour news, Tuesday.</p>")) == ()  # too short
    long = " ".join([LEAD] * (LEAD_WORDS_MAX // len(LEAD.split()) + 1))
    assert _candidates(_page(f"<p class='lead'>{long}</p>")) == ()
    assert _candidates(_page(f"<p class='lead'><a href='/ferry'>{LEAD}</a></p>")) == ()


def test_a_container_with_headings_or_lists_is_no_lead():
    section = f"<div class='intro'><h2>About</h2><p>{LEAD}</p></div>"
    listed = f"<div class='intro'><p>{LEAD}</p><ul><li>one</li><li>two</li></ul></div>"
    assert _candidates(_page(section)) == ()
    assert _candidates(_page(listed)) == ()


def test_missing_lead_takes_a_lead_about_the_story_that_the_body_lacks():
    body = "\n".join(STORY)
    assert missing_lead((LEAD,), body) == LEAD
    assert missing_lead((LEAD,), f"{LEAD}\n{body}") is None  # already there
    assert missing_lead((OTHER_TEASER,), body) is None  # shares too few words with the story
    assert missing_lead((OTHER_TEASER, LEAD), body) == LEAD
    assert missing_lead((), body) is None


def test_html_path_restores_a_teaser_lead_that_trafilatura_drops():
    page = _page(f"<div class='teaser-text'><p>{LEAD}</p></div>")
    assert LEAD not in baseline_text(page)  # the gap this rule closes
    result = clean(page, "html")
    assert result.body.startswith(LEAD)
    assert all(p in result.body for p in STORY)
    assert result.body.count(LEAD) == 1


def test_html_path_adds_no_second_copy_of_a_lead_trafilatura_keeps():
    story = "".join(f"<p>{p}</p>" for p in STORY)
    page = _page("").replace("<div class='article-body'>", f"<div class='article-body'><p class='lead'>{LEAD}</p>")
    assert story in page and LEAD in baseline_text(page)
    assert clean(page, "html").body.count(LEAD) == 1


def test_teaser_cards_in_links_that_share_the_leads_class_leave_it_a_lead():
    card = (
        "<article class='card'><a href='/other'><h3>Bakery prize</h3><div class='summary'><p>{}</p></div></a></article>"
    )
    cards = "".join(card.format(f"{OTHER_TEASER} {i}.") for i in range(3))
    page = _page(f"<div class='summary'><p>{LEAD}</p></div>", f"<section>{cards}</section>")
    assert _candidates(page) == (LEAD,)
    assert clean(page, "html").body.startswith(LEAD)


def test_lead_shaped_elements_that_share_a_class_are_still_no_lead():
    repeated = "".join(f"<div class='summary'><p>{OTHER_TEASER} {i}.</p></div>" for i in range(2))
    assert _candidates(_page(f"<div class='summary'><p>{LEAD}</p></div>", repeated)) == ()
