"""Teaser cards: a paragraph under a linked headline in a card of its own is another story's summary."""

from __future__ import annotations

import trafilatura

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.signals import normalise
from services.processors.cleaning.teaser_cards import (
    CARDS_MIN,
    SECOND_WORDS_MIN,
    TEASER_WORDS_MAX,
    mark_teaser_cards,
    teaser_cards,
    teaser_texts,
)

STORY = [
    "The county opened its third public library branch on Saturday in a converted railway goods shed.",
    "Volunteers catalogued more than twelve thousand donated books over the winter, the librarian said.",
    "The branch will open six days a week and host reading groups for children on Wednesday afternoons.",
]
TEASERS = [
    "A ferry operator has cancelled its winter timetable after two of its three boats failed inspection.",
    "The harbour board approved a plan to dredge the northern channel before the spring regatta season.",
    "Residents of the old mill district have asked the council to reopen the footbridge over the river.",
]


def _card(title: str, teaser: str, under: str = "", heading: str = "h3", href: str = "/news/other-story") -> str:
    return f"<div class='card'><{heading}><a href='{href}'>{title}</a></{heading}><p>{teaser}</p>{under}</div>"


def _stream(cards: list[str]) -> str:
    return f"<div class='stream'>{''.join(cards)}</div>"


def _texts(body: str, page_title: str | None = None) -> frozenset[str]:
    return teaser_texts(teaser_cards(trafilatura.load_html(f"<html><body>{body}</body></html>")), page_title)


def _cards(**kwargs: str) -> list[str]:
    href = kwargs.pop("href", "/news/")
    return [
        _card(f"Headline number {n} of the stream", teaser, href=f"{href}{n}", **kwargs)
        for n, teaser in enumerate(TEASERS)
    ]


def test_the_paragraph_under_a_linked_heading_in_its_own_card_is_a_teaser():
    byline_and_links = (
        "<p>By Jane Example</p><ul><li><a href='/a'>Ferry timetable cut for the winter months</a></li></ul>"
    )
    assert _texts(_stream(_cards(under=byline_and_links))) == frozenset(normalise(t) for t in TEASERS)
    assert _texts(_stream(_cards(heading="h2"))) == frozenset(normalise(t) for t in TEASERS)


def test_a_kicker_beside_the_link_and_a_picture_between_heading_and_teaser_still_make_a_card():
    cards = [
        f"<div class='card'><h4><strong>Opinion</strong> <a href='/o/{n}'>Headline {n} of the stream</a></h4>"
        f"<a href='/o/{n}'><img src='{n}.jpg'></a><p class='standfirst'><em class='byline'> </em>{t}</p></div>"
        for n, t in enumerate(TEASERS)
    ]
    assert _texts(_stream(cards)) == frozenset(normalise(t) for t in TEASERS)


def test_fewer_than_the_minimum_cards_are_a_story_own_linked_heading():
    assert len(TEASERS) == CARDS_MIN
    assert _texts(_stream(_cards()[: CARDS_MIN - 1])) == frozenset()


def test_a_heading_that_is_no_whole_link_to_another_page_makes_no_card():
    for cards in (
        _cards(heading="h1"),  # the page's own headline
        _cards(href="#section-2"),  # an in-page link
        [f"<div><h3>Headline {n} of the stream</h3><p>{t}</p></div>" for n, t in enumerate(TEASERS)],
        [
            f"<div><h3>Our reporters have more in <a href='/x{n}'>Headline {n}</a></h3><p>{t}</p></div>"
            for n, t in enumerate(TEASERS)
        ],
    ):
        assert _texts(_stream(cards)) == frozenset()


def test_linked_subheadings_in_one_story_body_make_no_cards():
    body = "".join(
        f"<h2><a href='/item{n}'>Item number {n} of the list</a></h2><p>{t}</p>" for n, t in enumerate(TEASERS)
    )
    assert _texts(f"<article>{body}</article>") == frozenset()


def test_a_link_label_set_as_a_heading_in_the_card_is_no_other_headline():
    label = "<h3><a href='/more'>Read the rest</a></h3>"
    assert _texts(_stream(_cards(under=label))) == frozenset(normalise(t) for t in TEASERS)
    other = "<h3><a href='/more'>Another headline of the stream</a></h3>"
    assert _texts(_stream(_cards(under=other))) == frozenset()


def test_a_second_paragraph_or_a_long_one_makes_the_box_no_card():
    second = "<p>" + " ".join(["word"] * SECOND_WORDS_MIN) + "</p>"
    assert _texts(_stream(_cards(under=second))) == frozenset()
    long = " ".join(["word"] * (TEASER_WORDS_MAX + 1))
    assert _texts(_stream([_card(f"Headline {n}", long + str(n)) for n in range(CARDS_MIN)])) == frozenset()


def test_the_page_own_card_keeps_its_teaser_the_story_standfirst():
    own = "Headline number 1 of the stream - The Example Gazette"
    assert _texts(_stream(_cards()), own) == frozenset(normalise(t) for t in (TEASERS[0], TEASERS[2]))
    assert _texts(_stream(_cards()), "Headline number 1 of the stream and more") == frozenset(
        normalise(t) for t in (TEASERS[0], TEASERS[2])
    )
    assert _texts(_stream(_cards()), "Headline number 11 of the streams") == frozenset(normalise(t) for t in TEASERS)


def test_a_block_that_is_a_whole_teaser_is_marked_unless_all_are():
    teasers = frozenset(normalise(t) for t in TEASERS)
    blocks = make_blocks([*STORY, TEASERS[0], f"{TEASERS[1]} More on page two."])
    verdicts: list = [None] * len(blocks)
    mark_teaser_cards(blocks, verdicts, teasers)
    assert verdicts == [None, None, None, "related-links", None]
    only: list = [None] * len(TEASERS)
    mark_teaser_cards(make_blocks(TEASERS), only, teasers)
    assert only == [None] * len(TEASERS)


def test_html_path_drops_a_stream_of_cards_and_its_headlines_that_trafilatura_keeps():
    story = "".join(f"<p>{p}</p>" for p in STORY)
    page = (
        "<html><head><title>Library opens in goods shed</title></head><body><div class='main'>"
        f"<h1>Library opens in goods shed</h1>{story}{_stream(_cards())}</div></body></html>"
    )
    assert TEASERS[0] in (trafilatura.extract(page) or "")
    assert clean(page, "html").body.split("\n\n") == STORY


def test_html_path_keeps_the_story_standfirst_that_its_own_card_repeats():
    dek = "Volunteers turned a railway goods shed into the county's third library in one winter."
    own = _card("Library opens in goods shed", dek, href="/news/library")
    page = (
        "<html><head><title>Library opens in goods shed</title></head><body><div class='main'>"
        f"<h1>Library opens in goods shed</h1><p>{dek}</p>{''.join(f'<p>{p}</p>' for p in STORY)}</div>"
        f"<aside>{_stream([own, *_cards()])}</aside></body></html>"
    )
    assert clean(page, "html").body.split("\n\n")[:2] == [dek, STORY[0]]
